"""Flask-Login wiring: loading the user of a session and where anonymous visitors are sent."""
from __future__ import annotations

from flask import Flask
from flask_babel import gettext

from kip_portal.auth import permissions
from kip_portal.extensions import db
from kip_portal.extensions import login_manager
from kip_portal.i18n import N_


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = N_("Silakan masuk untuk membuka halaman itu.")
    login_manager.localize_callback = gettext  # flashed in the visitor's language
    login_manager.login_message_category = "info"
    login_manager.session_protection = "strong"
    app.before_request(permissions.auditors_write_nothing)


@login_manager.user_loader
def load_user(user_id: str):
    from kip_portal.auth.models import User

    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    return user if user is not None and user.active else None
