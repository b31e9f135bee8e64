"""The deadlines of a request, counted on the working-day calendar (pure: no app, no database)."""
from __future__ import annotations

from datetime import date

from kip_portal.i18n import N_
from kip_portal.workdays.calendar import DayOne
from kip_portal.workdays.calendar import Deadline
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.calendar import add_working_days
from kip_portal.workdays.calendar import working_days_between

NOTICE_DAYS = 10
EXTENSION_DAYS = 7


def notice_deadline(calendar: WorkCalendar, received_on: date, *,
                    day_one: DayOne = DayOne.NEXT_WORKING_DAY) -> Deadline:
    # UU 14/2008 Pasal 22 ayat (7): a written notice within 10 working days of receipt.
    return add_working_days(calendar, received_on, NOTICE_DAYS, article=N_("UU 14/2008 Pasal 22 ayat (7)"),
                            day_one=day_one)


def extended_deadline(calendar: WorkCalendar, due: date) -> Deadline:
    # UU 14/2008 Pasal 22 ayat (8); Perki 1/2021 Pasal 36: once, at most 7 working days, with written reasons.
    return add_working_days(calendar, due, EXTENSION_DAYS, article=N_("UU 14/2008 Pasal 22 ayat (8)"))


def days_to_answer(calendar: WorkCalendar, received_on: date, notified_on: date) -> int:
    """Working days from receipt to the written notice, counted like the deadline (a same-day answer is 0).

    The registers, the annual report and the auditor's dashboard all measure the service with this count.
    """
    return working_days_between(calendar, received_on, notified_on)
