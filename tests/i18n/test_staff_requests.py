"""The staff side in English: the desk, a request, keberatan, sengketa and the admin pages speak English to an
officer who chose it, their errors too; letters they issue stay Indonesian, as the law's forms are."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.extensions import db
from kip_portal.fees.models import FeeItem
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan import services as keberatan_services
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from kip_portal.sengketa.models import Sengketa
from kip_portal.units.models import Unit
from kip_portal.workdays.models import CalendarChange
from tests import factories

WIB = ZoneInfo("Asia/Jakarta")
CASE = "Permohonan daftar penerima bantuan lansia ditolak seluruhnya, padahal nama penerima bukan rahasia."


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=WIB).astimezone(timezone.utc)


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def people(units):
    return {"officer": factories.make_user(Role.PPID, unit=units["jember"]),
            "atasan": factories.make_user(Role.ATASAN, unit=units["utama"]),
            "admin": factories.make_user(Role.ADMIN)}


@pytest.fixture
def received(body, people):
    """A request of UPT Jember received Thu 27 Mar 2025 (day 10 is 22 April, after cuti bersama and Easter)."""
    return requests.submit(RequestData.from_mapping(body), channel=Channel.LANGSUNG,
                           received_at=datetime(2025, 3, 27, 2, tzinfo=timezone.utc), actor=None,
                           now=datetime(2025, 3, 27, 2, tzinfo=timezone.utc)).info_request


@pytest.fixture
def keberatan(body, people, units, freeze):
    """Received Mon 2 Nov 2026, refused Wed 4 Nov, keberatan filed online Mon 16 Nov; the clock says 16 Nov."""
    info_request = requests.submit(RequestData.from_mapping(body), channel=Channel.LANGSUNG,
                                   received_at=at(date(2026, 11, 2)), actor=people["officer"],
                                   now=at(date(2026, 11, 2))).info_request
    test = factories.make_consequence_test(units["jember"], number="188/12/SK-PPID/2026")
    data = decisions.DecisionData.from_mapping({"decision": "ditolak", "consequence_test_id": test.id,
                                                "refusal_basis": "Pasal 17 huruf h UU 14/2008"})
    decisions.decide(info_request, data, actor=people["officer"], now=at(date(2026, 11, 4), 9))
    decisions.approve_refusal(info_request, actor=people["atasan"], now=at(date(2026, 11, 4)))
    moment = freeze(at(date(2026, 11, 16)))
    return keberatan_services.file_keberatan(info_request, grounds=["a"], case=CASE, channel=Channel.WEB,
                                             filed_at=moment, actor=None, now=moment)


def test_dashboard_and_desk_are_in_english(english, login, people, received):
    login(people["officer"])
    dashboard = english.get("/staf").get_data(as_text=True)
    assert "Staff area" in dashboard and "You are logged in as" in dashboard and "PPID officer" in dashboard
    assert "Ruang staf" not in dashboard and "Antrean permohonan" not in dashboard
    desk = english.get("/staf/permohonan/").get_data(as_text=True)
    assert "Information requests" in desk and "Record an in-person / post / email request" in desk
    assert "working days late" in desk and "Deadline" in desk
    assert "Meja permohonan" not in desk and "Terlambat" not in desk and "Tidak ada permohonan" not in desk


def test_a_request_page_with_its_forms_is_in_english(english, login, people, received):
    login(people["officer"])
    html = english.get(f"/staf/permohonan/{received.id}").get_data(as_text=True)
    for text in (f"Request {received.register_number}", "Written notice", "How it is counted: 10 working days",
                 "Law 14/2008 Article 22(7)", "skipped (Saturday)", "skipped (collective leave (cuti bersama)",
                 "working day 10", "Completeness and unit", "Decide and issue the written notice",
                 "Save the decision", "Extend the deadline", "Extend by 7 working days",
                 "Record an objection received offline"):
        assert text in html, text
    for text in ("Putuskan dan terbitkan", "Perpanjang batas waktu", "hari kerja ke-", "dilewati", "Simpan keputusan",
                 "Cara menghitung"):
        assert text not in html, text


def test_an_incomplete_decision_is_refused_in_english_and_nothing_is_stored(english, login, people, received):
    login(people["officer"])
    response = english.post(f"/staf/permohonan/{received.id}/putuskan",
                            data={"decision": "dikabulkan_sebagian", "information_form": "softcopy",
                                  "provision_days": "2"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "The decision is incomplete:" in html and "Explain the blacked-out parts and why" in html
    assert "Keputusan belum lengkap" not in html and "Jelaskan bagian" not in html
    db.session.refresh(received)
    assert received.decision is None and received.status.value == "received"
    assert _count(Letter) == 1, "only the receipt; no written notice"


def test_an_english_officers_extension_is_announced_in_english_and_the_letter_stays_indonesian(
        english, login, people, received):
    login(people["officer"])
    page = english.post(f"/staf/permohonan/{received.id}/perpanjang", data={"reason": "Arsip di gudang UPT"},
                        follow_redirects=True).get_data(as_text=True)
    assert "Deadline extended to" in page and "After the extension" in page and "2 May 2025" in page
    again = english.post(f"/staf/permohonan/{received.id}/perpanjang", data={"reason": "Lagi"},
                         follow_redirects=True).get_data(as_text=True)
    assert "The deadline can be extended only once" in again and "satu kali" not in again
    letter = db.session.scalar(sa.select(Letter).where(Letter.kind == LetterKind.EXTENSION))
    text = factories.pdf_text(letters.pdf_bytes(letter))
    assert "diperpanjang paling" in text and "Alasan perpanjangan" in text and "2 Mei 2025" in text
    assert "extended" not in text.lower() and "May 2025" not in text


def test_the_keberatan_pages_and_the_atasans_answer_are_in_english(english, login, people, keberatan):
    login(people["atasan"])
    register = english.get("/staf/keberatan/").get_data(as_text=True)
    assert "Register of objections" in register and "Answer deadline" in register and "working days left" in register
    assert "Register keberatan" not in register and "Batas tanggapan" not in register
    url = f"/staf/keberatan/{keberatan.id}"
    page = english.get(url).get_data(as_text=True)
    for text in (f"Objection {keberatan.number}", "Statement of the case", "History", "Issue the answer",
                 "Grounds (Law 14/2008 Article 35(1))"):
        assert text in page, text
    assert "Terbitkan tanggapan" not in page and "Kasus posisi" not in page

    blank = english.post(f"{url}/tanggapi", data={"outcome": "dikuatkan", "reasons": "   "})
    html = blank.get_data(as_text=True)
    assert blank.status_code == 422 and "The written reasons of the answer are required" in html
    assert "Alasan tertulis tanggapan wajib diisi" not in html
    db.session.refresh(keberatan)
    assert keberatan.outcome is None and keberatan.answer_number in ("", None)

    done = english.post(f"{url}/tanggapi", data={"outcome": "dikuatkan", "reasons": "Nomor rekening dikecualikan."},
                        follow_redirects=True).get_data(as_text=True)
    db.session.refresh(keberatan)
    assert f"Answer number {keberatan.answer_number} issued and sent to the requester." in done
    answer = db.session.scalar(sa.select(Letter).where(Letter.kind == LetterKind.KEBERATAN_ANSWER))
    text = factories.pdf_text(letters.pdf_bytes(answer))
    assert f"Tanggapan atas Keberatan Nomor {keberatan.number}" in text and "Menguatkan keputusan PPID" in text
    assert "16 November 2026" in text and "Objection" not in text


def test_sengketa_pages_and_their_errors_are_in_english(english, login, people, keberatan):
    keberatan_services.respond(keberatan, outcome="dikuatkan", reasons="Dikecualikan.", actor=people["atasan"],
                               now=at(date(2026, 11, 16)))
    login(people["officer"])
    new = english.get(f"/staf/sengketa/baru?keberatan={keberatan.id}").get_data(as_text=True)
    assert "Period to file a dispute" in new and "The requester may file a dispute with the Information" in new
    assert "Jangka waktu pengajuan sengketa" not in new and "Catat sengketa" not in new
    future = english.post(f"/staf/sengketa/baru?keberatan={keberatan.id}",
                          data={"commission": "Komisi Informasi Provinsi Jawa Timur", "filed_on": "2026-12-01"})
    html = future.get_data(as_text=True)
    assert "The filing date cannot be in the future." in html and "tidak boleh di masa depan" not in html
    assert _count(Sengketa) == 0
    english.post(f"/staf/sengketa/baru?keberatan={keberatan.id}",
                 data={"commission": "Komisi Informasi Provinsi Jawa Timur", "case_number": "12/KI/2026",
                       "filed_on": "2026-11-16"})
    sengketa = db.session.scalar(sa.select(Sengketa))
    show = english.get(f"/staf/sengketa/{sengketa.id}").get_data(as_text=True)
    for text in ("Dispute 12/KI/2026", "Deadlines of the Information Commission", "Record the next stage",
                 "Record the outcome of the dispute", "Download the evidence bundle (ZIP)", "Mediation"):
        assert text in show, text
    assert "Catat tahap berikutnya" not in show and "Berkas bukti" not in show
    listing = english.get("/staf/sengketa/").get_data(as_text=True)
    assert "Information disputes (sengketa)" in listing and "1 disputes." in listing and "Registration" in listing
    assert "Tidak ada sengketa" not in listing and "Semua tahap" not in listing


def test_admin_pages_are_in_english_and_refuse_bad_input_in_english(english, login, people, units):
    login(people["admin"])
    users = english.get("/admin/pengguna").get_data(as_text=True)
    assert "Add a user" in users and "Administrator" in users and "Tambah pengguna" not in users
    before = _count(User)
    weak = english.post("/admin/pengguna/baru", data={"email": "baru@contoh.id", "name": "Baru", "role": "auditor",
                                                      "unit_id": "0", "password": "pendek"}).get_data(as_text=True)
    assert "The password must have at least 12 characters." in weak and "Kata sandi minimal" not in weak
    assert "Password (at least 12 characters)" in weak and "— no unit —" in weak
    assert _count(User) == before

    assert "Add a unit" in english.get("/admin/unit/").get_data(as_text=True)
    clash = english.post("/admin/unit/baru", data={"code": "UPT-JEMBER", "name": "Lain", "kind": "pelaksana"})
    assert "Unit code UPT-JEMBER is already in use." in clash.get_data(as_text=True)
    assert _count(Unit) == 3

    calendar = english.get("/admin/kalender/").get_data(as_text=True)
    assert "Working-day calendar" in calendar and "Save the change" in calendar and "national holiday" in calendar
    assert "Kalender hari kerja" not in calendar and "libur nasional" not in calendar
    unsourced = english.post("/admin/kalender/", data={"day": "2026-12-24", "action": "add", "name": "Libur daerah",
                                                       "legal_source": "  "}).get_data(as_text=True)
    assert "The legal source of a calendar change is required." in unsourced and _count(CalendarChange) == 0

    fees = english.get("/admin/biaya").get_data(as_text=True)
    assert "Manage the fee table" in fees and "Add a rate" in fees and "Tambah tarif" not in fees
    nameless = english.post("/admin/biaya", data={"kind": "penyalinan", "name": "  ", "per": "per lembar",
                                                  "price": "500", "legal_source": "SK 1/2026"}).get_data(as_text=True)
    assert "The rate is incomplete." in nameless and "Tarif belum lengkap" not in nameless
    assert _count(FeeItem) == 0


def test_the_staff_pages_stay_indonesian_by_default(client, login, people, received):
    login(people["officer"])
    html = client.get(f"/staf/permohonan/{received.id}").get_data(as_text=True)
    assert "Putuskan dan terbitkan pemberitahuan tertulis" in html and "dilewati (Sabtu)" in html
    assert "Decide and issue" not in html and "working day" not in html
