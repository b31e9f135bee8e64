"""Documents of published, non-excluded entries are downloadable by anyone; the rest only by staff."""
from __future__ import annotations

import pytest
from werkzeug.http import parse_options_header

from kip_portal.auth.models import Role
from kip_portal.core.models import utcnow
from kip_portal.dip import services as dip
from kip_portal.dip.models import EntryStatus
from kip_portal.documents import filetypes
from kip_portal.documents import services as documents
from tests import factories


@pytest.fixture
def unit(app):
    return factories.make_unit()


@pytest.fixture
def entry(unit):
    """A published entry of the public DIP."""
    return factories.make_entry(unit)


def disposition(response):
    return parse_options_header(response.headers["Content-Disposition"])


def download(client, document):
    """GET a document, read its body and close it, so no file handle outlives the test."""
    response = client.get(f"/dokumen/{document.id}/{document.filename}")
    response.get_data()
    response.close()
    return response


def test_pdf_is_served_inline_with_its_bytes(client, entry):
    data = factories.pdf_bytes()
    response = download(client, factories.attach(entry, data, "laporan.pdf"))
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.get_data() == data
    assert disposition(response) == ("inline", {"filename": "laporan.pdf"})
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(("filename", "stored"), [
    ('lap"; evil.pdf', "lap'; evil.pdf"),
    ('lap"\r\nSet-Cookie: a=b.pdf', "lap'Set-Cookie: a=b.pdf"),
    ("Laporan – Triwulan Ⅰ\r\nX-Injected: 1.pdf", "Laporan – Triwulan ⅠX-Injected: 1.pdf"),
], ids=["quote", "quote and CRLF", "non-ASCII and CRLF"])
def test_content_disposition_is_safe_for_a_hostile_name(client, entry, filename, stored):
    response = download(client, factories.attach(entry, factories.pdf_bytes(), filename))
    header = response.headers["Content-Disposition"]
    assert "\r" not in header and "\n" not in header
    assert "Set-Cookie" not in response.headers and "X-Injected" not in response.headers
    disposition, options = parse_options_header(header)
    assert (disposition, options["filename"]) == ("inline", stored)
    assert set(options) == {"filename"}  # nothing after a quote became a parameter of its own


def test_non_ascii_name_is_sent_as_rfc_5987(client, entry):
    response = download(client, factories.attach(entry, factories.pdf_bytes(), "Laporan – Triwulan Ⅰ.pdf"))
    header = response.headers["Content-Disposition"]
    assert "filename*=UTF-8''Laporan%20%E2%80%93%20Triwulan%20%E2%85%A0.pdf" in header
    assert header.isascii()


def test_docx_is_an_attachment_with_its_mimetype(client, entry):
    response = download(client, factories.attach(entry, factories.docx_bytes(), "sop.docx"))
    assert response.status_code == 200
    assert response.mimetype == filetypes.DOCX.mimetype
    assert disposition(response) == ("attachment", {"filename": "sop.docx"})


def test_html_is_sandboxed_and_never_sniffed(client, entry):
    response = download(client, factories.attach(entry, factories.HTML, "maklumat.html"))
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "sandbox" in response.headers["Content-Security-Policy"].split("; ")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"].startswith("attachment")


@pytest.fixture
def exempt_document(unit):
    exempt = factories.make_entry(unit, category="dikecualikan")
    return factories.attach(exempt, factories.pdf_bytes("rahasia"), "rahasia.pdf")


def test_exempt_document_is_404_for_the_public(client, exempt_document):
    assert download(client, exempt_document).status_code == 404


@pytest.mark.parametrize("role", list(Role))
def test_exempt_document_is_served_privately_to_any_staff(client, login, exempt_document, role):
    other_unit = factories.make_unit() if role in (Role.PPID, Role.ATASAN) else None
    login(factories.make_user(role, unit=other_unit))
    response = download(client, exempt_document)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"


def _draft(unit):
    return factories.make_entry(unit, status=EntryStatus.DRAFT)


def _retired(unit):
    entry = factories.make_entry(unit)
    dip.retire(entry, actor=None, now=utcnow())
    return entry


@pytest.mark.parametrize("make", [_draft, _retired], ids=["draft", "retired"])
def test_document_of_an_unpublished_entry_is_404_for_the_public(client, unit, make):
    document = factories.attach(make(unit), factories.pdf_bytes())
    assert download(client, document).status_code == 404


def test_unknown_document_is_404(client, entry):
    document = factories.attach(entry, factories.pdf_bytes())
    response = client.get(f"/dokumen/{document.id + 1}/dokumen.pdf")
    assert response.status_code == 404


def test_blob_missing_from_disk_is_404(client, entry):
    document = factories.attach(entry, factories.pdf_bytes())
    documents.path_of(document).unlink()
    assert download(client, document).status_code == 404
