"""Login, logout and the admin's management of staff accounts."""
from __future__ import annotations

from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import Blueprint
from flask import abort
from flask import current_app
from flask import flash
from flask import g
from flask import redirect
from flask import render_template
from flask import request
from flask import session
from flask import url_for
from flask_babel import gettext
from flask_login import current_user
from flask_login import login_user
from flask_login import logout_user

from kip_portal import security
from kip_portal.auth import services
from kip_portal.auth import throttle
from kip_portal.auth.forms import NO_UNIT
from kip_portal.auth.forms import LoginForm
from kip_portal.auth.forms import UserForm
from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import public
from kip_portal.auth.permissions import require_role
from kip_portal.core import clock
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.core.pagination import paginate
from kip_portal.extensions import db
from kip_portal.extensions import limiter
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units

bp = Blueprint("auth", __name__)


def safe_next(target: str | None) -> str | None:
    """Accept only a path on this site, so the login page cannot send anyone elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def _fresh_session() -> None:
    """Nothing carried over from before the login or after the logout, the CSRF token included."""
    session.clear()
    # Flask-WTF caches the signed token in g; drop it too, so a page rendered later in this context gets a new one.
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)


@bp.route("/masuk", methods=["GET", "POST"])
@public
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT_IP"], scope="login-ip", methods=["POST"],
               deduct_when=throttle.failed)
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], scope="login-account", methods=["POST"],
               key_func=throttle.account_key, deduct_when=throttle.failed)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("auth.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except DomainError as error:
            flash(gettext(error.message), "error")  # LOGIN_FAILED, marked in auth.services
        else:
            _fresh_session()
            login_user(user)
            security.mark_login()
            services.record_login(user, now=clock.now())
            flash(gettext("Selamat datang, %(name)s.", name=user.name), "success")
            return redirect(safe_next(request.args.get("next")) or url_for("auth.dashboard"))
    return render_template("auth/login.html", form=form)


@bp.post("/keluar")
@require_role(*STAFF)
def logout():
    logout_user()
    _fresh_session()
    flash(gettext("Anda telah keluar."), "info")
    return redirect(url_for("public.home"))


@bp.get("/staf")
@require_role(*STAFF)
def dashboard():
    return render_template("auth/dashboard.html")


@bp.get("/admin/pengguna")
@require_role(Role.ADMIN)
def users():
    query = sa.select(User).order_by(User.role, User.email)
    page = paginate(query, page=request.args.get("page", 1, type=int), per_page=current_app.config["PER_PAGE"])
    return render_template("auth/users.html", page=page)


def _unit_of(form: UserForm) -> Unit | None:
    return db.session.get(Unit, form.unit_id.data) if form.unit_id.data != NO_UNIT else None


@bp.route("/admin/pengguna/baru", methods=["GET", "POST"])
@require_role(Role.ADMIN)
def create_user():
    form = UserForm()
    form.set_units(list_units())
    if form.validate_on_submit():
        try:
            user = services.create_user(
                email=form.email.data, name=form.name.data, password=form.password.data or "",
                role=Role(form.role.data), unit=_unit_of(form), actor=current_user, now=clock.now(),
            )
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(gettext("Akun %(email)s dibuat.", email=user.email), "success")
            return redirect(url_for("auth.users"))
    return render_template("auth/user_form.html", form=form, user=None)


@bp.route("/admin/pengguna/<int:user_id>", methods=["GET", "POST"])
@require_role(Role.ADMIN)
def edit_user(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = UserForm(obj=user, unit_id=user.unit_id or NO_UNIT)
    form.set_units(list_units())
    if form.validate_on_submit():
        try:
            services.update_user(
                user, name=form.name.data, role=Role(form.role.data), unit=_unit_of(form),
                active=form.active.data, password=form.password.data or None, actor=current_user, now=clock.now(),
            )
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(gettext("Akun %(email)s diperbarui.", email=user.email), "success")
            return redirect(url_for("auth.users"))
    return render_template("auth/user_form.html", form=form, user=user)
