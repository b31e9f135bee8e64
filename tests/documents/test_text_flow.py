"""From upload to search: the text of every document is extracted, scans are OCR'd, failures are shown."""
from __future__ import annotations

import io

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.documents import text_jobs
from kip_portal.documents.models import Document
from kip_portal.documents.models import ExtractionStatus
from kip_portal.extensions import db
from kip_portal.search import services as search
from tests import factories
from tests.documents.test_extract import encrypted_pdf
from tests.documents.test_extract import scanned_pdf


@pytest.fixture
def upload(client, login):
    """Upload ``data`` as a PPID officer to a published entry; return the entry's edit page."""
    unit = factories.make_unit()
    login(factories.make_user(Role.PPID, unit=unit))
    entry = factories.make_entry(unit, title="Lampiran kebijakan")

    def do_upload(data: bytes, name: str) -> str:
        response = client.post(f"/staf/dip/{entry.id}/dokumen", data={"file": (io.BytesIO(data), name)},
                               content_type="multipart/form-data", follow_redirects=True)
        assert response.status_code == 200
        return response.get_data(as_text=True)

    return do_upload


def _document() -> Document:
    return db.session.scalar(sa.select(Document))


@pytest.mark.parametrize(("data", "name", "word"), [
    (factories.pdf_bytes("Laporan triwulan sejahtera"), "a.pdf", "triwulan"),
    (factories.docx_bytes("Notulen rapat koordinasi"), "a.docx", "notulen"),
    (factories.xlsx_bytes(), "a.xlsx", "bantuan"),
    (factories.odt_bytes(), "a.odt", "rencana"),
    (factories.HTML, "a.html", "maklumat"),
    (factories.TXT, "a.txt", "posko"),
])
def test_uploaded_text_is_searchable(upload, data, name, word):
    upload(data, name)
    assert _document().extraction_status == ExtractionStatus.OK
    assert [item.entry.title for item in search.search(word).found] == ["Lampiran kebijakan"]


def test_failed_extraction_keeps_the_upload_and_tells_staff_why(upload):
    page = upload(encrypted_pdf(user_password="rahasia"), "terkunci.pdf")
    document = _document()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert "kata sandi" in document.extraction_error
    assert "Teks tidak terekstrak" in page and "kata sandi" in page
    assert search.search("lampiran").results.total == 1, "the entry itself stays findable"


def test_scanned_pdf_is_read_by_ocr_and_becomes_searchable(make_app, tmp_path):
    app = make_app(OCR_MODE="sync")
    with app.app_context():
        client = app.test_client()
        unit = factories.make_unit()
        officer = factories.make_user(Role.PPID, unit=unit)
        client.post("/masuk", data={"email": officer.email, "password": factories.PASSWORD})
        entry = factories.make_entry(unit, title="Surat edaran pindaian")
        page = client.post(f"/staf/dip/{entry.id}/dokumen",
                           data={"file": (io.BytesIO(scanned_pdf(["SURAT EDARAN", "KEWASPADAAN BANJIR"])), "s.pdf")},
                           content_type="multipart/form-data", follow_redirects=True).get_data(as_text=True)
        assert "OCR" in page
        document = _document()
        assert document.extraction_status == ExtractionStatus.OK and document.extraction_method == "ocr"
        assert [i.entry.title for i in search.search("kewaspadaan").found] == ["Surat edaran pindaian"]
        db.session.remove()
        db.engine.dispose()


def test_ocr_in_the_background_thread(make_app):
    app = make_app(OCR_MODE="thread")
    with app.app_context():
        entry = factories.make_entry(title="Pindaian lama")
        document = factories.attach(entry, scanned_pdf(["PENGUMUMAN SELEKSI"]), "p.pdf")
        assert document.extraction_status == ExtractionStatus.OCR_PENDING
        thread = text_jobs.start_ocr([document.id])
        thread.join(timeout=60)
        db.session.expire_all()
        assert db.session.get(Document, document.id).extraction_status == ExtractionStatus.OK
        db.session.remove()
        db.engine.dispose()


def test_extract_text_command_processes_what_waits(app, runner):
    entry = factories.make_entry(title="Dokumen lama")
    document = factories.attach(entry, factories.TXT, "lama.txt")
    document.extraction_status, document.text = ExtractionStatus.PENDING, ""
    db.session.commit()
    result = runner.invoke(args=["extract-text"])
    assert result.exit_code == 0, result.output
    assert "1 dokumen diproses, 0 gagal." in result.output
    db.session.refresh(document)
    assert document.extraction_status == ExtractionStatus.OK and "posko" in document.text.lower()
