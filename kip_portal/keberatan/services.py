"""Keberatan to the Atasan PPID (UU 14/2008 Pasal 35–36; Perki 1/2021 Pasal 39–44): file, answer, react.

Each use case is one transaction: the keberatan's change, its audit event and the letter it issues are committed
together, so a keberatan never exists without its receipt, nor an answer without its tanggapan letter.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext
from sqlalchemy.exc import IntegrityError

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import ROMAN_MONTHS
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.extensions import db
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.keberatan import notifications
from kip_portal.keberatan.models import Ground
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from kip_portal.templating import tanggal
from kip_portal.workdays import services as workdays
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.calendar import add_working_days

FILING_DAYS = 30  # UU 14/2008 Pasal 36 ayat (1)
ANSWER_DAYS = 30  # UU 14/2008 Pasal 36 ayat (2); Perki 1/2021 Pasal 44
NUMBERING_ATTEMPTS = 50
CASE_MAX = 10000


@dataclass(frozen=True)
class Window:
    """When a keberatan on a request may be filed: 30 working days counted from its ground."""

    opens: date  # the first day it may be filed
    closes: date  # the last day
    notified: bool  # the ground is the written notice (else: the notice deadline lapsed unanswered)

    @property
    def text(self) -> str:
        return gettext("%(opens)s s.d. %(closes)s", opens=tanggal(self.opens), closes=tanggal(self.closes))


def filing_window(info_request: InfoRequest, calendar: WorkCalendar) -> Window:
    """The filing window (UU 14/2008 Pasal 36 ayat 1): from the written notice when there is one, otherwise
    from the day after the notice deadline lapsed unanswered (Pasal 35 ayat 1 huruf c)."""
    notified_at = info_request.notified_at
    if notified_at is not None:
        ground = opens = local_date(notified_at)
    else:
        ground = info_request.current_due_date
        opens = ground + timedelta(days=1)
    closes = add_working_days(calendar, ground, FILING_DAYS, article="UU 14/2008 Pasal 36 ayat (1)",
                              day_one=workdays.day_one()).due
    return Window(opens=opens, closes=closes, notified=notified_at is not None)


def number_for(sequence: int, filed_on: date) -> str:
    return current_app.config["KEBERATAN_NUMBER_FORMAT"].format(
        sequence=sequence, month_roman=ROMAN_MONTHS[filed_on.month - 1], month=filed_on.month, year=filed_on.year)


def status_of(keberatan: Keberatan) -> str:
    """``open`` until the Atasan PPID answers, then ``answered`` (the API's and the register's status)."""
    return "open" if keberatan.is_open else "answered"


def letters_of(keberatan: Keberatan) -> list[Letter]:
    return list(db.session.scalars(sa.select(Letter).where(Letter.keberatan_id == keberatan.id)
                                   .order_by(Letter.id)))


def audit_view(keberatan: Keberatan) -> dict[str, Any]:
    """What the audit trail keeps: never the kasus posisi or the proxy's personal data."""
    return {"number": keberatan.number, "register_number": keberatan.info_request.register_number,
            "grounds": keberatan.grounds, "channel": keberatan.channel, "filed_at": keberatan.filed_at,
            "window_start": keberatan.window_start, "window_end": keberatan.window_end,
            "due_date": keberatan.due_date, "outcome": keberatan.outcome, "answer_number": keberatan.answer_number,
            "answered_at": keberatan.answered_at}


def _checked_grounds(grounds: Iterable[str]) -> str:
    chosen = {str(g).strip().lower() for g in grounds if str(g).strip()}
    letters_ = ", ".join(g.value for g in Ground)
    if not chosen:
        raise DomainError(gettext("Pilih sekurang-kurangnya satu alasan keberatan (UU 14/2008 Pasal 35 ayat 1)."),
                          {"grounds": gettext("Pilih dari huruf %(letters)s.", letters=letters_)})
    unknown = chosen - {g.value for g in Ground}
    if unknown:
        raise DomainError(gettext("Alasan keberatan tidak dikenal: %(grounds)s.", grounds=", ".join(sorted(unknown))),
                          {"grounds": gettext("Pilih dari huruf %(letters)s.", letters=letters_)})
    return ";".join(sorted(chosen))


