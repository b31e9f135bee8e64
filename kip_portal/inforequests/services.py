"""Receive, number and extend information requests; each use case is one transaction with an audit event."""
from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext
from sqlalchemy.exc import IntegrityError

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import ROMAN_MONTHS
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.crypto import files as encrypted_files
from kip_portal.documents.filetypes import FileType
from kip_portal.documents.filetypes import detect_identity
from kip_portal.documents.services import human_size
from kip_portal.extensions import db
from kip_portal.inforequests import deadlines
from kip_portal.inforequests import notifications
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.inforequests.validation import RequestData
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from kip_portal.units import services as units
from kip_portal.workdays import services as workdays

# A second identical submission within this window is the same request (a double click, a resent form).
DOUBLE_SUBMIT_WINDOW = timedelta(minutes=30)
# A request older than this without its receipt was cut off between its commit and its receipt (a worker killed,
# the database gone): the sweep of send-reminders completes it. Younger ones may still be in a live worker.
RECEIPT_GRACE = timedelta(minutes=5)
NUMBERING_ATTEMPTS = 50


@dataclass
class Submitted:
    info_request: InfoRequest
    tracking_code: str
    created: bool


def register_number(sequence: int, received_on) -> str:
    return current_app.config["REGISTER_NUMBER_FORMAT"].format(
        sequence=sequence, month_roman=ROMAN_MONTHS[received_on.month - 1], month=received_on.month,
        year=received_on.year)


def tracking_code(info_request: InfoRequest) -> str:
    """The citizen's secret code: derived from the register number with the portal's secret key.

    Deriving rather than storing it lets a double-submitted form show the same code again, while the
    database holds only its hash.
    """
    digest = hmac.new(current_app.config["SECRET_KEY"].encode(), info_request.register_number.encode(),
                      hashlib.sha256).digest()
    code = base64.b32encode(digest).decode()[:16]
    return "-".join(code[i:i + 4] for i in range(0, 16, 4))


