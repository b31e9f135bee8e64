"""HTTP security headers, cache rules for personal data and the staff session's lifetime (OWASP ASVS level 2).

Every response gets a strict Content-Security-Policy (no inline script or style anywhere in the portal's pages),
no sniffing, no framing, a same-origin referrer (none at all where a tracking code is in the URL) and HSTS when
the request came over HTTPS. Pages for staff or with personal data are never stored by a browser or a proxy.
"""
from __future__ import annotations

import time

from flask import Flask
from flask import abort
from flask import current_app
from flask import g
from flask import request
from flask import session
from flask.wrappers import Response
from flask_login import logout_user
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import IntegerConverter

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
NO_STORE = "private, no-store"
# Pages a citizen opens with a tracking code or that echo what they typed (name, NIK, address), and everything
# staff see: never cached. Prefixes of request paths.
PERSONAL_PREFIXES = ("/staf", "/admin", "/masuk", "/keluar", "/permohonan/lacak", "/keberatan",
                     "/api/v1/track", "/api/v1/requests", "/api/v1/objections", "/api/v1/registers",
                     "/api/v1/audit")
# The tracking code in these URLs is a password to the request: it must not leak in a Referer header.
NO_REFERRER_PREFIXES = ("/permohonan/lacak", "/api/v1/track")
LOGIN_AT = "login_at"


def _holds_personal_data(response: Response) -> bool:
    if request.path.startswith("/static/"):
        return False
    if request.method not in ("GET", "HEAD") or "kode" in request.args:
        return True
    if request.path.startswith(PERSONAL_PREFIXES):
        return True
    return "_user_id" in session or g.get("api_user") is not None


def set_headers(response: Response) -> Response:
    """Add the security headers to every response, error pages and the JSON API included."""
    headers = response.headers
    own = headers.get("Content-Security-Policy")
    # A view may add its own directives (a downloaded HTML page gets "sandbox"); ours still apply.
    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY + (f"; {own}" if own else "")
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Permissions-Policy"] = PERMISSIONS_POLICY
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    no_referrer = request.path.startswith(NO_REFERRER_PREFIXES) or "kode" in request.args
    headers["Referrer-Policy"] = "no-referrer" if no_referrer else "same-origin"
    hsts = current_app.config["HSTS_SECONDS"]
    if request.is_secure and hsts:
        headers["Strict-Transport-Security"] = f"max-age={int(hsts)}; includeSubDomains"
    if _holds_personal_data(response):
        headers["Cache-Control"] = NO_STORE
        headers["Pragma"] = "no-cache"
    return response


def mark_login() -> None:
    """Remember when the staff member logged in; the session ends PERMANENT_SESSION_LIFETIME later."""
    session[LOGIN_AT] = int(time.time())


def end_expired_session() -> None:
    """Log out a session older than PERMANENT_SESSION_LIFETIME since login, whatever it did meanwhile.

    Real time, not the portal's clock: tests freeze that clock at dates far from today.
    """
    if "_user_id" not in session:
        return
    lifetime = current_app.permanent_session_lifetime.total_seconds()
    login_at = session.get(LOGIN_AT)
    if not isinstance(login_at, int) or time.time() - login_at > lifetime:
        logout_user()
        session.clear()
        g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)  # Flask-WTF's cached token


NUL_REFUSED = "Permintaan berisi karakter NUL (\\x00) yang tidak diizinkan."


def _has_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    return False


def refuse_nul_bytes() -> None:
    """No NUL character reaches a view: PostgreSQL refuses one in a string, which was a 500 (found by schemathesis).

    Query parameters (search boxes, filters) lose theirs silently; a path, form or JSON body that holds one,
    i.e. data meant to be stored, gets a 400 that says why.
    """
    if "\x00" in request.path:
        abort(400, description=NUL_REFUSED)
    if _has_nul(list(request.args.items(multi=True))):
        request.args = ImmutableMultiDict(  # type: ignore[misc]  (a cached property; replacing it is supported)
            [(k.replace("\x00", ""), v.replace("\x00", "")) for k, v in request.args.items(multi=True)])
    if request.method in ("POST", "PUT", "PATCH"):
        if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            if _has_nul(list(request.form.items(multi=True))):
                abort(400, description=NUL_REFUSED)
        elif request.is_json and _has_nul(request.get_json(silent=True)):
            abort(400, description=NUL_REFUSED)


class BoundedIntConverter(IntegerConverter):
    """``<int:…>`` up to the largest 32-bit integer (ids are INTEGER columns): a larger number is no such page
    (404), not a database overflow (500)."""

    def __init__(self, map, *args, **kwargs) -> None:  # noqa: A002 - Werkzeug's name
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def init_app(app: Flask) -> None:
    """Call before the blueprints are registered (routes bind their converters when added)."""
    app.url_map.converters["int"] = BoundedIntConverter
    # Flask-Login's remember-me cookie (not used by the login form today) follows the session cookie's flags.
    app.config.setdefault("REMEMBER_COOKIE_SECURE", app.config["SESSION_COOKIE_SECURE"])
    app.config.setdefault("REMEMBER_COOKIE_HTTPONLY", True)
    app.config.setdefault("REMEMBER_COOKIE_SAMESITE", "Lax")
    # First of the before-request functions, so no other one sees the user of an expired session.
    app.before_request_funcs.setdefault(None, []).insert(0, end_expired_session)
    app.before_request_funcs[None].insert(1, refuse_nul_bytes)
    app.after_request(set_headers)
