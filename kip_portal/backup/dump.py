"""Write a backup: every table read in one transaction, the document blobs, the instance configuration.

The archive is written to a temporary file (mode 0600: it holds the secret key and personal data) beside the
target and renamed into place at the end, so a failed or interrupted backup never leaves a half archive under the
target's name. The search index is left out: restore rebuilds it from the database.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from pathlib import Path
from typing import Any
from typing import Iterator

import sqlalchemy as sa
from flask import current_app

from kip_portal.backup import archive
from kip_portal.backup.archive import Progress
from kip_portal.backup.archive import quiet
from kip_portal.core.exceptions import DomainError
from kip_portal.crypto.types import raw_table
from kip_portal.extensions import db


@dataclass
class BackupReport:
    path: Path
    rows: dict[str, int]
    documents: int
    config_files: list[str]
    size: int = 0
    # Named in the database but absent from DOCUMENTS_DIR: the backup cannot bring them back.
    missing_blobs: list[str] = field(default_factory=list)
    # In DOCUMENTS_DIR but their content no longer matches their name: left out of the archive.
    damaged_blobs: list[str] = field(default_factory=list)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(archive.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def snapshot() -> Iterator[sa.Connection]:
    """A read transaction that sees one consistent state of every table.

    PostgreSQL: REPEATABLE READ, read only. SQLite: an explicit BEGIN (the driver opens none for reads), so all the
    SELECTs share one snapshot; writers wait meanwhile, which takes seconds even for a large portal.
    """
    engine = db.engine
    options: dict[str, Any] = {}
    if engine.dialect.name == "postgresql":
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect() as conn:
        conn.execution_options(**options)
        with conn.begin():
            if engine.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:
                conn.exec_driver_sql("BEGIN")
            yield conn


def _revision(conn: sa.Connection) -> str:
    names = set(sa.inspect(conn).get_table_names())
    if "alembic_version" not in names:
        raise DomainError("Basis data belum dimigrasi (tabel alembic_version tidak ada); jalankan "
                          "flask --app wsgi init-db.")
    unknown = names - set(db.metadata.tables) - {"alembic_version"}
    if unknown:
        raise DomainError(f"Basis data berisi tabel yang tidak dikenal portal ini: {', '.join(sorted(unknown))}; "
                          "cadangan dibatalkan agar tidak ada data yang diam-diam tertinggal.")
    missing = set(db.metadata.tables) - names
    if missing:
        raise DomainError(f"Tabel {', '.join(sorted(missing))} tidak ada; jalankan flask --app wsgi init-db.")
    return ",".join(sorted(conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()))


def _referenced_blobs(table: sa.Table, row: sa.RowMapping) -> list[str]:
    """Blob digests a row points at: ``sha256`` columns and the outbox's attachment lists."""
    found = []
    if "sha256" in table.columns and row["sha256"]:
        found.append(row["sha256"])
    if "attachments" in table.columns and isinstance(row["attachments"], str):
        try:
            found += [item["sha256"] for item in json.loads(row["attachments"]) if isinstance(item, dict)
                      and item.get("sha256")]
        except ValueError:
            pass
    return found


def _dump_tables(conn: sa.Connection, staging: Path, progress: Progress) -> tuple[dict[str, Any], set[str]]:
    """Write db/<table>.jsonl for every table in dependency order; return the manifest's table part."""
    tables = db.metadata.sorted_tables
    counts = {table.name: conn.scalar(sa.select(sa.func.count()).select_from(table)) for table in tables}
    kinds = {table.name: {c.name: archive.column_kind(c) for c in table.columns} for table in tables}
    (staging / "db").mkdir()
    for table in tables:
        (staging / archive.table_member(table)).touch()

    def all_rows() -> Iterator[tuple[sa.Table, sa.RowMapping]]:
        for table in tables:
            # Encrypted columns are copied as their stored tokens: the archive never holds their plaintext.
            raw = raw_table(table)
            query = (sa.select(raw).order_by(*(raw.c[c.name] for c in table.primary_key.columns))
                     .execution_options(yield_per=1000))
            for row in conn.execute(query).mappings():
                yield table, row

    referenced: set[str] = set()
    written = dict.fromkeys(counts, 0)
    current, out = None, None
    try:
        with progress(all_rows(), sum(counts.values()), "Membaca basis data") as rows:
            for table, row in rows:
                if table is not current:
                    if out is not None:
                        out.close()
                    current, out = table, (staging / archive.table_member(table)).open("ab")
                out.write(archive.row_line(kinds[table.name], row))
                written[table.name] += 1
                referenced.update(_referenced_blobs(table, row))
    finally:
        if out is not None:
            out.close()
    return {name: {"rows": written[name], "columns": kinds[name]} for name in counts}, referenced


