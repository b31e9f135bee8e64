"""Read-side queries of the DIP: what the public sees, counts, filters."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Select
from sqlalchemy.orm import selectinload

from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from kip_portal.units.models import Unit


def published(
    *, category: Category | None = None, unit_code: str | None = None, year: int | None = None
) -> Select:
    """Published entries, newest year first, filtered as the public lists and the API allow."""
    query = (
        sa.select(InformationEntry)
        .where(InformationEntry.status == EntryStatus.PUBLISHED)
        .options(selectinload(InformationEntry.unit), selectinload(InformationEntry.documents))
        .order_by(InformationEntry.year.desc().nulls_last(), InformationEntry.title, InformationEntry.id)
    )
    if category is not None:
        query = query.where(InformationEntry.category == category)
    if unit_code:
        query = query.join(InformationEntry.unit).where(Unit.code == unit_code)
    if year is not None:
        query = query.where(InformationEntry.year == year)
    return query


def counts_by_category() -> dict[Category, int]:
    rows = db.session.execute(
        sa.select(InformationEntry.category, sa.func.count())
        .where(InformationEntry.status == EntryStatus.PUBLISHED)
        .group_by(InformationEntry.category)
    )
    counts = {category: 0 for category in Category}
    counts.update({category: n for category, n in rows})
    return counts


def published_years() -> list[int]:
    return list(db.session.scalars(
        sa.select(InformationEntry.year).distinct()
        .where(InformationEntry.status == EntryStatus.PUBLISHED, InformationEntry.year.is_not(None))
        .order_by(InformationEntry.year.desc())
    ))


def get_published(entry_id: int) -> InformationEntry | None:
    entry = db.session.get(InformationEntry, entry_id)
    return entry if entry is not None and entry.is_public else None
