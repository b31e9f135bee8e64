"""The narrative parts of an annual report; every figure is computed from the data, never stored."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import UTCDateTime
from kip_portal.extensions import db


class AnnualReport(TimestampMixin, db.Model):
    __tablename__ = "annual_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True, nullable=False)
    # Perki 1/2021 Pasal 57: a. policy; b. facilities, staff, budget; e. obstacles; f. recommendations.
    policy: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    facilities: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    staffing: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    budget: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    obstacles_internal: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    obstacles_external: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    recommendations: Mapped[str] = mapped_column(sa.Text, default="", nullable=False)
    # Publishing files the report as a setiap-saat DIP entry (and a copy to the Komisi Informasi, Pasal 58).
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    entry_id: Mapped[int | None] = mapped_column(sa.ForeignKey("dip_entries.id"))
