"""Turn a stored document's bytes into plain text for search: one function per type, no Flask.

Hostile or broken files never raise: the reason comes back in ``Extraction.error``, in Indonesian, so it can
be recorded on the document and shown to staff.
"""
from __future__ import annotations

import codecs
import io
import re
import threading
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from datetime import time
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from kip_portal.documents import filetypes

if TYPE_CHECKING:
    import pypdfium2

# Limits against zip bombs: what an Office/ODF archive may unpack to, in total and per member. Zeros
# deflate about 1000:1, while genuine but repetitive Office XML reaches 200:1 and more (a DOCX with an empty
# 10,000-row table: 203:1; 80,000 empty paragraphs: 375:1), so the ratio limit sits between the two.
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 500
# Members smaller than this cannot be bombs, and small repetitive parts have the highest ratios.
RATIO_CHECK_FROM_BYTES = 1024 * 1024
# A spreadsheet can claim a huge grid in a tiny file; stop reading after this many cells.
MAX_XLSX_CELLS = 20_000_000
MAX_TEXT_CHARS = 20_000_000
# A PDF whose pages average fewer visible characters than this has no real text layer (a scan).
MIN_CHARS_PER_PAGE = 20
# Pages stay findable in the text; a form feed is whitespace to str.split, regexes and the search analyzer.
PAGE_BREAK = "\n\f\n"

# PDFium is not thread-safe: every call into pypdfium2, here and in ocr.py, holds this lock.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class Extraction:
    """The text of one document; ``error`` set means the text is missing or incomplete, and why."""

    text: str
    pages: int | None
    method: str
    needs_ocr: bool = False
    error: str | None = None


class ExtractionFailed(Exception):
    """A file cannot be read; ``str(error)`` is the reason shown to staff."""


def extract(data: bytes, mimetype: str) -> Extraction:
    """Return the text of ``data``; a broken or hostile file gives an ``Extraction`` with ``error`` set.

    :raises ValueError: if ``mimetype`` is not one of the types in :mod:`filetypes`.
    """
    try:
        method, extractor = _EXTRACTORS[mimetype]
    except KeyError:
        raise ValueError(f"Tidak ada ekstraktor teks untuk jenis {mimetype!r}") from None
    try:
        return extractor(data)
    except ExtractionFailed as failure:
        return Extraction(text="", pages=None, method=method, error=str(failure))
    except Exception as exc:  # noqa: BLE001 - a parser crashing on hostile bytes is a fact about the file
        label = method.split("-")[0].upper()
        return Extraction(text="", pages=None, method=method, error=f"Berkas {label} rusak: {_describe(exc)}")


def clean_text(text: str) -> str:
    """Normalise extracted text: NFC, no control characters, single spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _TAB_RUN.sub("\t", text)
    text = _SPACE_RUN.sub(" ", text)
    text = _LINE_EDGE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


# C0/C1 controls except tab and newline, BOM, soft hyphen, zero-width space, lone surrogates, noncharacters.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\ufeff\ud800-\udfff\ufffe\uffff]")
_TAB_RUN = re.compile(r"[^\S\n]*\t[^\S\n]*")
_SPACE_RUN = re.compile(r"[^\S\n\t]+")
_LINE_EDGE = re.compile(r"[ \t]*\n[ \t]*")
_BLANK_LINES = re.compile(r"\n{3,}")


_FAULTS = {
    zipfile.BadZipFile: "arsip ZIP rusak",
    zlib.error: "data terkompresi rusak",
    ElementTree.ParseError: "XML tidak valid",
    KeyError: "bagian dokumen tidak ada",
}


def _describe(exc: BaseException) -> str:
    """Name the fault in words staff can pass on, keeping the parser's own message for whoever debugs it."""
    fault = next((words for kind, words in _FAULTS.items() if isinstance(exc, kind)), type(exc).__name__)
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{fault} ({message})" if message else fault


def _collect(chunks: Iterable[str], separator: str = "\n", *, keep_empty: bool = False) -> str:
    """Join cleaned chunks, stopping (with a note) once the text passes ``MAX_TEXT_CHARS``.

    ``keep_empty`` keeps a separator for empty chunks, so that PDF pages can be counted by ``PAGE_BREAK``.
    """
    parts, size = [], 0
    for chunk in chunks:
        chunk = clean_text(chunk)
        if not chunk and not keep_empty:
            continue
        parts.append(chunk)
        size += len(chunk) + len(separator)
        if size > MAX_TEXT_CHARS:
            text = separator.join(parts)[:MAX_TEXT_CHARS]
            return text + f"\n\n[Teks dipotong: lebih dari {MAX_TEXT_CHARS:,} karakter]".replace(",", ".")
    text = separator.join(parts)
    return text if text.strip() else ""


# --- PDF ------------------------------------------------------------------------------------------

