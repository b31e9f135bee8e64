"""Completeness and routing: the PPID's first steps with a new request (Perki 1/2021 Pasal 31–33)."""
from __future__ import annotations

from datetime import date
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.inforequests import notifications
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.letters import services as letters
from kip_portal.letters.models import LetterKind
from kip_portal.units.models import Unit
from kip_portal.workdays import services as workdays
from kip_portal.workdays.calendar import add_working_days

COMPLETION_DAYS = 3


def _view(info_request: InfoRequest) -> dict:
    return {"register_number": info_request.register_number, "status": info_request.status,
            "unit": info_request.unit.code, "completion_due_date": info_request.completion_due_date}


def mark_incomplete(info_request: InfoRequest, *, note: str, actor, now: datetime) -> InfoRequest:
    """Tell the requester what is missing (Pasal 33): 3 working days to complete, with a letter."""
    if info_request.status != RequestStatus.RECEIVED:
        raise Conflict(_("Kelengkapan hanya diperiksa pada permohonan yang baru diterima."))
    if not note.strip():
        raise DomainError(_("Sebutkan kelengkapan yang belum dipenuhi."), {"note": _("Wajib diisi.")})
    before = _view(info_request)
    today = local_date(now)
    # Perki 1/2021 Pasal 33 ayat (3): the requester completes within 3 working days of the letter.
    info_request.completion_due_date = add_working_days(workdays.calendar_around(today), today, COMPLETION_DAYS,
                                                        day_one=workdays.day_one()).due
    info_request.completeness_note, info_request.status = note.strip(), RequestStatus.INCOMPLETE
    record_event(actor=actor, action=AuditAction.MARKED_INCOMPLETE, obj=info_request, now=now, before=before,
                 after=_view(info_request))
    db.session.commit()
    notifications.letter_to_requester(letters.issue(LetterKind.INCOMPLETE, info_request, actor=actor, now=now),
                                      tracking_code=None, now=now)
    return info_request


def mark_complete(info_request: InfoRequest, *, actor, now: datetime) -> InfoRequest:
    """The request is complete (at once, or once the requester completed it): it goes into process."""
    if info_request.status not in (RequestStatus.RECEIVED, RequestStatus.INCOMPLETE):
        raise Conflict(_("Permohonan ini sudah diproses."))
    before = _view(info_request)
    info_request.status = RequestStatus.IN_PROCESS
    record_event(actor=actor, action=AuditAction.MARKED_COMPLETE, obj=info_request, now=now, before=before,
                 after=_view(info_request))
    db.session.commit()
    return info_request


def close_uncompleted(*, today: date, now: datetime) -> int:
    """Close the requests not completed within their 3 working days (Pasal 33 ayat 4); return how many."""
    stale = db.session.scalars(sa.select(InfoRequest).where(InfoRequest.status == RequestStatus.INCOMPLETE,
                                                            InfoRequest.completion_due_date < today)).all()
    for info_request in stale:
        before = _view(info_request)
        info_request.status = RequestStatus.CLOSED_INCOMPLETE
        record_event(actor=None, action=AuditAction.CLOSED_INCOMPLETE, obj=info_request, now=now, before=before,
                     after=_view(info_request))
    db.session.commit()
    return len(stale)


def route(info_request: InfoRequest, unit: Unit, *, actor, now: datetime) -> InfoRequest:
    """Send the request to the PPID Pelaksana that holds the information; its officers are told."""
    if not info_request.status.open:
        raise Conflict(_("Permohonan yang sudah selesai tidak dapat dialihkan."))
    if unit.id == info_request.unit_id:
        raise DomainError(_("Permohonan sudah berada di unit tersebut."), {"unit": _("Pilih unit lain.")})
    before = _view(info_request)
    info_request.unit = unit
    record_event(actor=actor, action=AuditAction.ROUTED, obj=info_request, now=now, before=before,
                 after=_view(info_request))
    db.session.commit()
    notifications.new_request_to_unit(info_request, now=now)
    return info_request
