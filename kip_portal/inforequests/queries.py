"""The officer's desk: which requests wait, and how close each is to its deadline (derived, never stored)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy import Select
from sqlalchemy.orm import selectinload

from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.calendar import working_days_between

# Two working days or fewer left: the desk and the reminders call the request "due soon".
DUE_SOON_DAYS = 2
OPEN = tuple(s for s in RequestStatus if s.open)


@dataclass(frozen=True)
class Urgency:
    days_left: int  # working days until the binding deadline; negative once it has passed
    overdue: bool
    due_soon: bool

    @property
    def label(self) -> str:
        if self.overdue:
            return f"Terlambat {-self.days_left} hari kerja"
        if self.days_left == 0:
            return "Jatuh tempo hari ini"
        return f"{self.days_left} hari kerja lagi"


def urgency(info_request: InfoRequest, *, today: date, calendar: WorkCalendar) -> Urgency | None:
    """How urgent an open request is, judged by its extended deadline once extended."""
    if not info_request.status.open:
        return None
    left = working_days_between(calendar, today, info_request.current_due_date)
    return Urgency(left, overdue=today > info_request.current_due_date, due_soon=0 <= left <= DUE_SOON_DAYS)


def queue(unit_ids: list[int], *, status: str | None = None) -> Select:
    """Requests of these units, open ones first and the nearest deadline first."""
    query = (sa.select(InfoRequest).where(InfoRequest.unit_id.in_(unit_ids))
             .options(selectinload(InfoRequest.unit))
             .order_by(InfoRequest.status.in_(OPEN).desc(),
                       sa.func.coalesce(InfoRequest.extended_due_date, InfoRequest.due_date), InfoRequest.id))
    if status == "open":
        query = query.where(InfoRequest.status.in_(OPEN))
    elif status in {s.value for s in RequestStatus}:
        query = query.where(InfoRequest.status == status)
    return query
