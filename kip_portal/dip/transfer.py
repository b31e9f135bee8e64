"""The DIP exchange format (CSV or JSON Lines) read by ``import-dip`` and written by ``export-dip``.

Columns are those of docs/interfaces.md plus ``holder`` (pejabat/unit yang menguasai informasi), ``legal_item``
(the mandatory item fulfilled, e.g. "berkala:e") and ``consequence_test_number`` (the SK number of the approved
uji konsekuensi an exempt entry rests on).
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any
from typing import Callable
from typing import ContextManager
from typing import Iterable

import sqlalchemy as sa

from kip_portal.core.exceptions import DomainError
from kip_portal.dip import services
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InfoFormat
from kip_portal.dip.models import InformationEntry
from kip_portal.documents import services as documents
from kip_portal.documents.models import Document
from kip_portal.exemptions import services as exemptions
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.units.services import get_by_code

COLUMNS = (
    "external_id", "title", "category", "unit", "summary", "year", "holder", "responsible", "produced_at",
    "produced_place", "formats", "retention", "legal_basis", "consequence_test", "exempt_until", "files",
    "text", "status", "legal_item", "consequence_test_number",
)
REQUIRED = ("title", "category", "unit")
IMPORTABLE_STATUSES = (EntryStatus.PUBLISHED, EntryStatus.DRAFT)


@dataclass
class RowResult:
    line: int
    outcome: str  # "created", "updated", "unchanged" or "rejected"
    reason: str = ""
    entry_id: int | None = None


@dataclass
class ImportReport:
    results: list[RowResult] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.results if r.outcome == "rejected"]


def read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """Read an import file into (line number, row) pairs.

    :raises DomainError: if the file cannot be read as CSV or JSON Lines at all.
    """
    suffix = path.suffix.lower()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError(f"Berkas impor {path} tidak dapat dibaca: {error}") from None
    if suffix == ".csv":
        # Regulations given as text make fields far longer than the csv module's default limit.
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        reader = csv.DictReader(io.StringIO(raw, newline=""))
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise DomainError(f"Kolom wajib tidak ada di baris judul CSV: {', '.join(missing)}.")
        rows, previous_end = [], reader.line_num
        for row in reader:
            # A quoted field may span lines: report the line where the row starts.
            rows.append((previous_end + 1, row))
            previous_end = reader.line_num
        return rows
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                value = {"__error__": f"JSON tidak valid: {error.msg}"}
            rows.append((number, value if isinstance(value, dict) else {"__error__": "baris bukan objek JSON"}))
        return rows
    raise DomainError(f"Format berkas impor tidak dikenal: {suffix or '(tanpa ekstensi)'}; gunakan .csv atau .jsonl.")


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _date(row: dict[str, Any], key: str) -> date | None:
    value = _text(row, key)
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise DomainError(f"{key} bukan tanggal ISO (YYYY-MM-DD): {value!r}") from None


def _list(row: dict[str, Any], key: str) -> list[str]:
    value = row.get(key)
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in _text(row, key).split(";") if part.strip()]


def parse_row(row: dict[str, Any]) -> tuple[services.EntryData, EntryStatus, list[str]]:
    """Turn one row into entry data, its status and its file paths.

    :raises DomainError: naming the first problem of the row.
    """
    if "__error__" in row:
        raise DomainError(row["__error__"])
    missing = [key for key in REQUIRED if not _text(row, key)]
    if missing:
        raise DomainError(f"kolom wajib kosong: {', '.join(missing)}")
    try:
        category = Category(_text(row, "category"))
    except ValueError:
        raise DomainError(
            f"kategori tidak dikenal: {_text(row, 'category')!r} (pilihan: {', '.join(c.value for c in Category)})"
        ) from None
    unit = get_by_code(_text(row, "unit"))
    if unit is None:
        raise DomainError(f"unit tidak dikenal: {_text(row, 'unit')!r}")
    year = _text(row, "year")
    if year and not (year.isascii() and year.isdigit()):
        raise DomainError(f"tahun bukan angka: {year!r}")
    try:
        formats = tuple(InfoFormat(f) for f in _list(row, "formats")) or (InfoFormat.SOFTCOPY,)
    except ValueError:
        raise DomainError(f"bentuk informasi tidak dikenal: {_text(row, 'formats')!r} (softcopy/hardcopy)") from None
    try:
        status = EntryStatus(_text(row, "status") or EntryStatus.PUBLISHED)
    except ValueError:
        status = None
    if status not in IMPORTABLE_STATUSES:
        raise DomainError(f"status tidak dikenal: {_text(row, 'status')!r} (published/draft)")
    test_number = _text(row, "consequence_test_number")
    test = exemptions.find_by_number(test_number) if test_number else None
    if test_number and test is None:
        raise DomainError(f"uji konsekuensi tidak dikenal: {test_number!r}")
    data = services.EntryData(
        unit=unit, category=category, title=_text(row, "title"), summary=_text(row, "summary"),
        holder=_text(row, "holder"), responsible=_text(row, "responsible"),
        produced_at=_date(row, "produced_at"), produced_place=_text(row, "produced_place"), formats=formats,
        retention=_text(row, "retention"), year=int(year) if year else None,
        legal_basis=_text(row, "legal_basis"), consequence_test=_text(row, "consequence_test"),
        exempt_until=_date(row, "exempt_until"), external_id=_text(row, "external_id") or None,
        text=_text(row, "text"), legal_item=_text(row, "legal_item"),
        consequence_test_id=test.id if test is not None else None,
    )
    data.validate()
    return data, status, _list(row, "files")


def _find_existing(data: services.EntryData) -> InformationEntry | None:
    """The entry a row updates: same external_id, or for rows without one, the same unit, category, title, year."""
    if data.external_id:
        return db.session.scalar(sa.select(InformationEntry).where(InformationEntry.external_id == data.external_id))
    return db.session.scalar(sa.select(InformationEntry).where(
        InformationEntry.external_id.is_(None), InformationEntry.unit_id == data.unit.id,
        InformationEntry.category == data.category, InformationEntry.title == data.title.strip(),
        InformationEntry.year.is_(None) if data.year is None else InformationEntry.year == data.year,
    ).limit(1))


def _read_files(paths: list[str], base_dir: Path, max_bytes: int) -> list[tuple[str, bytes]]:
    """Read and check every attachment of a row before any is stored, so a bad one leaves no orphan blob."""
    files = []
    for relative in paths:
        path = (base_dir / relative).resolve()
        if not path.is_file():
            raise DomainError(f"berkas lampiran tidak ditemukan: {relative}")
        data = path.read_bytes()
        documents.check(path.name, data, max_bytes=max_bytes)
        files.append((path.name, data))
    return files


def import_row(
    line: int, row: dict[str, Any], base_dir: Path, *, actor, now: datetime, max_bytes: int, is_demo: bool = False
) -> RowResult:
    """Import one row in its own transaction: a rejected row leaves nothing behind."""
    try:
        data, status, paths = parse_row(row)
        files = _read_files(paths, base_dir, max_bytes)
        entry = _find_existing(data)
        if entry is None:
            entry = services.create_entry(data, actor=actor, now=now, is_demo=is_demo, commit=False)
            outcome = "created"
        else:
            changed = services.update_entry(entry, data, actor=actor, now=now, commit=False)
            outcome = "updated" if changed else "unchanged"
        for name, content in files:
            _, attached = documents.attach(entry, filename=name, data=content, actor=actor, now=now,
                                           max_bytes=max_bytes, commit=False)
            if attached and outcome == "unchanged":
                outcome = "updated"
        if status == EntryStatus.PUBLISHED and entry.status != EntryStatus.PUBLISHED:
            services.publish(entry, actor=actor, now=now, commit=False)
            outcome = "updated" if outcome == "unchanged" else outcome
        db.session.commit()
        return RowResult(line, outcome, entry_id=entry.id)
    except DomainError as error:
        db.session.rollback()
        return RowResult(line, "rejected", reason=error.message)


def import_file(
    path: Path, *, actor, now: datetime, max_bytes: int, is_demo: bool = False,
    progress: Callable[[list], ContextManager[Iterable]] = nullcontext,
) -> ImportReport:
    """Import every row of ``path``; ``progress`` wraps the rows in a context (the CLI's progress bar)."""
    rows = read_rows(path)
    report = ImportReport()
    with progress(rows) as tracked:
        for line, row in tracked:
            report.results.append(
                import_row(line, row, path.parent, actor=actor, now=now, max_bytes=max_bytes, is_demo=is_demo)
            )
    return report


def entry_to_row(entry: InformationEntry, files: list[str]) -> dict[str, Any]:
    return {
        "external_id": entry.external_id or "",
        "title": entry.title,
        "category": entry.category.value,
        "unit": entry.unit.code,
        "summary": entry.summary,
        "year": entry.year if entry.year is not None else "",
        "holder": entry.holder,
        "responsible": entry.responsible,
        "produced_at": entry.produced_at.isoformat() if entry.produced_at else "",
        "produced_place": entry.produced_place,
        "formats": entry.formats,
        "retention": entry.retention,
        "legal_basis": entry.legal_basis,
        "consequence_test": entry.consequence_test,
        "exempt_until": entry.exempt_until.isoformat() if entry.exempt_until else "",
        "files": ";".join(files),
        "text": entry.text,
        "status": entry.status.value,
        "legal_item": entry.legal_item,
        "consequence_test_number": _test_number(entry),
    }


def _test_number(entry: InformationEntry) -> str:
    """The SK number of an exempt entry's test (public, Lampiran III); an opened entry no longer rests on one."""
    if not entry.is_exempt or not entry.consequence_test_id:
        return ""
    test = db.session.get(ConsequenceTest, entry.consequence_test_id)
    return test.number if test is not None else ""


def public_files(entry: InformationEntry) -> list[Document]:
    """The documents anyone may receive: none for excluded information (UU 14/2008 Pasal 17)."""
    return [] if entry.is_exempt else list(entry.documents)


def to_csv(entries: Iterable[InformationEntry], *, file_ref: Callable[[Document], str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow(entry_to_row(entry, [file_ref(d) for d in public_files(entry)]))
    return out.getvalue()


def export_file(entries: list[InformationEntry], path: Path) -> int:
    """Write ``entries`` to ``path`` (CSV or JSONL) with their public files beside it; return the count.

    The files go to ``<name>-files/`` so that ``import-dip`` reads the export back as it is.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise DomainError(f"Format ekspor tidak dikenal: {suffix or '(tanpa ekstensi)'}; gunakan .csv atau .jsonl.")
    files_dir = path.with_name(path.stem + "-files")
    files_dir.mkdir(parents=True, exist_ok=True)

    def copy(document: Document) -> str:
        target = files_dir / f"{document.sha256[:12]}-{document.filename}"
        if not target.exists():
            shutil.copyfile(documents.path_of(document), target)
        return f"{files_dir.name}/{target.name}"

    if suffix == ".csv":
        path.write_text(to_csv(entries, file_ref=copy), encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8") as out:
            for entry in entries:
                row = entry_to_row(entry, [copy(d) for d in public_files(entry)])
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(entries)
