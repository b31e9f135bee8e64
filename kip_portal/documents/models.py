"""A document attached to a DIP entry; its bytes live once in the blob store under their SHA-256."""
from __future__ import annotations

import enum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import enum_column
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db


class ExtractionStatus(enum.StrEnum):
    """Where the document's text stands: searchable, waiting for OCR, or not extracted (with a reason)."""

    PENDING = "pending"
    OK = "ok"
    OCR_PENDING = "ocr_pending"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return {"pending": "Menunggu ekstraksi", "ok": "Teks terindeks", "ocr_pending": "Menunggu OCR",
                "failed": "Teks tidak terekstrak"}[self.value]


class Document(TimestampMixin, db.Model):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(sa.ForeignKey("dip_entries.id"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(sa.String(255), nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False, index=True)
    mimetype: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    size: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    uploaded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # Extracted text feeds the search index; excluded information's text is kept for staff but never indexed.
    text: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    pages: Mapped[int | None] = mapped_column()
    extraction_status: Mapped[ExtractionStatus] = mapped_column(
        enum_column(ExtractionStatus, name="extraction_status"), default=ExtractionStatus.PENDING, nullable=False
    )
    extraction_method: Mapped[str] = mapped_column(sa.String(20), default="", nullable=False)
    extraction_error: Mapped[str] = mapped_column(sa.String(500), default="", nullable=False)

    entry: Mapped[InformationEntry] = relationship(back_populates="documents")

    __table_args__ = (sa.UniqueConstraint("entry_id", "sha256", name="uq_documents_entry_blob"),)

    @property
    def kind_label(self) -> str:
        return self.filename.rsplit(".", 1)[-1].upper() if "." in self.filename else "Berkas"
