"""The sengketa filing window (UU 14/2008 Pasal 37 ayat 2; Perki 1/2013 Pasal 13) and the KI's deadlines
(Pasal 38), counted by hand on the 2026 calendar: 18–24 Mar 2026 are Nyepi, Idul Fitri and their cuti bersama,
3 Apr is Good Friday."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone

import pytest

from kip_portal.keberatan.models import Keberatan
from kip_portal.sengketa import services
from kip_portal.workdays import services as workdays


@pytest.fixture
def calendar(app):
    return workdays.calendar_around(date(2026, 3, 3))


def answered(at: datetime) -> Keberatan:
    return Keberatan(answered_at=at, due_date=date(2026, 4, 7))


def test_window_after_the_answer_skips_the_lebaran_holidays(calendar):
    # Answered Tue 3 Mar 2026 (10.00 WIB). Days 1–10: 4, 5, 6, 9, 10, 11, 12, 13, 16, 17 Mar; 18–24 Mar are
    # closed (cuti Nyepi, Nyepi, cuti Lebaran, weekend, cuti Lebaran ×2); days 11–14: 25, 26, 27, 30 Mar.
    keberatan = answered(datetime(2026, 3, 3, 3, 0, tzinfo=timezone.utc))
    assert services.sengketa_window(keberatan, calendar) == (date(2026, 3, 3), date(2026, 3, 30))


def test_the_answer_day_is_the_local_day(calendar):
    # 2 Mar 2026 18.00 UTC is 3 Mar 01.00 WIB: the requester received it on the 3rd.
    keberatan = answered(datetime(2026, 3, 2, 18, 0, tzinfo=timezone.utc))
    assert services.sengketa_window(keberatan, calendar) == (date(2026, 3, 3), date(2026, 3, 30))


def test_window_after_an_unanswered_keberatan_lapses(calendar):
    # No answer by Fri 13 Mar 2026: 16, 17 Mar (1–2), 25, 26, 27, 30, 31 Mar, 1, 2 Apr (3–9), Good Friday
    # 3 Apr skipped, 6, 7, 8, 9, 10 Apr (10–14).
    keberatan = Keberatan(answered_at=None, due_date=date(2026, 3, 13))
    assert services.sengketa_window(keberatan, calendar) == (date(2026, 3, 13), date(2026, 4, 10))


def test_filings_outside_the_window_are_named(calendar):
    window = services.filing_window(answered(datetime(2026, 3, 3, 3, 0, tzinfo=timezone.utc)), calendar)
    assert window.problem(date(2026, 3, 3)) is None
    assert window.problem(date(2026, 3, 30)) is None
    assert window.problem(date(2026, 3, 31)) == "late"
    assert "30 Maret 2026" in window.warning(date(2026, 3, 31))
    assert window.problem(date(2026, 3, 2)) == "early"
    lapsed = services.filing_window(Keberatan(answered_at=None, due_date=date(2026, 3, 13)), calendar)
    assert lapsed.problem(date(2026, 3, 13)) == "early", "the atasan may still answer on the due date"
    assert lapsed.problem(date(2026, 3, 16)) is None


def test_the_commission_starts_within_14_and_ends_within_100_working_days(calendar):
    # Filed Mon 30 Mar 2026. Start: 31 Mar, 1, 2 Apr (1–3), 3 Apr skipped, 6–10 Apr (4–8), 13–17 Apr (9–13),
    # Mon 20 Apr (14). End: 1 in March, 21 in April (22), 16 in May (38: 1, 14, 15, 27, 28 May closed),
    # 20 in June (58: 1 and 16 Jun closed), 23 in July (81), then Aug 3–14 (82–91), 17 Aug skipped,
    # 18–24 Aug (92–96), 25 Aug skipped, 26–28 Aug (97–99), Mon 31 Aug 2026 (100).
    deadlines = services.ki_deadlines(date(2026, 3, 30), calendar)
    assert deadlines.start_by.due == date(2026, 4, 20)
    assert deadlines.finish_by.due == date(2026, 8, 31)
