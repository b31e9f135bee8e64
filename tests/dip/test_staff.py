"""PPID officers maintain the DIP of their own unit; the PPID Utama's officers maintain every unit's."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditEvent
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from tests import factories


@pytest.fixture
def units(app):
    utama = factories.make_utama()
    return {"utama": utama, "jember": factories.make_unit("UPT-JEMBER", parent=utama),
            "batu": factories.make_unit("UPT-BATU", parent=utama)}


def _form(unit, **overrides):
    return {"unit_id": unit.id, "category": "berkala", "title": "Profil UPT Pelayanan Sosial Tresna Werdha Jember",
            "summary": "Tugas, fungsi dan struktur organisasi.", "holder": "Subbagian Tata Usaha",
            "responsible": "Kepala UPT", "produced_at": "2025-01-15", "produced_place": "Jember",
            "formats": ["softcopy", "hardcopy"], "retention": "5 tahun", "year": "2025", **overrides}


def _events(entry):
    return [e.action for e in db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.object_type == "dip_entries", AuditEvent.object_id == entry.id)
        .order_by(AuditEvent.id))]


def test_officer_creates_a_draft_with_every_lampiran_column(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    response = client.post("/staf/dip/baru", data=_form(units["jember"]))
    assert response.status_code == 302
    entry = db.session.scalar(sa.select(InformationEntry))
    assert entry.status == EntryStatus.DRAFT
    assert (entry.holder, entry.responsible, entry.produced_place, entry.retention, entry.formats, entry.year) == (
        "Subbagian Tata Usaha", "Kepala UPT", "Jember", "5 tahun", "softcopy;hardcopy", 2025)
    assert str(entry.produced_at) == "2025-01-15"
    assert client.get(f"/dip/entri/{entry.id}").status_code == 404, "a draft is not public"
    assert _events(entry) == ["created"]


def test_officer_cannot_create_for_another_unit(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    response = client.post("/staf/dip/baru", data=_form(units["batu"]))
    assert response.status_code == 200
    assert "Pilihan tidak valid." in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InformationEntry)) == 0


def test_utama_officer_creates_for_any_unit(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["utama"]))
    assert client.post("/staf/dip/baru", data=_form(units["batu"])).status_code == 302
    assert db.session.scalar(sa.select(InformationEntry.unit_id)) == units["batu"].id


def test_exempt_entry_needs_legal_basis_and_consequence_test(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    response = client.post("/staf/dip/baru", data=_form(units["jember"], category="dikecualikan"))
    html = response.get_data(as_text=True)
    assert "wajib mencantumkan dasar hukum" in html and "ringkasan uji konsekuensi" in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InformationEntry)) == 0


def test_publish_edit_and_retire_are_each_audited(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    entry = factories.make_entry(units["jember"], status=EntryStatus.DRAFT, title="Rencana Kerja 2026")
    assert client.post(f"/staf/dip/{entry.id}/terbitkan").status_code == 302
    assert client.get(f"/dip/entri/{entry.id}").status_code == 200

    client.post(f"/staf/dip/{entry.id}", data=_form(units["jember"], title="Rencana Kerja 2026 (perubahan)"))
    client.post(f"/staf/dip/{entry.id}/tarik")
    db.session.refresh(entry)
    assert entry.title == "Rencana Kerja 2026 (perubahan)"
    assert entry.status == EntryStatus.RETIRED
    assert client.get(f"/dip/entri/{entry.id}").status_code == 404
    assert _events(entry) == ["created", "published", "updated", "retired"]
    update = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "updated"))
    assert json.loads(update.before)["title"] == "Rencana Kerja 2026"
    assert json.loads(update.after)["title"] == "Rencana Kerja 2026 (perubahan)"


def test_saving_without_changes_records_no_event(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    client.post("/staf/dip/baru", data=_form(units["jember"]))
    entry = db.session.scalar(sa.select(InformationEntry))
    response = client.post(f"/staf/dip/{entry.id}", data=_form(units["jember"]), follow_redirects=True)
    assert "Tidak ada perubahan." in response.get_data(as_text=True)
    assert _events(entry) == ["created"]


def test_officer_cannot_edit_another_units_entry(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    entry = factories.make_entry(units["batu"], title="Milik Batu")
    assert client.post(f"/staf/dip/{entry.id}", data=_form(units["jember"], title="Diubah")).status_code == 403
    db.session.refresh(entry)
    assert entry.title == "Milik Batu"


def test_retiring_a_draft_is_refused_with_a_message(client, login, units):
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    entry = factories.make_entry(units["jember"], status=EntryStatus.DRAFT)
    response = client.post(f"/staf/dip/{entry.id}/tarik", follow_redirects=True)
    assert "Hanya entri yang sudah terbit yang dapat ditarik." in response.get_data(as_text=True)


def test_staff_list_is_scoped_to_the_officers_unit(client, login, units):
    factories.make_entry(units["jember"], title="Entri Jember")
    factories.make_entry(units["batu"], title="Entri Batu", status=EntryStatus.DRAFT)
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    html = client.get("/staf/dip/").get_data(as_text=True)
    assert "Entri Jember" in html and "Entri Batu" not in html


def test_auditor_sees_every_unit_including_drafts_but_cannot_edit(client, login, units):
    factories.make_entry(units["batu"], title="Draf Batu", status=EntryStatus.DRAFT)
    login(factories.make_user(Role.AUDITOR))
    html = client.get("/staf/dip/").get_data(as_text=True)
    assert "Draf Batu" in html
    assert "Tambah entri DIP" not in html
