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
FORMS = {"softcopy": "Softcopy", "hardcopy": "Hardcopy", "softcopy;hardcopy": "Softcopy dan hardcopy"}


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
    header: str
    get: Callable[[Any, RowContext], Value]
    kind: str = TEXT


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
        return "Di bawah penguasaan: Tidak" + (f" (dikuasai {r.other_body})" if r.other_body else "")
    if r.decision == Decision.BELUM_DIDOKUMENTASIKAN:
        return "Belum didokumentasikan"
    return "Di bawah penguasaan: Ya"


def _decision(r: InfoRequest, ctx: RowContext) -> Value:
    if r.status == RequestStatus.CLOSED_INCOMPLETE:
        return "Tidak dilanjutkan: permohonan tidak dilengkapi (Pasal 33)"
    if r.awaiting_refusal_approval:
        return "Usulan penolakan, menunggu persetujuan Atasan PPID" if ctx.full else "Dalam proses"
    return r.decision.label if r.decision else "Dalam proses"


def _refusal_basis(r: InfoRequest, ctx: RowContext) -> Value:
    return r.refusal_basis if r.decision == Decision.DITOLAK and _decision_shown(r, ctx) else None


def _fee(r: InfoRequest, ctx: RowContext) -> Value:
    return r.fee_total if r.decision in GRANTED else None


def _payment(r: InfoRequest, ctx: RowContext) -> Value:
    if r.decision not in GRANTED:
        return None
    if r.payment_method is None or r.fee_total == 0:
        return "Tanpa biaya"
    return r.payment_method.label


def _days_to_notice(r: InfoRequest, ctx: RowContext) -> Value:
    if r.notified_at is None:
        return None
    return days_to_answer(ctx.calendar, local_date(r.received_at), local_date(r.notified_at))


def _on_time(r: InfoRequest, ctx: RowContext) -> Value:
    """Ya when the notice went out by the binding deadline; Tidak once it is late, answered or not."""
    if r.notified_at is not None:
        return "Ya" if local_date(r.notified_at) <= r.current_due_date else "Tidak"
    if r.status.open and ctx.today > r.current_due_date:
        return "Tidak"
    return None


REQUEST_COLUMNS: list[Column] = [
    Column("no", "No", lambda r, c: c.number, NUMBER),
    Column("received_on", "Tanggal permohonan", lambda r, c: local_date(r.received_at), DATE),
    Column("name", "Nama", lambda r, c: _requester(r, c, "name")),
    Column("address", "Alamat", lambda r, c: _requester(r, c, "address")),
    Column("contact", "Nomor kontak", lambda r, c: _requester(r, c, "contact")),
    Column("occupation", "Pekerjaan", lambda r, c: _requester(r, c, "occupation")),
    Column("information", "Informasi yang diminta", lambda r, c: r.information),
    Column("purpose", "Tujuan penggunaan informasi", lambda r, c: r.purpose),
    Column("information_status", "Status informasi", _information_status),
    Column("information_form", "Bentuk informasi", lambda r, c: FORMS.get(r.information_form)),
    Column("request_kind", "Jenis permohonan",
           lambda r, c: "Melihat/mengetahui" if r.obtain_method in SEEING else "Meminta salinan"),
    Column("decision", "Keputusan", _decision),
    Column("refusal_basis", "Alasan penolakan", _refusal_basis),
    Column("notified_on", "Tanggal pemberitahuan tertulis", lambda r, c: _local(r.notified_at), DATE),
    Column("delivered_on", "Tanggal pemberian informasi", lambda r, c: _local(r.delivered_at), DATE),
    Column("fee", "Biaya", _fee, MONEY),
    Column("payment_method", "Cara pembayaran", _payment),
    Column("register_number", "Nomor pendaftaran", lambda r, c: r.register_number),
    Column("unit", "Unit", lambda r, c: r.unit.name),
    Column("days_to_notice", "Hari kerja hingga pemberitahuan", _days_to_notice, NUMBER),
    Column("on_time", "Tepat waktu", _on_time),
]


def _objector(k: Keberatan, ctx: RowContext) -> str:
    name = _requester(k.info_request, ctx, "name")
    if k.proxy_name:
        name += f" (kuasa: {k.proxy_name if ctx.full else mask_name(k.proxy_name)})"
    return name


def _atasan(k: Keberatan, ctx: RowContext) -> Value:
    return ", ".join(v for v in (k.atasan_name, k.atasan_position) if v) or None


KEBERATAN_COLUMNS: list[Column] = [
    Column("no", "No", lambda k, c: c.number, NUMBER),
    Column("filed_on", "Tanggal keberatan", lambda k, c: local_date(k.filed_at), DATE),
    Column("name", "Nama", _objector),
    Column("address", "Alamat", lambda k, c: _requester(k.info_request, c, "address")),
    Column("contact", "Kontak", lambda k, c: _requester(k.info_request, c, "contact")),
    Column("occupation", "Pekerjaan", lambda k, c: _requester(k.info_request, c, "occupation")),
    Column("request_number", "Nomor pendaftaran permohonan", lambda k, c: k.info_request.register_number),
    Column("information", "Informasi yang diminta", lambda k, c: k.info_request.information),
    Column("purpose", "Tujuan penggunaan informasi", lambda k, c: k.info_request.purpose),
    Column("grounds", "Alasan keberatan", lambda k, c: ", ".join(g.value for g in k.ground_list)),
    Column("outcome", "Keputusan Atasan PPID", lambda k, c: k.outcome.label if k.outcome else None),
    Column("answered_on", "Tanggal tanggapan", lambda k, c: _local(k.answered_at), DATE),
    Column("atasan", "Nama dan posisi Atasan PPID", _atasan),
    Column("requester_reaction", "Tanggapan pemohon", lambda k, c: k.requester_reaction or None),
    Column("number", "Nomor keberatan", lambda k, c: k.number),
    Column("due_date", "Batas waktu tanggapan", lambda k, c: k.due_date, DATE),
    Column("unit", "Unit", lambda k, c: k.info_request.unit.name),
]
