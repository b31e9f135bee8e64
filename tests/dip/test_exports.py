"""The DIP in the Perki 1/2021 Lampiran I layout: the HTML table, and its CSV and PDF downloads."""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from html.parser import HTMLParser

import pytest

from kip_portal.dip.models import Category
from kip_portal.dip.transfer import COLUMNS
from tests import factories

LAMPIRAN_HEADERS = (
    "No",
    "Ringkasan isi informasi",
    "Pejabat/unit/satker yang menguasai informasi",
    "Penanggung jawab pembuatan atau penerbitan informasi",
    "Waktu dan tempat pembuatan informasi",
    "Bentuk informasi yang tersedia",
    "Jangka waktu penyimpanan atau retensi arsip",
)
ENTRY_LINK = re.compile(r"^/dip/entri/(\d+)$")


class TableOutline(HTMLParser):
    """The table page in document order: each <h2> heading, its column headers and its entry links."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.sections: list[dict] = []  # {"heading", "headers", "entry_ids"}
        self._capture: str | None = None
        self._buffer: list[str] = []
        self._href: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self._capture, self._buffer = "h2", []
        elif tag == "th" and self.sections:
            self._capture, self._buffer = "th", []
        elif tag == "a" and self.sections:
            self._href = dict(attrs).get("href")

    def handle_endtag(self, tag):
        text = " ".join("".join(self._buffer).split())
        if tag == "h2" and self._capture == "h2":
            self.sections.append({"heading": text, "headers": [], "entry_ids": []})
            self._capture = None
        elif tag == "th" and self._capture == "th":
            self.sections[-1]["headers"].append(text)
            self._capture = None
        elif tag == "a":
            match = ENTRY_LINK.match(self._href or "")
            if match:
                self.sections[-1]["entry_ids"].append(int(match.group(1)))
            self._href = None

    def handle_data(self, data):
        if self._capture:
            self._buffer.append(data)

    def section(self, category: Category) -> dict:
        found = [s for s in self.sections if category.label in s["heading"]]
        assert len(found) == 1, (category, [s["heading"] for s in self.sections])
        return found[0]


def read_csv(response) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(response.get_data(as_text=True), newline=""))
    assert tuple(reader.fieldnames) == COLUMNS
    return list(reader)


@pytest.fixture
def dip(app):
    """Two UPTs with published entries in three categories, one with a document, one exempt, and a draft."""
    utama = factories.make_utama()
    upt_a, upt_b = factories.make_unit("UPT-A", parent=utama), factories.make_unit("UPT-B", parent=utama)
    report = factories.make_entry(
        upt_a, category="berkala", title="Laporan Keuangan 2025", summary="Neraca dan realisasi anggaran",
        holder="Sub Bagian Keuangan", responsible="Kepala UPT", produced_at=date(2025, 3, 1),
        produced_place="Surabaya", retention="10 tahun", external_id="lk-2025",
    )
    document = factories.attach(report, factories.pdf_bytes(), "laporan-keuangan.pdf")
    flood = factories.make_entry(upt_b, category="serta_merta", title="Peringatan Banjir Bojonegoro",
                                 year=2024)
    exempt = factories.make_entry(upt_b, category="dikecualikan", title="Data Penerima Manfaat",
                                  exempt_until=date(2030, 12, 31))
    factories.attach(exempt, factories.pdf_bytes("rahasia"), "rahasia.pdf")
    draft = factories.make_entry(upt_a, category="berkala", title="Draf Rencana Kerja", status="draft")
    return {"report": report, "document": document, "flood": flood, "exempt": exempt, "draft": draft}


# --- HTML table ---------------------------------------------------------------------------------------------

def test_table_has_the_lampiran_i_columns_and_groups_entries_by_category(client, dip):
    response = client.get("/dip/tabel")
    outline = TableOutline(response.get_data(as_text=True))

    assert response.status_code == 200
    assert [s["heading"].split(" (")[0] for s in outline.sections] == [
        f"{n}. {category.label}" for n, category in enumerate(Category, start=1)]
    expected = {Category.BERKALA: [dip["report"].id], Category.SERTA_MERTA: [dip["flood"].id],
                Category.SETIAP_SAAT: [], Category.DIKECUALIKAN: [dip["exempt"].id]}
    for category, entry_ids in expected.items():
        section = outline.section(category)
        assert section["entry_ids"] == entry_ids, category
        if entry_ids:
            assert tuple(section["headers"]) == LAMPIRAN_HEADERS, category


def test_table_shows_lampiran_i_values_and_leaves_out_drafts(client, dip):
    html = client.get("/dip/tabel").get_data(as_text=True)
    text = " ".join(html.split())
    for expected in ("Laporan Keuangan 2025", "Neraca dan realisasi anggaran", "Sub Bagian Keuangan",
                     "Kepala UPT", "1 Maret 2025, Surabaya", "10 tahun", "Softcopy",
                     "UU 14/2008 Pasal 17 huruf h"):
        assert expected in text, expected
    assert "Draf Rencana Kerja" not in html
    assert "rahasia.pdf" not in html


def test_table_unit_filter(client, dip):
    outline = TableOutline(client.get("/dip/tabel?unit=UPT-B").get_data(as_text=True))
    assert outline.section(Category.BERKALA)["entry_ids"] == []
    assert outline.section(Category.SERTA_MERTA)["entry_ids"] == [dip["flood"].id]


def test_table_links_to_downloads_that_keep_its_filters(client, dip):
    html = client.get("/dip/tabel?unit=UPT-A").get_data(as_text=True)
    assert re.search(r'href="/dip/tabel\.csv\?unit=UPT-A"', html)
    assert re.search(r'href="/dip/tabel\.pdf\?unit=UPT-A"', html)


# --- CSV ----------------------------------------------------------------------------------------------------

def test_csv_is_one_row_per_published_entry(client, dip):
    response = client.get("/dip/tabel.csv")

    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.mimetype_params.get("charset") == "utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = read_csv(response)
    assert sorted(row["title"] for row in rows) == sorted(
        ["Laporan Keuangan 2025", "Peringatan Banjir Bojonegoro", "Data Penerima Manfaat"])
    assert {row["status"] for row in rows} == {"published"}


def test_csv_row_carries_the_entry_fields_and_document_urls(client, dip):
    rows = {row["title"]: row for row in read_csv(client.get("/dip/tabel.csv"))}
    report = rows["Laporan Keuangan 2025"]
    document = dip["document"]

    assert report["external_id"] == "lk-2025"
    assert report["category"] == "berkala"
    assert report["unit"] == "UPT-A"
    assert report["year"] == "2025"
    assert report["holder"] == "Sub Bagian Keuangan"
    assert report["produced_at"] == "2025-03-01"
    assert report["produced_place"] == "Surabaya"
    assert report["retention"] == "10 tahun"
    assert report["files"] == f"http://portal.test/dokumen/{document.id}/laporan-keuangan.pdf"
    with client.get(report["files"]) as download:
        assert download.status_code == 200
    assert rows["Peringatan Banjir Bojonegoro"]["files"] == ""


def test_csv_never_lists_files_of_exempt_entries(client, dip):
    exempt = {row["title"]: row for row in read_csv(client.get("/dip/tabel.csv"))}["Data Penerima Manfaat"]
    assert exempt["category"] == "dikecualikan"
    assert exempt["files"] == ""
    assert exempt["legal_basis"] == "UU 14/2008 Pasal 17 huruf h"
    assert exempt["exempt_until"] == "2030-12-31"


def test_csv_unit_filter(client, dip):
    rows = read_csv(client.get("/dip/tabel.csv?unit=UPT-B"))
    assert sorted(row["title"] for row in rows) == ["Data Penerima Manfaat", "Peringatan Banjir Bojonegoro"]
    assert {row["unit"] for row in rows} == {"UPT-B"}


def test_csv_year_filter(client, dip):
    rows = read_csv(client.get("/dip/tabel.csv?year=2024"))
    assert [row["title"] for row in rows] == ["Peringatan Banjir Bojonegoro"]


def test_csv_with_no_entries_is_just_the_header(client, app):
    assert read_csv(client.get("/dip/tabel.csv")) == []


# --- PDF ----------------------------------------------------------------------------------------------------

def test_pdf_is_the_lampiran_i_table(client, dip):
    response = client.get("/dip/tabel.pdf")

    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data.startswith(b"%PDF")
    text = factories.pdf_text(response.data)
    assert "Ringkasan isi informasi" in text
    assert "Laporan Keuangan 2025" in text
    assert "Draf Rencana Kerja" not in text


def test_pdf_unit_filter(client, dip):
    text = factories.pdf_text(client.get("/dip/tabel.pdf?unit=UPT-B").data)
    assert "Peringatan Banjir Bojonegoro" in text
    assert "Laporan Keuangan 2025" not in text
