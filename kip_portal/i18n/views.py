"""The language switch shown on every page."""
from __future__ import annotations

from flask import Blueprint
from flask import abort
from flask import current_app
from flask import redirect
from flask import request

from kip_portal.auth.permissions import public
from kip_portal.i18n import COOKIE
from kip_portal.i18n import LANGUAGES

bp = Blueprint("i18n", __name__)

ONE_YEAR = 365 * 24 * 3600


def _local(target: str | None) -> str:
    """Only a path on this site: the switch must not become an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@bp.get("/bahasa/<code>")
@public
def switch(code: str):
    """Remember the chosen language in a cookie and go back to the page the visitor was reading.

    A plain link, not a form: public pages carry no CSRF token so that they can be cached, and choosing a
    language changes nothing on the server."""
    if code not in LANGUAGES:
        abort(404)
    response = redirect(_local(request.args.get("next")))
    response.set_cookie(COOKIE, code, max_age=ONE_YEAR, httponly=True, samesite="Lax",
                        secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response
