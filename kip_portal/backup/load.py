"""Bring a fresh instance back from a backup archive.

Order matters: the manifest and the target are checked first, every member is verified against its sha256 into a
staging directory, and only then is anything written — rows in one transaction, then the documents, the
configuration that is missing, and a rebuilt search index.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any
from typing import Iterator

import sqlalchemy as sa
from flask import current_app
from flask_migrate import upgrade

from kip_portal.backup import archive
from kip_portal.backup.archive import Progress
from kip_portal.backup.archive import quiet
from kip_portal.core.audit import GENESIS_HASH
from kip_portal.core.audit import VerifyResult
from kip_portal.core.audit import verify_chain
from kip_portal.core.exceptions import DomainError
from kip_portal.crypto.keys import keyring
from kip_portal.crypto.types import encrypted_columns
from kip_portal.crypto.types import raw_table
from kip_portal.documents.services import blob_store
from kip_portal.extensions import db

BATCH = 500


@dataclass
class RestoreReport:
    rows: dict[str, int]
    documents: int
    indexed: int = 0
    audit: VerifyResult | None = None
    config: list[str] = field(default_factory=list)  # one line per configuration file: what happened to it
    warnings: list[str] = field(default_factory=list)


def code_revision() -> str:
    """The schema revision this version of the portal migrates to."""
    from alembic.script import ScriptDirectory

    config = current_app.extensions["migrate"].migrate.get_config()
    return ",".join(sorted(ScriptDirectory.from_config(config).get_heads()))


def _check_archive_fits(manifest: dict[str, Any]) -> None:
    here = code_revision()
    if manifest["alembic_revision"] != here:
        raise DomainError(
            f"Arsip dibuat pada revisi skema {manifest['alembic_revision']}, sedangkan portal ini pada revisi "
            f"{here}. Pulihkan dengan versi portal yang sama seperti saat pencadangan, lalu perbarui portal "
            "seperti biasa (flask --app wsgi init-db).")
    if set(manifest["tables"]) != set(db.metadata.tables):
        raise DomainError("Daftar tabel di arsip tidak cocok dengan skema portal ini; arsip tidak dipulihkan.")


def _check_fresh() -> None:
    """Refuse a target that holds data: restore never merges into or overwrites a working portal."""
    with db.engine.connect() as conn:
        existing = set(sa.inspect(conn).get_table_names())
        filled = []
        for table in db.metadata.sorted_tables:
            if table.name not in existing:
                continue
            if table.name == "audit_head":  # the migrations write the chain's genesis head into a fresh database
                heads = conn.execute(sa.select(table.c.last_hash)).scalars().all()
                if heads and heads != [GENESIS_HASH]:
                    filled.append(f"{table.name} (rantai audit sudah berisi)")
                continue
            count = conn.scalar(sa.select(sa.func.count()).select_from(table))
            if count:
                filled.append(f"{table.name}: {count} baris")
    if filled:
        raise DomainError("Instans tujuan tidak kosong (" + ", ".join(filled) + "). Pemulihan hanya ke instans "
                          "baru: basis data kosong (flask --app wsgi init-db) dengan konfigurasinya sendiri.")


def _parents_first(table: sa.Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order the rows of a table that refers to itself (units.parent_id) so a parent is inserted before its child."""
    columns = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not columns:
        return rows
    key = next(iter(fk.column.name for fk in table.foreign_keys if fk.column.table is table))
    done, ordered, pending = set(), [], rows
    while pending:
        ready = [row for row in pending if all(row[c] is None or row[c] in done or row[c] == row[key]
                                                for c in columns)]
        if not ready:  # a cycle: leave it to the database
            return ordered + pending
        ordered += ready
        done.update(row[key] for row in ready)
        pending = [row for row in pending if row[key] not in done]
    return ordered


