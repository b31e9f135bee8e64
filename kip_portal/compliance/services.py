"""The compliance figures an auditor checks, computed from the records (plain functions: explicit year, today).

Request figures count the requests *received* in the chosen year (local calendar), of one unit or of all.
The DIP figures describe the DIP as it stands today; a unit filter restricts them to that unit's entries.
"""
from __future__ import annotations

import calendar as month_calendar
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from kip_portal.core.dates import local_date
from kip_portal.core.dates import year_bounds
from kip_portal.dip import legal_items
from kip_portal.dip.legal_items import LegalItem
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.exemptions.basis import pasal_17_letters
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.inforequests.deadlines import days_to_answer
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.sengketa.models import Sengketa
from kip_portal.sengketa.models import Stage
from kip_portal.workdays import services as workdays

OTHER_BASIS = "lain"  # a refusal citing no letter of Pasal 17 (another law only, or unreadable)

BANDS = (  # regulation.md §4: the Komisi Informasi's e-Monev bands, lowest score of each
    (90.0, N_("Informatif")),
    (80.0, N_("Menuju Informatif")),
    (60.0, N_("Cukup Informatif")),
    (40.0, N_("Kurang Informatif")),
    (0.0, N_("Tidak Informatif")),
)


@dataclass
class RequestFigures:
    received: int = 0
    notified: int = 0  # written notice sent (a refusal counts once the atasan approved it)
    on_time: int = 0  # notified on or before the binding deadline (the extended one once extended)
    days: list[int] = field(default_factory=list)  # working days to answer, one per notified request
    overdue: list[InfoRequest] = field(default_factory=list)  # still open, and today is past the deadline
    extensions: int = 0
    refusals: int = 0
    refusals_by_letter: dict[str, int] = field(default_factory=dict)  # Pasal 17 letter (or "lain") -> count

    @property
    def on_time_rate(self) -> float | None:
        return round(100 * self.on_time / self.notified, 1) if self.notified else None

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days) if self.days else None

    @property
    def p90_days(self) -> int | None:
        return nearest_rank(self.days, 90)

    @property
    def overdue_share(self) -> float:
        return round(100 * len(self.overdue) / self.received, 1) if self.received else 0.0


@dataclass
class KeberatanFigures:
    filed: int = 0
    open: int = 0
    answered: int = 0
    dikuatkan: int = 0
    dibatalkan: int = 0


@dataclass(frozen=True)
class ItemStatus:
    item: LegalItem
    entries: list[InformationEntry]

    @property
    def fulfilled(self) -> bool:
        return bool(self.entries)


@dataclass
class Completeness:
    items: list[ItemStatus]

    @property
    def fulfilled(self) -> int:
        return sum(status.fulfilled for status in self.items)

    @property
    def percent(self) -> float:
        return round(100 * self.fulfilled / len(self.items), 1) if self.items else 0.0


@dataclass
class Freshness:
    cutoff: date  # last updated before this day = stale
    total: int  # published berkala entries
    stale: list[tuple[InformationEntry, date]]  # with the local day of their last update

    @property
    def percent(self) -> float:
        """Share of published berkala entries updated within 6 months; 0 when none is published."""
        return round(100 * (self.total - len(self.stale)) / self.total, 1) if self.total else 0.0


@dataclass
class Dashboard:
    year: int
    today: date
    requests: RequestFigures
    keberatan: KeberatanFigures
    sengketa: dict[Stage, int]
    completeness: Completeness
    freshness: Freshness
    score: float
    band: str


def nearest_rank(values: list[int], percentile: int) -> int | None:
    """The nearest-rank percentile: the smallest value with at least ``percentile``% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(percentile / 100 * len(ordered)), 1) - 1]


def request_figures(*, year: int, today: date, unit_id: int | None = None) -> RequestFigures:
    """Service figures of the requests received in ``year``: timeliness, overdue, extensions, refusals."""
    start, end = year_bounds(year)
    query = sa.select(InfoRequest).where(InfoRequest.received_at >= start, InfoRequest.received_at < end)
    if unit_id is not None:
        query = query.where(InfoRequest.unit_id == unit_id)
    rows = db.session.scalars(query.options(selectinload(InfoRequest.unit)).order_by(InfoRequest.id)).all()
    cal = workdays.calendar(range(year, max(year, today.year) + 2))
    figures, by_letter = RequestFigures(received=len(rows)), Counter()
    for row in rows:
        notified_at = row.notified_at
        if notified_at is not None:
            notified_on = local_date(notified_at)
            figures.notified += 1
            figures.on_time += notified_on <= row.current_due_date
            figures.days.append(days_to_answer(cal, local_date(row.received_at), notified_on))
        if row.status.open and today > row.current_due_date:
            figures.overdue.append(row)
        figures.extensions += row.extended_due_date is not None
        if row.decision == Decision.DITOLAK and row.refusal_approved_at is not None:
            figures.refusals += 1
            by_letter.update(pasal_17_letters(row.refusal_basis) or [OTHER_BASIS])
    figures.refusals_by_letter = dict(sorted(by_letter.items(), key=lambda kv: (kv[0] == OTHER_BASIS, kv[0])))
    return figures


def keberatan_figures(*, year: int, unit_id: int | None = None) -> KeberatanFigures:
    """Keberatan registered in ``year``: still open, answered, and the Atasan PPID's outcomes."""
    start, end = year_bounds(year)
    query = sa.select(Keberatan).where(Keberatan.filed_at >= start, Keberatan.filed_at < end)
    if unit_id is not None:
        query = query.join(InfoRequest, Keberatan.info_request_id == InfoRequest.id).where(
            InfoRequest.unit_id == unit_id)
    figures = KeberatanFigures()
    for row in db.session.scalars(query):
        figures.filed += 1
        figures.open += row.outcome is None
        figures.answered += row.outcome is not None
        figures.dikuatkan += row.outcome == Outcome.DIKUATKAN
        figures.dibatalkan += row.outcome == Outcome.DIBATALKAN
    return figures