def _blobs(root: Path) -> list[Path]:
    """The blob store's files (<ab>/<cd>/<abcd…>), without half-written uploads or anything else."""
    if not root.is_dir():
        return []
    return sorted(path for path in root.glob("??/??/*") if path.is_file() and archive.SHA256.fullmatch(path.name)
                  and path.parent.name == path.name[2:4] and path.parent.parent.name == path.name[:2])


def _check_blobs(root: Path, progress: Progress) -> tuple[dict[str, Path], list[str]]:
    good, damaged = {}, []
    paths = _blobs(root)
    with progress(paths, len(paths), "Memeriksa dokumen") as bar:
        for path in bar:
            if file_sha256(path) == path.name:
                good[path.name] = path
            else:
                damaged.append(path.name)
    return good, damaged


def create(path: str | os.PathLike, *, now: datetime, progress: Progress = quiet) -> BackupReport:
    """Write the backup archive to ``path`` (replacing a file of that name only once the new one is complete)."""
    path = Path(path).absolute()
    if path.is_dir():
        raise DomainError(f"{path} adalah direktori; sebutkan nama berkas arsip, mis. {path / 'kip-cadangan.tar.gz'}.")
    if not path.parent.is_dir():
        raise DomainError(f"Direktori {path.parent} tidak ada.")
    staging = Path(tempfile.mkdtemp(dir=path.parent, prefix=".kip-backup-"))
    try:
        with snapshot() as conn:
            revision = _revision(conn)
            tables, referenced = _dump_tables(conn, staging, progress)
        sources = {archive.table_member(db.metadata.tables[name]): staging / archive.table_member(
            db.metadata.tables[name]) for name in tables}
        instance = Path(current_app.instance_path)
        config_files = [name for name in archive.CONFIG_FILES if (instance / name).is_file()]
        sources.update({f"config/{name}": instance / name for name in config_files})
        members = {name: file_sha256(source) for name, source in sources.items()}
        blobs, damaged = _check_blobs(Path(current_app.config["DOCUMENTS_DIR"]), progress)
        for digest, source in blobs.items():
            sources[f"documents/{digest}"] = source
            members[f"documents/{digest}"] = digest
        manifest = {
            "format": archive.FORMAT, "format_version": archive.FORMAT_VERSION, "created_at": now.isoformat(),
            "alembic_revision": revision, "source_database": db.engine.dialect.name,
            "secret_key_fingerprint": archive.secret_fingerprint(current_app.config["SECRET_KEY"]),
            "tables": tables, "documents": len(blobs), "config": config_files, "members": members,
        }
        _write(path, manifest, sources, now, progress)
    finally:
        archive.discard(staging)
    return BackupReport(path=path, rows={name: t["rows"] for name, t in tables.items()}, documents=len(blobs),
                        config_files=config_files, size=path.stat().st_size,
                        missing_blobs=sorted(referenced - set(blobs)), damaged_blobs=damaged)


def _write(path: Path, manifest: dict[str, Any], sources: dict[str, Path], now: datetime,
           progress: Progress) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                tar.addfile(_info(archive.MANIFEST, len(data), now), io.BytesIO(data))
                with progress(list(sources.items()), len(sources), "Menulis arsip") as items:
                    for name, source in items:
                        with source.open("rb") as f:
                            tar.addfile(_info(name, os.fstat(f.fileno()).st_size, now), f)
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _info(name: str, size: int, now: datetime) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(now.timestamp())
    return info

