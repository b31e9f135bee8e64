"""Update the index after each database commit that touched a DIP entry or its documents.

Changes are collected at flush time and written after the commit succeeds, so the index never shows what the
database rolled back. Bulk jobs wrap their work in :func:`deferred` to write the index once at the end.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

import sqlalchemy as sa
from flask import Flask
from flask import g
from flask import has_app_context

from kip_portal.dip.models import InformationEntry
from kip_portal.documents.models import Document
from kip_portal.extensions import db
from kip_portal.search import services

log = logging.getLogger(__name__)
_PENDING = "kip_search_pending"


def _touched_entries(session) -> set[int]:
    ids = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, InformationEntry) and obj.id is not None:
            ids.add(obj.id)
        elif isinstance(obj, Document) and obj.entry_id is not None:
            ids.add(obj.entry_id)
    return ids


def after_flush(session, flush_context) -> None:
    session.info.setdefault(_PENDING, set()).update(_touched_entries(session))


def after_commit(session) -> None:
    ids = session.info.pop(_PENDING, set())
    if not ids or not has_app_context():
        return
    if "kip_search_deferred" in g:
        g.kip_search_deferred.update(ids)
        return
    try:
        services.update_entries(ids)
    except Exception:
        # The commit stands; `flask reindex` repairs an index that missed it.
        log.exception("search index update failed for entries %s", sorted(ids))


def after_rollback(session) -> None:
    session.info.pop(_PENDING, None)


@contextmanager
def deferred() -> Iterator[None]:
    """Collect the index updates of many commits and write them once when the block ends."""
    g.kip_search_deferred = set()
    try:
        yield
    finally:
        ids = g.pop("kip_search_deferred")
        services.update_entries(ids)


def init_app(app: Flask) -> None:
    services.init_app(app)
    for name, listener in (("after_flush", after_flush), ("after_commit", after_commit),
                           ("after_rollback", after_rollback)):
        if not sa.event.contains(db.session, name, listener):
            sa.event.listen(db.session, name, listener)
