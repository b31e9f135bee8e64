"""Keep the search index in step with the database: what an entry contributes, updates and rebuilds."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable
from typing import ContextManager
from typing import Iterable
from typing import Iterator

import sqlalchemy as sa
from flask import Flask
from flask import current_app
from markupsafe import Markup
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from kip_portal.search import highlight
from kip_portal.search import query
from kip_portal.search.index import IndexedEntry
from kip_portal.search.index import IndexUnavailable
from kip_portal.search.index import SearchIndex

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    app.extensions["kip_search"] = SearchIndex(app.config["INDEX_DIR"])


def search_index() -> SearchIndex:
    return current_app.extensions["kip_search"]


def body_text(entry: InformationEntry) -> str:
    """The searchable text of an entry: its own text and its documents'; none for excluded information."""
    if entry.is_exempt:
        return ""
    parts = [entry.text] + [document.text for document in entry.documents]
    return "\n\n".join(part for part in parts if part)


def indexed(entry: InformationEntry) -> IndexedEntry:
    summary = entry.summary
    if entry.is_exempt:
        # Findable by what the public may know of it: its description and why it is withheld.
        summary = "\n".join(part for part in (entry.summary, entry.legal_basis) if part)
    return IndexedEntry(id=entry.id, title=entry.title, summary=summary, body=body_text(entry),
                        category=entry.category.value, unit=entry.unit.code, year=entry.year)


def _load(entry_ids: set[int]) -> tuple[list[IndexedEntry], list[int]]:
    """Read the entries fresh from the database: published ones are (re)indexed, the rest removed."""
    with Session(db.engine) as session:
        entries = session.scalars(
            sa.select(InformationEntry).where(InformationEntry.id.in_(entry_ids))
            .options(selectinload(InformationEntry.documents), selectinload(InformationEntry.unit))
        ).all()
        upsert = [indexed(e) for e in entries if e.status == EntryStatus.PUBLISHED]
    return upsert, sorted(entry_ids - {entry.id for entry in upsert})


def update_entries(entry_ids: Iterable[int]) -> None:
    """Bring these entries up to date in the index, rebuilding the index first if it is unreadable."""
    ids = set(entry_ids)
    if not ids:
        return
    index = search_index()
    if not index.exists():
        log.info("no search index yet in %s; building it", index.directory)
        rebuild()
        return
    try:
        index.write(lambda: _load(ids))
    except IndexUnavailable as error:
        log.warning("search index unavailable (%s); rebuilding it", error)
        rebuild()


def published_entries(session: Session, *, batch: int = 200) -> Iterator[IndexedEntry]:
    """Every published entry, read in batches so a large DIP never sits in memory at once."""
    ids = session.scalars(sa.select(InformationEntry.id).where(InformationEntry.status == EntryStatus.PUBLISHED)
                          .order_by(InformationEntry.id)).all()
    for start in range(0, len(ids), batch):
        chunk = session.scalars(
            sa.select(InformationEntry).where(InformationEntry.id.in_(ids[start:start + batch]))
            .options(selectinload(InformationEntry.documents), selectinload(InformationEntry.unit))
        ).all()
        yield from (indexed(entry) for entry in chunk)
        session.expunge_all()


def count_published(session: Session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(InformationEntry)
                          .where(InformationEntry.status == EntryStatus.PUBLISHED))


def rebuild(*, procs: int = 1, progress: Callable[[Iterable], ContextManager[Iterable]] | None = None) -> int:
    """Rebuild the whole index from the database; return the number of entries indexed."""
    with Session(db.engine) as session:
        return search_index().rebuild(published_entries(session), procs=procs, progress=progress)


@dataclass
class FoundEntry:
    """A hit with what a results page shows: the entry and its marked snippet."""

    entry: InformationEntry
    snippet: Markup
    score: float


@dataclass
class SearchPage:
    results: query.Results
    found: list[FoundEntry]
    rebuilt: bool = False  # the index had to be rebuilt to answer; the page says so


def _with_index(action):
    """Run ``action(index)``; if the index is missing or unreadable, rebuild it once and try again."""
    index = search_index()
    try:
        return action(index), False
    except IndexUnavailable as error:
        log.warning("search index unavailable (%s); rebuilding it", error)
        rebuild()
        return action(index), True


def snippet_texts(entry: InformationEntry) -> list[str]:
    """Where a snippet may come from: never the documents of excluded information."""
    if entry.is_exempt:
        return [entry.summary, entry.legal_basis]
    return [body_text(entry), entry.summary]


def search(text: str, *, category: str | None = None, unit: str | None = None, year: int | None = None,
           page: int = 1, per_page: int = 10) -> SearchPage:
    """Search the published DIP and attach to each hit its entry and a snippet."""
    results, rebuilt = _with_index(lambda index: query.run(
        index, text, category=category, unit=unit, year=year, page=page, per_page=per_page))
    entries = _entries([hit.entry_id for hit in results.hits])
    terms = results.query.terms()
    found = [FoundEntry(entries[h.entry_id], highlight.snippet(snippet_texts(entries[h.entry_id]), terms), h.score)
             for h in results.hits if h.entry_id in entries]
    return SearchPage(results, found, rebuilt)


def similar(text: str, *, limit: int = 5) -> list[InformationEntry]:
    """Published entries like ``text``, best first (shown while a citizen types a request)."""
    hits, _ = _with_index(lambda index: query.similar(index, text, limit=limit))
    entries = _entries([hit.entry_id for hit in hits])
    return [entries[h.entry_id] for h in hits if h.entry_id in entries]


def _entries(ids: list[int]) -> dict[int, InformationEntry]:
    """Load the hits' entries; one that stopped being public since the index last saw it is left out."""
    if not ids:
        return {}
    rows = db.session.scalars(
        sa.select(InformationEntry).where(InformationEntry.id.in_(ids),
                                          InformationEntry.status == EntryStatus.PUBLISHED)
        .options(selectinload(InformationEntry.documents), selectinload(InformationEntry.unit))
    ).all()
    return {entry.id: entry for entry in rows}


def index_ok() -> bool:
    """Whether the search index opens and can be read (the health check); no rebuild is attempted."""
    try:
        with search_index().searcher():
            return True
    except IndexUnavailable as error:
        log.warning("health check: search index unavailable (%s)", error)
        return False