def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    """Open ``data`` with PDFium; the caller holds :data:`PDFIUM_LOCK` and closes the document.

    :raises ExtractionFailed: if the PDF is encrypted or unreadable.
    """
    import pypdfium2  # imported on first use: ~8 MB that a web worker serving pages never needs

    errors = {
        pypdfium2.raw.FPDF_ERR_PASSWORD: "PDF dilindungi kata sandi",
        pypdfium2.raw.FPDF_ERR_SECURITY: "PDF memakai enkripsi yang tidak didukung",
        pypdfium2.raw.FPDF_ERR_FORMAT: "PDF rusak: struktur berkas tidak valid",
        pypdfium2.raw.FPDF_ERR_PAGE: "PDF rusak: halaman tidak dapat dibaca",
    }
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        reason = errors.get(getattr(exc, "err_code", None), f"PDF rusak: {_describe(exc)}")
        raise ExtractionFailed(reason) from None


def _pdf_text(data: bytes) -> Extraction:
    import pypdfium2  # imported on first use (see open_pdf)

    pages: list[str] = []
    broken: list[int] = []
    scanned = False
    size = 0
    with PDFIUM_LOCK, closing(open_pdf(data)) as document:
        count = len(document)
        for index in range(count):
            try:
                with closing(document[index]) as page:
                    with closing(page.get_textpage()) as textpage:
                        raw = textpage.get_text_range()
                    if not scanned and _visible_chars(raw) < MIN_CHARS_PER_PAGE:
                        scanned = _has_image(page)
            except pypdfium2.PdfiumError:
                broken.append(index + 1)
                raw = ""
            # PDFium marks a hyphen it judged to be a line-end hyphen as U+FFFE; in Indonesian these are
            # mostly real hyphens of reduplication (Undang-Undang, serta-merta), so keep them.
            pages.append(raw.replace("\ufffe", "-"))
            size += len(pages[-1])
            if size > MAX_TEXT_CHARS:
                break
    if count == 0:
        raise ExtractionFailed("PDF tidak berisi halaman")
    # A scan: little text on average and at least one near-empty page that carries an image. A short
    # text-only PDF (a cover letter of one line) has nothing for OCR to find.
    needs_ocr = scanned and sum(map(_visible_chars, pages)) < MIN_CHARS_PER_PAGE * count
    error = None
    if broken:
        error = "PDF rusak sebagian: halaman " + ", ".join(map(str, broken[:20])) + " tidak dapat dibaca"
    return Extraction(text=_collect(pages, PAGE_BREAK, keep_empty=True), pages=count, method="pdf-text",
                      needs_ocr=needs_ocr, error=error)


def _visible_chars(text: str) -> int:
    return len(text) - sum(text.count(space) for space in " \t\r\n")


