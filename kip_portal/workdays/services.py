"""The portal's calendar: the holidays package, the administrator's changes, and the configured rules."""
from __future__ import annotations

import functools
from collections.abc import Iterable
from collections.abc import Mapping
from datetime import date
from datetime import datetime
from types import MappingProxyType
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.workdays import holidays
from kip_portal.workdays.calendar import DayOne
from kip_portal.workdays.calendar import Holiday
from kip_portal.workdays.calendar import HolidayKind
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.models import CalendarChange
from kip_portal.workdays.models import ChangeAction


def apply_changes(base: dict[date, Holiday], changes: Iterable[CalendarChange]) -> dict[date, Holiday]:
    days = dict(base)
    for change in changes:
        if change.action == ChangeAction.ADD:
            days[change.day] = Holiday(change.day, change.name, change.kind, change.legal_source)
        else:
            days.pop(change.day, None)
    return days


@functools.lru_cache(maxsize=32)
def _national(years: tuple[int, ...]) -> Mapping[date, Holiday]:
    """The holidays package's days of ``years``, built once per process (~90 ms the first time, 2.5–7 ms after, on
    every submission). They depend on nothing but the years, so no app or database can see another's; read-only,
    so no caller can change the cached copy."""
    return MappingProxyType(holidays.national(years))


def calendar(years: Iterable[int]) -> WorkCalendar:
    """The working-day calendar of ``years`` (include the next year: deadlines cross New Year).

    The administrator's changes are read on every call (one small query), never cached: a change shows in the
    next deadline counted, by every worker.
    """
    years = set(years)
    changes = db.session.scalars(sa.select(CalendarChange).where(
        sa.extract("year", CalendarChange.day).in_(years))).all()
    return WorkCalendar(apply_changes(_national(tuple(sorted(years))), changes),
                        cuti_bersama_is_working=current_app.config["CUTI_BERSAMA_IS_WORKING_DAY"])


def calendar_around(day: date) -> WorkCalendar:
    """A calendar wide enough for any deadline counted from ``day`` (the longest is 30 + 14 working days), and
    for judging on ``day`` requests received last year."""
    return calendar(range(day.year - 1, day.year + 2))


def day_one() -> DayOne:
    return DayOne(current_app.config["DEADLINE_DAY_ONE"])


def _snapshot(change: CalendarChange) -> dict[str, Any]:
    return {"day": change.day, "action": change.action, "kind": change.kind, "name": change.name,
            "legal_source": change.legal_source}


def record_change(*, day: date, action: ChangeAction, name: str, legal_source: str, actor, now: datetime,
                  kind: HolidayKind = HolidayKind.LOCAL) -> CalendarChange:
    """Add or remove a non-working day, citing its legal source; the day's previous change is replaced."""
    if not legal_source.strip():
        raise DomainError(_("Sumber hukum perubahan kalender wajib diisi."), {"legal_source": _("Wajib diisi.")})
    change = db.session.scalar(sa.select(CalendarChange).where(CalendarChange.day == day))
    before = _snapshot(change) if change else None
    if change is None:
        change = CalendarChange(day=day)
        db.session.add(change)
    change.action, change.kind, change.name, change.legal_source = action, kind, name.strip(), legal_source.strip()
    record_event(actor=actor, action=AuditAction.UPDATED if before else AuditAction.CREATED, obj=change, now=now,
                 before=before, after=_snapshot(change))
    db.session.commit()
    return change
