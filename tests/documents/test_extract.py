"""Every stored type yields its text; broken, hostile and scanned files are reported, never raised."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kip_portal.documents import extract as extraction
from kip_portal.documents import ocr
from kip_portal.documents.extract import extract
from kip_portal.documents.filetypes import DOCX
from kip_portal.documents.filetypes import HTML
from kip_portal.documents.filetypes import ODT
from kip_portal.documents.filetypes import PDF
from kip_portal.documents.filetypes import TXT
from kip_portal.documents.filetypes import XLSX
from tests import factories

FIXTURES = Path(__file__).parent / "fixtures"
UU_14 = FIXTURES / "uu-14-tahun-2008-keterbukaan-informasi-publik.pdf"
PERKI_1_2013 = FIXTURES / "perki-1-tahun-2013-prosedur-penyelesaian-sengketa-informasi-publik.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def words(text: str) -> str:
    """Collapse line and page breaks, which fall anywhere in a PDF's lines."""
    return " ".join(text.split())


# --- PDF ------------------------------------------------------------------------------------------

def test_pdf_text_layer_of_the_kip_law():
    result = extract(UU_14.read_bytes(), PDF.mimetype)

    assert (result.method, result.pages, result.needs_ocr, result.error) == ("pdf-text", 53, False, None)
    assert "KETERBUKAAN INFORMASI PUBLIK" in result.text
    assert "Pejabat Pengelola Informasi dan Dokumentasi" in words(result.text)
    # PDFium reports these hyphens as U+FFFE; Indonesian reduplication must survive.
    assert "serta-merta" in result.text and "\ufffe" not in result.text
    assert result.text.count("\f") == 52


def test_pdf_second_real_document():
    result = extract(PERKI_1_2013.read_bytes(), PDF.mimetype)

    assert result.pages == 22 and result.error is None
    assert "PROSEDUR PENYELESAIAN SENGKETA INFORMASI PUBLIK" in result.text


def test_short_text_pdf_without_images_needs_no_ocr():
    result = extract(factories.pdf_bytes("Laporan uji"), PDF.mimetype)

    assert result.text == "Laporan uji"
    assert not result.needs_ocr


