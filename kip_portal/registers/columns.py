"""The columns of both registers, defined once: the page, CSV, XLSX, PDF and the API all read these lists.

Request register: Perki 1/2021 Pasal 32 and Lampiran VIII, every column in the Lampiran's order, then our own
columns (number, unit, working days to the notice, on time). Keberatan register: Pasal 43 and Lampiran XI,
then the keberatan number, the Atasan PPID's deadline (Pasal 44) and the unit.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from kip_portal.core.dates import local_date
from kip_portal.i18n import N_
from kip_portal.inforequests.deadlines import days_to_answer
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import ObtainMethod
from kip_portal.inforequests.models import RequestStatus
from kip_portal.inforequests.privacy import mask_name
from kip_portal.inforequests.privacy import requester_columns
from kip_portal.keberatan.models import Keberatan
from kip_portal.workdays.calendar import WorkCalendar

Value = str | int | date | None
TEXT, DATE, MONEY, NUMBER = "text", "date", "money", "number"
GRANTED = (Decision.DIKABULKAN_SELURUHNYA, Decision.DIKABULKAN_SEBAGIAN)
SEEING = (ObtainMethod.MELIHAT, ObtainMethod.MEMBACA, ObtainMethod.MENDENGARKAN, ObtainMethod.MENCATAT)
FORMS = {"softcopy": N_("Softcopy"), "hardcopy": N_("Hardcopy"), "softcopy;hardcopy": N_("Softcopy dan hardcopy")}


@dataclass(frozen=True)
class RowContext:
    """What a getter needs beyond the row: its number, whether the reader sees personal data, the calendar."""

    number: int
    full: bool
    calendar: WorkCalendar
    today: date


@dataclass(frozen=True)
class Column:
    key: str  # the field name in the API's JSON rows
    header: str  # Indonesian, as the Lampiran names it (exports); the page shows it with ``_(column.header)``
    get: Callable[[Any, RowContext], Value]
    kind: str = TEXT
    # The values are the portal's own words (marked with N_), not a person's text: the page may translate them.
    translate: bool = False


def _requester(info_request: InfoRequest, ctx: RowContext, field: str) -> str:
    return requester_columns(info_request, full=ctx.full)[field]


def _local(moment) -> date | None:
    return local_date(moment) if moment is not None else None


def _decision_shown(r: InfoRequest, ctx: RowContext) -> bool:
    """A refusal not yet approved by the Atasan PPID is no decision yet, except for the unit's own staff."""
    return r.decision is not None and (ctx.full or not r.awaiting_refusal_approval)


def _information_status(r: InfoRequest, ctx: RowContext) -> Value:
    if not _decision_shown(r, ctx):
        return None
    if r.decision == Decision.TIDAK_DIKUASAI:
        return N_("Di bawah penguasaan: Tidak") + (f" (dikuasai {r.other_body})" if r.other_body else "")
    if r.decision == Decision.BELUM_DIDOKUMENTASIKAN:
        return N_("Belum didokumentasikan")
    return N_("Di bawah penguasaan: Ya")


def _decision(r: InfoRequest, ctx: RowContext) -> Value:
    if r.status == RequestStatus.CLOSED_INCOMPLETE:
        return N_("Tidak dilanjutkan: permohonan tidak dilengkapi (Pasal 33)")
    if r.awaiting_refusal_approval:
        return N_("Usulan penolakan, menunggu persetujuan Atasan PPID") if ctx.full else N_("Dalam proses")
    return r.decision.label if r.decision else N_("Dalam proses")


def _refusal_basis(r: InfoRequest, ctx: RowContext) -> Value:
    return r.refusal_basis if r.decision == Decision.DITOLAK and _decision_shown(r, ctx) else None


def _fee(r: InfoRequest, ctx: RowContext) -> Value:
    return r.fee_total if r.decision in GRANTED else None


def _payment(r: InfoRequest, ctx: RowContext) -> Value:
    if r.decision not in GRANTED:
        return None
    if r.payment_method is None or r.fee_total == 0:
        return N_("Tanpa biaya")
    return r.payment_method.label


def _days_to_notice(r: InfoRequest, ctx: RowContext) -> Value:
    if r.notified_at is None:
        return None
    return days_to_answer(ctx.calendar, local_date(r.received_at), local_date(r.notified_at))


def _on_time(r: InfoRequest, ctx: RowContext) -> Value:
    """Ya when the notice went out by the binding deadline; Tidak once it is late, answered or not."""
    if r.notified_at is not None:
        return N_("Ya") if local_date(r.notified_at) <= r.current_due_date else N_("Tidak")
    if r.status.open and ctx.today > r.current_due_date:
        return N_("Tidak")
    return None


