"""A PPID officer attaches documents through the edit page; refused files leave nothing behind."""
from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.documents import filetypes
from kip_portal.documents import services as documents
from kip_portal.documents.models import Document
from kip_portal.extensions import db
from tests import factories


@pytest.fixture
def unit(app):
    return factories.make_unit()


@pytest.fixture
def officer(unit):
    return factories.make_user("ppid", unit=unit)


@pytest.fixture
def entry(unit, officer, login):
    """An entry of the officer's unit, with the officer logged in."""
    login(officer)
    return factories.make_entry(unit)


def upload(client, entry, data: bytes, filename: str):
    """Post the upload form and return the edit page it redirects to, as text."""
    response = client.post(f"/staf/dip/{entry.id}/dokumen", data={"file": (io.BytesIO(data), filename)},
                           content_type="multipart/form-data", follow_redirects=True)
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def all_documents():
    return db.session.scalars(sa.select(Document)).all()


def blob_files(app):
    return [p for p in Path(app.config["DOCUMENTS_DIR"]).rglob("*") if p.is_file()]


ACCEPTED = [
    ("laporan.pdf", factories.pdf_bytes, filetypes.PDF),
    ("sop.docx", factories.docx_bytes, filetypes.DOCX),
    ("anggaran.xlsx", factories.xlsx_bytes, filetypes.XLSX),
    ("rencana.odt", factories.odt_bytes, filetypes.ODT),
    ("maklumat.html", lambda: factories.HTML, filetypes.HTML),
    ("posko.txt", lambda: factories.TXT, filetypes.TXT),
]


@pytest.mark.parametrize(("filename", "make", "filetype"), ACCEPTED, ids=[f for f, _, _ in ACCEPTED])
def test_each_supported_type_is_attached_and_listed(client, entry, filename, make, filetype):
    page = upload(client, entry, make(), filename)
    assert "Dokumen dilampirkan." in page
    [document] = all_documents()
    assert (document.entry_id, document.filename) == (entry.id, filename)
    assert document.mimetype == filetype.mimetype
    assert filename in page and f"{filetype.label}, " in page


REFUSED = [
    pytest.param("program.pdf", factories.EXE,
                 "Berkas adalah program (executable), bukan dokumen; tidak dapat diunggah.", id="executable"),
    pytest.param("kosong.pdf", b"", "Berkas kosong (0 byte).", id="empty"),
    pytest.param("sop.pdf", factories.docx_bytes(),
                 "Isi berkas “sop.pdf” adalah DOCX, tidak sesuai dengan ekstensi .pdf.", id="docx named pdf"),
]


@pytest.mark.parametrize(("filename", "data", "message"), REFUSED)
def test_refused_file_stores_nothing(app, client, entry, filename, data, message):
    page = upload(client, entry, data, filename)
    assert f'<p class="flash flash-error">{message}</p>' in page
    assert all_documents() == []
    assert blob_files(app) == []


@pytest.fixture
def small_app(make_app):
    """An app with a 1 KB upload limit; the ``app`` fixture's config is fixed, so this one is built apart."""
    app = make_app(MAX_CONTENT_LENGTH=1024)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def test_the_413_page_is_indonesian_and_names_the_limit(small_app):
    response = small_app.test_client().post("/masuk", data={"email": "a@uji.test", "password": "x" * 2048})
    assert response.status_code == 413
    page = html.unescape(response.get_data(as_text=True))
    assert "Berkas terlalu besar" in page
    assert f"Batas ukuran unggahan adalah {documents.human_size(1024)}." in page


def test_upload_over_the_limit_gets_the_413_page_and_stores_nothing(small_app):
    unit = factories.make_unit()
    officer = factories.make_user("ppid", unit=unit)
    entry = factories.make_entry(unit)
    client = small_app.test_client()
    client.post("/masuk", data={"email": officer.email, "password": factories.PASSWORD})
    data = factories.pdf_bytes() + b"%" * 2048
    response = client.post(f"/staf/dip/{entry.id}/dokumen", data={"file": (io.BytesIO(data), "besar.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 413
    assert "Berkas terlalu besar" in response.get_data(as_text=True)
    assert all_documents() == []
    assert blob_files(small_app) == []


def test_same_file_twice_on_one_entry_is_attached_once(client, entry):
    upload(client, entry, factories.pdf_bytes(), "laporan.pdf")
    page = upload(client, entry, factories.pdf_bytes(), "laporan-salinan.pdf")
    assert '<p class="flash flash-info">Dokumen yang sama sudah terlampir pada entri ini.</p>' in page
    assert len(all_documents()) == 1


def test_same_bytes_on_two_entries_are_stored_once(app, client, entry, unit):
    other = factories.make_entry(unit)
    upload(client, entry, factories.pdf_bytes(), "laporan.pdf")
    upload(client, other, factories.pdf_bytes(), "laporan.pdf")
    assert sorted(d.entry_id for d in all_documents()) == sorted([entry.id, other.id])
    assert len(blob_files(app)) == 1


def test_removing_a_document_detaches_it_and_is_audited(client, entry, officer):
    document = factories.attach(entry, factories.pdf_bytes(), "laporan.pdf")
    response = client.post(f"/staf/dip/dokumen/{document.id}/hapus", follow_redirects=True)
    assert "Dokumen “laporan.pdf” dilepas dari entri." in html.unescape(response.get_data(as_text=True))
    assert all_documents() == []
    event = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "document_removed")).one()
    assert (event.object_type, event.object_id, event.actor_id) == ("dip_entries", entry.id, officer.id)
    assert "laporan.pdf" in event.before
