"""Administrator's changes to the holiday calendar, each with the legal source that justifies it."""
from __future__ import annotations

import enum
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.workdays.calendar import HolidayKind


class ChangeAction(enum.StrEnum):
    ADD = "add"  # a day the holidays package does not know: a regional holiday, a later SKB
    REMOVE = "remove"  # a day that is a working day after all (an SKB revision)

    @property
    def label(self) -> str:
        """What the day becomes."""
        return {"add": N_("Hari libur"), "remove": N_("Hari kerja")}[self.value]


class CalendarChange(TimestampMixin, db.Model):
    __tablename__ = "calendar_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(sa.Date, unique=True, nullable=False)
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction, name="calendar_action"), nullable=False)
    kind: Mapped[HolidayKind] = mapped_column(enum_column(HolidayKind, name="holiday_kind"),
                                              default=HolidayKind.LOCAL, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    legal_source: Mapped[str] = mapped_column(sa.String(300), nullable=False)
