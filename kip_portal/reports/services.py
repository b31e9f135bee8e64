"""The annual report's figures (UU 14/2008 Pasal 12; Perki 1/2021 Pasal 15 ayat 5 and 57 huruf c–d).

Every figure is counted from the registers each time it is asked for, never stored: a late decision or a
corrected row changes the report until it is published, and a republish picks the change up.
"""
from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from kip_portal.core.dates import local_date
from kip_portal.core.dates import year_bounds
from kip_portal.exemptions.basis import pasal_17_letters
from kip_portal.extensions import db
from kip_portal.inforequests.deadlines import days_to_answer
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.keberatan.models import Ground
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.sengketa.models import DisputeOutcome
from kip_portal.sengketa.models import Sengketa
from kip_portal.sengketa.models import Stage
from kip_portal.workdays import services as workdays

# The buckets of the days-to-answer chart follow the law's own steps: the Perki's 3 working days
# (Pasal 31), the 10 of UU Pasal 22 ayat 7, the extension to 17 (ayat 8), and beyond: late.
DAY_BUCKETS = (("0-3", 0, 3), ("4-10", 4, 10), ("11-17", 11, 17), ("18+", 18, None))
OTHER_BASIS = "lainnya"


def due_date(year: int) -> date:
    """The report of ``year`` is due 3 months after the budget year ends (Perki 1/2021 Pasal 56): 31 March."""
    return date(year + 1, 3, 31)


def refusal_bases(text: str) -> list[str]:
    """The Pasal 17 letters a refusal cites ("17h"), or ["lainnya"] for another law or none parsed."""
    return [f"17{letter}" for letter in pasal_17_letters(text)] or [OTHER_BASIS]


def summary_stats(days: list[int]) -> dict[str, Any]:
    """Median, mean (one decimal) and 90th percentile (nearest rank) of working days; None when empty."""
    if not days:
        return {"count": 0, "median": None, "mean": None, "p90": None, "max": None}
    ordered = sorted(days)
    median = statistics.median(ordered)
    return {"count": len(ordered), "median": int(median) if median == int(median) else median,
            "mean": round(statistics.fmean(ordered), 1), "p90": ordered[math.ceil(0.9 * len(ordered)) - 1],
            "max": ordered[-1]}


@dataclass(frozen=True)
class ServiceTime:
    """One answered request: how long its written notice took (UU 14/2008 Pasal 12 huruf b)."""

    register_number: str
    unit_code: str
    decision: Decision
    received_on: date
    notified_on: date
    due_on: date
    working_days: int

    @property
    def on_time(self) -> bool:
        return self.notified_on <= self.due_on


def requests_of(year: int) -> list[InfoRequest]:
    """The requests received in ``year`` (local time), oldest first."""
    start, end = year_bounds(year)
    return list(db.session.scalars(sa.select(InfoRequest).where(
        InfoRequest.received_at >= start, InfoRequest.received_at < end).order_by(InfoRequest.received_at,
                                                                                   InfoRequest.id)))


def service_times(requests: list[InfoRequest], year: int) -> list[ServiceTime]:
    """The time to answer of every request whose written notice went out (an unapproved refusal has none)."""
    calendar = workdays.calendar_around(date(year, 12, 31))
    times = []
    for info_request in requests:
        if info_request.notified_at is None:
            continue
        received_on, notified_on = local_date(info_request.received_at), local_date(info_request.notified_at)
        times.append(ServiceTime(info_request.register_number, info_request.unit.code, info_request.decision,
                                 received_on, notified_on, info_request.current_due_date,
                                 days_to_answer(calendar, received_on, notified_on)))
    return times


def _decisions(requests: list[InfoRequest]) -> Counter:
    return Counter(r.decision for r in requests if r.notified_at is not None)