REQUEST_COLUMNS: list[Column] = [
    Column("no", N_("No"), lambda r, c: c.number, NUMBER),
    Column("received_on", N_("Tanggal permohonan"), lambda r, c: local_date(r.received_at), DATE),
    Column("name", N_("Nama"), lambda r, c: _requester(r, c, "name")),
    Column("address", N_("Alamat"), lambda r, c: _requester(r, c, "address")),
    Column("contact", N_("Nomor kontak"), lambda r, c: _requester(r, c, "contact")),
    Column("occupation", N_("Pekerjaan"), lambda r, c: _requester(r, c, "occupation")),
    Column("information", N_("Informasi yang diminta"), lambda r, c: r.information),
    Column("purpose", N_("Tujuan penggunaan informasi"), lambda r, c: r.purpose),
    Column("information_status", N_("Status informasi"), _information_status, translate=True),
    Column("information_form", N_("Bentuk informasi"), lambda r, c: FORMS.get(r.information_form), translate=True),
    Column("request_kind", N_("Jenis permohonan"),
           lambda r, c: N_("Melihat/mengetahui") if r.obtain_method in SEEING else N_("Meminta salinan"),
           translate=True),
    Column("decision", N_("Keputusan"), _decision, translate=True),
    Column("refusal_basis", N_("Alasan penolakan"), _refusal_basis),
    Column("notified_on", N_("Tanggal pemberitahuan tertulis"), lambda r, c: _local(r.notified_at), DATE),
    Column("delivered_on", N_("Tanggal pemberian informasi"), lambda r, c: _local(r.delivered_at), DATE),
    Column("fee", N_("Biaya"), _fee, MONEY),
    Column("payment_method", N_("Cara pembayaran"), _payment, translate=True),
    Column("register_number", N_("Nomor pendaftaran"), lambda r, c: r.register_number),
    Column("unit", N_("Unit"), lambda r, c: r.unit.name),
    Column("days_to_notice", N_("Hari kerja hingga pemberitahuan"), _days_to_notice, NUMBER),
    Column("on_time", N_("Tepat waktu"), _on_time, translate=True),
]


def _objector(k: Keberatan, ctx: RowContext) -> str:
    name = _requester(k.info_request, ctx, "name")
    if k.proxy_name:
        name += f" (kuasa: {k.proxy_name if ctx.full else mask_name(k.proxy_name)})"
    return name


def _atasan(k: Keberatan, ctx: RowContext) -> Value:
    return ", ".join(v for v in (k.atasan_name, k.atasan_position) if v) or None


KEBERATAN_COLUMNS: list[Column] = [
    Column("no", N_("No"), lambda k, c: c.number, NUMBER),
    Column("filed_on", N_("Tanggal keberatan"), lambda k, c: local_date(k.filed_at), DATE),
    Column("name", N_("Nama"), _objector),
    Column("address", N_("Alamat"), lambda k, c: _requester(k.info_request, c, "address")),
    Column("contact", N_("Kontak"), lambda k, c: _requester(k.info_request, c, "contact")),
    Column("occupation", N_("Pekerjaan"), lambda k, c: _requester(k.info_request, c, "occupation")),
    Column("request_number", N_("Nomor pendaftaran permohonan"), lambda k, c: k.info_request.register_number),
    Column("information", N_("Informasi yang diminta"), lambda k, c: k.info_request.information),
    Column("purpose", N_("Tujuan penggunaan informasi"), lambda k, c: k.info_request.purpose),
    Column("grounds", N_("Alasan keberatan"), lambda k, c: ", ".join(g.value for g in k.ground_list)),
    Column("outcome", N_("Keputusan Atasan PPID"), lambda k, c: k.outcome.label if k.outcome else None, translate=True),
    Column("answered_on", N_("Tanggal tanggapan"), lambda k, c: _local(k.answered_at), DATE),
    Column("atasan", N_("Nama dan posisi Atasan PPID"), _atasan),
    Column("requester_reaction", N_("Tanggapan pemohon"), lambda k, c: k.requester_reaction or None),
    Column("number", N_("Nomor keberatan"), lambda k, c: k.number),
    Column("due_date", N_("Batas waktu tanggapan"), lambda k, c: k.due_date, DATE),
    Column("unit", N_("Unit"), lambda k, c: k.info_request.unit.name),
]
