"""Recognise an upload by its bytes, not its name: PDF, DOCX, XLSX, ODT, HTML or plain text."""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from flask_babel import gettext

from kip_portal.core.exceptions import InvalidFile
from kip_portal.documents import scan


@dataclass(frozen=True)
class FileType:
    extension: str
    mimetype: str
    label: str


PDF = FileType("pdf", "application/pdf", "PDF")
DOCX = FileType("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX")
XLSX = FileType("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX")
ODT = FileType("odt", "application/vnd.oasis.opendocument.text", "ODT")
HTML = FileType("html", "text/html", "HTML")
TXT = FileType("txt", "text/plain", "TXT")
SUPPORTED = (PDF, DOCX, XLSX, ODT, HTML, TXT)
EXTENSIONS = {t.extension: t for t in SUPPORTED} | {"htm": HTML}
ACCEPT_ATTRIBUTE = ",".join("." + ext for ext in EXTENSIONS)

# Magic numbers of programs and archives people rename to get past a name check.
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa", b"#!")
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<!--)", re.IGNORECASE)
_SUPPORTED_NAMES = "PDF, DOCX, ODT, XLSX, HTML atau TXT"


def detect(data: bytes) -> FileType:
    """Return the type of ``data``.

    :raises InvalidFile: when the file is empty, a program, or of a type the DIP does not accept.
    """
    if not data:
        raise InvalidFile("Berkas kosong (0 byte).")
    if data.startswith(_EXECUTABLE_MAGIC):
        raise InvalidFile("Berkas adalah program (executable), bukan dokumen; tidak dapat diunggah.")
    if data.startswith(b"%PDF-"):
        scan.scan_pdf(data)
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _detect_zip(data)
    text = _as_text(data)
    if text is None:
        raise InvalidFile(f"Jenis berkas tidak dikenali. Yang diterima: {_SUPPORTED_NAMES}.")
    return HTML if _HTML_START.match(data.lstrip(b"\xef\xbb\xbf")) else TXT


def _detect_zip(data: bytes) -> FileType:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.mimetype.encode():
                scan.scan_office(archive)
                return ODT
            if "[Content_Types].xml" in names:
                if "word/document.xml" in names:
                    scan.scan_office(archive)
                    return DOCX
                if "xl/workbook.xml" in names:
                    scan.scan_office(archive)
                    return XLSX
    except (zipfile.BadZipFile, OSError, KeyError):
        raise InvalidFile("Berkas rusak: arsip ZIP/Office tidak dapat dibaca.") from None
    raise InvalidFile(f"Arsip ZIP ini bukan dokumen {_SUPPORTED_NAMES}.")


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data[:65536]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    controls = sum(1 for c in text[:65536] if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
    return text if controls == 0 else None


def clean_filename(name: str, filetype: FileType) -> str:
    """Make a display name safe to store and to send back: no path, no control characters, right extension."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C")
    name = name.strip(" .").replace('"', "'") or "dokumen"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if ext.lower() in EXTENSIONS:
        if EXTENSIONS[ext.lower()] is not filetype:
            raise InvalidFile(
                f"Isi berkas \u201c{name}\u201d adalah {filetype.label}, tidak sesuai dengan ekstensi .{ext}."
            )
        return f"{stem[:200]}.{ext.lower()}"
    return f"{name[:200]}.{filetype.extension}"


JPEG = FileType("jpg", "image/jpeg", "JPEG")
PNG = FileType("png", "image/png", "PNG")
IDENTITY_ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png"


def detect_identity(data: bytes) -> FileType:
    """Recognise a scan or photo of an identity document (KTP, akta, surat kuasa): PDF, JPEG or PNG.

    :raises InvalidFile: for anything else, whatever its name says.
    """
    if not data:
        raise InvalidFile(gettext("Berkas identitas kosong (0 byte)."))
    if data.startswith(b"%PDF-"):
        scan.scan_pdf(data)
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        scan.scan_image(data)
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        scan.scan_image(data)
        return PNG
    raise InvalidFile(gettext("Berkas identitas harus berupa PDF, JPG atau PNG."))