def _rows(unpacked: archive.Unpacked) -> Iterator[tuple[sa.Table, dict[str, Any]]]:
    for table in db.metadata.sorted_tables:
        rows = archive.read_rows(unpacked.member(archive.table_member(table)), table)
        if any(fk.column.table is table for fk in table.foreign_keys):
            rows = _parents_first(table, list(rows))
        for row in rows:
            yield table, row


def _reset_sequences(conn: sa.Connection) -> None:
    """PostgreSQL: move each id sequence past the ids inserted explicitly (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    for table in db.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, sa.Integer):
            continue
        key = keys[0]
        conn.execute(sa.select(sa.func.setval(sa.func.pg_get_serial_sequence(table.name, key.name),
                                              sa.func.coalesce(sa.func.max(key), 1), sa.func.max(key).is_not(None)))
                     .select_from(table))


def _insert(unpacked: archive.Unpacked, progress: Progress) -> dict[str, int]:
    total = sum(entry["rows"] for entry in unpacked.manifest["tables"].values())
    inserted = {table.name: 0 for table in db.metadata.sorted_tables}
    try:
        with db.engine.begin() as conn:
            _insert_all(conn, unpacked, inserted, total, progress)
    except sa.exc.DBAPIError as error:
        failed = next((name for name in reversed(list(inserted)) if inserted[name]), "?")
        raise DomainError(f"Basis data menolak baris tabel {failed} ({error.orig}); transaksi dibatalkan, tidak ada "
                          "yang dipulihkan.") from error
    return inserted


def _insert_all(conn: sa.Connection, unpacked: archive.Unpacked, inserted: dict[str, int], total: int,
                progress: Progress) -> None:
    # The fresh database's genesis head gives way to the archived head of the archived chain.
    conn.execute(db.metadata.tables["audit_head"].delete())
    batch: list[dict[str, Any]] = []
    current = None
    with progress(_rows(unpacked), total, "Memulihkan basis data") as rows:
        for table, row in rows:
            if (table is not current or len(batch) >= BATCH) and batch:
                conn.execute(raw_table(current).insert(), batch)
                batch = []
            current = table
            batch.append(row)
            inserted[table.name] += 1
    if batch:
        conn.execute(raw_table(current).insert(), batch)  # encrypted columns: the archived tokens as they are
    _reset_sequences(conn)


def _check_keys(unpacked: archive.Unpacked, progress: Progress) -> None:
    """Refuse, before anything is written, an archive whose encrypted values or identity files this instance's
    ENCRYPTION_KEYS cannot open: restoring it would give a portal that fails on every request's page."""
    ring = keyring()
    tokens: list[bytes] = []
    for table in db.metadata.sorted_tables:
        names = [column.name for column in encrypted_columns(table)]
        if names:
            for row in archive.read_rows(unpacked.member(archive.table_member(table)), table):
                tokens += [row[name].encode("ascii", "replace") for name in names if row[name]]
    identity = db.metadata.tables["identity_documents"]
    files = [row["sha256"] for row in archive.read_rows(unpacked.member(archive.table_member(identity)), identity)
             if unpacked.member(f"documents/{row['sha256']}").is_file()]
    values_bad = files_bad = 0
    with progress(tokens + files, len(tokens) + len(files), "Memeriksa kunci enkripsi") as items:
        for item in items:
            if isinstance(item, bytes):
                values_bad += not ring.opens(item)
            else:
                files_bad += not ring.opens(unpacked.member(f"documents/{item}").read_bytes())
    if values_bad or files_bad:
        raise DomainError(
            f"ENCRYPTION_KEYS instans ini tidak dapat membuka data terenkripsi di arsip ({values_bad} nilai NIK/"
            f"alamat/telepon, {files_bad} berkas identitas); tidak ada yang dipulihkan. Pasang kunci yang sama seperti "
            "di instans sumber (FLASK_ENCRYPTION_KEYS, atau salin instance/encryption_key dari simpanan kunci), "
            "mulai ulang, lalu ulangi pemulihan.")


