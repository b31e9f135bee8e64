"""Working days and deadlines: pure functions of dates and a calendar, testable without an app.

Perki 1/2021 Pasal 1 angka 22: "Hari adalah hari kerja". A working day is Monday to Friday that is neither a
national holiday nor (by default) a cuti bersama day (Perpres 21/2023 Pasal 3 and 6). No KIP text says
whether the day of receipt counts, so ``day_one`` is a setting; by default day 1 is the first working day
after receipt.
"""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from datetime import timedelta

from kip_portal.i18n import N_

# Marked for the catalogue: a page shows a skipped day's reason with ``_(reason)`` (see ``closed_because``).
WEEKDAY_NAMES = (N_("Senin"), N_("Selasa"), N_("Rabu"), N_("Kamis"), N_("Jumat"), N_("Sabtu"), N_("Minggu"))


class HolidayKind(enum.StrEnum):
    NATIONAL = "libur_nasional"
    CUTI_BERSAMA = "cuti_bersama"
    LOCAL = "libur_tambahan"  # added by the administrator: a regional holiday, a later SKB

    @property
    def label(self) -> str:
        return {"libur_nasional": N_("libur nasional"), "cuti_bersama": N_("cuti bersama"),
                "libur_tambahan": N_("libur tambahan")}[self.value]


class DayOne(enum.StrEnum):
    NEXT_WORKING_DAY = "next_working_day"  # day 1 is the first working day after receipt (default)
    RECEIPT_DAY = "receipt_day"  # a request received on a working day counts that day as day 1


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str
    kind: HolidayKind
    source: str = ""


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days: weekends and ``holidays`` are not; cuti bersama as configured."""

    holidays: Mapping[date, Holiday]
    cuti_bersama_is_working: bool = False

    def closed_because(self, day: date) -> str | None:
        """Why ``day`` is not a working day, in words; None when it is one."""
        if day.weekday() >= 5:
            return WEEKDAY_NAMES[day.weekday()]
        holiday = self.holidays.get(day)
        if holiday is None or (holiday.kind == HolidayKind.CUTI_BERSAMA and self.cuti_bersama_is_working):
            return None
        label = N_("cuti bersama") if holiday.kind == HolidayKind.CUTI_BERSAMA else N_("hari libur")
        return f"{label}: {holiday.name}"

    def is_working_day(self, day: date) -> bool:
        return self.closed_because(day) is None


@dataclass(frozen=True)
class CountedDay:
    day: date
    number: int | None  # the working-day number, or None for a skipped day
    skipped_because: str | None = None


@dataclass(frozen=True)
class Deadline:
    """A deadline with its working: where counting started, every day counted or skipped, and the rule."""

    start: date
    working_days: int
    due: date
    days: tuple[CountedDay, ...]
    article: str

    @property
    def skipped(self) -> tuple[CountedDay, ...]:
        return tuple(d for d in self.days if d.number is None)


def add_working_days(calendar: WorkCalendar, start: date, n: int, *, article: str = "",
                     day_one: DayOne = DayOne.NEXT_WORKING_DAY) -> Deadline:
    """Count ``n`` working days from ``start`` (a receipt date or a previous deadline) and explain the count."""
    if n < 1:
        raise ValueError("a deadline is at least one working day")
    days: list[CountedDay] = []
    counted = 0
    day = start
    if day_one == DayOne.RECEIPT_DAY and calendar.is_working_day(start):
        counted = 1
        days.append(CountedDay(start, 1))
    while counted < n:
        day += timedelta(days=1)
        reason = calendar.closed_because(day)
        if reason is None:
            counted += 1
            days.append(CountedDay(day, counted))
        else:
            days.append(CountedDay(day, None, reason))
    return Deadline(start=start, working_days=n, due=day, days=tuple(days), article=article)


def working_days_between(calendar: WorkCalendar, start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
    if end < start:
        return -working_days_between(calendar, end, start)
    return sum(1 for offset in range(1, (end - start).days + 1)
               if calendar.is_working_day(start + timedelta(days=offset)))