def _request_figures(year: int) -> dict[str, Any]:
    requests = requests_of(year)
    decided = _decisions(requests)
    times = service_times(requests, year)
    days = [t.working_days for t in times]
    stats = summary_stats(days)
    by_unit = Counter(r.unit.code for r in requests)
    refusals = Counter(basis for r in requests if r.decision == Decision.DITOLAK and r.notified_at is not None
                       for basis in refusal_bases(r.refusal_basis))
    on_time = sum(t.on_time for t in times)
    return {
        "requests_received": len(requests),
        "by_channel": {c.value: sum(r.channel == c for r in requests) for c in Channel},
        "by_unit": dict(sorted(by_unit.items(), key=lambda item: (-item[1], item[0]))),
        "by_month": [sum(local_date(r.received_at).month == m for r in requests) for m in range(1, 13)],
        "granted_full": decided[Decision.DIKABULKAN_SELURUHNYA],
        "granted_partial": decided[Decision.DIKABULKAN_SEBAGIAN],
        "refused": decided[Decision.DITOLAK],
        "not_held": decided[Decision.TIDAK_DIKUASAI],
        "undocumented": decided[Decision.BELUM_DIDOKUMENTASIKAN],
        "still_open": sum(r.status.open for r in requests),
        "closed_incomplete": sum(r.status == RequestStatus.CLOSED_INCOMPLETE for r in requests),
        "refusals_by_basis": dict(sorted(refusals.items(), key=lambda item: (item[0] == OTHER_BASIS, item[0]))),
        "answered": len(times),
        "median_working_days": stats["median"],
        "p90_working_days": stats["p90"],
        "mean_working_days": stats["mean"],
        "max_working_days": stats["max"],
        "working_days_by_classification": {
            d.value: summary_stats([t.working_days for t in times if t.decision == d]) for d in Decision},
        "working_days_distribution": {
            label: sum(low <= n and (high is None or n <= high) for n in days) for label, low, high in DAY_BUCKETS},
        "on_time": on_time,
        "late": len(times) - on_time,
        "on_time_rate": round(on_time / len(times), 3) if times else None,
        "extended": sum(r.extended_due_date is not None for r in requests),
    }


def _objection_figures(year: int) -> dict[str, Any]:
    start, end = year_bounds(year)
    rows = db.session.scalars(sa.select(Keberatan).where(Keberatan.filed_at >= start, Keberatan.filed_at < end)).all()
    outcomes = Counter(k.outcome.value if k.outcome else "open" for k in rows)
    grounds = Counter(g.value for k in rows for g in k.ground_list)
    return {
        "filed": len(rows),
        "by_outcome": {o: outcomes[o] for o in (*(o.value for o in Outcome), "open")},
        "by_ground": {g.value: grounds[g.value] for g in Ground},
        # Perki 1/2021 Pasal 44: the Atasan PPID answers within 30 working days of registration.
        "answered_late": sum(k.answered_at is not None and local_date(k.answered_at) > k.due_date for k in rows),
    }


def _dispute_figures(year: int) -> dict[str, Any]:
    rows = db.session.scalars(sa.select(Sengketa).where(
        Sengketa.filed_on >= date(year, 1, 1), Sengketa.filed_on < date(year + 1, 1, 1))).all()
    stages = Counter(s.stage.value for s in rows)
    outcomes = Counter(s.outcome.value if s.outcome else "open" for s in rows)
    return {
        "filed": len(rows),
        "by_stage": {s.value: stages[s.value] for s in Stage},
        "by_outcome": {o: outcomes[o] for o in (*(o.value for o in DisputeOutcome), "open")},
    }


def annual_figures(year: int) -> dict[str, Any]:
    """The figures of the report for ``year``: requests by receipt year, objections and disputes by filing year."""
    return {"year": year, "due_date": due_date(year).isoformat(), **_request_figures(year),
            "objections": _objection_figures(year), "disputes": _dispute_figures(year)}


def flatten(figures: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """The figures as (dotted key, value) rows for CSV: ``by_month.1``, ``objections.by_outcome.open``."""
    rows: list[tuple[str, Any]] = []
    for key, value in figures.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(flatten(value, name + "."))
        elif isinstance(value, list):
            rows.extend((f"{name}.{i}", item) for i, item in enumerate(value, start=1))
        else:
            rows.append((name, value))
    return rows
