"""Attach documents to DIP entries and find the file to serve."""
from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from flask import current_app

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.exceptions import FileTooLarge
from kip_portal.core.storage import BlobStore
from kip_portal.dip.models import InformationEntry
from kip_portal.documents import filetypes
from kip_portal.documents.extract import Extraction
from kip_portal.documents.extract import extract
from kip_portal.documents.models import Document
from kip_portal.documents.models import ExtractionStatus
from kip_portal.extensions import db


def blob_store() -> BlobStore:
    return BlobStore(current_app.config["DOCUMENTS_DIR"])


def human_size(size: int) -> str:
    """Write a byte count the Indonesian way: 980 byte, 12,5 KB, 1,7 MB."""
    if size < 1024:
        return f"{size} byte"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}".replace(".", ",")


def check(filename: str, data: bytes, *, max_bytes: int) -> tuple[filetypes.FileType, str]:
    """Return the type and the safe name of an upload.

    :raises InvalidFile: if the file is empty, too big, disguised or of an unsupported type.
    """
    if len(data) > max_bytes:
        raise FileTooLarge(
            f"Berkas \u201c{filename}\u201d terlalu besar ({human_size(len(data))}); "
            f"batasnya {human_size(max_bytes)}."
        )
    filetype = filetypes.detect(data)
    return filetype, filetypes.clean_filename(filename, filetype)


def attach(
    entry: InformationEntry, *, filename: str, data: bytes, actor, now: datetime, max_bytes: int,
    commit: bool = True,
) -> tuple[Document, bool]:
    """Store ``data`` and attach it to ``entry``; return the document and whether it is new.

    The same bytes attached twice to one entry give back the existing document; the same bytes on two
    entries are stored once on disk.

    :raises InvalidFile: as :func:`check`.
    """
    filetype, name = check(filename, data, max_bytes=max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    existing = db.session.scalar(
        sa.select(Document).where(Document.entry_id == entry.id, Document.sha256 == digest)
    )
    if existing is not None:
        return existing, False
    blob_store().save(data)
    document = Document(
        entry=entry, filename=name, sha256=digest, mimetype=filetype.mimetype, size=len(data),
        uploaded_by_id=getattr(actor, "id", None),
    )
    record_extraction(document, extract(data, filetype.mimetype))
    db.session.add(document)
    record_event(
        actor=actor, action=AuditAction.DOCUMENT_ATTACHED, obj=entry, now=now,
        after={"document": name, "sha256": digest, "size": len(data)},
    )
    if commit:
        db.session.commit()
    return document, True


def remove(document: Document, *, actor, now: datetime) -> None:
    """Detach a document; the blob stays, since other entries or the audit trail may refer to it."""
    entry = document.entry
    record_event(
        actor=actor, action=AuditAction.DOCUMENT_REMOVED, obj=entry, now=now,
        before={"document": document.filename, "sha256": document.sha256},
    )
    db.session.delete(document)
    db.session.commit()


def path_of(document: Document) -> Path:
    return blob_store().path_for(document.sha256)


def record_extraction(document: Document, result: Extraction) -> None:
    """Store what extraction gave: the text, or that the scan waits for OCR, or why there is no text."""
    document.text, document.pages, document.extraction_method = result.text, result.pages, result.method
    document.extraction_error = (result.error or "")[:500]
    if result.error:
        document.extraction_status = ExtractionStatus.FAILED
    elif result.needs_ocr:
        document.extraction_status = ExtractionStatus.OCR_PENDING
    else:
        document.extraction_status = ExtractionStatus.OK
