"""The register of uji konsekuensi: the lembar's columns are required, the head approves, every change is audited."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import NotAllowed
from kip_portal.exemptions import services
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from tests import factories
from tests.conftest import FIXED_NOW
from tests.exemptions.conftest import LEMBAR
from tests.exemptions.conftest import make_test


def _form(unit, **overrides):
    return {"unit_id": unit.id, "number": "188/07/SK-PPID/2026", "tested_on": "2026-11-20",
            "exempt_until": "2031-11-20", **LEMBAR, **overrides}


def _actions(test):
    return [e.action for e in db.session.scalars(sa.select(AuditEvent).where(
        AuditEvent.object_type == "consequence_tests", AuditEvent.object_id == test.id).order_by(AuditEvent.id))]


def test_officer_records_a_test_with_every_lembar_column(client, login, units, people):
    login(people["jember"])
    response = client.post("/staf/uji-konsekuensi/baru", data=_form(units["jember"]))
    assert response.status_code == 302
    test = db.session.scalar(sa.select(ConsequenceTest))
    assert (test.unit, test.number, test.tested_on, test.exempt_until) == (
        units["jember"], "188/07/SK-PPID/2026", date(2026, 11, 20), date(2031, 11, 20))
    assert test.participant_rows[1] == ["Budi Santoso", "Kasubbag TU", "UPT PSTW Jember"]
    assert not test.is_approved
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Menunggu persetujuan" in page and "Belum disetujui" in page
    assert _actions(test) == ["created"]


def test_an_empty_lembar_names_every_missing_column(client, login, units, people):
    login(people["jember"])
    blank = {key: "" for key in LEMBAR} | {"number": "", "tested_on": "", "exempt_until": ""}
    html = client.post("/staf/uji-konsekuensi/baru", data=_form(units["jember"], **blank)).get_data(as_text=True)
    for message in ("Nomor SK penetapan pengecualian wajib diisi.", "Informasi yang dikecualikan wajib diisi.",
                    "Dasar hukum wajib diisi", "Konsekuensi bila informasi dibuka wajib diisi.",
                    "Konsekuensi bila informasi ditutup wajib diisi.",
                    "Jangka waktu pengecualian wajib diisi (Perki 1/2021 Pasal 51).",
                    "Tanggal uji konsekuensi wajib diisi.", "Tempat pelaksanaan uji konsekuensi wajib diisi.",
                    "Peserta wajib diisi"):
        assert message in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ConsequenceTest)) == 0


@pytest.mark.parametrize(("overrides", "message"), [
    ({"tested_on": "2026-12-01"}, "Tanggal uji konsekuensi tidak boleh setelah hari ini."),
    ({"exempt_until": "2026-11-20"}, "Tanggal akhir pengecualian harus setelah tanggal uji konsekuensi."),
    ({"exempt_until": "2026-11-01"}, "Tanggal akhir pengecualian harus setelah tanggal uji konsekuensi."),
    ({"participants": "Siti Aminah, Kepala UPT"}, "Peserta baris ke-1 harus berformat"),
    ({"period": "   "}, "Perki 1/2021 Pasal 51"),
])
def test_dates_participants_and_period_are_checked(client, login, units, people, overrides, message):
    login(people["jember"])
    html = client.post("/staf/uji-konsekuensi/baru", data=_form(units["jember"], **overrides)).get_data(as_text=True)
    assert message in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ConsequenceTest)) == 0


def test_until_may_be_left_open_as_long_as_needed(client, login, units, people):
    login(people["jember"])
    assert client.post("/staf/uji-konsekuensi/baru", data=_form(units["jember"], exempt_until="")).status_code == 302
    assert db.session.scalar(sa.select(ConsequenceTest.exempt_until)) is None


def test_the_sk_number_is_unique(client, login, units, people):
    make_test(units["batu"], number="188/07/SK-PPID/2026")
    login(people["jember"])
    html = client.post("/staf/uji-konsekuensi/baru", data=_form(units["jember"])).get_data(as_text=True)
    assert "sudah dipakai uji konsekuensi lain" in html


def test_an_officer_cannot_record_for_another_unit_but_the_utama_can(client, login, units, people):
    login(people["jember"])
    assert "Pilihan tidak valid." in client.post("/staf/uji-konsekuensi/baru",
                                                  data=_form(units["batu"])).get_data(as_text=True)
    client.post("/keluar")
    login(people["utama"])
    assert client.post("/staf/uji-konsekuensi/baru", data=_form(units["batu"])).status_code == 302


def test_officers_see_and_edit_only_their_units_tests(client, login, units, people):
    test = make_test(units["batu"], approved=False)
    login(people["jember"])
    assert client.get(f"/staf/uji-konsekuensi/{test.id}").status_code == 403
    assert client.get(f"/staf/uji-konsekuensi/{test.id}/ubah").status_code == 403
    assert client.get(f"/staf/uji-konsekuensi/{test.id}/lembar.pdf").status_code == 403
    assert test.number not in client.get("/staf/uji-konsekuensi/").get_data(as_text=True)
    client.post("/keluar")
    login(people["batu"])
    response = client.post(f"/staf/uji-konsekuensi/{test.id}/ubah", data=_form(units["batu"], number=test.number,
                                                                               period="3 tahun"))
    assert response.status_code == 302
    assert test.period == "3 tahun"
    assert _actions(test) == ["created", "updated"]


@pytest.mark.parametrize("role", ["admin", "atasan", "auditor"])
def test_admin_atasan_and_auditor_read_the_register_but_do_not_write(client, login, units, people, role):
    test = make_test(units["batu"])
    login(people[role])
    assert test.number in client.get("/staf/uji-konsekuensi/").get_data(as_text=True)
    assert client.get(f"/staf/uji-konsekuensi/{test.id}").status_code == 200
    assert client.get("/staf/uji-konsekuensi/baru").status_code == 403
    assert client.post(f"/staf/uji-konsekuensi/{test.id}/ubah", data=_form(units["batu"])).status_code == 403


def test_the_atasan_records_the_heads_approval(client, login, units, people):
    test = make_test(units["jember"], approved=False)
    login(people["atasan"])
    assert "Catat persetujuan pimpinan" in client.get(f"/staf/uji-konsekuensi/{test.id}").get_data(as_text=True)
    response = client.post(f"/staf/uji-konsekuensi/{test.id}/setujui",
                           data={"approved_by": "Kepala Dinas Sosial", "approved_on": "2026-11-27"})
    assert response.status_code == 302
    assert (test.approved_by, test.approved_on) == ("Kepala Dinas Sosial", date(2026, 11, 27))
    assert _actions(test) == ["created", "consequence_test_approved"]
    assert "Kepala Dinas Sosial, 27 November 2026" in client.get(f"/staf/uji-konsekuensi/{test.id}").get_data(
        as_text=True)


@pytest.mark.parametrize(("form", "message"), [
    ({"approved_by": "", "approved_on": "2026-11-27"}, "Nama pimpinan yang menyetujui wajib diisi."),
    ({"approved_by": "Kepala Dinas", "approved_on": "2026-09-01"}, "tidak boleh sebelum tanggal uji"),
    ({"approved_by": "Kepala Dinas", "approved_on": "2026-12-01"}, "tidak boleh setelah hari ini"),
])
def test_an_approval_needs_a_name_and_a_sensible_date(client, login, units, people, form, message):
    test = make_test(units["jember"], approved=False)
    login(people["admin"])
    response = client.post(f"/staf/uji-konsekuensi/{test.id}/setujui", data=form, follow_redirects=True)
    assert message in response.get_data(as_text=True)
    assert not test.is_approved


@pytest.mark.parametrize("role", ["jember", "utama", "auditor"])
def test_ppid_and_auditor_cannot_approve(client, login, units, people, role):
    test = make_test(units["jember"], approved=False)
    login(people[role])
    response = client.post(f"/staf/uji-konsekuensi/{test.id}/setujui",
                           data={"approved_by": "Kepala Dinas", "approved_on": "2026-11-27"})
    assert response.status_code == 403
    assert not test.is_approved


def test_the_service_refuses_an_approval_by_a_ppid_officer(units, people):
    test = make_test(units["jember"], approved=False)
    with pytest.raises(NotAllowed):
        services.approve(test, approved_by="Kepala", approved_on=date(2026, 11, 27), actor=people["jember"],
                         now=FIXED_NOW)


def test_an_approved_test_can_be_neither_changed_nor_deleted(client, login, units, people):
    test = make_test(units["jember"])
    login(people["jember"])
    page = client.get(f"/staf/uji-konsekuensi/{test.id}").get_data(as_text=True)
    assert "/ubah" not in page
    html = client.post(f"/staf/uji-konsekuensi/{test.id}/ubah", data=_form(units["jember"], number=test.number,
                                                                           period="10 tahun")).get_data(as_text=True)
    assert "Pasal 53" in html
    assert test.period == LEMBAR["period"]
    client.post(f"/staf/uji-konsekuensi/{test.id}/hapus")
    assert db.session.get(ConsequenceTest, test.id) is not None
    with pytest.raises(Conflict):
        services.approve(test, approved_by="Lagi", approved_on=date(2026, 11, 27), actor=people["admin"],
                         now=FIXED_NOW)


def test_an_unapproved_test_recorded_by_mistake_is_deleted_with_an_audit_event(client, login, units, people):
    test = make_test(units["jember"], approved=False)
    test_id = test.id
    login(people["jember"])
    assert client.post(f"/staf/uji-konsekuensi/{test_id}/hapus").status_code == 302
    assert db.session.get(ConsequenceTest, test_id) is None
    assert db.session.scalar(sa.select(AuditEvent.action).where(
        AuditEvent.object_type == "consequence_tests", AuditEvent.object_id == test_id).order_by(
        AuditEvent.id.desc()).limit(1)) == "deleted"


def test_the_register_lists_days_left_linked_entries_and_filters(client, login, units, people):
    soon = make_test(units["jember"], number="SK/SOON", exempt_until=date(2026, 12, 20))
    later = make_test(units["jember"], number="SK/LATER", exempt_until=date(2028, 1, 1))
    ended = make_test(units["jember"], number="SK/ENDED", exempt_until=date(2026, 11, 29))
    factories.make_entry(units["jember"], category="dikecualikan", consequence_test_id=later.id)
    login(people["jember"])
    html = client.get("/staf/uji-konsekuensi/").get_data(as_text=True)
    assert "20 hari" in html and "Segera berakhir" in html and "Berakhir, informasi dibuka" in html
    assert "<td>1</td>" in html, "the linked entry is counted"
    expiring = client.get("/staf/uji-konsekuensi/?status=expiring").get_data(as_text=True)
    assert soon.number in expiring and later.number not in expiring and ended.number not in expiring
    expired = client.get("/staf/uji-konsekuensi/?status=expired").get_data(as_text=True)
    assert ended.number in expired and soon.number not in expired
    active = client.get("/staf/uji-konsekuensi/?status=active").get_data(as_text=True)
    assert soon.number in active and later.number in active and ended.number not in active
    assert "1 pengecualian berakhir dalam 30 hari" in client.get("/staf").get_data(as_text=True)
