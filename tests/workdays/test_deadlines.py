"""Statutory deadlines on the Indonesian calendar, with expected dates counted by hand.

The calendars below are typed from the SKB 3 Menteri lists in docs/regulation.md §6, not taken from the
``holidays`` package or from our code; each expected date was counted on a paper calendar.
"""
from __future__ import annotations

from datetime import date

import pytest

from kip_portal.workdays import holidays
from kip_portal.workdays.calendar import DayOne
from kip_portal.workdays.calendar import Holiday
from kip_portal.workdays.calendar import HolidayKind
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.calendar import add_working_days
from kip_portal.workdays.calendar import working_days_between
from tests.skb import CUTI_BERSAMA
from tests.skb import NATIONAL


def skb_calendar(*, cuti_bersama_is_working: bool = False, without: tuple[date, ...] = ()) -> WorkCalendar:
    days = {}
    for kind, table in ((HolidayKind.NATIONAL, NATIONAL), (HolidayKind.CUTI_BERSAMA, CUTI_BERSAMA)):
        for year, dates in table.items():
            for text in dates:
                day = date.fromisoformat(f"{year}-{text}")
                days[day] = Holiday(day, f"{kind} {text}", kind)
    for day in without:
        days.pop(day)
    return WorkCalendar(days, cuti_bersama_is_working=cuti_bersama_is_working)


# (case, received, working days, expected due date) — counted by hand; day 1 = first working day after receipt.
NOTICE_CASES = [
    # Lebaran 2025: 28 Mar cuti, 29 Nyepi, 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti; day 1 is Tue 8 Apr;
    # Good Friday 18 Apr is skipped: day 10 is Tue 22 Apr.
    ("lebaran 2025", date(2025, 3, 27), 10, date(2025, 4, 22)),
    # The extension: 7 more working days after 22 Apr, skipping Labour Day (1 May).
    ("lebaran 2025, +7", date(2025, 4, 22), 7, date(2025, 5, 2)),
    # Christmas and New Year: 25 Dec holiday, 26 Dec cuti, 1 Jan holiday.
    ("natal 2025", date(2025, 12, 22), 10, date(2026, 1, 8)),
    # 18 August 2025, the cuti bersama added by the SKB amendment of 7 August 2025.
    ("18 agustus 2025", date(2025, 8, 14), 10, date(2025, 8, 29)),
    # Received on a Saturday; Mon 9 Jun is cuti bersama (Idul Adha): day 1 is Tue 10 Jun.
    ("sabtu, idul adha 2025", date(2025, 6, 7), 10, date(2025, 6, 23)),
    # Received on a Sunday before an ordinary week.
    ("minggu", date(2025, 10, 12), 10, date(2025, 10, 24)),
    # Nyepi and Lebaran 2026: 18 cuti, 19 Nyepi, 20 cuti, 21–22 Idul Fitri, 23–24 cuti; day 1 is Wed 25 Mar;
    # Good Friday 3 Apr is skipped: day 10 is Wed 8 Apr.
    ("nyepi dan lebaran 2026", date(2026, 3, 17), 10, date(2026, 4, 8)),
    # Extension from there: 9, 10, 13, 14, 15, 16, 17 April.
    ("nyepi dan lebaran 2026, +7", date(2026, 4, 8), 7, date(2026, 4, 17)),
    # 30 working days (a keberatan answer) from Fri 13 Nov 2026: Christmas Eve cuti and Christmas skipped.
    ("30 hari kerja, desember 2026", date(2026, 11, 13), 30, date(2026, 12, 29)),
]


@pytest.mark.parametrize(("case", "received", "n", "due"), NOTICE_CASES, ids=[c[0] for c in NOTICE_CASES])
def test_deadline_on_the_skb_calendar(case, received, n, due):
    assert add_working_days(skb_calendar(), received, n).due == due


@pytest.mark.parametrize(("case", "received", "n", "due"), NOTICE_CASES, ids=[c[0] for c in NOTICE_CASES])
def test_the_holidays_package_gives_the_same_deadlines(case, received, n, due):
    """Our calendar source agrees with the SKB lists on every case."""
    calendar = WorkCalendar(holidays.national([2025, 2026, 2027]))
    assert add_working_days(calendar, received, n).due == due


def test_without_the_18_august_amendment_the_deadline_is_a_day_earlier():
    calendar = skb_calendar(without=(date(2025, 8, 18),))
    assert add_working_days(calendar, date(2025, 8, 14), 10).due == date(2025, 8, 28)


def test_cuti_bersama_counted_as_working_days_when_configured():
    # 28 Mar (1), 2, 3, 4, 7, 8, 9, 10, 11 Apr (9), 14 Apr (10): only the national holidays are skipped.
    calendar = skb_calendar(cuti_bersama_is_working=True)
    assert add_working_days(calendar, date(2025, 3, 27), 10).due == date(2025, 4, 14)


def test_receipt_day_as_day_one_when_configured():
    # Mon 22 Dec is day 1; 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7 Jan: day 10 is Wed 7 Jan 2026.
    deadline = add_working_days(skb_calendar(), date(2025, 12, 22), 10, day_one=DayOne.RECEIPT_DAY)
    assert deadline.due == date(2026, 1, 7)
    # Received on a Saturday, day 1 is still the next working day.
    saturday = add_working_days(skb_calendar(), date(2025, 10, 11), 10, day_one=DayOne.RECEIPT_DAY)
    assert saturday.due == date(2025, 10, 24)


def test_the_explanation_names_every_skipped_day():
    deadline = add_working_days(skb_calendar(), date(2025, 12, 22), 10, article="UU 14/2008 Pasal 22 ayat (7)")
    skipped = {d.day: d.skipped_because for d in deadline.skipped}
    assert skipped[date(2025, 12, 25)].startswith("hari libur")
    assert skipped[date(2025, 12, 26)].startswith("cuti bersama")
    assert skipped[date(2025, 12, 27)] == "Sabtu" and skipped[date(2025, 12, 28)] == "Minggu"
    assert [d.number for d in deadline.days if d.number] == list(range(1, 11))
    assert deadline.article == "UU 14/2008 Pasal 22 ayat (7)"


def test_working_days_between():
    calendar = skb_calendar()
    assert working_days_between(calendar, date(2025, 3, 27), date(2025, 4, 22)) == 10
    assert working_days_between(calendar, date(2025, 4, 22), date(2025, 3, 27)) == -10
    assert working_days_between(calendar, date(2025, 4, 8), date(2025, 4, 8)) == 0
