"""Uploads with active content are refused with the reason (ASVS 12.2): polyglots, macros, PDF JavaScript."""
from __future__ import annotations

import html
import io
import zipfile
import zlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from kip_portal.core.exceptions import InvalidFile
from kip_portal.documents import filetypes
from kip_portal.documents.models import Document
from kip_portal.extensions import db
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from tests import factories

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + b"\x00" * 17 + b"\x00\x00\x00\x00IEND\xaeB`\x82"


def _pdf_with_catalog(extra: bytes) -> bytes:
    return factories.pdf_bytes().replace(b"<< /Type /Catalog /Pages 2 0 R >>",
                                         b"<< /Type /Catalog /Pages 2 0 R " + extra + b" >>")


def pdf_with_javascript() -> bytes:
    return _pdf_with_catalog(b"/OpenAction << /S /JavaScript /JS (app.alert\\('hai'\\)) >>")


def pdf_with_hidden_javascript() -> bytes:
    """The action sits compressed in an object stream, so /JavaScript is not in the file's raw bytes."""
    hidden = zlib.compress(b"6 0 << /S /JavaScript /JS 7 0 R >>")
    stream = b"6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(hidden)
    pdf = _pdf_with_catalog(b"/OpenAction 6 0 R")
    return pdf.replace(b"xref\n", stream + hidden + b"\nendstream\nendobj\nxref\n", 1)


def docx_with_macro() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(factories.docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for item in source.infolist():
            archive.writestr(item, source.read(item))
        archive.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"Attribute VB_Name = \"NewMacros\"")
    return out.getvalue()


def _rewrite(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for item in source.infolist():
            archive.writestr(item, (replace or {}).get(item.filename, source.read(item)))
        for name, content in (add or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def docm_content_type() -> bytes:
    data = factories.docx_bytes()
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    return _rewrite(data, replace={"[Content_Types].xml": types})


MALICIOUS = [
    ("pdf javascript", pdf_with_javascript, "PDF memuat JavaScript"),
    ("pdf javascript in an object stream", pdf_with_hidden_javascript, "PDF memuat JavaScript"),
    ("pdf javascript with #-escaped name", lambda: _pdf_with_catalog(b"/OpenAction << /S /J#61vaScript >>"),
     "PDF memuat JavaScript"),
    ("pdf launch", lambda: _pdf_with_catalog(b"/OpenAction << /S /Launch /F (cmd.exe) >>"), "/Launch"),
    ("pdf embedded file", lambda: _pdf_with_catalog(b"/Names << /EmbeddedFiles << /Names [] >> >>"),
     "/EmbeddedFile"),
    ("pdf+zip polyglot", lambda: factories.pdf_bytes() + factories.zip_bytes(), "poliglot PDF/ZIP"),
    ("pdf+html polyglot", lambda: b"%PDF-1.4\n%<html><script>alert(1)</script>\n" + factories.pdf_bytes()[9:],
     "poliglot PDF/HTML"),
    ("docx with vbaProject.bin", docx_with_macro, "makro (vbaProject.bin)"),
    ("docm content type", docm_content_type, "bermakro"),
    ("odt with Basic macros", lambda: _rewrite(factories.odt_bytes(), add={
        "Basic/Standard/Module1.xml": b"<script:module>Sub Main\nShell(\"calc\")\nEnd Sub</script:module>"}),
     "ODT memuat makro"),
]


@pytest.mark.parametrize(("make", "reason"), [pytest.param(m, r, id=i) for i, m, r in MALICIOUS])
def test_detect_refuses_active_content_naming_the_reason(make, reason):
    with pytest.raises(InvalidFile, match="Berkas ditolak karena") as raised:
        filetypes.detect(make())
    assert reason in raised.value.message


def test_harmless_pdf_features_pass():
    zoom = _pdf_with_catalog(b"/OpenAction [3 0 R /Fit] /PageMode /UseOutlines")
    assert filetypes.detect(zoom) is filetypes.PDF
    assert filetypes.detect(factories.pdf_bytes("Panduan JavaScript untuk pemula")) is filetypes.PDF


def test_every_demo_document_passes_the_scan():
    files = sorted((Path(__file__).parents[2] / "kip_portal" / "demo" / "files").iterdir())
    assert len(files) > 50
    for path in files:
        filetypes.detect(path.read_bytes())


IDENTITY_MALICIOUS = [
    ("pdf javascript", pdf_with_javascript, "PDF memuat JavaScript"),
    ("jpeg with html", lambda: JPEG[:20] + b"<html><script>alert(1)</script>" + JPEG[20:], "poliglot"),
    ("png+zip polyglot", lambda: PNG + factories.zip_bytes(), "poliglot gambar/ZIP"),
]


@pytest.mark.parametrize(("make", "reason"), [pytest.param(m, r, id=i) for i, m, r in IDENTITY_MALICIOUS])
def test_identity_scans_are_checked_too(make, reason):
    with pytest.raises(InvalidFile, match=reason):
        filetypes.detect_identity(make())
    assert filetypes.detect_identity(JPEG) is filetypes.JPEG and filetypes.detect_identity(PNG) is filetypes.PNG


def _blobs(app) -> list[Path]:
    root = Path(app.config["DOCUMENTS_DIR"])
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.parametrize(("make", "name", "reason"), [
    (pdf_with_javascript, "laporan.pdf", "PDF memuat JavaScript"),
    (docx_with_macro, "sop.docx", "makro (vbaProject.bin)"),
    (lambda: factories.pdf_bytes() + factories.zip_bytes(), "lampiran.pdf", "poliglot PDF/ZIP"),
])
def test_a_dip_upload_with_active_content_is_refused_and_nothing_is_stored(app, client, login, make, name, reason):
    unit = factories.make_unit()
    login(factories.make_user("ppid", unit=unit))
    entry = factories.make_entry(unit)
    response = client.post(f"/staf/dip/{entry.id}/dokumen", data={"file": (io.BytesIO(make()), name)},
                           content_type="multipart/form-data", follow_redirects=True)
    page = html.unescape(response.get_data(as_text=True))
    assert "Berkas ditolak karena" in page and reason in page
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Document)) == 0
    assert _blobs(app) == []


def test_a_public_request_with_a_scripted_ktp_pdf_is_refused(app, client, units, body):
    response = client.post("/permohonan/baru", data=body | {"identity": (io.BytesIO(pdf_with_javascript()), "ktp.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert "PDF memuat JavaScript" in html.unescape(response.get_data(as_text=True))
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(IdentityDocument)) == 0
    api = client.post("/api/v1/requests", data=body | {"identity": (io.BytesIO(PNG + factories.zip_bytes()), "k.png")},
                      content_type="multipart/form-data")
    assert api.status_code == 422 and "poliglot" in api.get_json()["error"]
    assert _blobs(app) == []