def _put_documents(unpacked: archive.Unpacked, progress: Progress) -> int:
    store = blob_store()
    digests = unpacked.documents()
    with progress(digests, len(digests), "Memulihkan dokumen") as bar:
        for digest in bar:
            target = store.path_for(digest)
            if target.exists():  # content-addressed: the same name holds the same bytes
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(unpacked.member(f"documents/{digest}"), target)
    return len(digests)


def _write_private(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 0600
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _put_config(unpacked: archive.Unpacked, report: RestoreReport) -> None:
    """Restore the instance files the target lacks; an existing config.py is never overwritten."""
    instance = Path(current_app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    secret = current_app.config["SECRET_KEY"]
    key_file = instance / "secret_key"
    key_was_from_file = key_file.is_file() and key_file.read_text().strip() == secret
    restored = set()
    for name in unpacked.manifest["config"]:
        data, target = unpacked.member(f"config/{name}").read_bytes(), instance / name
        if not target.exists():
            _write_private(target, data)
            restored.add(name)
            report.config.append(f"instance/{name} dipulihkan")
        elif target.read_bytes() == data:
            report.config.append(f"instance/{name} sudah sama")
        elif name == "secret_key":
            # The fresh instance made its own key on first start; it signs nothing yet, while tracking codes
            # (HMAC with SECRET_KEY) of the restored requests need the archived one.
            _write_private(target, data)
            restored.add(name)
            report.config.append("instance/secret_key diganti dengan kunci dari arsip")
        else:
            _write_private(instance / f"{name}.from-backup", data)
            report.config.append(f"instance/{name} sudah ada dan dibiarkan; versi arsip disimpan sebagai "
                                 f"instance/{name}.from-backup untuk dibandingkan")
    wanted = unpacked.manifest["secret_key_fingerprint"]
    if archive.secret_fingerprint(secret) == wanted or "config.py" in restored:
        return  # the same key already, or the restored config.py sets it on the next start
    if key_was_from_file and "secret_key" in restored:
        return  # the next start reads the restored instance/secret_key
    report.warnings.append("SECRET_KEY instans ini berbeda dari instans sumber: kode pelacakan permohonan yang "
                           "sudah diberikan tidak akan berlaku. Pasang SECRET_KEY yang sama seperti di sumber "
                           "(FLASK_SECRET_KEY atau instance/config.py), lalu mulai ulang portal.")


def restore(path: str | os.PathLike, *, progress: Progress = quiet) -> RestoreReport:
    """Restore the archive at ``path`` into this (fresh) instance and return what was restored."""
    from kip_portal.search import services as search

    path = Path(path)
    if not path.is_file():
        raise DomainError(f"Arsip {path} tidak ada.")
    manifest = archive.peek_manifest(path)
    _check_archive_fits(manifest)
    _check_fresh()
    store_root = Path(current_app.config["DOCUMENTS_DIR"])
    store_root.mkdir(parents=True, exist_ok=True)
    # Staged inside the store, so documents move into place by rename, without a second copy.
    staging = Path(tempfile.mkdtemp(dir=store_root, prefix=".restore-"))
    try:
        unpacked = archive.unpack(path, staging, progress)
        if unpacked.manifest != manifest:
            raise DomainError("Arsip berubah selama dibaca; tidak ada yang dipulihkan. Ulangi pemulihan.")
        _check_keys(unpacked, progress)
        upgrade()  # creates the schema in a database that has none yet; a no-op on a migrated one
        rows = _insert(unpacked, progress)
        documents = _put_documents(unpacked, progress)
        report = RestoreReport(rows=rows, documents=documents)
        _put_config(unpacked, report)
    finally:
        archive.discard(staging)
    db.session.remove()
    report.indexed = search.rebuild(progress=lambda entries: progress(
        entries, search.count_published(db.session), "Mengindeks entri DIP"))
    report.audit = verify_chain()
    return report