def _checked_proxy(name: str, address: str, phone: str) -> tuple[str, str, str]:
    name, address, phone = name.strip(), address.strip(), phone.strip()
    problems = {}
    if (address or phone) and not name:
        problems["proxy_name"] = gettext("Isi nama kuasa pemohon, atau kosongkan data kuasa.")
    for field, value, limit in (("proxy_name", name, 200), ("proxy_address", address, 500),
                                ("proxy_phone", phone, 30)):
        if len(value) > limit:
            problems[field] = gettext("Maksimal %(max)s karakter.", max=limit)
    if problems:
        raise DomainError(gettext("Data kuasa pemohon belum benar: %(problems)s", problems=" ".join(problems.values())),
                          problems)
    return name, address, phone


def _check_window(window: Window, info_request: InfoRequest, filed_on: date) -> None:
    if filed_on < window.opens and not window.notified:
        raise DomainError(
            gettext("Belum ada keputusan atau batas waktu yang terlampaui yang dapat diajukan keberatan: permohonan "
                    "%(number)s masih dalam batas waktu pemberitahuan tertulis sampai %(due)s. Bila sampai tanggal "
                    "itu tidak ada pemberitahuan tertulis, keberatan dapat diajukan %(window)s (UU 14/2008 Pasal 35 "
                    "ayat 1 huruf c dan Pasal 36 ayat 1).", number=info_request.register_number,
                    due=tanggal(info_request.current_due_date), window=window.text),
            {"filed_at": gettext("Belum dapat diajukan.")})
    if not window.opens <= filed_on <= window.closes:
        raise DomainError(
            gettext("Keberatan hanya dapat diajukan %(window)s (%(days)s hari kerja, UU 14/2008 Pasal 36 ayat 1).",
                    window=window.text, days=FILING_DAYS),
            {"filed_at": gettext("Di luar jangka waktu %(window)s.", window=window.text)})


def _check_no_open_duplicate(info_request: InfoRequest, grounds: str) -> None:
    chosen = set(grounds.split(";"))
    for other in db.session.scalars(sa.select(Keberatan).where(Keberatan.info_request_id == info_request.id,
                                                               Keberatan.outcome.is_(None))):
        shared = chosen & set(other.grounds.split(";"))
        if shared:
            raise Conflict(
                gettext("Keberatan %(number)s atas alasan huruf %(grounds)s untuk permohonan ini masih menunggu "
                        "tanggapan Atasan PPID (batas %(due)s); keberatan yang sama tidak dapat diajukan dua kali.",
                        number=other.number, grounds=", ".join(sorted(shared)), due=tanggal(other.due_date)),
                {"grounds": gettext("Sudah diajukan dan belum ditanggapi.")})


