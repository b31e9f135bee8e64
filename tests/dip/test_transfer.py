"""The DIP exchange format: a row becomes entry data or a reason to refuse it; a file becomes rows."""
from __future__ import annotations

from datetime import date

import pytest

from kip_portal.core.exceptions import DomainError
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InfoFormat
from kip_portal.dip.transfer import parse_row
from kip_portal.dip.transfer import read_rows
from tests import factories

GOOD = {"title": " Laporan keuangan 2025 ", "category": "berkala", "unit": "UPT-A"}


@pytest.fixture
def upt(app):
    return factories.make_unit(code="UPT-A")


def test_a_good_row_becomes_entry_data_status_and_files(upt):
    row = GOOD | {
        "external_id": "LAP-2025", "summary": "Neraca.", "year": " 2025 ", "holder": "Subbag Keuangan",
        "responsible": "Kepala UPT", "produced_at": "2026-01-15", "produced_place": "Surabaya",
        "retention": "5 tahun", "exempt_until": "", "files": "laporan.pdf; lampiran/neraca.pdf;", "text": "",
        "status": "",
    }

    data, status, files = parse_row(row)

    assert data.unit.id == upt.id
    assert data.category == Category.BERKALA
    assert data.title == "Laporan keuangan 2025"
    assert data.year == 2025
    assert data.produced_at == date(2026, 1, 15)
    assert (data.summary, data.holder, data.responsible, data.produced_place, data.retention) == (
        "Neraca.", "Subbag Keuangan", "Kepala UPT", "Surabaya", "5 tahun")
    assert data.external_id == "LAP-2025"
    assert data.formats == (InfoFormat.SOFTCOPY,)
    assert status == EntryStatus.PUBLISHED
    assert files == ["laporan.pdf", "lampiran/neraca.pdf"]


def test_a_minimal_row_gets_the_defaults(upt):
    data, status, files = parse_row(dict(GOOD))

    assert (data.year, data.produced_at, data.external_id, data.summary) == (None, None, None, "")
    assert data.formats == (InfoFormat.SOFTCOPY,)
    assert status == EntryStatus.PUBLISHED
    assert files == []


@pytest.mark.parametrize(("fields", "expected"), [
    ({"formats": "softcopy;hardcopy"}, (InfoFormat.SOFTCOPY, InfoFormat.HARDCOPY)),
    ({"formats": " hardcopy ; "}, (InfoFormat.HARDCOPY,)),
    ({"formats": ["hardcopy", "softcopy"]}, (InfoFormat.HARDCOPY, InfoFormat.SOFTCOPY)),
    ({"status": "draft"}, EntryStatus.DRAFT),
    ({"status": "published"}, EntryStatus.PUBLISHED),
    ({"year": 2024}, 2024),
    ({"files": ["a.pdf", " b.docx "]}, ["a.pdf", "b.docx"]),
])
def test_optional_columns_are_read(upt, fields, expected):
    data, status, files = parse_row(GOOD | fields)
    key = next(iter(fields))
    actual = {"formats": data.formats, "status": status, "year": data.year, "files": files}[key]
    assert actual == expected


def test_an_exempt_row_keeps_its_legal_basis_and_consequence_test(upt):
    data, _, _ = parse_row(GOOD | {"category": "dikecualikan", "legal_basis": "UU 14/2008 Pasal 17 huruf h",
                                   "consequence_test": "Membuka merugikan.", "exempt_until": "2030-12-31"})
    assert data.category == Category.DIKECUALIKAN
    assert (data.legal_basis, data.consequence_test, data.exempt_until) == (
        "UU 14/2008 Pasal 17 huruf h", "Membuka merugikan.", date(2030, 12, 31))


