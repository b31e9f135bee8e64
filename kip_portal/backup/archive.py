"""The archive format: member names, the manifest, how column values become JSON and back, and safe unpacking.

Layout of the .tar.gz: ``manifest.json`` first, then ``db/<table>.jsonl`` (one row per line, tables in dependency
order), ``config/config.py`` and ``config/secret_key`` when the instance has them, and ``documents/<sha256>`` for every
blob of the content-addressed store. The manifest holds the sha256 of every other member, so a damaged archive is
refused before anything is restored.
"""
from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import json
import os
import re
import shutil
import tarfile
import zlib
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from typing import Callable
from typing import ContextManager
from typing import Iterable

import sqlalchemy as sa

from kip_portal.core.exceptions import DomainError

FORMAT = "kip-portal-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CONFIG_FILES = ("config.py", "secret_key")
CHUNK = 1024 * 1024
SHA256 = re.compile(r"[0-9a-f]{64}")
# What restore reads from the manifest, with its type.
REQUIRED = {"alembic_revision": str, "secret_key_fingerprint": str, "tables": dict, "config": list, "members": dict}
MEMBER = re.compile(r"(db/[a-z0-9_]+\.jsonl|documents/[0-9a-f]{64}|config/(config\.py|secret_key))")

# ``progress(items, length, label)`` wraps a long loop (the CLI passes click.progressbar).
Progress = Callable[[Iterable, int | None, str], ContextManager[Iterable]]


class _Quiet:
    def __init__(self, items: Iterable):
        self.items = items

    def __enter__(self) -> Iterable:
        return self.items

    def __exit__(self, *exc) -> None:
        return None


def quiet(items: Iterable, length: int | None, label: str) -> ContextManager[Iterable]:
    return _Quiet(items)


def table_member(table: sa.Table) -> str:
    return f"db/{table.name}.jsonl"


def secret_fingerprint(secret: str) -> str:
    """Identifies the SECRET_KEY without revealing it: restore warns when tracking codes would stop working."""
    return hmac.new(secret.encode(), b"kip-portal-backup", hashlib.sha256).hexdigest()[:16]


# --- Column values <-> JSON --------------------------------------------------------------------------------------

def column_kind(column: sa.Column) -> str:
    """How a column's values are written: explicit per type, so every database reads the same archive."""
    kind = column.type
    if isinstance(kind, sa.Interval):
        return "interval"
    if isinstance(kind, sa.types.TypeDecorator):
        kind = kind.impl_instance
    for cls, name in ((sa.Enum, "enum"), (sa.Boolean, "bool"), (sa.DateTime, "datetime"), (sa.Date, "date"),
                      (sa.Time, "time"), (sa.LargeBinary, "bytes"), (sa.Float, "float"), (sa.Numeric, "decimal"),
                      (sa.Integer, "int"), (sa.JSON, "json"), (sa.String, "str")):
        if isinstance(kind, cls):
            return name
    return "raw"


def encode(kind: str, value: Any) -> Any:
    """Datetimes as ISO 8601 with their offset, dates and times ISO, bytes base64, enums by stored value."""
    if value is None:
        return None
    if kind == "enum":
        return value.value if isinstance(value, enum.Enum) else value
    if kind in ("datetime", "date", "time"):
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    if kind == "decimal":
        return str(value)
    if kind == "interval":
        return value.total_seconds()
    return value


def decode(kind: str, value: Any, column: sa.Column) -> Any:
    if value is None:
        return None
    if kind == "enum":
        enum_class = getattr(column.type, "enum_class", None)
        return enum_class(value) if enum_class is not None else value
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "time":
        return time.fromisoformat(value)
    if kind == "bytes":
        return base64.b64decode(value)
    if kind == "decimal":
        return Decimal(value)
    if kind == "interval":
        return timedelta(seconds=value)
    return value


def row_line(kinds: dict[str, str], row: sa.RowMapping) -> bytes:
    data = {name: encode(kinds[name], row[name]) for name in kinds}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def read_rows(path: Path, table: sa.Table) -> Iterable[dict[str, Any]]:
    """The rows of one table file, decoded for ``table``; a column the schema lacks is refused."""
    kinds = {column.name: column_kind(column) for column in table.columns}
    with path.open("rb") as f:
        for number, line in enumerate(f, start=1):
            data = json.loads(line)
            unknown = set(data) - set(kinds)
            if unknown:
                raise DomainError(f"Arsip tidak cocok dengan skema: kolom {', '.join(sorted(unknown))} tidak ada "
                                  f"di tabel {table.name} (baris {number}).")
            yield {name: decode(kinds[name], value, table.columns[name]) for name, value in data.items()}


