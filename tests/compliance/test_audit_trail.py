"""The audit trail: the hash chain is checked end to end, and the auditor browses, exports and reads it by API."""
from __future__ import annotations

import csv
import io
import multiprocessing
from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import AuditEvent
from kip_portal.core.audit import record_event
from kip_portal.core.models import utcnow
from kip_portal.dip import services as dip
from kip_portal.extensions import db
from tests import factories
from tests.compliance import workers


@pytest.fixture
def trail(app):
    """Events from real service calls: units, users, entries created, published, one retired."""
    unit = factories.make_unit("UPT-A")
    factories.make_user(Role.PPID, unit=unit)
    entries = [factories.make_entry(unit, title=f"Entri {n}") for n in range(3)]
    dip.retire(entries[0], actor=None, now=utcnow())
    return unit


def _ids() -> list[int]:
    return list(db.session.scalars(sa.select(AuditEvent.id).order_by(AuditEvent.id)))


def test_an_untouched_chain_verifies(runner, trail):
    count = db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent))
    assert count >= 8
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Rantai audit utuh: {count} peristiwa diperiksa."


def test_an_empty_trail_verifies(runner, app):
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 0 and "0 peristiwa diperiksa" in result.output


def test_a_changed_event_is_named(runner, trail):
    ids = _ids()
    middle = ids[len(ids) // 2]
    db.session.execute(sa.text("UPDATE audit_events SET after = :after WHERE id = :id"),
                       {"after": '{"title": "Diubah diam-diam"}', "id": middle})
    db.session.commit()
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 1
    assert f"Rantai audit rusak pada peristiwa #{middle}: hash mismatch" in result.output


def test_a_deleted_middle_event_breaks_the_next_link(runner, trail):
    ids = _ids()
    middle = ids[len(ids) // 2]
    db.session.execute(sa.text("DELETE FROM audit_events WHERE id = :id"), {"id": middle})
    db.session.commit()
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 1
    assert f"peristiwa #{ids[ids.index(middle) + 1]}: prev_hash mismatch" in result.output


def test_a_deleted_last_event_leaves_the_head_dangling(runner, trail):
    ids = _ids()
    db.session.execute(sa.text("DELETE FROM audit_events WHERE id = :id"), {"id": ids[-1]})
    db.session.commit()
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 1
    assert f"peristiwa #{ids[-2]}: head mismatch" in result.output


def test_four_writers_at_once_make_one_unbroken_chain(app, runner):
    factories.make_unit("UPT-A")
    before = len(_ids())
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "DOCUMENTS_DIR", "INDEX_DIR",
                                               "SECRET_KEY", "PASSWORD_HASH_METHOD")} | {"TESTING": True}
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(4) as pool:
        barrier = manager.Barrier(4)  # all four start appending at the same moment
        pool.starmap(workers.append_events, [(config, app.instance_path, w, 25, barrier) for w in range(4)])
    db.session.expire_all()
    prev_hashes = list(db.session.scalars(sa.select(AuditEvent.prev_hash)))
    assert len(prev_hashes) == before + 100
    assert len(set(prev_hashes)) == len(prev_hashes)
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 0, result.output
    assert f"{before + 100} peristiwa diperiksa" in result.output


# --- Browsing, export and API ------------------------------------------------------------------------------

NIK = "3509121507800001"


@pytest.fixture
def personal_event(trail):
    """An event whose states hold personal data, as a careless caller might record them."""
    event = record_event(actor=None, action=AuditAction.UPDATED, obj=trail,
                         now=datetime(2026, 11, 20, 3, 0, tzinfo=timezone.utc),
                         before={"nik": NIK, "address": "Jl. Mastrip 12, Jember", "proxy_name": "Budi Santoso"},
                         after={"email": "siti@contoh.id", "phone": "081234567890", "status": "diproses"})
    db.session.commit()
    return event