def _has_image(page: pypdfium2.PdfPage) -> bool:
    import pypdfium2  # imported on first use (see open_pdf)

    images = page.get_objects(filter=(pypdfium2.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3)
    return next(images, None) is not None


# --- Office Open XML and OpenDocument (zip archives) ----------------------------------------------

def _open_zip(data: bytes, label: str) -> zipfile.ZipFile:
    """Open an archive after checking it cannot unpack to more than the limits allow.

    The sizes come from the central directory, and zipfile never inflates a member past its declared
    ``file_size`` (it fails the CRC check instead), so a lying header cannot get past this.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionFailed(f"Berkas {label} rusak: {_describe(exc)}") from None
    total = 0
    for member in archive.infolist():
        total += member.file_size
        ratio_too_high = (member.file_size >= RATIO_CHECK_FROM_BYTES
                          and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1))
        if total > MAX_UNZIPPED_BYTES or ratio_too_high:
            archive.close()
            raise ExtractionFailed(f"Arsip {label} terlalu besar setelah dibuka (kemungkinan zip bomb)")
    return archive


def _xml_paragraphs(stream, paragraph_tags: frozenset[str], render: Callable[[ElementTree.Element], str],
                    skip_tags: frozenset[str] = frozenset()) -> Iterator[str]:
    """Yield the text of each outermost paragraph of an XML part, streaming so memory stays small."""
    depth = skipping = 0
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        if element.tag in skip_tags:
            skipping += 1 if event == "start" else -1
        elif element.tag in paragraph_tags:
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth == 0:
                if not skipping:
                    yield render(element)
                element.clear()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCX_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
# Paragraph and run properties hold tab stops (w:tab) that are not text; a text box is written twice,
# as DrawingML and as a VML fallback.
_DOCX_SKIP = frozenset({f"{_W}pPr", f"{_W}rPr", _MC_FALLBACK})


def _render_docx(element: ElementTree.Element, out: list[str] | None = None) -> str:
    out = [] if out is None else out
    for child in element:
        if child.tag == f"{_W}t":
            out.append(child.text or "")
        elif child.tag in _DOCX_CHARACTERS:
            out.append(_DOCX_CHARACTERS[child.tag])
        elif child.tag == f"{_W}p":
            out.append("\n")
            _render_docx(child, out)
            out.append("\n")
        elif child.tag not in _DOCX_SKIP:
            _render_docx(child, out)
    return "".join(out)


def _docx(data: bytes) -> Extraction:
    with _open_zip(data, "DOCX") as archive, archive.open("word/document.xml") as part:
        text = _collect(_xml_paragraphs(part, frozenset({f"{_W}p"}), _render_docx, frozenset({_MC_FALLBACK})))
    return Extraction(text=text, pages=None, method="docx")


_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODT_PARAGRAPHS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
_ODT_CHARACTERS = {f"{_TEXT}s": " ", f"{_TEXT}tab": "\t", f"{_TEXT}line-break": "\n"}
# Comments and the deleted text kept by change tracking are not part of the document.
_ODT_SKIP = frozenset({f"{_OFFICE}annotation", f"{_TEXT}tracked-changes"})


def _render_odt(element: ElementTree.Element, out: list[str] | None = None) -> str:
    out = [] if out is None else out
    out.append(element.text or "")
    for child in element:
        if child.tag in _ODT_CHARACTERS:
            out.append(_ODT_CHARACTERS[child.tag])
        elif child.tag in _ODT_PARAGRAPHS:
            out.append("\n")
            _render_odt(child, out)
            out.append("\n")
        elif child.tag not in _ODT_SKIP:
            _render_odt(child, out)
        out.append(child.tail or "")
    return "".join(out)


def _odt(data: bytes) -> Extraction:
    with _open_zip(data, "ODT") as archive, archive.open("content.xml") as part:
        text = _collect(_xml_paragraphs(part, _ODT_PARAGRAPHS, _render_odt, _ODT_SKIP))
    return Extraction(text=text, pages=None, method="odt")


def _xlsx(data: bytes) -> Extraction:
    import openpyxl  # imported on first use: ~20 MB that a web worker serving pages never needs

    _open_zip(data, "XLSX").close()  # the size check only: openpyxl opens the archive itself
    # openpyxl warns about workbook features it drops (data validation, extensions); none matter for text.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            text = _collect(_xlsx_sheets(workbook), separator="\n\n")
        finally:
            workbook.close()
    return Extraction(text=text, pages=None, method="xlsx")


def _xlsx_sheets(workbook) -> Iterator[str]:
    cells = 0
    for sheet in workbook.worksheets:
        if not hasattr(sheet, "iter_rows"):  # a chartsheet has no cells
            continue
        # The stored dimension can claim a 16384-column grid; ignore it so rows are only as wide as their cells.
        sheet.reset_dimensions()
        lines = [sheet.title]
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
            if cells > MAX_XLSX_CELLS:
                lines.append(f"[Lembar kerja dipotong: lebih dari {MAX_XLSX_CELLS // 1_000_000} juta sel]")
                yield "\n".join(lines)
                return
            values = [_cell_text(value) for value in row if value is not None and value != ""]
            if values:
                lines.append("\t".join(values))
        yield "\n".join(lines)


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    return str(value)


# --- HTML and plain text ----------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode(data: bytes, *, html: bool = False) -> str:
    """Decode as UTF-8 (with or without BOM), else the page's declared charset, else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096]) if html else None
    if declared:
        try:
            return data.decode(codecs.lookup(declared.group(1).decode("ascii")).name, errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


class _HTMLText(HTMLParser):
    """Collect the visible text of a page; entities are unescaped by the parser (``convert_charrefs``)."""

    SKIP = frozenset({"script", "style", "noscript", "template"})
    BLOCKS = frozenset({
        "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    })

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BLOCKS or tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skipping:
            self.parts.append(data)


def _html(data: bytes) -> Extraction:
    parser = _HTMLText()
    parser.feed(_decode(data, html=True))
    parser.close()
    title = clean_text(" ".join(parser.title))
    text = _collect([title, "".join(parser.parts)], separator="\n\n")
    return Extraction(text=text, pages=None, method="html")


def _txt(data: bytes) -> Extraction:
    return Extraction(text=_collect([_decode(data)]), pages=None, method="txt")


_EXTRACTORS: dict[str, tuple[str, Callable[[bytes], Extraction]]] = {
    filetypes.PDF.mimetype: ("pdf-text", _pdf_text),
    filetypes.DOCX.mimetype: ("docx", _docx),
    filetypes.ODT.mimetype: ("odt", _odt),
    filetypes.XLSX.mimetype: ("xlsx", _xlsx),
    filetypes.HTML.mimetype: ("html", _html),
    filetypes.TXT.mimetype: ("txt", _txt),
}