# --- Reading an archive ------------------------------------------------------------------------------------------

class Corrupt(DomainError):
    """The archive is damaged or not a portal backup; nothing has been restored."""


@dataclass
class Unpacked:
    manifest: dict[str, Any]
    root: Path  # the staging directory holding every verified member

    def member(self, name: str) -> Path:
        return self.root / name

    def documents(self) -> list[str]:
        return sorted(name.split("/", 1)[1] for name in self.manifest["members"] if name.startswith("documents/"))


def _refuse(reason: str) -> Corrupt:
    return Corrupt(f"Arsip cadangan ditolak, tidak ada yang dipulihkan: {reason}")


def read_manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    """The first member, checked to be a manifest of this format."""
    first = archive.next()
    if first is None or first.name != MANIFEST or not first.isfile():
        raise _refuse("manifest.json tidak ada di awal arsip (bukan cadangan portal ini?).")
    manifest = json.loads(archive.extractfile(first).read())
    if manifest.get("format") != FORMAT:
        raise _refuse("bukan arsip cadangan Portal KIP.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise _refuse(f"versi format {manifest.get('format_version')} tidak dikenal (portal ini membaca versi "
                      f"{FORMAT_VERSION}).")
    missing = [key for key in REQUIRED if not isinstance(manifest.get(key), REQUIRED[key])]
    if missing:
        raise _refuse(f"manifest tidak lengkap ({', '.join(missing)}).")
    return manifest


def open_archive(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, mode="r|gz")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise _refuse(f"berkas tidak dapat dibaca sebagai .tar.gz ({error}).") from error


def peek_manifest(path: Path) -> dict[str, Any]:
    """Read only the manifest, so an unsuitable target is refused before the whole archive is read."""
    try:
        with open_archive(path) as archive:
            return read_manifest(archive)
    except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError) as error:
        raise _refuse(f"manifest tidak terbaca ({error}).") from error


def unpack(path: Path, staging: Path, progress: Progress = quiet) -> Unpacked:
    """Copy every member into ``staging`` while checking its sha256 (and row count) against the manifest.

    Only the expected kinds of member are accepted, as regular files, so a crafted archive cannot write outside
    ``staging``.
    """
    try:
        with open_archive(path) as archive:
            manifest = read_manifest(archive)
            expected: dict[str, str] = manifest["members"]
            seen: set[str] = set()
            with progress(_rest(archive), len(expected), "Memeriksa arsip") as members:
                for info in members:
                    _unpack_member(archive, info, expected, manifest, staging)
                    seen.add(info.name)
    except (tarfile.TarError, OSError, EOFError, zlib.error, ValueError, KeyError) as error:
        raise _refuse(f"arsip rusak ({error}).") from error
    missing = sorted(set(expected) - seen)
    if missing:
        raise _refuse(f"anggota arsip hilang: {', '.join(missing[:5])}.")
    return Unpacked(manifest, staging)


def _rest(archive: tarfile.TarFile) -> Iterable[tarfile.TarInfo]:
    """The members after the manifest (iterating the TarFile itself would start again at the manifest)."""
    while (info := archive.next()) is not None:
        yield info


def _unpack_member(archive: tarfile.TarFile, info: tarfile.TarInfo, expected: dict[str, str],
                   manifest: dict[str, Any], staging: Path) -> None:
    name = info.name
    if not info.isfile() or not MEMBER.fullmatch(name) or name not in expected:
        raise _refuse(f"anggota tak terduga {name!r}.")
    target = staging / name
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, lines = hashlib.sha256(), 0
    source = archive.extractfile(info)
    # Readable by the owner only, like the store's own blobs: documents include identity scans.
    with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            lines += chunk.count(b"\n")
            out.write(chunk)
    if digest.hexdigest() != expected[name]:
        raise _refuse(f"{name} rusak (sha256 tidak cocok dengan manifest).")
    if name.startswith("documents/") and name.split("/", 1)[1] != expected[name]:
        raise _refuse(f"{name} tidak cocok dengan namanya.")
    if name.startswith("db/"):
        table = name[3:-len(".jsonl")]
        if manifest["tables"][table]["rows"] != lines:
            raise _refuse(f"{name} berisi {lines} baris, manifest mencatat {manifest['tables'][table]['rows']}.")


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
