"""The staff pages of the annual report: deadlines, figures with charts, the narrative, PDF, CSV and JSON."""
from __future__ import annotations

import csv
import io

import pytest

from kip_portal.reports import publishing
from tests import factories
from tests.reports.conftest import wib

# Perki 1/2021 Pasal 57 huruf a–f, as the PDF's part headings.
PART_HEADINGS = (
    "A. Gambaran Umum Kebijakan Pelayanan Informasi Publik",
    "B. Gambaran Umum Pelaksanaan Pelayanan Informasi Publik",
    "B.1 Sarana dan Prasarana",
    "B.2 Sumber Daya Manusia dan Kualifikasinya",
    "B.3 Anggaran Pelayanan Informasi Publik dan Penggunaannya",
    "C. Rincian Pelayanan Informasi Publik",
    "C.2 Waktu Pemenuhan Setiap Permohonan menurut Klasifikasi",
    "C.3 Permohonan yang Dikabulkan Seluruhnya atau Sebagian",
    "C.4 Permohonan yang Ditolak dan Alasannya",
    "D. Rincian Penyelesaian Sengketa Informasi Publik",
    "D.2 Sengketa di Komisi Informasi: Mediasi, Ajudikasi dan Hasilnya",
    "E. Kendala Internal dan Eksternal",
    "F. Rekomendasi dan Rencana Tindak Lanjut",
)


def test_years_list_shows_the_31_march_deadline_and_lateness(client, login, people, freeze):
    login(people["ppid_jember"])
    freeze(wib(2026, 2, 10))
    page = client.get("/staf/laporan/").get_data(as_text=True)
    assert "31 Maret 2026" in page and "Belum terbit" in page and "Terlambat" not in page
    freeze(wib(2026, 4, 1))
    page = client.get("/staf/laporan/").get_data(as_text=True)
    assert "Terlambat" in page, "not published by 31 March: late (Perki 1/2021 Pasal 56)"


def test_summary_page_shows_figures_and_inline_charts(client, login, people, year_2025):
    login(people["auditor"])
    response = client.get("/staf/laporan/2025")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert page.count("<svg") == 3
    assert "Permohonan per bulan, tahun 2025" in page
    assert "Pasal 17 huruf h UU 14/2008" in page
    assert "Ubah narasi" not in page and "Terbitkan" not in page, "the auditor reads, never writes"
    assert "3509121507800001" not in page and "Siti Aminah" not in page


@pytest.mark.parametrize("who", ["auditor", "ppid_jember", "atasan"])
def test_only_admin_and_ppid_utama_edit_the_narrative(client, login, people, who):
    login(people[who])
    assert client.get("/staf/laporan/2025/ubah").status_code == 403
    assert client.post("/staf/laporan/2025/ubah", data={"policy": "x"}).status_code == 403
    assert publishing.get_report(2025) is None


@pytest.mark.parametrize("who", ["admin", "ppid_utama"])
def test_admin_and_ppid_utama_write_the_narrative(client, login, people, who):
    login(people[who])
    assert client.get("/staf/laporan/2025/ubah").status_code == 200
    response = client.post("/staf/laporan/2025/ubah", data={
        "policy": "SK Kepala Dinas tentang PPID.", "recommendations": "Menambah petugas layanan."},
        follow_redirects=True)
    assert "Narasi laporan disimpan" in response.get_data(as_text=True)
    report = publishing.get_report(2025)
    assert report.policy == "SK Kepala Dinas tentang PPID." and report.recommendations == "Menambah petugas layanan."
    assert report.budget == ""


def test_pdf_has_every_pasal_57_part_and_the_charts(client, login, people, year_2025, now):
    publishing.save_narrative(2025, {"policy": "Kebijakan layanan informasi terbuka.",
                                     "obstacles_external": "Jaringan internet di UPT terbatas."},
                              actor=people["admin"], now=now)
    html = publishing.report_html(2025, now=now)
    assert html.count("<svg") == 3
    login(people["auditor"])
    response = client.get("/staf/laporan/2025.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = factories.pdf_text(response.data)
    for heading in PART_HEADINGS:
        assert heading in text
    # Text drawn inside the SVG charts comes through WeasyPrint as text of the PDF.
    assert "Permohonan per bulan, tahun 2025" in text and "Keputusan atas permohonan" in text
    assert "Kebijakan layanan informasi terbuka." in text and "Jaringan internet di UPT terbatas." in text
    assert "Lampiran: Waktu Pemenuhan per Permohonan" in text


def test_an_empty_year_still_gives_valid_pdf_csv_and_json(client, login, people):
    login(people["ppid_jember"])
    pdf = client.get("/staf/laporan/2023.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    text = factories.pdf_text(pdf.data)
    assert all(heading in text for heading in PART_HEADINGS)
    assert "Tidak ada permohonan yang dijawab pada tahun ini." in text

    response = client.get("/staf/laporan/2023.csv")
    assert response.mimetype == "text/csv"
    rows = dict(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows["figure"] == "value"
    assert rows["requests_received"] == "0" and rows["by_month.12"] == "0" and rows["median_working_days"] == ""
    assert rows["objections.by_outcome.open"] == "0"

    data = client.get("/staf/laporan/2023.json").get_json()
    assert data["requests_received"] == 0 and data["refused"] == 0 and data["refusals_by_basis"] == {}
    assert data["published_at"] is None and data["narrative"]["policy"] == ""


def test_csv_and_json_carry_the_counted_figures(client, login, people, year_2025):
    login(people["admin"])
    rows = dict(csv.reader(io.StringIO(client.get("/staf/laporan/2025.csv").get_data(as_text=True))))
    assert rows["requests_received"] == "8" and rows["refusals_by_basis.17h"] == "1"
    assert rows["median_working_days"] == "10" and rows["by_unit.UPT-BATU"] == "2"
    data = client.get("/staf/laporan/2025.json").get_json()
    assert data["on_time"] == 4 and data["objections"]["filed"] == 3


def test_a_year_out_of_range_is_not_found(client, login, people):
    login(people["admin"])
    assert client.get("/staf/laporan/1999").status_code == 404