def file_keberatan(info_request: InfoRequest, *, grounds: Iterable[str], case: str, channel: Channel,
                   filed_at: datetime, actor, now: datetime, proxy_name: str = "", proxy_address: str = "",
                   proxy_phone: str = "") -> Keberatan:
    """Register a keberatan with its number at once and issue its receipt (Lampiran X; Perki 1/2021 Pasal 41–42).

    ``filed_at`` is when it reached the PPID (now, or earlier for one received off-line and entered by staff).

    :raises DomainError: (422) on a missing item, or outside the 30-working-day filing window (its dates named).
    :raises Conflict: (409) while an open keberatan on the same request shares one of the grounds.
    """
    chosen = _checked_grounds(grounds)
    case = (case or "").strip()
    if not case:
        raise DomainError(gettext("Kasus posisi wajib diisi: uraikan mengapa Anda keberatan."),
                          {"case": gettext("Wajib diisi.")})
    if len(case) > CASE_MAX:
        raise DomainError(gettext("Kasus posisi terlalu panjang (maksimal %(max)s karakter).", max=CASE_MAX),
                          {"case": gettext("Maksimal %(max)s karakter.", max=CASE_MAX)})
    proxy = _checked_proxy(proxy_name, proxy_address, proxy_phone)
    if filed_at > now + timedelta(minutes=5):
        raise DomainError("Tanggal keberatan diterima tidak boleh di masa depan.", {"filed_at": "Periksa tanggal."})
    filed_on = local_date(filed_at)
    calendar = workdays.calendar_around(filed_on)
    window = filing_window(info_request, calendar)
    _check_window(window, info_request, filed_on)
    due = add_working_days(calendar, filed_on, ANSWER_DAYS, article="Perki 1/2021 Pasal 44",
                           day_one=workdays.day_one()).due
    for _ in range(NUMBERING_ATTEMPTS):
        _check_no_open_duplicate(info_request, chosen)
        sequence = 1 + (db.session.scalar(sa.select(sa.func.max(Keberatan.sequence))
                                          .where(Keberatan.year == filed_on.year)) or 0)
        keberatan = Keberatan(
            year=filed_on.year, sequence=sequence, number=number_for(sequence, filed_on), info_request=info_request,
            grounds=chosen, case=case, channel=channel, filed_at=filed_at, filed_by_id=getattr(actor, "id", None),
            proxy_name=proxy[0], proxy_address=proxy[1], proxy_phone=proxy[2], window_start=window.opens,
            window_end=window.closes, due_date=due)
        with db.session.no_autoflush:  # render the receipt before taking the write lock
            receipt = letters.draft(LetterKind.KEBERATAN_RECEIPT, info_request, actor=actor, now=now,
                                    keberatan=keberatan)
        try:
            db.session.add(keberatan)
            record_event(actor=actor, action=AuditAction.KEBERATAN_FILED, obj=keberatan, now=now,
                         after=audit_view(keberatan))
            receipt.keberatan_id = keberatan.id
            letters.record(receipt, actor=actor, now=now)
            db.session.commit()
        except IntegrityError:
            # Another keberatan or letter took this number (or the audit chain moved) between read and write.
            db.session.rollback()
            continue
        notifications.filed(keberatan, receipt, now=now)
        return keberatan
    raise Conflict(gettext("Nomor keberatan tidak dapat dibuat saat ini; silakan kirim ulang."))


def _request_view(info_request: InfoRequest) -> dict[str, Any]:
    return {"register_number": info_request.register_number, "status": info_request.status,
            "decision": info_request.decision, "decided_at": info_request.decided_at,
            "refusal_approved_at": info_request.refusal_approved_at}


def _reopen(info_request: InfoRequest, keberatan: Keberatan, *, actor, now: datetime) -> None:
    """An overturned decision goes back to the PPID to decide again (the atasan's answer binds the PPID)."""
    before = _request_view(info_request)
    info_request.decision = info_request.decided_at = info_request.decided_by_id = None
    info_request.refusal_approved_at = info_request.refusal_approved_by_id = None
    info_request.status = RequestStatus.IN_PROCESS
    record_event(actor=actor, action=AuditAction.REOPENED_BY_KEBERATAN, obj=info_request, now=now, before=before,
                 after=_request_view(info_request) | {"keberatan": keberatan.number})