def sengketa_figures(*, year: int, unit_id: int | None = None) -> dict[Stage, int]:
    """Sengketa filed at the Komisi Informasi in ``year``, by their current stage."""
    query = (sa.select(Sengketa.stage, sa.func.count()).group_by(Sengketa.stage)
             .where(Sengketa.filed_on >= date(year, 1, 1), Sengketa.filed_on < date(year + 1, 1, 1)))
    if unit_id is not None:
        query = (query.join(Keberatan, Sengketa.keberatan_id == Keberatan.id)
                 .join(InfoRequest, Keberatan.info_request_id == InfoRequest.id)
                 .where(InfoRequest.unit_id == unit_id))
    counts = {stage: count for stage, count in db.session.execute(query)}
    return {stage: counts.get(stage, 0) for stage in Stage}


def _published(unit_id: int | None) -> sa.Select:
    query = sa.select(InformationEntry).where(InformationEntry.status == EntryStatus.PUBLISHED)
    return query if unit_id is None else query.where(InformationEntry.unit_id == unit_id)


def dip_completeness(*, unit_id: int | None = None) -> Completeness:
    """For each mandatory item (Perki 1/2021 Pasal 14 ayat 2 a–k, Pasal 21 ayat 1 a–r), the published entries
    that name it in ``legal_item``; an item with none is missing."""
    query = _published(unit_id).where(InformationEntry.legal_item.in_(list(legal_items.BY_KEY)))
    found: dict[str, list[InformationEntry]] = {}
    for entry in db.session.scalars(query.options(selectinload(InformationEntry.unit)).order_by(InformationEntry.id)):
        found.setdefault(entry.legal_item, []).append(entry)
    return Completeness([ItemStatus(item, found.get(item.key, [])) for item in legal_items.ALL])


def six_months_before(day: date) -> date:
    """The same day six calendar months earlier (the month's last day when it has no such day)."""
    month, year = day.month - 6, day.year
    if month < 1:
        month, year = month + 12, year - 1
    return date(year, month, min(day.day, month_calendar.monthrange(year, month)[1]))


def berkala_freshness(*, today: date, unit_id: int | None = None) -> Freshness:
    """Published berkala entries not updated for more than 6 months (Perki 1/2021 Pasal 18): stale.

    The last update is the later of ``updated_at`` and ``published_at``, as a local calendar day.
    """
    cutoff = six_months_before(today)
    entries = db.session.scalars(_published(unit_id).where(InformationEntry.category == Category.BERKALA)
                                 .options(selectinload(InformationEntry.unit)).order_by(InformationEntry.id)).all()
    stale = []
    for entry in entries:
        last = local_date(max(filter(None, (entry.updated_at, entry.published_at))))
        if last < cutoff:
            stale.append((entry, last))
    stale.sort(key=lambda pair: pair[1])
    return Freshness(cutoff=cutoff, total=len(entries), stale=stale)


def estimate_score(*, completeness: float, freshness: float, on_time: float | None, overdue_share: float) -> float:
    """The portal's internal estimate, 0–100 — NOT the Komisi Informasi's SAQ score, which also weighs
    facilities, commitment, innovation and digitalisation that no record here can show.

    score = 40% × DIP completeness + 20% × berkala freshness + 30% × on-time rate + 10% × (100 − overdue share),
    every part a percentage. With no written notice yet in the year the on-time part counts in full (nothing
    was answered late). Rounded to one decimal, as the e-Monev bands are written.
    """
    on_time_part = 100.0 if on_time is None else on_time
    return round(0.4 * completeness + 0.2 * freshness + 0.3 * on_time_part + 0.1 * (100 - overdue_share), 1)


def band(score: float) -> str:
    """The e-Monev band of a score (regulation.md §4): Informatif from 90, Menuju Informatif from 80, …"""
    return next(name for floor, name in BANDS if round(score, 1) >= floor)


def dashboard(*, year: int, today: date, unit_id: int | None = None) -> Dashboard:
    """Every figure of the auditor's page for ``year`` (requests) and ``today`` (DIP state, overdue)."""
    requests = request_figures(year=year, today=today, unit_id=unit_id)
    completeness = dip_completeness(unit_id=unit_id)
    freshness = berkala_freshness(today=today, unit_id=unit_id)
    score = estimate_score(completeness=completeness.percent, freshness=freshness.percent,
                           on_time=requests.on_time_rate, overdue_share=requests.overdue_share)
    return Dashboard(year=year, today=today, requests=requests,
                     keberatan=keberatan_figures(year=year, unit_id=unit_id),
                     sengketa=sengketa_figures(year=year, unit_id=unit_id), completeness=completeness,
                     freshness=freshness, score=score, band=band(score))