def _hash(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").strip().upper().encode()).hexdigest()


def find_by_tracking_code(code: str) -> InfoRequest | None:
    if not code or len(code) > 40:
        return None
    return db.session.scalar(sa.select(InfoRequest).where(InfoRequest.tracking_hash == _hash(code)))


def _submission_key(data: RequestData, unit_id: int) -> str:
    parts = [data.requester_type, data.name.lower(), data.nik, data.email.lower(), data.information, str(unit_id)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _audit_view(info_request: InfoRequest) -> dict:
    """What the audit trail keeps of a request: never the requester's NIK, address or phone."""
    return {"register_number": info_request.register_number, "unit": info_request.unit.code,
            "channel": info_request.channel, "status": info_request.status,
            "received_at": info_request.received_at, "due_date": info_request.due_date,
            "extended_due_date": info_request.extended_due_date}


def _checked_identity(files: Sequence[tuple[str, bytes]]) -> list[tuple[FileType, bytes]]:
    """Check every identity file before anything is stored: a bad one refuses the whole request."""
    limit = current_app.config["IDENTITY_MAX_BYTES"]
    checked = []
    for name, content in files:
        if len(content) > limit:
            raise DomainError(gettext("Berkas identitas \u201c%(name)s\u201d melebihi %(size)s.", name=name,
                                      size=human_size(limit)),
                              {"identity": gettext("Perkecil berkas (mis. foto KTP beresolusi lebih rendah).")})
        try:
            checked.append((detect_identity(content), content))
        except DomainError as error:
            raise DomainError(error.message, {"identity": error.message}) from None
    return checked


def submit(data: RequestData, *, channel: Channel, received_at: datetime, actor, now: datetime,
           identity_files: Sequence[tuple[str, bytes]] = ()) -> Submitted:
    """Register a request, give it its number at once (UU 14/2008 Pasal 22 ayat 4) and issue the receipt.

    ``identity_files`` are (name, bytes) of the KTP, akta or surat kuasa (Perki 1/2021 Pasal 27).

    :raises DomainError: when a field is missing or wrong (each named in ``fields``).
    """
    data.validate()
    identity = _checked_identity(identity_files)
    unit = units.get_by_code(data.unit) if data.unit else units.utama()
    if unit is None:
        raise DomainError(gettext("Unit PPID tidak dikenal."), {"unit": gettext("Pilih unit yang ada.")})
    if received_at > now + timedelta(minutes=5):
        raise DomainError(gettext("Tanggal diterima tidak boleh di masa depan."),
                          {"received_at": gettext("Periksa tanggal.")})
    key = _submission_key(data, unit.id)
    earlier = db.session.scalar(sa.select(InfoRequest).where(
        InfoRequest.submission_key == key, InfoRequest.created_at >= now - DOUBLE_SUBMIT_WINDOW))
    if earlier is not None:
        code = tracking_code(earlier)
        if not any(letter.kind == LetterKind.RECEIPT for letter in earlier.letters):
            # Stored, but its worker died (or the database went away) before the receipt: the resend completes it.
            _acknowledge(earlier, code, actor=actor, now=now)
        return Submitted(earlier, code, created=False)
    received_on = local_date(received_at)
    due = deadlines.notice_deadline(workdays.calendar_around(received_on), received_on,
                                    day_one=workdays.day_one()).due
    for _ in range(NUMBERING_ATTEMPTS):
        sequence = 1 + (db.session.scalar(sa.select(sa.func.max(InfoRequest.sequence))
                                          .where(InfoRequest.year == received_on.year)) or 0)
        info_request = InfoRequest(
            year=received_on.year, sequence=sequence, register_number=register_number(sequence, received_on),
            tracking_hash="", unit=unit, channel=channel, received_at=received_at, due_date=due,
            submission_key=key, status=RequestStatus.RECEIVED,
            **{name: getattr(data, name) for name in (
                "requester_type", "name", "nik", "legal_entity_number", "address", "phone", "email", "occupation",
                "information", "purpose", "obtain_method", "delivery_method")},
        )
        code = tracking_code(info_request)
        info_request.tracking_hash = _hash(code)
        db.session.add(info_request)
        for filetype, content in identity:
            db.session.add(IdentityDocument(info_request=info_request, sha256=encrypted_files.save(content),
                                            mimetype=filetype.mimetype, size=len(content)))
        try:
            record_event(actor=actor, action=AuditAction.CREATED, obj=info_request, now=now,
                         after=_audit_view(info_request))
            db.session.commit()
        except IntegrityError:
            # Another request took this number (or the audit chain moved) between our read and write.
            db.session.rollback()
            continue
        _acknowledge(info_request, code, actor=actor, now=now)
        return Submitted(info_request, code, created=True)
    raise Conflict("Nomor pendaftaran tidak dapat dibuat saat ini; silakan kirim ulang.")


def _acknowledge(info_request: InfoRequest, code: str, *, actor, now: datetime) -> None:
    """Issue the receipt (tanda bukti, Perki 1/2021 Pasal 29), mail it to the requester and tell the unit."""
    receipt = letters.issue(LetterKind.RECEIPT, info_request, actor=actor, now=now)
    notifications.letter_to_requester(receipt, tracking_code=code, now=now)
    notifications.new_request_to_unit(info_request, now=now)


def issue_missing_receipts(*, now: datetime) -> int:
    """Issue and mail the receipt of every request stored without one, for a citizen who never sends again.

    Run by ``send-reminders``; the receipt carries the date it is issued, the request keeps its date of receipt."""
    has_receipt = sa.select(Letter.id).where(Letter.info_request_id == InfoRequest.id,
                                             Letter.kind == LetterKind.RECEIPT).exists()
    stranded = db.session.scalars(sa.select(InfoRequest).where(
        ~has_receipt, InfoRequest.created_at < now - RECEIPT_GRACE).order_by(InfoRequest.id)).all()
    for info_request in stranded:
        _acknowledge(info_request, tracking_code(info_request), actor=None, now=now)
    return len(stranded)


def extend(info_request: InfoRequest, *, reason: str, actor, now: datetime) -> InfoRequest:
    """Extend the notice deadline once by 7 working days (UU 14/2008 Pasal 22 ayat 8), with its letter.

    :raises Conflict: on a second extension; DomainError without a reason or on a closed request.
    """
    if info_request.extended_due_date is not None:
        raise Conflict(gettext("Perpanjangan hanya dapat dilakukan satu kali (UU 14/2008 Pasal 22 ayat 8)."))
    if not reason.strip():
        raise DomainError(gettext("Alasan perpanjangan wajib ditulis."), {"reason": gettext("Wajib diisi.")})
    if not info_request.status.open:
        raise DomainError(gettext("Permohonan ini sudah tidak dalam proses."))
    before = _audit_view(info_request)
    calendar = workdays.calendar_around(info_request.due_date)
    info_request.extended_due_date = deadlines.extended_deadline(calendar, info_request.due_date).due
    info_request.extension_reason = reason.strip()
    info_request.status = RequestStatus.EXTENDED
    record_event(actor=actor, action=AuditAction.EXTENDED, obj=info_request, now=now, before=before,
                 after=_audit_view(info_request) | {"reason": info_request.extension_reason})
    db.session.commit()
    letter = letters.issue(LetterKind.EXTENSION, info_request, actor=actor, now=now)
    notifications.letter_to_requester(letter, tracking_code=None, now=now)
    return info_request


def recompute_deadlines(*, actor, now: datetime) -> int:
    """Recount the deadlines of every open request on today's calendar (after a calendar change).

    Each changed request gets an audit event with its old and new dates; return how many changed.
    """
    changed = 0
    open_statuses = [s for s in RequestStatus if s.open]
    for info_request in db.session.scalars(sa.select(InfoRequest).where(InfoRequest.status.in_(open_statuses))):
        received_on = local_date(info_request.received_at)
        calendar = workdays.calendar_around(received_on)
        due = deadlines.notice_deadline(calendar, received_on, day_one=workdays.day_one()).due
        extended = (deadlines.extended_deadline(calendar, due).due
                    if info_request.extended_due_date is not None else None)
        if (due, extended) == (info_request.due_date, info_request.extended_due_date):
            continue
        before = _audit_view(info_request)
        info_request.due_date, info_request.extended_due_date = due, extended
        record_event(actor=actor, action=AuditAction.RECOMPUTED, obj=info_request, now=now, before=before,
                     after=_audit_view(info_request))
        changed += 1
    db.session.commit()
    return changed
