"""Every form is protected by a CSRF token: a missing or forged token gets the 400 page and changes nothing."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from tests import factories
from tests.conftest import csrf_token


@pytest.fixture
def app(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def officer_client(app, client):
    """A PPID officer logged in through the real form, token and all."""
    officer = factories.make_user(Role.PPID)
    page = client.get("/masuk").get_data(as_text=True)
    response = client.post("/masuk", data={"email": officer.email, "password": factories.PASSWORD,
                                           "csrf_token": csrf_token(page)})
    assert response.status_code == 302
    return client, officer


def test_login_without_token_is_refused(client):
    officer = factories.make_user(Role.AUDITOR)
    response = client.post("/masuk", data={"email": officer.email, "password": factories.PASSWORD})
    assert response.status_code == 400
    assert "Token keamanan formulir" in response.get_data(as_text=True)


@pytest.mark.parametrize("token", [None, "palsu", "IjEyMyI.aaaa.bbbb"])
def test_creating_an_entry_without_a_valid_token_changes_nothing(officer_client, token):
    client, officer = officer_client
    form = {"unit_id": officer.unit_id, "category": "berkala", "title": "Entri palsu", "formats": "softcopy"}
    if token:
        form["csrf_token"] = token
    response = client.post("/staf/dip/baru", data=form)
    assert response.status_code == 400
    assert '<html lang="id">' in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InformationEntry)) == 0


def test_publishing_without_token_leaves_the_draft_a_draft(officer_client):
    client, officer = officer_client
    entry = factories.make_entry(officer.unit, status=EntryStatus.DRAFT)
    assert client.post(f"/staf/dip/{entry.id}/terbitkan").status_code == 400
    db.session.refresh(entry)
    assert entry.status == EntryStatus.DRAFT


def test_token_from_the_page_is_accepted(officer_client):
    client, officer = officer_client
    page = client.get("/staf/dip/baru").get_data(as_text=True)
    response = client.post("/staf/dip/baru", data={
        "csrf_token": csrf_token(page), "unit_id": officer.unit_id, "category": "berkala",
        "title": "Profil UPT", "formats": "softcopy"})
    assert response.status_code == 302
    assert db.session.scalar(sa.select(InformationEntry.title)) == "Profil UPT"


def test_logout_without_token_keeps_the_session(officer_client):
    client, _ = officer_client
    assert client.post("/keluar").status_code == 400
    assert client.get("/staf").status_code == 200