def respond(keberatan: Keberatan, *, outcome: Outcome | str, reasons: str, actor, now: datetime) -> Keberatan:
    """The Atasan PPID's written answer (UU 14/2008 Pasal 36 ayat 2–3; Perki 1/2021 Pasal 44), with its number.

    Overturning a decision sends the request back to the PPID (status in process, decision cleared).

    :raises NotAllowed: for anyone but an Atasan PPID. :raises Conflict: when it was already answered.
    :raises DomainError: without an outcome or written reasons.
    """
    if getattr(actor, "role", None) != Role.ATASAN:
        raise NotAllowed(gettext("Keberatan hanya dapat ditanggapi oleh Atasan PPID (UU 14/2008 Pasal 35 ayat 1)."))
    try:
        outcome = Outcome(outcome)
    except ValueError:
        raise DomainError(gettext("Pilih tanggapan: menguatkan atau membatalkan keputusan PPID."),
                          {"outcome": ", ".join(o.value for o in Outcome)}) from None
    reasons = (reasons or "").strip()
    if not reasons:
        raise DomainError(gettext("Alasan tertulis tanggapan wajib diisi (UU 14/2008 Pasal 36 ayat 3)."),
                          {"reasons": gettext("Wajib diisi.")})
    for _ in range(NUMBERING_ATTEMPTS):
        if not keberatan.is_open:
            raise Conflict(gettext("Keberatan %(number)s sudah ditanggapi pada %(date)s.", number=keberatan.number,
                                   date=tanggal(keberatan.answered_at)))
        info_request = keberatan.info_request
        before = audit_view(keberatan)
        keberatan.outcome, keberatan.reasons = outcome, reasons
        keberatan.answered_at, keberatan.answered_by_id = now, actor.id
        keberatan.atasan_name = actor.name
        keberatan.atasan_position = f"Atasan PPID {current_app.config['BODY_NAME']}"
        with db.session.no_autoflush:  # render the answer (citing the decision objected to) before writing
            answer = letters.draft(LetterKind.KEBERATAN_ANSWER, info_request, actor=actor, now=now,
                                   keberatan=keberatan)
        keberatan.answer_number = answer.number
        reopened = outcome == Outcome.DIBATALKAN and info_request.decision is not None
        try:
            record_event(actor=actor, action=AuditAction.KEBERATAN_ANSWERED, obj=keberatan, now=now,
                         before=before, after=audit_view(keberatan))
            letters.record(answer, actor=actor, now=now)
            if reopened:
                _reopen(info_request, keberatan, actor=actor, now=now)
            db.session.commit()
        except IntegrityError:
            # The letter number was taken (or the audit chain moved): start again from the stored state.
            db.session.rollback()
            continue
        notifications.answered(keberatan, answer, now=now)
        return keberatan
    raise Conflict(gettext("Nomor surat tanggapan tidak dapat dibuat saat ini; silakan coba lagi."))


def record_reaction(keberatan: Keberatan, *, reaction: str, actor, now: datetime) -> Keberatan:
    """Note the requester's reaction to the answer ("Tanggapan Pemohon", Perki 1/2021 Lampiran XI).

    :raises NotAllowed: for anyone but a PPID officer. :raises Conflict: before the atasan has answered.
    """
    if getattr(actor, "role", None) != Role.PPID:
        raise NotAllowed(gettext("Tanggapan pemohon dicatat oleh petugas PPID."))
    if keberatan.is_open:
        raise Conflict(gettext("Keberatan ini belum ditanggapi Atasan PPID; tanggapan pemohon dicatat sesudahnya."))
    reaction = (reaction or "").strip()
    if not reaction:
        raise DomainError(gettext("Tanggapan pemohon wajib diisi."), {"reaction": gettext("Wajib diisi.")})
    if len(reaction) > 2000:
        raise DomainError(gettext("Tanggapan pemohon terlalu panjang (maksimal 2000 karakter)."),
                          {"reaction": gettext("Maksimal 2000 karakter.")})
    before = {"requester_reaction": keberatan.requester_reaction, "reaction_at": keberatan.reaction_at}
    keberatan.requester_reaction, keberatan.reaction_at = reaction, now
    record_event(actor=actor, action=AuditAction.KEBERATAN_REACTION, obj=keberatan, now=now, before=before,
                 after={"number": keberatan.number, "requester_reaction": reaction, "reaction_at": now})
    db.session.commit()
    return keberatan