@pytest.mark.parametrize(("row", "message"), [
    ({}, "kolom wajib kosong: title, category, unit"),
    (GOOD | {"title": "  "}, "kolom wajib kosong: title"),
    (GOOD | {"unit": None}, "kolom wajib kosong: unit"),
    ({"title": "Judul"}, "kolom wajib kosong: category, unit"),
    (GOOD | {"category": "rahasia"}, "kategori tidak dikenal: 'rahasia'"),
    (GOOD | {"category": "Berkala"}, "kategori tidak dikenal: 'Berkala'"),
    (GOOD | {"unit": "UPT-X"}, "unit tidak dikenal: 'UPT-X'"),
    (GOOD | {"year": "2025a"}, "tahun bukan angka: '2025a'"),
    (GOOD | {"year": "-2025"}, "tahun bukan angka: '-2025'"),
    (GOOD | {"year": "2025.0"}, "tahun bukan angka: '2025.0'"),
    # "²" is a digit to str.isdigit() but not to int(): it must be rejected like any other non-number.
    (GOOD | {"year": "²"}, "tahun bukan angka: '²'"),
    (GOOD | {"year": "1800"}, "Tahun harus antara 1945 dan 2100"),
    (GOOD | {"produced_at": "15-01-2026"}, "produced_at bukan tanggal ISO (YYYY-MM-DD): '15-01-2026'"),
    (GOOD | {"produced_at": "2026-02-30"}, "produced_at bukan tanggal ISO"),
    (GOOD | {"category": "dikecualikan", "legal_basis": "Pasal 17", "consequence_test": "Uji.",
             "exempt_until": "besok"}, "exempt_until bukan tanggal ISO"),
    (GOOD | {"formats": "cetak"}, "bentuk informasi tidak dikenal: 'cetak'"),
    (GOOD | {"formats": "softcopy;pdf"}, "bentuk informasi tidak dikenal: 'softcopy;pdf'"),
    (GOOD | {"status": "retired"}, "status tidak dikenal: 'retired'"),
    (GOOD | {"status": "terbit"}, "status tidak dikenal: 'terbit'"),
    (GOOD | {"category": "dikecualikan", "consequence_test": "Uji."}, "dasar hukum"),
    (GOOD | {"category": "dikecualikan", "legal_basis": "Pasal 17"}, "uji konsekuensi"),
    ({"__error__": "baris bukan objek JSON"}, "baris bukan objek JSON"),
])
def test_a_bad_row_is_refused_with_its_first_problem(upt, row, message):
    with pytest.raises(DomainError) as refused:
        parse_row(row)
    assert message in refused.value.message


def test_csv_with_a_byte_order_mark_is_read_with_line_numbers(tmp_path):
    path = tmp_path / "dip.csv"
    path.write_bytes("\ufefftitle,category,unit\r\nLaporan,berkala,UPT-A\r\nSOP,setiap_saat,UPT-B\r\n"
                     .encode("utf-8"))

    rows = read_rows(path)

    assert rows == [
        (2, {"title": "Laporan", "category": "berkala", "unit": "UPT-A"}),
        (3, {"title": "SOP", "category": "setiap_saat", "unit": "UPT-B"}),
    ]


def test_csv_extension_is_case_insensitive(tmp_path):
    path = tmp_path / "DIP.CSV"
    path.write_text("title,category,unit\nLaporan,berkala,UPT-A\n", encoding="utf-8")
    assert read_rows(path) == [(2, {"title": "Laporan", "category": "berkala", "unit": "UPT-A"})]


def test_csv_without_a_required_column_is_refused_as_a_whole(tmp_path):
    path = tmp_path / "dip.csv"
    path.write_text("title,year\nLaporan,2025\n", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        read_rows(path)
    assert "Kolom wajib tidak ada di baris judul CSV: category, unit." == refused.value.message


def test_json_lines_skip_blank_lines_and_keep_line_numbers(tmp_path):
    path = tmp_path / "dip.jsonl"
    path.write_text('\n{"title": "Laporan", "year": 2025}\n\n   \n{"title": "SOP"}\n', encoding="utf-8")

    assert read_rows(path) == [(2, {"title": "Laporan", "year": 2025}), (5, {"title": "SOP"})]


@pytest.mark.parametrize(("line", "error"), [
    ('[{"title": "Laporan"}]', "baris bukan objek JSON"),
    ('"Laporan"', "baris bukan objek JSON"),
    ("42", "baris bukan objek JSON"),
    ("null", "baris bukan objek JSON"),
    ('{"title": "Laporan",', "JSON tidak valid"),
])
def test_a_json_line_that_is_not_an_object_becomes_an_error_row(tmp_path, line, error):
    path = tmp_path / "dip.ndjson"
    path.write_text('{"title": "Baik"}\n' + line + "\n", encoding="utf-8")

    rows = read_rows(path)

    assert rows[0] == (1, {"title": "Baik"})
    number, row = rows[1]
    assert number == 2
    assert row["__error__"].startswith(error)
    with pytest.raises(DomainError, match=error):
        parse_row(row)


@pytest.mark.parametrize("name", ["dip.txt", "dip.json", "dip"])
def test_other_file_types_are_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("title,category,unit\n", encoding="utf-8")
    with pytest.raises(DomainError, match="Format berkas impor tidak dikenal"):
        read_rows(path)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "dip.csv"
    path.write_bytes("title,category,unit\nLaporan \xe9,berkala,UPT-A\n".encode("latin-1"))
    with pytest.raises(DomainError, match="tidak dapat dibaca"):
        read_rows(path)
