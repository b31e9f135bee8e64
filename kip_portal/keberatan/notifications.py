"""Who is told what by e-mail about a keberatan: the requester's letters, the atasan's work, the PPID's orders."""
from __future__ import annotations

from datetime import date
from datetime import datetime

import sqlalchemy as sa
from flask import current_app

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.extensions import db
from kip_portal.inforequests.notifications import officers_of
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.mail import services as mail
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.calendar import working_days_between

# The atasan is reminded from five working days before the answer's deadline (UU 14/2008 Pasal 36 ayat 2).
DUE_SOON_DAYS = 5


def atasan() -> list[User]:
    return list(db.session.scalars(sa.select(User).where(User.role == Role.ATASAN, User.active.is_(True))
                                   .order_by(User.id)))


def _letter_to_requester(keberatan: Keberatan, letter: Letter, text: str, *, now: datetime) -> None:
    info_request = keberatan.info_request
    body = (f"Yth. {info_request.name},\n\n{text}\n\n"
            f"Lacak permohonan dan keberatan Anda dengan kode pelacakan: {mail.link('inforequests.track')}\n\n"
            f"PPID {current_app.config['BODY_NAME']}\n")
    filename = f"{letter.kind.value}-{letter.number.replace('/', '-')}.pdf"
    mail.queue(to=info_request.email, subject=f"{letter.kind.label} — {keberatan.number}", body=body, now=now,
               attachments=[(filename, "application/pdf", letters.pdf_bytes(letter))],
               dedupe_key=f"letter:{letter.id}")


def filed(keberatan: Keberatan, receipt: Letter, *, now: datetime) -> None:
    """Send the requester the receipt with the keberatan number (Perki 1/2021 Pasal 42), and tell the atasan.

    The atasan's mail names no personal data: only numbers, the unit, the deadline and the link.
    """
    _letter_to_requester(keberatan, receipt, (
        f"keberatan Anda atas permohonan informasi {keberatan.info_request.register_number} telah dicatat dengan "
        f"nomor registrasi keberatan {keberatan.number}. Terlampir pernyataan keberatan (tanda terima) nomor "
        f"{receipt.number}.\n\nAtasan PPID wajib menanggapi secara tertulis paling lambat "
        f"{keberatan.due_date:%d-%m-%Y} (30 hari kerja, UU 14/2008 Pasal 36 ayat 2)."), now=now)
    link = mail.link("keberatan_staff.show", keberatan_id=keberatan.id)
    info_request = keberatan.info_request
    for user in atasan():
        mail.queue(to=user.email, subject=f"Keberatan baru {keberatan.number}",
                   body=(f"Keberatan {keberatan.number} diajukan atas permohonan {info_request.register_number} "
                         f"({info_request.unit.name}), alasan huruf {keberatan.grounds.replace(';', ', ')}.\n"
                         f"Tanggapan tertulis Anda paling lambat {keberatan.due_date:%d-%m-%Y} "
                         f"(UU 14/2008 Pasal 36 ayat 2).\n\n{link}\n"),
                   now=now, dedupe_key=f"keberatan-new:{keberatan.id}:{user.id}")


def answered(keberatan: Keberatan, answer: Letter, *, now: datetime) -> None:
    """Send the requester the atasan's answer; an overturned decision is the PPID's work again."""
    _letter_to_requester(keberatan, answer, (
        f"terlampir tanggapan Atasan PPID nomor {answer.number} atas keberatan {keberatan.number}: "
        f"{keberatan.outcome.label}.\n\nBila Anda tidak puas dengan tanggapan ini, Anda dapat mengajukan "
        "permohonan penyelesaian sengketa informasi kepada Komisi Informasi paling lambat 14 hari kerja sejak "
        "menerima tanggapan ini (UU 14/2008 Pasal 37)."), now=now)
    if keberatan.outcome != Outcome.DIBATALKAN:
        return
    info_request = keberatan.info_request
    link = mail.link("inforequests_staff.show", request_id=info_request.id)
    recipients = {u.email for u in officers_of(info_request)} | ({info_request.unit.email} - {""})
    for address in sorted(recipients):
        mail.queue(to=address, subject=f"Keberatan {keberatan.number} dikabulkan: proses kembali permohonan "
                                       f"{info_request.register_number}",
                   body=(f"Atasan PPID membatalkan keputusan PPID atas permohonan {info_request.register_number} "
                         f"(tanggapan nomor {keberatan.answer_number}). Permohonan dikembalikan kepada PPID untuk "
                         f"diputuskan kembali sesuai tanggapan tersebut.\n\n{link}\n"),
                   now=now, dedupe_key=f"keberatan-overturned:{keberatan.id}:{address}")


def queue_keberatan_reminders(*, today: date, calendar: WorkCalendar, now: datetime) -> int:
    """Remind the atasan of each open keberatan due within 5 working days or overdue; return how many are new.

    One reminder per keberatan, atasan and day (the dedupe key), so cron may run this as often as it likes.
    """
    recipients = atasan()
    queued = 0
    for keberatan in db.session.scalars(sa.select(Keberatan).where(Keberatan.outcome.is_(None))
                                        .order_by(Keberatan.due_date, Keberatan.id)):
        left = working_days_between(calendar, today, keberatan.due_date)
        if left > DUE_SOON_DAYS:
            continue
        if today > keberatan.due_date:
            state = f"terlambat {-left} hari kerja" if left < 0 else "terlambat"
        else:
            state = "jatuh tempo hari ini" if left == 0 else f"{left} hari kerja lagi"
        link = mail.link("keberatan_staff.show", keberatan_id=keberatan.id)
        for user in recipients:
            queued += mail.queue_reminder(
                to=user.email, subject=f"Pengingat: keberatan {keberatan.number} — {state}",
                body=(f"Keberatan {keberatan.number} atas permohonan {keberatan.info_request.register_number} "
                      f"belum ditanggapi: batas waktu {keberatan.due_date:%d-%m-%Y} ({state}; UU 14/2008 Pasal 36 "
                      f"ayat 2, Perki 1/2021 Pasal 44).\n\n{link}\n"),
                now=now, dedupe_key=f"keberatan-reminder:{keberatan.id}:{user.id}:{today.isoformat()}")
    db.session.commit()
    return queued
