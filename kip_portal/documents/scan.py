"""Refuse uploads that carry active content: polyglots, Office macros, PDFs with JavaScript or auto-actions.

A published DIP document is downloaded by citizens and opened by staff; an identity scan is opened by the
officer who checks a request. Neither should run code. These checks read bytes only (no PDF or Office library
that might itself be attacked) and err on the side of refusing: the message names the reason, so an officer
can export a clean copy ("Print to PDF", "Save as .docx") and upload that instead.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

from flask_babel import gettext

from kip_portal.core.exceptions import InvalidFile
from kip_portal.i18n import N_

# HTML or script in the first KB of a PDF or image: a browser sniffing the file would run it.
_MARKUP = re.compile(rb"<\s*(script|html|body|iframe|svg|object|embed|!doctype)\b|javascript:", re.IGNORECASE)
# PDF name tokens, #xx escapes allowed (/J#61vaScript is /JavaScript).
_PDF_NAME = re.compile(rb"/((?:[A-Za-z0-9_.+-]|#[0-9A-Fa-f]{2})+)")
_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
# Reasons are marked with N_ and translated when refused: the uploader reads them in the page's language.
_PDF_ACTIVE = {
    "JavaScript": N_("PDF memuat JavaScript"),
    "JS": N_("PDF memuat JavaScript"),
    "Launch": N_("PDF dapat menjalankan program (/Launch)"),
    "EmbeddedFile": N_("PDF menyisipkan berkas lain di dalamnya (/EmbeddedFile)"),
    "EmbeddedFiles": N_("PDF menyisipkan berkas lain di dalamnya (/EmbeddedFile)"),
    "RichMedia": N_("PDF memuat media aktif (/RichMedia)"),
    "XFA": N_("PDF memuat formulir XFA yang dapat menjalankan skrip"),
}
# Decompress at most this much of a PDF's streams in all (a small file must not inflate into gigabytes).
_INFLATE_BUDGET = 64 * 1024 * 1024
_MACRO_CONTENT_TYPES = (b"macroenabled", b"vbaproject", b"vnd.ms-office.activex", b"vnd.ms-excel.sheet.binary")
_CLEAN_COPY = N_("Simpan ulang dokumen sebagai berkas biasa (mis. Cetak ke PDF) lalu unggah kembali.")


def _refuse(reason: str) -> InvalidFile:
    """``reason``: an N_-marked text, translated here with the rest of the message."""
    return InvalidFile(gettext("Berkas ditolak karena %(reason)s. %(advice)s", reason=gettext(reason),
                               advice=gettext(_CLEAN_COPY)))


def _pdf_names(chunk: bytes) -> set[str]:
    names = set()
    for match in _PDF_NAME.finditer(chunk):
        raw = match.group(1)
        if b"#" in raw:
            raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
        names.add(raw.decode("latin-1"))
    return names


def _inflated_streams(data: bytes) -> list[bytes]:
    """The decompressed content of the PDF's Flate streams (where object streams hide /JavaScript)."""
    budget, out = _INFLATE_BUDGET, []
    for match in _PDF_STREAM.finditer(data):
        if budget <= 0:
            break
        inflater = zlib.decompressobj()
        try:
            chunk = inflater.decompress(match.group(1), budget)
        except zlib.error:
            continue
        budget -= len(chunk)
        out.append(chunk)
    return out


def _outside_streams(data: bytes) -> bytes:
    return _PDF_STREAM.sub(b"stream endstream", data)


def scan_pdf(data: bytes) -> None:
    """Refuse a PDF that runs JavaScript, launches programs, embeds files or is also a ZIP or an HTML page."""
    if _MARKUP.search(data[:1024]):
        raise _refuse(N_("berisi kode HTML/skrip di awal berkas (berkas poliglot PDF/HTML)"))
    if b"PK\x03\x04" in _outside_streams(data) or zipfile.is_zipfile(io.BytesIO(data)):
        raise _refuse(N_("sekaligus merupakan arsip ZIP (berkas poliglot PDF/ZIP)"))
    names = _pdf_names(data)
    for chunk in _inflated_streams(data):
        names |= _pdf_names(chunk)
    # /OpenAction and /AA (actions run on opening, on a page, on a field) are refused through what they run:
    # JavaScript or /Launch. An /OpenAction that only sets the zoom, as many PDFs have, is harmless.
    for name, reason in _PDF_ACTIVE.items():
        if name in names:
            raise _refuse(reason)


def scan_image(data: bytes) -> None:
    """Refuse a JPEG or PNG that is also an HTML page or a ZIP archive."""
    if _MARKUP.search(data[:1024]):
        raise _refuse(N_("berisi kode HTML/skrip di awal berkas gambar (berkas poliglot)"))
    if zipfile.is_zipfile(io.BytesIO(data)):
        raise _refuse(N_("sekaligus merupakan arsip ZIP (berkas poliglot gambar/ZIP)"))


def scan_office(archive: zipfile.ZipFile) -> None:
    """Refuse DOCX/XLSX with VBA macros or ActiveX, and ODT with Basic or other scripts."""
    names = archive.namelist()
    lowered = [n.lower() for n in names]
    if any(n.endswith("vbaproject.bin") or n.endswith("vbadata.xml") for n in lowered):
        raise _refuse(N_("dokumen Office memuat makro (vbaProject.bin)"))
    if any("/activex/" in n or n.startswith("activex/") for n in lowered):
        raise _refuse(N_("dokumen Office memuat kontrol ActiveX"))
    if "[Content_Types].xml" in names:
        types = archive.read("[Content_Types].xml").lower()
        if any(marker in types for marker in _MACRO_CONTENT_TYPES):
            raise _refuse(N_("dokumen Office bermakro (jenis .docm/.xlsm)"))
    if any(n.startswith(("basic/", "scripts/")) for n in lowered):
        raise _refuse(N_("dokumen ODT memuat makro atau skrip (Basic/Scripts)"))
    if "META-INF/manifest.xml" in names:
        manifest = archive.read("META-INF/manifest.xml").lower()
        if b'full-path="basic/' in manifest or b'full-path="scripts/' in manifest:
            raise _refuse(N_("dokumen ODT memuat makro atau skrip (Basic/Scripts)"))
