"""Who is told what by e-mail about a request: the requester's letters, the unit's new work, the reminders."""
from __future__ import annotations

from datetime import date
from datetime import datetime

import sqlalchemy as sa
from flask import current_app

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.extensions import db
from kip_portal.inforequests import queries
from kip_portal.inforequests.models import InfoRequest
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.mail import services as mail
from kip_portal.units.models import UnitKind
from kip_portal.workdays.calendar import WorkCalendar


def letter_to_requester(letter: Letter, *, tracking_code: str | None, now: datetime) -> None:
    """Send a letter's PDF to the requester who gave an e-mail address (Perki 1/2021 Pasal 30: by e-mail)."""
    info_request = letter.info_request
    track = mail.link("inforequests.track", kode=tracking_code) if tracking_code else mail.link("inforequests.track")
    body = (f"Yth. {info_request.name},\n\n"
            f"terlampir {letter.kind.label} nomor {letter.number} untuk permohonan informasi nomor pendaftaran "
            f"{info_request.register_number}.\n\n"
            f"Batas waktu pemberitahuan tertulis: {info_request.current_due_date:%d-%m-%Y}.\n"
            f"Lacak permohonan Anda: {track}\n\n"
            f"PPID {current_app.config['BODY_NAME']}\n")
    filename = f"{letter.kind.value}-{letter.number.replace('/', '-')}.pdf"
    mail.queue(to=info_request.email, subject=f"{letter.kind.label} — {info_request.register_number}", body=body,
               now=now, attachments=[(filename, "application/pdf", letters.pdf_bytes(letter))],
               dedupe_key=f"letter:{letter.id}")


def officers_of(info_request: InfoRequest) -> list[User]:
    """The PPID officers who handle the request: its unit's and the PPID Utama's."""
    return list(db.session.scalars(sa.select(User).where(
        User.role == Role.PPID, User.active.is_(True),
        sa.or_(User.unit_id == info_request.unit_id, User.unit.has(kind=UnitKind.UTAMA)))))


def new_request_to_unit(info_request: InfoRequest, *, now: datetime) -> None:
    """Tell the unit's officers a request has arrived; the mail names no personal data, only the link."""
    link = mail.link("inforequests_staff.show", request_id=info_request.id)
    recipients = {u.email for u in officers_of(info_request)} | ({info_request.unit.email} - {""})
    for address in sorted(recipients):
        mail.queue(to=address, subject=f"Permohonan informasi baru {info_request.register_number}",
                   body=(f"Permohonan informasi {info_request.register_number} diterima untuk "
                         f"{info_request.unit.name}.\nBatas waktu pemberitahuan tertulis: "
                         f"{info_request.due_date:%d-%m-%Y}.\n\n{link}\n"),
                   now=now, dedupe_key=f"new:{info_request.id}:{info_request.unit_id}:{address}")


def refusal_to_atasan(info_request: InfoRequest, *, now: datetime) -> None:
    """A proposed refusal waits for the Atasan PPID (Perki 1/2021 Pasal 10 ayat 2): tell them."""
    link = mail.link("inforequests_staff.show", request_id=info_request.id)
    for user in db.session.scalars(sa.select(User).where(User.role == Role.ATASAN, User.active.is_(True))):
        mail.queue(to=user.email, subject=f"Persetujuan penolakan: permohonan {info_request.register_number}",
                   body=(f"PPID mengusulkan penolakan permohonan {info_request.register_number} "
                         f"({info_request.unit.name}); batas waktu {info_request.current_due_date:%d-%m-%Y}.\n"
                         f"Mohon persetujuan Anda: {link}\n"),
                   now=now, dedupe_key=f"refusal:{info_request.id}:{user.id}:{info_request.decided_at:%Y%m%d%H%M%S}")


def queue_reminders(requests: list[InfoRequest], *, today: date, calendar: WorkCalendar, now: datetime) -> int:
    """Queue one due-soon or overdue reminder per request, recipient and day; return how many are new.

    The dedupe key makes the job safe to run as often as cron likes.
    """
    atasan = list(db.session.scalars(sa.select(User).where(User.role == Role.ATASAN, User.active.is_(True))))
    queued = 0
    for info_request in requests:
        urgency = queries.urgency(info_request, today=today, calendar=calendar)
        if urgency is None or not (urgency.overdue or urgency.due_soon):
            continue
        state = "terlambat" if urgency.overdue else "segera jatuh tempo"
        link = mail.link("inforequests_staff.show", request_id=info_request.id)
        for user in officers_of(info_request) + (atasan if urgency.overdue else []):
            queued += mail.queue_reminder(
                to=user.email, subject=f"Pengingat: permohonan {info_request.register_number} {state}",
                body=(f"Permohonan {info_request.register_number} ({info_request.unit.name}) {state}: "
                      f"batas waktu {info_request.current_due_date:%d-%m-%Y}, {urgency.label}.\n\n{link}\n"),
                now=now, dedupe_key=f"reminder:{info_request.id}:{user.id}:{today.isoformat()}")
    db.session.commit()
    return queued
