"""An upload's type comes from its bytes; its name is cleaned and must not contradict the content."""
from __future__ import annotations

import pytest

from kip_portal.core.exceptions import InvalidFile
from kip_portal.documents import filetypes
from kip_portal.documents.filetypes import DOCX
from kip_portal.documents.filetypes import HTML
from kip_portal.documents.filetypes import ODT
from kip_portal.documents.filetypes import PDF
from kip_portal.documents.filetypes import TXT
from kip_portal.documents.filetypes import XLSX
from tests import factories

ACCEPTED = [
    ("pdf", factories.pdf_bytes, PDF),
    ("docx", factories.docx_bytes, DOCX),
    ("xlsx", factories.xlsx_bytes, XLSX),
    ("odt", factories.odt_bytes, ODT),
    ("html", lambda: factories.HTML, HTML),
    ("html with BOM", lambda: b"\xef\xbb\xbf" + factories.HTML, HTML),
    ("html after whitespace and comment",
     lambda: b"\n  \t<!-- dibuat oleh PPID -->\n<html><body><p>Maklumat</p></body></html>", HTML),
    ("txt utf-8", lambda: "Jadwal layanan kafé sosial.\n".encode(), TXT),
    ("txt cp1252", lambda: "Jadwal layanan kafé sosial.\r\n".encode("cp1252"), TXT),
]


@pytest.mark.parametrize(("make", "expected"), [pytest.param(m, e, id=i) for i, m, e in ACCEPTED])
def test_detect_accepts(make, expected):
    assert filetypes.detect(make()) is expected


REJECTED = [
    ("empty", b"", "kosong"),
    ("windows exe", factories.EXE, "program"),
    ("elf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "program"),
    ("shell script", b"#!/bin/sh\nrm -rf /\n", "program"),
    ("plain zip", factories.zip_bytes(), "bukan dokumen"),
    ("corrupt zip", b"PK\x03\x04" + bytes(range(256)) * 4, "rusak"),
    ("binary with NUL", bytes(range(256)) * 4, "tidak dikenali"),
]


@pytest.mark.parametrize(("data", "message"), [pytest.param(d, m, id=i) for i, d, m in REJECTED])
def test_detect_rejects_with_a_message(data, message):
    with pytest.raises(InvalidFile, match=message):
        filetypes.detect(data)


CLEAN = [
    ("../../etc/passwd.txt", TXT, "passwd.txt"),
    ("C:\\Users\\x\\lap.pdf", PDF, "lap.pdf"),
    ("lap\x00or\r\nan\x1b.pdf", PDF, "laporan.pdf"),
    ('"laporan".pdf', PDF, "'laporan'.pdf"),
    ("lap\u202efdp.exe", PDF, "lapfdp.exe.pdf"),
    ("laporan", PDF, "laporan.pdf"),
    ("laporan.2024", PDF, "laporan.2024.pdf"),
    ("Laporan Keuangan – Triwulan Ⅰ.pdf", PDF, "Laporan Keuangan – Triwulan Ⅰ.pdf"),
    ("LAPORAN.PDF", PDF, "LAPORAN.pdf"),
    ("maklumat.htm", HTML, "maklumat.htm"),
    ("tabel.xlsx", XLSX, "tabel.xlsx"),
    ("../", PDF, "dokumen.pdf"),
]


@pytest.mark.parametrize(("name", "filetype", "expected"), CLEAN, ids=[repr(n) for n, _, _ in CLEAN])
def test_clean_filename(name, filetype, expected):
    assert filetypes.clean_filename(name, filetype) == expected


def test_clean_filename_refuses_an_extension_that_contradicts_the_content():
    with pytest.raises(InvalidFile, match=r"adalah DOCX, tidak sesuai dengan ekstensi \.pdf"):
        filetypes.clean_filename("x.pdf", DOCX)
