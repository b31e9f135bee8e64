"""A letter the PPID issued: its kind, its sequential number, the request it answers, and the stored PDF."""
from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import UTCDateTime
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.inforequests.models import InfoRequest


class LetterKind(enum.StrEnum):
    RECEIPT = "tanda_bukti"  # tanda bukti permohonan (Perki 1/2021 Pasal 29; Lampiran VI copy)
    INCOMPLETE = "tidak_lengkap"  # surat keterangan permohonan tidak lengkap (Pasal 33)
    NOTICE = "pemberitahuan"  # surat pemberitahuan tertulis (UU Pasal 22 ayat 7; Lampiran VII)
    EXTENSION = "perpanjangan"  # pemberitahuan perpanjangan (UU Pasal 22 ayat 8; Perki Pasal 36)
    REFUSAL = "penolakan"  # SK PPID tentang penolakan permohonan (Lampiran IX)
    KEBERATAN_RECEIPT = "keberatan"  # pernyataan keberatan with its number, the requester's receipt (Lampiran X)
    KEBERATAN_ANSWER = "tanggapan_keberatan"  # tanggapan atasan PPID atas keberatan (Perki 1/2021 Pasal 44)

    @property
    def label(self) -> str:
        return {"tanda_bukti": N_("Tanda Bukti Penerimaan Permohonan Informasi Publik"),
                "tidak_lengkap": N_("Surat Keterangan Permohonan Tidak Lengkap"),
                "pemberitahuan": N_("Surat Pemberitahuan Tertulis"),
                "perpanjangan": N_("Surat Pemberitahuan Perpanjangan Waktu"),
                "penolakan": N_("Surat Keputusan PPID tentang Penolakan Permohonan Informasi"),
                "keberatan": N_("Pernyataan Keberatan atas Permohonan Informasi"),
                "tanggapan_keberatan": N_("Tanggapan Atasan PPID atas Keberatan")}[self.value]


class Letter(TimestampMixin, db.Model):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, name="letter_kind"), nullable=False)
    year: Mapped[int] = mapped_column(nullable=False)
    sequence: Mapped[int] = mapped_column(nullable=False)
    number: Mapped[str] = mapped_column(sa.String(80), unique=True, nullable=False)
    info_request_id: Mapped[int] = mapped_column(sa.ForeignKey("info_requests.id"), nullable=False, index=True)
    # Set on the letters of a keberatan (its receipt and the atasan's answer).
    keberatan_id: Mapped[int | None] = mapped_column(sa.ForeignKey("keberatan.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    issued_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # The PDF in the blob store (DOCUMENTS_DIR), by SHA-256.
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)

    info_request: Mapped[InfoRequest] = relationship(backref=sa.orm.backref("letters", order_by="Letter.id"))

    __table_args__ = (sa.UniqueConstraint("year", "sequence", name="uq_letters_year_sequence"),)
