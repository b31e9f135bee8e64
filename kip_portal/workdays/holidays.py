"""The only module that knows the ``holidays`` package: Indonesia's national holidays and cuti bersama."""
from __future__ import annotations

from collections.abc import Iterable

import holidays as holidays_package

from kip_portal.workdays.calendar import Holiday
from kip_portal.workdays.calendar import HolidayKind


def national(years: Iterable[int]) -> dict:
    """National holidays (category public) and cuti bersama (category government) of ``years``."""
    years = sorted(set(years))
    found = {}
    for category, kind in (("public", HolidayKind.NATIONAL), ("government", HolidayKind.CUTI_BERSAMA)):
        calendar = holidays_package.country_holidays("ID", years=years, categories=(category,), language="id")
        for day, name in calendar.items():
            # A day both a holiday and cuti bersama is a holiday: it is closed whatever the cuti setting.
            if day not in found or kind == HolidayKind.NATIONAL:
                found[day] = Holiday(day, name, kind, source="holidays (python-holidays), SKB 3 Menteri")
    return found
