"""The staff side of the DIP, the uji konsekuensi register, compliance, the audit trail, the registers and the
annual report in English; their exports and official documents stay Indonesian whatever the officer chose."""
from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.dip.models import InformationEntry
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from tests import factories
from tests.registers.conftest import frozen  # noqa: F401  (fixture: the clock at 30 November 2026)
from tests.registers.conftest import world  # noqa: F401  (fixture: requests and keberatan of 2025)


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


@pytest.fixture
def officer(app, login, english):
    """A PPID Utama officer who chose English."""
    user = factories.make_user(Role.PPID, unit=factories.make_utama())
    login(user)
    return user


def test_dip_staff_list_and_entry_form_in_english(english, officer):
    factories.make_entry(officer.unit, title="Rencana Kerja 2026")
    page = _page(english, "/staf/dip/")
    assert "Manage the Public Information List" in page and "Add a DIP entry" in page
    assert "Kelola Daftar Informasi Publik" not in page and "Tambah entri DIP" not in page
    assert "Rencana Kerja 2026" in page, "the entry's own title stays as written"
    form = _page(english, "/staf/dip/baru")
    assert "Title of the information" in form and "Columns of Perki 1/2021 Annex I" in form
    assert "Summary of the audited financial statements" in form, "the Pasal 14 items are offered in English"
    assert "Judul informasi" not in form and "Ringkasan laporan keuangan yang telah diaudit" not in form


def test_english_officer_gets_english_errors_and_no_exempt_entry_is_stored(english, officer):
    response = english.post("/staf/dip/baru", data={
        "unit_id": officer.unit_id, "category": "dikecualikan", "title": "Data penerima bantuan",
        "formats": ["softcopy"]})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Exempt information must state its legal basis (Article 17)." in page
    assert "wajib mencantumkan dasar hukum" not in page
    assert _count(InformationEntry) == 0


def test_consequence_test_register_and_form_in_english(english, officer):
    factories.make_consequence_test(officer.unit, number="188/01/SK-PPID/2026", exempt_until=date(2027, 6, 30))
    page = _page(english, "/staf/uji-konsekuensi/")
    assert "Register of consequence tests (uji konsekuensi)" in page and "Record a consequence test" in page
    assert "In force" in page, "the test's state is shown in English"
    assert "Catat uji konsekuensi" not in page and "Sisa hari" not in page
    response = english.post("/staf/uji-konsekuensi/baru", data={"unit_id": officer.unit_id, "number": ""})
    page = response.get_data(as_text=True)
    assert "The number of the exemption decree (SK) is required." in page
    assert "Participants are required" in page
    assert "wajib diisi" not in page
    assert _count(ConsequenceTest) == 1, "the bad lembar is not stored"


def test_head_sees_the_consequence_test_and_its_approval_form_in_english(app, login, english):
    utama = factories.make_utama()
    test = factories.make_consequence_test(utama, approved=False)
    login(factories.make_user(Role.ATASAN, unit=utama))
    page = _page(english, f"/staf/uji-konsekuensi/{test.id}")
    assert "Record the head&#39;s approval" in page or "Record the head's approval" in page
    assert "Consequence test sheet (PDF)" in page and "Awaiting approval" in page
    assert "Catat persetujuan pimpinan" not in page and "Menunggu persetujuan" not in page


def test_compliance_dashboard_and_audit_trail_in_english(app, login, english):
    utama = factories.make_utama()
    factories.make_entry(utama, title="Profil Dinas Sosial")  # gives the trail an event
    login(factories.make_user(Role.AUDITOR))
    page = _page(english, "/staf/kepatuhan/")
    assert "Compliance of the public information service" in page and "Estimated rating:" in page
    assert "Less Informative" in page, "40% × 0 + 20% × 0 + 30% × 100 + 10% × 100 = 40: Kurang Informatif"
    assert "Summary of the audited financial statements" in page
    assert "Kepatuhan layanan informasi publik" not in page and "Perkiraan predikat" not in page
    trail = _page(english, "/staf/audit/?check=1")
    assert "Audit trail" in trail and "Check the chain" in trail and "Audit chain intact" in trail
    assert "Jejak audit" not in trail and "Rantai audit utuh" not in trail


def test_audit_csv_stays_as_exported(app, login, english):
    factories.make_entry(factories.make_utama())
    login(factories.make_user(Role.AUDITOR))
    response = english.get("/staf/audit.csv")
    header = response.get_data(as_text=True).splitlines()[0]
    assert header == "id,at,actor,action,object_type,object_id,before,after,prev_hash,hash"


def test_register_page_in_english_but_its_exports_in_indonesian(english, login, world):  # noqa: F811
    login(factories.make_user(Role.PPID, unit=world["units"]["utama"]))
    page = _page(english, "/staf/register/permohonan?year=2025")
    assert "Register of Public Information Requests" in page and "Date of the request" in page
    assert "Download with these filters:" in page and "Requesting a copy" in page
    assert "Tanggal permohonan" not in page and "Unduh sesuai saringan" not in page
    exported = english.get("/staf/register/permohonan.csv?year=2025").data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[0][:3] == ["No", "Tanggal permohonan", "Nama"], "the Lampiran VIII form stays Indonesian"
    assert "Meminta salinan" in rows[1] and "Requesting a copy" not in rows[1]
    book = openpyxl.load_workbook(io.BytesIO(english.get("/staf/register/keberatan.xlsx?year=2025").data))
    headers = next(book.active.iter_rows(values_only=True))
    assert headers[:2] == ("No", "Tanggal keberatan"), "the Lampiran XI form stays Indonesian"
    pdf = factories.pdf_text(english.get("/staf/register/permohonan.pdf?year=2025").data)
    assert "Tanggal permohonan" in pdf and "Date of the request" not in pdf


def test_annual_report_pages_in_english_and_its_pdf_in_indonesian(english, officer):
    index = _page(english, "/staf/laporan/")
    assert "Public Information Service Report" in index and "Deadline" in index
    assert "Batas penyusunan" not in index
    page = _page(english, "/staf/laporan/2025")
    assert "Public Information Service Report 2025" in page and "Download the full report (PDF)" in page
    assert "Report narrative (Article 57(a), (b), (e), (f))" in page and "Requests per month, 2025" in page
    assert "Unduh laporan lengkap (PDF)" not in page and "Permohonan per bulan" not in page
    edit = _page(english, "/staf/laporan/2025/ubah")
    assert "a. Overview of the public information service policy" in edit and "Save" in edit
    pdf = factories.pdf_text(english.get("/staf/laporan/2025.pdf").data)
    assert "Laporan Layanan Informasi Publik" in pdf and "Public Information Service Report" not in pdf
    assert "Requests per month" not in pdf, "the charts of the official report stay Indonesian"
