"""Re-encrypt every encrypted value and identity file with the first key, so older keys can then be removed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

import sqlalchemy as sa
from flask import current_app

from kip_portal.backup.archive import Progress
from kip_portal.backup.archive import quiet
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.storage import BlobStore
from kip_portal.crypto.keys import keyring
from kip_portal.crypto.types import encrypted_columns
from kip_portal.crypto.types import raw_table
from kip_portal.extensions import db


@dataclass
class RotationReport:
    values: int  # non-empty encrypted values seen
    values_rotated: int  # of which were under an older key and are now under the first
    files: int
    files_rotated: int
    keys: int  # keys configured


class _Subject:
    """What the audit event is about: the key ring itself (not a row)."""

    __tablename__ = "encryption_keys"
    id = 0


def _work() -> Iterator[tuple[str, sa.Table | None, object]]:
    for table in db.metadata.sorted_tables:
        columns = encrypted_columns(table)
        if not columns:
            continue
        raw = raw_table(table)
        key = raw.c[table.primary_key.columns.values()[0].name]
        query = sa.select(key, *(raw.c[c.name] for c in columns)).order_by(key)
        for row in db.session.execute(query).all():
            yield "row", table, row
    from kip_portal.inforequests.models import IdentityDocument

    for document in db.session.scalars(sa.select(IdentityDocument).order_by(IdentityDocument.id)):
        yield "file", None, document


def _count() -> int:
    from kip_portal.inforequests.models import IdentityDocument

    total = db.session.scalar(sa.select(sa.func.count()).select_from(IdentityDocument)) or 0
    for table in db.metadata.sorted_tables:
        if encrypted_columns(table):
            total += db.session.scalar(sa.select(sa.func.count()).select_from(table)) or 0
    return total


def rotate(*, now: datetime, progress: Progress = quiet) -> RotationReport:
    """Re-encrypt what an older key opens; values already under the first key are left alone (idempotent).

    One transaction and one audit event (counts only); replaced identity blobs are deleted after the commit.
    :raises DecryptionError: if some value opens with none of the keys (nothing is changed then).
    """
    ring = keyring()
    store = BlobStore(current_app.config["DOCUMENTS_DIR"])
    report = RotationReport(values=0, values_rotated=0, files=0, files_rotated=0, keys=ring.count)
    replaced: list[str] = []
    try:
        with progress(list(_work()), _count(), "Mengenkripsi ulang data") as items:
            for kind, table, item in items:
                if kind == "row":
                    _rotate_row(table, item, report)
                else:
                    _rotate_file(store, item, report, replaced)
        record_event(actor=None, action=AuditAction.ENCRYPTION_KEY_ROTATED, obj=_Subject(), now=now,
                     after={"values": report.values, "values_rotated": report.values_rotated,
                            "files": report.files, "files_rotated": report.files_rotated, "keys": report.keys})
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    from kip_portal.inforequests.models import IdentityDocument

    for digest in replaced:  # the old tokens: unreadable once the old key is gone, so not kept
        if not db.session.scalar(sa.select(sa.func.count()).select_from(IdentityDocument)
                                 .where(IdentityDocument.sha256 == digest)):
            store.path_for(digest).unlink(missing_ok=True)
    return report


def _rotate_row(table: sa.Table, row: sa.Row, report: RotationReport) -> None:
    ring = keyring()
    raw = raw_table(table)
    key_name = table.primary_key.columns.values()[0].name
    changes = {}
    for name, token in row._mapping.items():
        if name == key_name or not token:
            continue
        report.values += 1
        if not ring.under_primary(token.encode()):
            changes[name] = ring.rotate(token.encode()).decode("ascii")
    if changes:
        db.session.execute(sa.update(raw).where(raw.c[key_name] == row._mapping[key_name]).values(**changes))
        report.values_rotated += len(changes)


def _rotate_file(store: BlobStore, document, report: RotationReport, replaced: list[str]) -> None:
    ring = keyring()
    report.files += 1
    token = store.path_for(document.sha256).read_bytes()
    if ring.under_primary(token):
        return
    old = document.sha256
    document.sha256 = store.save(ring.rotate(token))
    replaced.append(old)
    report.files_rotated += 1
