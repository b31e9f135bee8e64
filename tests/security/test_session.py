"""The staff session cookie: HttpOnly, SameSite=Lax, Secure when configured; it ends after 8 hours and on logout."""
from __future__ import annotations

import time

from kip_portal import security
from kip_portal.auth.models import Role
from kip_portal.extensions import db
from tests import factories


def _session_cookie(response) -> str:
    cookies = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert cookies, "no session cookie set"
    return cookies[-1]


def test_the_session_cookie_is_httponly_and_samesite_lax_but_not_secure_on_plain_http(client, login):
    cookie = _session_cookie(login(factories.make_user(Role.ADMIN)))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_the_session_cookie_is_secure_when_configured(make_app):
    app = make_app(SESSION_COOKIE_SECURE=True)
    with app.app_context():
        user = factories.make_user(Role.ADMIN)
        response = app.test_client().post("/masuk", data={"email": user.email, "password": factories.PASSWORD},
                                          base_url="https://portal.test")
        assert response.status_code == 302
        cookie = _session_cookie(response)
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert app.config["REMEMBER_COOKIE_SECURE"] is True
        db.session.remove()
        db.engine.dispose()


def test_logout_clears_the_whole_session(client, login):
    login(factories.make_user(Role.ADMIN))
    with client.session_transaction() as session:
        assert "_user_id" in session and security.LOGIN_AT in session
        session["sisa"] = "apa saja"
    client.post("/keluar")
    with client.session_transaction() as session:
        assert "_user_id" not in session and "sisa" not in session and security.LOGIN_AT not in session
    assert client.get("/staf").status_code == 302


def test_a_session_ends_eight_hours_after_login_even_while_in_use(client, login, monkeypatch):
    login(factories.make_user(Role.ADMIN))
    started = time.time()
    monkeypatch.setattr(security.time, "time", lambda: started + 7 * 3600)
    assert client.get("/staf").status_code == 200
    with client.session_transaction() as session:
        session["dipakai"] = True  # the session changes at 7 h, so its cookie is signed again then
    monkeypatch.setattr(security.time, "time", lambda: started + 8 * 3600 + 60)
    response = client.get("/staf")
    assert response.status_code == 302 and "/masuk" in response.headers["Location"]
    with client.session_transaction() as session:
        assert "_user_id" not in session and "dipakai" not in session


def test_the_lifetime_is_eight_hours_by_default(app):
    assert app.permanent_session_lifetime.total_seconds() == 8 * 3600