def scanned_pdf(lines: list[str], dpi: int = 150, pages: int = 1) -> bytes:
    """Draw text on A4 page images and save them as an image-only PDF, as a scanner would."""
    from PIL import Image
    from PIL import ImageDraw
    from PIL import ImageFont

    image = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size=dpi // 3)
    for number, line in enumerate(lines):
        draw.text((dpi, dpi + number * dpi // 2), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=dpi, save_all=True, append_images=[image.copy() for _ in range(pages - 1)])
    return out.getvalue()


def test_scanned_pdf_is_flagged_and_read_by_tesseract():
    data = scanned_pdf(["KETERBUKAAN INFORMASI PUBLIK", "Daftar informasi yang wajib", "disediakan setiap saat"])

    result = extract(data, PDF.mimetype)
    assert (result.text, result.pages, result.needs_ocr, result.error) == ("", 1, True, None)

    assert ocr.tesseract_available(), "install tesseract-ocr and tesseract-ocr-ind"
    read = ocr.ocr_pdf(data, dpi=150)
    assert (read.method, read.pages, read.error) == ("ocr", 1, None)
    assert "KETERBUKAAN INFORMASI PUBLIK" in read.text.upper()
    assert "setiap saat" in read.text.lower()


def test_ocr_page_limit_and_missing_language_are_reported():
    data = scanned_pdf(["Halaman pertama"], pages=2)

    limited = ocr.ocr_pdf(data, dpi=150, max_pages=1)
    assert limited.pages == 2 and limited.error is None
    assert limited.text.endswith("[OCR hanya pada 1 halaman pertama dari 2]")

    unknown = ocr.ocr_pdf(data, lang="xyz", dpi=100)
    assert (unknown.text, unknown.pages) == ("", 2)
    assert unknown.error == "OCR gagal: halaman 1, 2: model bahasa Tesseract 'xyz' tidak terpasang " \
                            "(paket tesseract-ocr-xyz)"


def test_ocr_without_tesseract_says_so(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)

    result = ocr.ocr_pdf(scanned_pdf(["Uji"]))

    assert not ocr.tesseract_available()
    assert result.error == "Tesseract tidak terpasang"


def encrypted_pdf(*, user_password: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(factories.pdf_bytes("Dokumen rahasia"))))
    writer.encrypt(user_password=user_password, owner_password="pemilik", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_is_reported():
    result = extract(encrypted_pdf(user_password="rahasia"), PDF.mimetype)

    assert result.text == ""
    assert "kata sandi" in result.error


def test_pdf_with_only_permission_restrictions_is_read():
    result = extract(encrypted_pdf(user_password=""), PDF.mimetype)

    assert (result.text, result.error) == ("Dokumen rahasia", None)


@pytest.mark.parametrize("data", [
    pytest.param(b"%PDF-1.7\n" + bytes(range(256)) * 40, id="garbage after header"),
    pytest.param(factories.pdf_bytes()[:120], id="truncated"),
    pytest.param(b"%PDF-", id="header only"),
])
def test_broken_pdf_is_reported(data):
    result = extract(data, PDF.mimetype)

    assert result.text == ""
    assert result.error.startswith("PDF rusak")


def test_ocr_of_a_broken_pdf_is_reported():
    assert ocr.ocr_pdf(b"%PDF-1.4 rusak").error.startswith("PDF rusak")


# --- DOCX, ODT, XLSX --------------------------------------------------------------------------------

def test_docx_paragraphs_and_table_cells():
    import docx

    document = docx.Document()
    document.add_heading("Daftar Informasi Publik 2025", level=1)
    document.add_paragraph("Informasi yang wajib disediakan dan diumumkan secara berkala.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Jenis informasi", "Penanggung jawab"
    table.cell(1, 0).text, table.cell(1, 1).text = "Laporan keuangan", "Sekretariat"
    out = io.BytesIO()
    document.save(out)

    result = extract(out.getvalue(), DOCX.mimetype)

    assert (result.method, result.error) == ("docx", None)
    assert result.text.splitlines()[:2] == [
        "Daftar Informasi Publik 2025", "Informasi yang wajib disediakan dan diumumkan secara berkala.",
    ]
    assert "Laporan keuangan\nSekretariat" in result.text


def test_docx_from_factory():
    assert extract(factories.docx_bytes(), DOCX.mimetype).text == "Standar operasional prosedur pelayanan informasi."


def test_docx_runs_tabs_hyphens_text_boxes_and_deletions():
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>Kotak teks</w:t></w:r></w:p></w:txbxContent>"
    body = (
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        "<w:r><w:t>Undang</w:t><w:noBreakHyphen/><w:t>Undang</w:t><w:tab/><w:t>Pasal 7</w:t><w:br/>"
        '<w:t xml:space="preserve">ayat (1) </w:t></w:r><w:del><w:r><w:delText>dihapus</w:delText></w:r></w:del>'
        f"<w:r><mc:AlternateContent><mc:Choice>{box}</mc:Choice><mc:Fallback>{box}</mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    xml = f'<w:document xmlns:w="{W_NS}" xmlns:mc="{mc}"><w:body>{body}</w:body></w:document>'
    data = factories._zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode()})

    assert extract(data, DOCX.mimetype).text == "Undang-Undang\tPasal 7\nayat (1)\nKotak teks"


def zip_bomb(megabytes: int) -> bytes:
    """A DOCX-shaped archive whose document part inflates to ``megabytes`` of zeros (written streaming)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(bytes(1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize("megabytes", [pytest.param(200, id="200 MB in total"), pytest.param(2, id="ratio 1000:1")])
def test_zip_bomb_docx_is_refused_before_inflating(megabytes):
    data = zip_bomb(megabytes)
    assert len(data) < 250_000

    result = extract(data, DOCX.mimetype)

    assert result.text == ""
    assert result.error == "Arsip DOCX terlalu besar setelah dibuka (kemungkinan zip bomb)"


def test_repetitive_but_genuine_docx_is_not_taken_for_a_bomb():
    row = "<w:tr>" + "<w:tc><w:p/></w:tc>" * 8 + "</w:tr>"
    body = f"<w:p><w:r><w:t>Formulir permohonan</w:t></w:r></w:p><w:tbl>{row * 12000}</w:tbl>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
    member = zipfile.ZipFile(out).getinfo("word/document.xml")
    assert member.file_size > 200 * member.compress_size

    assert extract(out.getvalue(), DOCX.mimetype) == extraction.Extraction("Formulir permohonan", None, "docx")


@pytest.mark.parametrize(("make", "filetype"), [
    (factories.docx_bytes, DOCX), (factories.odt_bytes, ODT), (factories.xlsx_bytes, XLSX),
])
def test_unzipped_size_limit_applies_to_every_office_type(monkeypatch, make, filetype):
    monkeypatch.setattr(extraction, "MAX_UNZIPPED_BYTES", 1000)

    assert "zip bomb" in extract(make(), filetype.mimetype).error


def test_docx_without_its_document_part_is_reported():
    data = factories._zip({"[Content_Types].xml": b"<Types/>", "word/other.xml": b"<x/>"})

    result = extract(data, DOCX.mimetype)

    assert result.error.startswith("Berkas DOCX rusak: bagian dokumen tidak ada (\"There is no item named")


def test_docx_with_broken_xml_is_reported():
    data = factories._zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><w:body>"})

    assert extract(data, DOCX.mimetype).error.startswith("Berkas DOCX rusak: XML tidak valid (")


def test_odt_headings_paragraphs_and_spaces_but_not_comments():
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.text import H
    from odf.text import P
    from odf.text import S
    from odf.text import Span

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Rencana Kerja Tahunan"))
    paragraph = P(text="Program")
    paragraph.addElement(S(c=3))
    paragraph.addElement(Span(text="perlindungan sosial"))
    annotation = Annotation()
    annotation.addElement(P(text="catatan internal editor"))
    paragraph.addElement(annotation)
    document.text.addElement(paragraph)
    out = io.BytesIO()
    document.save(out)

    result = extract(out.getvalue(), ODT.mimetype)

    assert (result.method, result.error) == ("odt", None)
    assert result.text == "Rencana Kerja Tahunan\nProgram perlindungan sosial"


def test_xlsx_sheets_rows_and_numbers():
    import datetime

    import openpyxl

    workbook = openpyxl.Workbook()
    budget = workbook.active
    budget.title = "Anggaran"
    budget.append(["Program", "Pagu", "Realisasi %"])
    budget.append(["Bantuan sosial", 1250000000, 87.5])
    budget.append([None, None, None])
    budget.append(["Rehabilitasi", 300000000.0, None])
    workbook.create_sheet("Jadwal").append(["Rapat koordinasi", datetime.datetime(2025, 3, 4)])
    out = io.BytesIO()
    workbook.save(out)

    result = extract(out.getvalue(), XLSX.mimetype)

    assert (result.method, result.error) == ("xlsx", None)
    assert result.text == (
        "Anggaran\nProgram\tPagu\tRealisasi %\nBantuan sosial\t1250000000\t87.5\nRehabilitasi\t300000000"
        "\n\nJadwal\nRapat koordinasi\t2025-03-04"
    )


def test_xlsx_garbage_is_reported():
    data = factories._zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"not xml"})

    assert extract(data, XLSX.mimetype).error.startswith("Berkas XLSX rusak")


# --- HTML and TXT -------------------------------------------------------------------------------------

def test_html_visible_text_only_with_title_first():
    page = b"""<!doctype html><html><head><title>Maklumat Pelayanan &amp; Standar</title>
    <style>p { color: red }</style><script>var rahasia = "jangan diindeks";</script></head>
    <body><noscript>Aktifkan JavaScript</noscript><h1>PPID Dinas Sosial</h1>
    <p>Kami berjanji melayani &eacute;fektif&nbsp;dan cepat &#8211; tanpa biaya.<br>Alamat: Jl. Gayung Kebonsari</p>
    <template><p>templat</p></template><table><tr><td>Senin</td><td>08.00</td></tr></table></body></html>"""

    result = extract(page, HTML.mimetype)

    assert result.text == (
        "Maklumat Pelayanan & Standar\n\nPPID Dinas Sosial\n\n"
        "Kami berjanji melayani \u00e9fektif dan cepat \u2013 tanpa biaya.\nAlamat: Jl. Gayung Kebonsari\n\n"
        "Senin\t08.00"
    )


def test_html_from_factory_and_declared_charset():
    assert extract(factories.HTML, HTML.mimetype).text == "Uji\n\nMaklumat pelayanan"
    page = "<html><meta charset='iso-8859-1'><p>Caf\u00e9 sosial</p></html>".encode("latin-1")
    assert extract(page, HTML.mimetype).text == "Caf\u00e9 sosial"


@pytest.mark.parametrize(("data", "expected"), [
    pytest.param(factories.TXT, "Daftar posko bencana banjir Kabupaten Bojonegoro.", id="utf-8"),
    pytest.param("Jadwal layanan kaf\u00e9 \u2013 Senin\r\n".encode("cp1252"), "Jadwal layanan kaf\u00e9 \u2013 Senin",
                 id="cp1252"),
    pytest.param(b"\xef\xbb\xbfBaris satu\r\n\r\n\r\n\r\nBaris   dua\x00\x07", "Baris satu\n\nBaris dua",
                 id="bom, blank lines, spaces, controls"),
    pytest.param("Cafe\u0301".encode(), "Caf\u00e9", id="nfc"),
])
def test_txt(data, expected):
    assert extract(data, TXT.mimetype) == extraction.Extraction(text=expected, pages=None, method="txt")


def test_long_text_is_cut_with_a_note(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARS", 100)

    result = extract(b"kata " * 1000, TXT.mimetype)

    assert result.text.startswith("kata kata")
    assert result.text.endswith("[Teks dipotong: lebih dari 100 karakter]")
    assert len(result.text) < 150


def test_unknown_type_is_a_programming_error():
    with pytest.raises(ValueError):
        extract(b"abc", "application/x-msdownload")
