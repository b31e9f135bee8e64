"""Every Lampiran VIII and XI column is in every export; empty years give valid, empty files."""
from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pypdfium2 as pdfium
import pytest

from kip_portal.auth.models import Role
from tests import factories

# Perki 1/2021 Lampiran VIII, in its order, then the portal's own columns.
REQUEST_HEADERS = [
    "No", "Tanggal permohonan", "Nama", "Alamat", "Nomor kontak", "Pekerjaan", "Informasi yang diminta",
    "Tujuan penggunaan informasi", "Status informasi", "Bentuk informasi", "Jenis permohonan", "Keputusan",
    "Alasan penolakan", "Tanggal pemberitahuan tertulis", "Tanggal pemberian informasi", "Biaya",
    "Cara pembayaran", "Nomor pendaftaran", "Unit", "Hari kerja hingga pemberitahuan", "Tepat waktu",
]
# Perki 1/2021 Lampiran XI, in its order, then the keberatan number, the Pasal 44 deadline and the unit.
KEBERATAN_HEADERS = [
    "No", "Tanggal keberatan", "Nama", "Alamat", "Kontak", "Pekerjaan", "Nomor pendaftaran permohonan",
    "Informasi yang diminta", "Tujuan penggunaan informasi", "Alasan keberatan", "Keputusan Atasan PPID",
    "Tanggal tanggapan", "Nama dan posisi Atasan PPID", "Tanggapan pemohon", "Nomor keberatan",
    "Batas waktu tanggapan", "Unit",
]
HEADERS = {"permohonan": REQUEST_HEADERS, "keberatan": KEBERATAN_HEADERS}


@pytest.fixture
def staff(client, login, world):
    login(factories.make_user(Role.PPID, unit=world["units"]["utama"]))
    return client


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.data.startswith("\ufeff".encode()), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))


def read_xlsx(response) -> list[list]:
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("slug", ["permohonan", "keberatan"])
def test_csv_has_every_column_in_order(staff, slug):
    rows = read_csv(staff.get(f"/staf/register/{slug}.csv?year=2025"))
    assert rows[0] == HEADERS[slug]
    assert len(rows) == 1 + (3 if slug == "permohonan" else 2)
    assert 'filename="register-' in staff.get(f"/staf/register/{slug}.csv?year=2025").headers["Content-Disposition"]


@pytest.mark.parametrize("slug", ["permohonan", "keberatan"])
def test_xlsx_has_every_column_in_order(staff, slug):
    rows = read_xlsx(staff.get(f"/staf/register/{slug}.xlsx?year=2025"))
    assert list(rows[0]) == HEADERS[slug]
    assert len(rows) == 1 + (3 if slug == "permohonan" else 2)


@pytest.mark.parametrize("slug", ["permohonan", "keberatan"])
def test_pdf_has_every_column_on_landscape_a4(staff, slug):
    response = staff.get(f"/staf/register/{slug}.pdf?year=2025")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = factories.pdf_text(response.data)
    for header in HEADERS[slug]:
        assert header in text, header
    width, height = pdfium.PdfDocument(response.data)[0].get_size()
    assert (round(width), round(height)) == (842, 595), "A4 landscape is 842 × 595 points"


