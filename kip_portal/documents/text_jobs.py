"""Extraction work too slow for a web request: OCR of scans, and (re)extracting stored documents."""
from __future__ import annotations

import logging
import threading

import sqlalchemy as sa
from flask import Flask
from flask import current_app

from kip_portal.documents import services
from kip_portal.documents.extract import extract
from kip_portal.documents.models import Document
from kip_portal.documents.models import ExtractionStatus
from kip_portal.documents.ocr import ocr_pdf
from kip_portal.extensions import db

log = logging.getLogger(__name__)


def waiting(*, statuses: tuple[ExtractionStatus, ...]) -> list[int]:
    return list(db.session.scalars(sa.select(Document.id).where(Document.extraction_status.in_(statuses))
                                   .order_by(Document.id)))


def process(document_id: int) -> Document:
    """Extract one document's text again, running OCR when it is a scan; commit the result."""
    document = db.session.get(Document, document_id)
    data = services.path_of(document).read_bytes()
    result = extract(data, document.mimetype)
    if result.needs_ocr:
        result = ocr_pdf(data)
    services.record_extraction(document, result)
    db.session.commit()
    log.info("document %s: text %s (%s)", document.id, document.extraction_status, document.extraction_method)
    return document


def start_ocr(document_ids: list[int]) -> threading.Thread | None:
    """OCR scans after the upload's response, as configured by OCR_MODE (thread, sync or off)."""
    mode = current_app.config["OCR_MODE"]
    if not document_ids or mode == "off":
        return None
    if mode == "sync":
        for document_id in document_ids:
            process(document_id)
        return None
    app: Flask = current_app._get_current_object()

    def work() -> None:
        with app.app_context():
            for document_id in document_ids:
                try:
                    process(document_id)
                except Exception:
                    log.exception("OCR of document %s failed", document_id)

    thread = threading.Thread(target=work, name="kip-ocr", daemon=True)
    thread.start()
    return thread
