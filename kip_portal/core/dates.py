"""Dates as Indonesian offices write them: the local calendar day of a moment, Roman months in numbers."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone
from zoneinfo import ZoneInfo

from flask import current_app

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def local_to_utc(moment: datetime) -> datetime:
    """A moment typed by a person in the portal's time zone (naive), as the aware UTC value we store."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(current_app.config["TIMEZONE"]))
    return moment.astimezone(timezone.utc)


def local_date(moment: datetime) -> date:
    """The calendar day of ``moment`` in the portal's time zone (TIMEZONE): the day a request arrived."""
    return moment.astimezone(ZoneInfo(current_app.config["TIMEZONE"])).date()


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The UTC moments that start ``year`` and the next in the portal's time zone: a request received on
    1 January at 01.00 WIB belongs to that year, as the registers, the report and the dashboard count it."""
    return local_to_utc(datetime(year, 1, 1)), local_to_utc(datetime(year + 1, 1, 1))
