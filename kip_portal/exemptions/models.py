"""The uji konsekuensi (Perki 1/2021 Pasal 49; Lampiran II lembar, Lampiran III SK pengecualian)."""
from __future__ import annotations

from datetime import date
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import UTCDateTime
from kip_portal.extensions import db
from kip_portal.units.models import Unit


class ConsequenceTest(TimestampMixin, db.Model):
    __tablename__ = "consequence_tests"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), nullable=False, index=True)
    # The SK pengecualian that adopted this test (Lampiran III), e.g. "188/01/SK-PPID/2026".
    number: Mapped[str] = mapped_column(sa.String(100), unique=True, nullable=False)
    # Lampiran II columns.
    information: Mapped[str] = mapped_column(sa.Text, nullable=False)  # informasi yang dikecualikan
    legal_basis: Mapped[str] = mapped_column(sa.Text, nullable=False)  # Pasal 17 huruf … and/or another law
    consequence_if_opened: Mapped[str] = mapped_column(sa.Text, nullable=False)
    consequence_if_closed: Mapped[str] = mapped_column(sa.Text, nullable=False)
    period: Mapped[str] = mapped_column(sa.String(300), nullable=False)  # jangka waktu, as the lembar states it
    exempt_until: Mapped[date | None] = mapped_column(sa.Date)  # None: "as long as needed" (Pasal 51)
    tested_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    tested_place: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    # One participant per line: "Nama; Jabatan; Unit" (the lembar's participants table).
    participants: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    # Approval by the head of the body; a test without it cannot ground an exemption.
    approved_by: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    approved_on: Mapped[date | None] = mapped_column(sa.Date)
    # When the exemption ended (expiry or re-opening, Pasal 52), with its audit event.
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    unit: Mapped[Unit] = relationship()

    @property
    def is_approved(self) -> bool:
        return self.approved_on is not None

    @property
    def participant_rows(self) -> list[list[str]]:
        return [[part.strip() for part in line.split(";")] for line in self.participants.splitlines() if line.strip()]
