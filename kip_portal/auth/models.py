"""Staff accounts. Citizens need none: a request is theirs through its tracking code."""
from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import UTCDateTime
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind


class Role(enum.StrEnum):
    ADMIN = "admin"
    PPID = "ppid"
    ATASAN = "atasan"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return {
            "admin": N_("Administrator"),
            "ppid": N_("Petugas PPID"),
            "atasan": N_("Atasan PPID"),
            "auditor": N_("Auditor (Komisi Informasi)"),
        }[self.value]


class User(UserMixin, TimestampMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(200), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    password_hash: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    role: Mapped[Role] = mapped_column(enum_column(Role, name="role"), nullable=False)
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"))
    active: Mapped[bool] = mapped_column(default=True, nullable=False)
    # SHA-256 of the current API token; the token itself is shown once and never stored.
    api_token_hash: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_demo: Mapped[bool] = mapped_column(default=False, nullable=False)

    unit: Mapped[Unit | None] = relationship()

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def acts_for_all_units(self) -> bool:
        """An officer of the PPID Utama acts for every unit of the body."""
        return self.role == Role.PPID and self.unit is not None and self.unit.kind == UnitKind.UTAMA

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"