def test_request_rows_follow_the_lampiran(staff):
    """Granted: notice on the 3rd working day; refused: approved on the 11th (18 Aug 2025 is cuti bersama)."""
    rows = read_csv(staff.get("/staf/register/permohonan.csv?year=2025"))
    granted, open_batu, refused = (dict(zip(rows[0], row, strict=True)) for row in rows[1:])
    assert granted["Tanggal permohonan"] == "2025-07-07"
    assert granted["Status informasi"] == "Di bawah penguasaan: Ya"
    assert granted["Bentuk informasi"] == "Softcopy"
    assert granted["Jenis permohonan"] == "Meminta salinan"
    assert granted["Keputusan"] == "Dikabulkan sebagian"
    assert granted["Tanggal pemberitahuan tertulis"] == "2025-07-10"
    assert granted["Tanggal pemberian informasi"] == "2025-07-14"
    assert (granted["Biaya"], granted["Cara pembayaran"]) == ("15000", "Transfer ke rekening resmi")
    assert (granted["Hari kerja hingga pemberitahuan"], granted["Tepat waktu"]) == ("3", "Ya")
    assert refused["Jenis permohonan"] == "Melihat/mengetahui"
    assert (refused["Keputusan"], refused["Alasan penolakan"]) == ("Ditolak", "Pasal 17 huruf h UU 14/2008")
    assert refused["Tanggal pemberitahuan tertulis"] == "2025-08-28", "a refusal's notice is its approval date"
    assert (refused["Hari kerja hingga pemberitahuan"], refused["Tepat waktu"]) == ("11", "Tidak")
    assert (open_batu["Keputusan"], open_batu["Tepat waktu"]) == ("Dalam proses", "Tidak")
    assert open_batu["Hari kerja hingga pemberitahuan"] == ""
    assert [r["No"] for r in (granted, open_batu, refused)] == ["1", "2", "3"]


def test_xlsx_keeps_dates_and_amounts_as_cells(staff):
    rows = read_xlsx(staff.get("/staf/register/permohonan.xlsx?year=2025"))
    granted = dict(zip(rows[0], rows[1], strict=True))
    assert granted["Tanggal permohonan"].date() == date(2025, 7, 7)
    assert granted["Biaya"] == 15000 and granted["Hari kerja hingga pemberitahuan"] == 3


def test_keberatan_rows_follow_the_lampiran(staff):
    rows = read_csv(staff.get("/staf/register/keberatan.csv?year=2025"))
    answered, pending = (dict(zip(rows[0], row, strict=True)) for row in rows[1:])
    assert answered["Nama"] == "Siti Aminah (kuasa: Rahmat Hidayat)"
    assert answered["Nomor pendaftaran permohonan"] == "002/PPID/VIII/2025"
    assert answered["Alasan keberatan"] == "a, e"
    assert answered["Keputusan Atasan PPID"] == "Menguatkan keputusan PPID"
    assert answered["Tanggal tanggapan"] == "2025-10-06"
    assert answered["Nama dan posisi Atasan PPID"] == "Dr. Hadi Pranoto, Kepala Dinas Sosial"
    assert answered["Tanggapan pemohon"] == "Menerima tanggapan"
    assert (answered["Nomor keberatan"], answered["Batas waktu tanggapan"]) == ("001/KEB/PPID/IX/2025", "2025-10-13")
    assert (pending["Keputusan Atasan PPID"], pending["Tanggal tanggapan"]) == ("", "")


@pytest.mark.parametrize("slug", ["permohonan", "keberatan"])
def test_an_empty_year_gives_valid_empty_files(staff, slug):
    assert read_csv(staff.get(f"/staf/register/{slug}.csv?year=2023")) == [HEADERS[slug]]
    assert read_xlsx(staff.get(f"/staf/register/{slug}.xlsx?year=2023")) == [HEADERS[slug]]
    pdf = staff.get(f"/staf/register/{slug}.pdf?year=2023")
    assert pdf.status_code == 200 and "Tidak ada data" in factories.pdf_text(pdf.data)


def test_text_that_looks_like_a_formula_stays_text(staff, world):
    from kip_portal.extensions import db

    world["granted"].information = "=HYPERLINK(\"http://contoh.id\")"
    db.session.commit()
    rows = read_csv(staff.get("/staf/register/permohonan.csv?year=2025"))
    assert rows[1][6] == "'=HYPERLINK(\"http://contoh.id\")"
    sheet = openpyxl.load_workbook(io.BytesIO(staff.get("/staf/register/permohonan.xlsx?year=2025").data)).active
    assert sheet.cell(row=2, column=7).data_type == "s"
