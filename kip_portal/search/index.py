"""The Whoosh index of the published DIP: schema, opening with self-repair, and serialised writes.

Only ``kip_portal/search/`` imports Whoosh. Writers from several gunicorn workers take one ``fcntl`` lock in
turn (a killed writer releases it); each write re-reads the entries from the database while it holds the
lock, so the index always ends at the last committed state, whatever order the workers commit in.
"""
from __future__ import annotations

import fcntl
import logging
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from typing import ContextManager
from typing import Iterable
from typing import Iterator

from whoosh import index as whoosh_index
from whoosh.fields import ID
from whoosh.fields import NUMERIC
from whoosh.fields import TEXT
from whoosh.fields import Schema
from whoosh.searching import Searcher

from kip_portal.search.analysis import exact_analyzer
from kip_portal.search.analysis import stem_analyzer

log = logging.getLogger(__name__)
INDEX_NAME = "dip"
# Seconds a writer waits for another worker's write to finish before giving up.
WRITE_LOCK_TIMEOUT = 60.0

# Text fields come in pairs: the exact form (phrases, exact words rank first) and the stemmed form.
TEXT_FIELDS = ("title", "summary", "body")


def make_schema() -> Schema:
    exact, stemmed = exact_analyzer(), stem_analyzer()
    fields = {"id": ID(stored=True, unique=True),
              "category": ID(stored=True, sortable=True),
              "unit": ID(stored=True, sortable=True),
              "year": NUMERIC(stored=True, sortable=True, signed=False)}
    for name in TEXT_FIELDS:
        fields[name] = TEXT(analyzer=exact, phrase=True, spelling=name != "body", stored=name != "body")
        fields[f"{name}_stem"] = TEXT(analyzer=stemmed, phrase=False)
    return Schema(**fields)


@dataclass
class IndexedEntry:
    """What the index holds of one published entry."""

    id: int
    title: str
    summary: str
    body: str  # the entry's text and its documents' text; empty for excluded information
    category: str
    unit: str
    year: int | None

    def fields(self) -> dict:
        doc = {"id": str(self.id), "category": self.category, "unit": self.unit}
        if self.year is not None:
            doc["year"] = self.year
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            doc[name] = doc[f"{name}_stem"] = value
        return doc


class IndexUnavailable(Exception):
    """The index is missing or unreadable; :meth:`SearchIndex.rebuild` repairs it."""


class SearchIndex:
    """The index in one directory; one object per process, opened lazily."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self._index = None

    def _open(self):
        if self._index is None:
            self._index = _unless_broken(lambda: whoosh_index.open_dir(str(self.directory), indexname=INDEX_NAME))
        return self._index

    def exists(self) -> bool:
        return whoosh_index.exists_in(str(self.directory), indexname=INDEX_NAME)

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """A searcher on the latest commit; any failure to read the index surfaces as IndexUnavailable."""
        try:
            searcher = _unless_broken(lambda: self._open().searcher())
        except IndexUnavailable:
            self._index = None
            raise
        try:
            yield searcher
        finally:
            searcher.close()

    @property
    def _lock_path(self) -> Path:
        return self.directory.with_name(self.directory.name + ".lock")

    def write(self, load: Callable[[], tuple[list[IndexedEntry], list[int]]]) -> None:
        """Apply ``load()``'s (entries to add or replace, entry ids to drop) in one commit.

        ``load`` runs while this process holds the index's write lock, so what it reads from the database is
        at least as new as anything another worker has written: the last writer writes the last state.
        """
        with _exclusive(self._lock_path, timeout=WRITE_LOCK_TIMEOUT):
            upsert, delete = load()
            if not upsert and not delete:
                return
            writer = self._open().writer(_lk=False)  # the lock above already serialises writers
            try:
                for entry_id in delete:
                    writer.delete_by_term("id", str(entry_id))
                for entry in upsert:
                    writer.update_document(**entry.fields())
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

    def rebuild(self, entries: Iterable[IndexedEntry], *, procs: int = 1, limitmb: int = 256,
                progress: Callable[[Iterable], ContextManager[Iterable]] | None = None) -> int:
        """Write a new index from scratch beside the old one, then swap it in; return the entry count.

        Searchers keep reading the old index until the swap; writers wait for the rebuild and then write
        into the new index.
        """
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        staging = self.directory.with_name(self.directory.name + ".rebuild")
        with _exclusive(self._lock_path, timeout=None):
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            index = whoosh_index.create_in(str(staging), make_schema(), indexname=INDEX_NAME)
            options = {"procs": procs, "limitmb": limitmb}
            if procs > 1:
                options["multisegment"] = True
            writer = index.writer(**options)
            count = 0
            try:
                tracked = progress(entries) if progress else _passthrough(entries)
                with tracked as items:
                    for entry in items:
                        writer.add_document(**entry.fields())
                        count += 1
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            old = self.directory.with_name(self.directory.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self.directory.exists():
                self.directory.rename(old)
            staging.rename(self.directory)
            shutil.rmtree(old, ignore_errors=True)
            self._index = None
        log.info("search index rebuilt with %d entries", count)
        return count


def _unless_broken(read):
    """Call ``read``; turn any failure to read the index files into IndexUnavailable.

    The original exception is dropped rather than chained: its traceback would keep Whoosh's half-read
    files open for as long as the error is referenced (logs keep it).
    """
    problem = None
    try:
        return read()
    except IndexUnavailable:
        raise
    except Exception as error:  # missing, truncated or garbled files all mean: rebuild
        problem = f"{type(error).__name__}: {error}"
    raise IndexUnavailable(problem)


@contextmanager
def _passthrough(items: Iterable) -> Iterator[Iterable]:
    yield items


@contextmanager
def _exclusive(lock_path: Path, *, timeout: float | None) -> Iterator[None]:
    """An inter-process lock that the kernel releases if its holder dies (kill -9 included).

    :raises TimeoutError: if another process holds it for longer than ``timeout`` seconds.
    """
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError(f"search index {lock_path} stayed locked for {timeout} s") from None
                time.sleep(0.02)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
