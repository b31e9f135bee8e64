"""The national holidays and cuti bersama of 2025 and 2026, typed from the SKB 3 Menteri lists in
docs/regulation.md §6 — not from the ``holidays`` package or our code — so tests can count working days by hand."""
from __future__ import annotations

from datetime import date
from datetime import timedelta

NATIONAL = {
    2025: ["01-01", "01-27", "01-29", "03-29", "03-31", "04-01", "04-18", "04-20", "05-01", "05-12", "05-29",
           "06-01", "06-06", "06-27", "08-17", "09-05", "12-25"],
    2026: ["01-01", "01-16", "02-17", "03-19", "03-21", "03-22", "04-03", "04-05", "05-01", "05-14", "05-27",
           "05-31", "06-01", "06-16", "08-17", "08-25", "12-25"],
}
CUTI_BERSAMA = {
    # 2025: SKB 1017/2024 as amended by SKB 933/2025 (7 Aug 2025), which added 18 August.
    2025: ["01-28", "03-28", "04-02", "04-03", "04-04", "04-07", "05-13", "05-30", "06-09", "08-18", "12-26"],
    2026: ["02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24"],
}


def closed_days() -> set[date]:
    return {date.fromisoformat(f"{year}-{text}") for table in (NATIONAL, CUTI_BERSAMA)
            for year, dates in table.items() for text in dates}


def count_working_days(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``: Monday to Friday, not on the SKB lists."""
    closed = closed_days()
    return sum(1 for n in range(1, (end - start).days + 1)
               if (day := start + timedelta(days=n)).weekday() < 5 and day not in closed)
