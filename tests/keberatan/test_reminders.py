"""Reminders to the Atasan PPID: an open keberatan due within 5 working days or overdue, once per day."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from kip_portal.extensions import db
from kip_portal.keberatan import services
from kip_portal.keberatan.notifications import queue_keberatan_reminders
from kip_portal.mail.models import OutboxMail
from kip_portal.workdays import services as workdays
from tests.keberatan.conftest import at


def remind(today: date) -> int:
    return queue_keberatan_reminders(today=today, calendar=workdays.calendar_around(today), now=at(today, 6))


def reminders_to(user) -> list[OutboxMail]:
    return list(db.session.scalars(sa.select(OutboxMail).where(OutboxMail.recipient == user.email,
                                                               OutboxMail.subject.startswith("Pengingat: keberatan"))
                                   .order_by(OutboxMail.id)))


def test_reminders_start_five_working_days_before_the_deadline_and_are_idempotent(make_request, refuse, lodge,
                                                                                  people):
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    keberatan = lodge(info_request, date(2026, 11, 16))  # the answer is due Wed 30 Dec 2026
    # Fri 18 Dec: six working days left (21, 22, 23, 28, 29, 30 Dec): no reminder yet.
    assert remind(date(2026, 12, 18)) == 0
    # Mon 21 Dec: five left (22, 23, 28, 29, 30 Dec; 24–25 Dec are not working days).
    assert remind(date(2026, 12, 21)) == 1
    assert remind(date(2026, 12, 21)) == 0
    assert remind(date(2026, 12, 22)) == 1
    mails = reminders_to(people["atasan"])
    assert len(mails) == 2 and "5 hari kerja lagi" in mails[0].subject and "4 hari kerja lagi" in mails[1].subject
    # Overdue on Thu 31 Dec.
    assert remind(date(2026, 12, 31)) == 1
    assert "terlambat 1 hari kerja" in reminders_to(people["atasan"])[-1].subject
    # Answered: no more reminders.
    services.respond(keberatan, outcome="dikuatkan", reasons="Alasan tertulis.", actor=people["atasan"],
                     now=at(date(2026, 12, 31), 11))
    assert remind(date(2027, 1, 4)) == 0


def test_send_reminders_command_queues_them(runner, make_request, refuse, lodge, people, freeze):
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    lodge(info_request, date(2026, 11, 16))
    freeze(at(date(2026, 12, 29)))
    result = runner.invoke(args=["send-reminders"])
    assert result.exit_code == 0, result.output
    assert "1 pengingat keberatan baru" in result.output
    assert len(reminders_to(people["atasan"])) == 1
    assert "1 pengingat keberatan baru" not in runner.invoke(args=["send-reminders"]).output