def test_the_auditor_browses_newest_first_with_personal_data_masked(client, login, personal_event):
    login(factories.make_user(Role.AUDITOR))
    html = client.get("/staf/audit/").get_data(as_text=True)
    shown = [int(chunk.split('"')[0]) for chunk in html.split('<tr id="event-')[1:]]
    assert shown == sorted(shown, reverse=True) and shown[0] == max(_ids())
    assert NIK not in html and "3509********0001" in html
    for secret in ("Jl. Mastrip", "Budi Santoso", "siti@contoh.id", "081234567890"):
        assert secret not in html
    assert "&#34;status&#34;: &#34;diproses&#34;" in html or '"status": "diproses"' in html


def test_filters_narrow_the_list(client, login, personal_event):
    login(factories.make_user(Role.AUDITOR))
    html = client.get("/staf/audit/?object_type=units&action=updated").get_data(as_text=True)
    assert html.count('<tr id="event-') == 1 and f'id="event-{personal_event.id}"' in html
    assert client.get("/staf/audit/?from=2026-11-21&object_type=units&action=updated").get_data(
        as_text=True).count('<tr id="event-') == 0
    assert client.get("/staf/audit/?from=2026-11-20&to=2026-11-20").get_data(as_text=True).count(
        '<tr id="event-') == 1
    assert client.get("/staf/audit/?actor=sistem&action=retired").get_data(as_text=True).count('<tr id="event-') == 1


def test_the_page_checks_the_chain_on_request(client, login, trail):
    login(factories.make_user(Role.AUDITOR))
    assert 'id="chain-result"' not in client.get("/staf/audit/").get_data(as_text=True)
    html = client.get("/staf/audit/?check=1").get_data(as_text=True)
    assert "Rantai audit utuh" in html
    db.session.execute(sa.text("UPDATE audit_events SET actor_label = 'orang lain' WHERE id = :id"),
                       {"id": _ids()[1]})
    db.session.commit()
    assert f"rusak pada peristiwa #{_ids()[1]}" in client.get("/staf/audit/?check=1").get_data(as_text=True)


def test_the_csv_export_follows_the_filters(client, login, personal_event):
    login(factories.make_user(Role.ADMIN))
    response = client.get("/staf/audit.csv?object_type=units&action=updated")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [int(row["id"]) for row in rows] == [personal_event.id]
    assert rows[0]["hash"] == personal_event.hash
    assert NIK not in rows[0]["before"] and "3509********0001" in rows[0]["before"]
    everything = list(csv.DictReader(io.StringIO(client.get("/staf/audit.csv").get_data(as_text=True))))
    assert len(everything) == db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent))
    assert [int(r["id"]) for r in everything] == sorted((int(r["id"]) for r in everything), reverse=True)


def _token(role: Role, unit=None) -> dict:
    user = factories.make_user(role, unit=unit)
    return factories.bearer(user)


def test_the_api_pages_through_the_trail(client, app, personal_event):
    app.config["PER_PAGE"] = 5
    headers = _token(Role.AUDITOR)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent))
    data = client.get("/api/v1/audit?page=1", headers=headers).get_json()
    assert (data["page"], data["per_page"], data["total"]) == (1, 5, total)
    newest = data["events"][0]
    assert newest["action"] == "token_issued" and newest["object_type"] == "users"
    assert set(newest) == {"id", "at", "actor", "action", "object_type", "object_id", "before", "after",
                           "prev_hash", "hash"}
    ids = [e["id"] for e in data["events"]]
    second = client.get("/api/v1/audit?page=2", headers=headers).get_json()["events"]
    assert ids == sorted(ids, reverse=True) and second[0]["id"] < ids[-1]
    mine = next(e for e in data["events"] if e["id"] == personal_event.id)
    assert mine["before"]["nik"] == "3509********0001" and mine["after"]["status"] == "diproses"
    assert client.get("/api/v1/audit?page=0", headers=headers).status_code == 422


@pytest.mark.parametrize("role", [Role.ADMIN, Role.AUDITOR])
def test_auditors_and_admins_may_read_the_trail_by_api(client, app, role):
    assert client.get("/api/v1/audit", headers=_token(role)).status_code == 200


@pytest.mark.parametrize("role", [Role.PPID, Role.ATASAN])
def test_others_may_not(client, app, role):
    response = client.get("/api/v1/audit", headers=_token(role))
    assert response.status_code == 403 and response.get_json()["error"]
    assert client.get("/api/v1/audit").status_code == 401
