"""Which rows a register holds for a reader and a filter, and their values column by column."""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy import Select
from sqlalchemy.orm import selectinload

from kip_portal.core.dates import year_bounds
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.core.exceptions import NotFound
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.inforequests.privacy import can_see_personal_data
from kip_portal.keberatan.models import Keberatan
from kip_portal.registers.columns import KEBERATAN_COLUMNS
from kip_portal.registers.columns import REQUEST_COLUMNS
from kip_portal.registers.columns import Column
from kip_portal.registers.columns import RowContext
from kip_portal.registers.columns import Value
from kip_portal.units.models import Unit
from kip_portal.units.services import get_by_code
from kip_portal.workdays import services as workdays


@dataclass(frozen=True)
class Register:
    slug: str  # in URLs and file names
    title: str
    basis: str  # the article and Lampiran it follows
    columns: list[Column]
    statuses: dict[str, str]  # status filter value → label
    model: type
    unit_of: Callable[[object], Unit]


REQUESTS = Register(
    slug="permohonan", title=N_("Register Permohonan Informasi Publik"),
    basis=N_("Peraturan Komisi Informasi Nomor 1 Tahun 2021 Pasal 32, Lampiran VIII"), columns=REQUEST_COLUMNS,
    statuses={"open": N_("Dalam proses")} | {s.value: s.label for s in RequestStatus},
    model=InfoRequest, unit_of=lambda r: r.unit,
)
KEBERATAN = Register(
    slug="keberatan", title=N_("Register Keberatan"),
    basis=N_("Peraturan Komisi Informasi Nomor 1 Tahun 2021 Pasal 43, Lampiran XI"), columns=KEBERATAN_COLUMNS,
    statuses={"open": N_("Menunggu tanggapan Atasan PPID"), "answered": N_("Sudah ditanggapi")},
    model=Keberatan, unit_of=lambda k: k.info_request.unit,
)
REGISTERS = {r.slug: r for r in (REQUESTS, KEBERATAN)}


@dataclass(frozen=True)
class Filters:
    year: int
    unit: Unit | None = None
    status: str = ""

    def as_args(self) -> dict[str, str]:
        """The filters as query arguments, for download links and pagination."""
        args = {"year": str(self.year)}
        if self.unit is not None:
            args["unit"] = self.unit.code
        if self.status:
            args["status"] = self.status
        return args


def read_filters(register: Register, args: Mapping[str, str], *, units: list[Unit], today: date) -> Filters:
    """Year (default: this year), unit code (one of ``units``, those the reader may see) and status.

    :raises DomainError: for a malformed year or status; NotFound/NotAllowed for an unknown or foreign unit.
    """
    text = (args.get("year") or "").strip()
    if not text:
        year = today.year
    elif text.isascii() and text.isdigit() and 2000 <= int(text) <= 2999:
        year = int(text)
    else:
        raise DomainError(_("Tahun tidak valid."), {"year": _("Contoh: %(contoh)s", contoh=today.year)})
    unit = None
    code = (args.get("unit") or "").strip()
    if code:
        unit = next((u for u in units if u.code == code), None)
        if unit is None:
            if get_by_code(code) is None:
                raise NotFound(_("Unit %(code)s tidak dikenal.", code=code), {"unit": _("Pilih unit yang ada.")})
            raise NotAllowed(_("Register unit %(code)s di luar wewenang Anda.", code=code),
                             {"unit": _("Pilih unit Anda.")})
    status = (args.get("status") or "").strip()
    if status and status not in register.statuses:
        raise DomainError(_("Status tidak dikenal."), {"status": ", ".join(register.statuses)})
    return Filters(year=year, unit=unit, status=status)


def query(register: Register, filters: Filters, *, units: Iterable[Unit]) -> Select:
    """The register's rows in the order they were received or filed, limited to ``units``."""
    unit_ids = [filters.unit.id] if filters.unit is not None else [u.id for u in units]
    start, end = year_bounds(filters.year)
    if register is REQUESTS:
        select = (sa.select(InfoRequest).where(InfoRequest.unit_id.in_(unit_ids),
                                               InfoRequest.received_at >= start, InfoRequest.received_at < end)
                  .options(selectinload(InfoRequest.unit)).order_by(InfoRequest.received_at, InfoRequest.id))
        if filters.status == "open":
            select = select.where(InfoRequest.status.in_([s for s in RequestStatus if s.open]))
        elif filters.status:
            select = select.where(InfoRequest.status == RequestStatus(filters.status))
        return select
    select = (sa.select(Keberatan).join(Keberatan.info_request)
              .where(InfoRequest.unit_id.in_(unit_ids), Keberatan.filed_at >= start, Keberatan.filed_at < end)
              .options(selectinload(Keberatan.info_request).selectinload(InfoRequest.unit))
              .order_by(Keberatan.filed_at, Keberatan.id))
    if filters.status == "open":
        select = select.where(Keberatan.outcome.is_(None))
    elif filters.status == "answered":
        select = select.where(Keberatan.outcome.is_not(None))
    return select


def all_items(register: Register, filters: Filters, *, units: Iterable[Unit]) -> list:
    return list(db.session.scalars(query(register, filters, units=units)))


def rows(register: Register, items: Iterable, *, reader, year: int, today: date, start: int = 1) -> list[list[Value]]:
    """The values of each item, column by column; personal data whole only where ``reader`` may see it."""
    calendar = workdays.calendar(range(year - 1, year + 2))
    full: dict[int, bool] = {}
    table = []
    for number, item in enumerate(items, start):
        unit = register.unit_of(item)
        if unit.id not in full:
            full[unit.id] = can_see_personal_data(reader, unit)
        context = RowContext(number=number, full=full[unit.id], calendar=calendar, today=today)
        table.append([column.get(item, context) for column in register.columns])
    return table


def years(register: Register, *, today: date) -> list[int]:
    """Years to offer in the filter: those with rows, and this year; newest first."""
    found = set(db.session.scalars(sa.select(register.model.year).distinct()))
    return sorted(found | {today.year}, reverse=True)
