"""Logging in and out: one message for every failure, a safe ``next``, hashed passwords."""
from __future__ import annotations

import pytest

from kip_portal.auth import services
from kip_portal.auth.models import Role
from kip_portal.auth.views import safe_next
from kip_portal.extensions import db
from tests import factories


@pytest.fixture
def officer(app):
    return factories.make_user(Role.PPID, email="petugas@uji.test")


def test_login_with_right_password_opens_the_staff_room(client, officer):
    response = client.post("/masuk", data={"email": "Petugas@Uji.test ", "password": factories.PASSWORD},
                           follow_redirects=True)
    assert response.status_code == 200
    assert "Ruang staf" in response.get_data(as_text=True)
    assert db.session.get(type(officer), officer.id).last_login_at is not None


@pytest.mark.parametrize(("email", "password"), [
    ("petugas@uji.test", "salah-sekali-123"),
    ("tidak-ada@uji.test", factories.PASSWORD),
])
def test_wrong_email_or_password_gets_the_same_message(client, officer, email, password):
    response = client.post("/masuk", data={"email": email, "password": password})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert services.LOGIN_FAILED in html
    assert "tidak terdaftar" not in html and "salah kata sandi" not in html
    with client.session_transaction() as session:
        assert "_user_id" not in session


def test_inactive_account_cannot_log_in(client, officer):
    officer.active = False
    db.session.commit()
    response = client.post("/masuk", data={"email": officer.email, "password": factories.PASSWORD})
    assert services.LOGIN_FAILED in response.get_data(as_text=True)


def test_password_is_stored_as_a_scrypt_hash(officer):
    assert officer.password_hash.startswith("scrypt:")
    assert factories.PASSWORD not in officer.password_hash


@pytest.mark.parametrize(("target", "expected"), [
    ("/staf/dip/", "/staf/dip/"),
    ("/staf/dip/?status=draft", "/staf/dip/?status=draft"),
    ("https://jahat.example/", None),
    ("//jahat.example/", None),
    ("/\\jahat.example", None),
    ("javascript:alert(1)", None),
    ("", None),
    (None, None),
])
def test_safe_next_only_accepts_paths_on_this_site(target, expected):
    assert safe_next(target) == expected


def test_login_follows_a_safe_next_and_ignores_an_external_one(client, officer):
    ok = client.post("/masuk?next=/staf/dip/", data={"email": officer.email, "password": factories.PASSWORD})
    assert ok.headers["Location"].endswith("/staf/dip/")
    client.post("/keluar")
    evil = client.post("/masuk?next=https://jahat.example/", data={"email": officer.email,
                                                                     "password": factories.PASSWORD})
    assert "jahat.example" not in evil.headers["Location"]
    assert evil.headers["Location"].endswith("/staf")


def test_protected_page_sends_anonymous_visitor_to_login_with_next(client):
    response = client.get("/staf/dip/")
    assert response.status_code == 302
    assert "/masuk?next=%2Fstaf%2Fdip%2F" in response.headers["Location"]


def test_logout_ends_the_session(client, login, officer):
    login(officer)
    assert client.post("/keluar").status_code == 302
    assert client.get("/staf").status_code == 302


def test_logout_is_not_possible_by_get(client, login, officer):
    login(officer)
    assert client.get("/keluar").status_code == 405
    assert client.get("/staf").status_code == 200
