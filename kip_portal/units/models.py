"""A PPID unit: the body's PPID Utama or one of its PPID Pelaksana (UPT/Balai)."""
from __future__ import annotations

import enum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_


class UnitKind(enum.StrEnum):
    UTAMA = "utama"
    PELAKSANA = "pelaksana"

    @property
    def label(self) -> str:
        return {"utama": N_("PPID Utama"), "pelaksana": N_("PPID Pelaksana")}[self.value]


class Unit(TimestampMixin, db.Model):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind, name="unit_kind"), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"))
    address: Mapped[str] = mapped_column(sa.String(300), default="", nullable=False)
    phone: Mapped[str] = mapped_column(sa.String(50), default="", nullable=False)
    email: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    # Head of the unit, named on letters.
    head: Mapped[str] = mapped_column(sa.String(200), default="", nullable=False)
    is_demo: Mapped[bool] = mapped_column(default=False, nullable=False)

    parent: Mapped[Unit | None] = relationship(remote_side=[id])

    def __repr__(self) -> str:
        return f"<Unit {self.code}>"
