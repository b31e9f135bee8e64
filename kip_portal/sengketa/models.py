"""A sengketa at the Komisi Informasi: its registration, stage, dates and outcome."""
from __future__ import annotations

import enum
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import backref
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.keberatan.models import Keberatan


class Stage(enum.StrEnum):
    """UU 14/2008 Pasal 38–46 and Perki 1/2013: registration, mediation, adjudication, the ruling."""

    REGISTRASI = "registrasi"
    MEDIASI = "mediasi"
    AJUDIKASI = "ajudikasi"
    PUTUSAN = "putusan"

    @property
    def label(self) -> str:
        return {"registrasi": N_("Registrasi"), "mediasi": N_("Mediasi"), "ajudikasi": N_("Ajudikasi non-litigasi"),
                "putusan": N_("Putusan")}[self.value]


class DisputeOutcome(enum.StrEnum):
    MEDIASI_BERHASIL = "mediasi_berhasil"
    DIKABULKAN = "dikabulkan"
    DIKABULKAN_SEBAGIAN = "dikabulkan_sebagian"
    DITOLAK = "ditolak"
    GUGUR = "gugur"  # dismissed, e.g. the requester did not appear
    DICABUT = "dicabut"  # withdrawn

    @property
    def label(self) -> str:
        return {"mediasi_berhasil": N_("Mediasi berhasil (kesepakatan)"), "dikabulkan": N_("Permohonan dikabulkan"),
                "dikabulkan_sebagian": N_("Dikabulkan sebagian"), "ditolak": N_("Permohonan ditolak"),
                "gugur": N_("Gugur"), "dicabut": N_("Dicabut pemohon")}[self.value]


class Sengketa(TimestampMixin, db.Model):
    __tablename__ = "sengketa"

    id: Mapped[int] = mapped_column(primary_key=True)
    keberatan_id: Mapped[int] = mapped_column(sa.ForeignKey("keberatan.id"), nullable=False, index=True)
    commission: Mapped[str] = mapped_column(sa.String(200), nullable=False)  # e.g. Komisi Informasi Provinsi Jawa Timur
    case_number: Mapped[str] = mapped_column(sa.String(100), default="", nullable=False)  # nomor registrasi KI
    filed_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage, name="sengketa_stage"), nullable=False,
                                         default=Stage.REGISTRASI)
    mediation_on: Mapped[date | None] = mapped_column(sa.Date)
    adjudication_on: Mapped[date | None] = mapped_column(sa.Date)
    ruling_on: Mapped[date | None] = mapped_column(sa.Date)
    outcome: Mapped[DisputeOutcome | None] = mapped_column(enum_column(DisputeOutcome, name="sengketa_outcome"))
    outcome_note: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)

    keberatan: Mapped[Keberatan] = relationship(backref=backref("sengketa", order_by="Sengketa.id"))
