"""Login throttling (ASVS 2.2.1): 429 after 5 failures a minute per account, and a lockout that looks like a
wrong password to whoever tries."""
from __future__ import annotations

import pytest

from kip_portal.auth import services
from kip_portal.auth.models import Role
from kip_portal.extensions import db
from tests import factories


@pytest.fixture
def officer(app):
    return factories.make_user(Role.PPID, email="petugas@uji.test")


def _try(client, email, password):
    return client.post("/masuk", data={"email": email, "password": password})


def test_the_sixth_failed_attempt_in_a_minute_gets_429_in_indonesian(client, officer):
    statuses = [_try(client, officer.email, f"salah-sekali-{n}").status_code for n in range(5)]
    assert statuses == [200] * 5
    sixth = _try(client, officer.email, "salah-sekali-6")
    assert sixth.status_code == 429
    page = sixth.get_data(as_text=True)
    assert "Terlalu banyak permintaan" in page and "Tunggu sebentar lalu coba lagi." in page
    # Even the right password waits: the limit is on the account, not on the password.
    assert _try(client, officer.email, factories.PASSWORD).status_code == 429


def test_an_unknown_email_is_throttled_the_same_way(client, officer):
    statuses = [_try(client, "tidak-ada@uji.test", "salah-sekali-123").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]


def test_the_account_limit_does_not_block_another_account(client, officer):
    other = factories.make_user(Role.AUDITOR, email="pemeriksa@uji.test")
    for n in range(6):
        _try(client, officer.email, f"salah-sekali-{n}")
    assert _try(client, other.email, factories.PASSWORD).status_code == 302


def test_successful_logins_do_not_count(client, officer):
    for _ in range(7):
        assert _try(client, officer.email, factories.PASSWORD).status_code == 302
        client.post("/keluar")


def test_the_address_limit_counts_failures_on_every_account(make_app):
    app = make_app(LOGIN_RATE_LIMIT_IP="3 per minute")
    with app.app_context():
        client = app.test_client()
        statuses = [_try(client, f"orang{n}@uji.test", "salah-sekali-123").status_code for n in range(4)]
        assert statuses == [200, 200, 200, 429]
        db.session.remove()
        db.engine.dispose()


def test_a_locked_account_gets_exactly_the_wrong_password_page(make_app):
    app = make_app(LOGIN_LOCKOUT_FAILURES=3, LOGIN_RATE_LIMIT="100 per minute")
    with app.app_context():
        officer = factories.make_user(Role.PPID, email="petugas@uji.test")
        client = app.test_client()
        wrong = [_try(client, officer.email, "salah-sekali-123") for _ in range(3)]
        assert all(services.LOGIN_FAILED in r.get_data(as_text=True) for r in wrong)
        locked = _try(client, officer.email, factories.PASSWORD)
        assert locked.status_code == wrong[0].status_code == 200
        assert locked.get_data() == wrong[0].get_data()
        with client.session_transaction() as session:
            assert "_user_id" not in session
        # Another account is not locked.
        other = factories.make_user(Role.AUDITOR, email="pemeriksa@uji.test")
        assert _try(client, other.email, factories.PASSWORD).status_code == 302
        db.session.remove()
        db.engine.dispose()


def test_a_success_before_the_lockout_starts_the_count_again(make_app):
    app = make_app(LOGIN_LOCKOUT_FAILURES=3, LOGIN_RATE_LIMIT="100 per minute")
    with app.app_context():
        officer = factories.make_user(Role.PPID, email="petugas@uji.test")
        client = app.test_client()
        for _ in range(2):
            _try(client, officer.email, "salah-sekali-123")
        assert _try(client, officer.email, factories.PASSWORD).status_code == 302
        client.post("/keluar")
        for _ in range(2):
            _try(client, officer.email, "salah-sekali-123")
        assert _try(client, officer.email, factories.PASSWORD).status_code == 302
        db.session.remove()
        db.engine.dispose()
