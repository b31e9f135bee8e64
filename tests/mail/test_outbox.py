"""The outbox keeps every mail until a real SMTP server has taken it, and sends none twice."""
from __future__ import annotations

import hashlib
import json
import logging
import smtplib
from datetime import timedelta

import pytest
import sqlalchemy as sa
from aiosmtpd.smtp import AuthResult

from kip_portal.core.storage import BlobStore
from kip_portal.extensions import db
from kip_portal.mail import services as mail
from kip_portal.mail.models import OutboxMail
from tests import factories

TO = "siti.rahayu@contoh.test"
SENDER = "ppid@localhost"
BODY = "Yth. Siti Rahayu,\n\nPermohonan Anda tercatat dengan nomor 001/PPID/XI/2026 \u2014 terima kasih.\n"


def queue(now, *, to=TO, **fields):
    fields.setdefault("subject", "Tanda bukti permohonan informasi 001/PPID/XI/2026")
    fields.setdefault("body", BODY)
    return mail.queue(to=to, now=now, **fields)


def outbox() -> list[OutboxMail]:
    return list(db.session.scalars(sa.select(OutboxMail).order_by(OutboxMail.id)))


def test_queued_mail_is_delivered_with_headers_body_and_attachment(app, smtp, now):
    pdf = factories.pdf_bytes("Surat pemberitahuan tertulis")
    queued = queue(now, attachments=[("pemberitahuan-001.pdf", "application/pdf", pdf)])

    report = mail.send_pending(now=now)

    assert report == mail.SendReport(sent=1, failed=0, waiting=0)
    [envelope] = smtp.envelopes
    assert envelope.mail_from == SENDER
    assert envelope.rcpt_tos == [TO]
    [message] = smtp.messages()
    assert message["From"] == app.config["MAIL_SENDER"]
    assert message["To"] == TO
    assert message["Subject"] == "Tanda bukti permohonan informasi 001/PPID/XI/2026"
    assert message["Date"].datetime == now
    assert message["Message-ID"].endswith("@localhost>")
    assert message.get_body().get_content() == BODY
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "pemberitahuan-001.pdf"
    assert attachment.get_content() == pdf
    assert queued.sent_at == now


def test_attachments_are_kept_in_the_blob_store_not_in_the_row(app, now):
    pdf = factories.pdf_bytes()
    queued = queue(now, attachments=[("surat.pdf", "application/pdf", pdf)])

    digest = hashlib.sha256(pdf).hexdigest()
    assert json.loads(queued.attachments) == [{"filename": "surat.pdf", "mimetype": "application/pdf",
                                               "sha256": digest}]
    assert BlobStore(app.config["DOCUMENTS_DIR"]).path_for(digest).read_bytes() == pdf


def test_the_same_dedupe_key_queues_one_mail(app, smtp, now):
    first = queue(now, dedupe_key="reminder:7:2026-11-30")
    again = queue(now + timedelta(hours=1), body="Pengingat lagi", dedupe_key="reminder:7:2026-11-30")

    assert again.id == first.id
    assert again.body == BODY
    assert len(outbox()) == 1
    mail.send_pending(now=now)
    assert len(smtp.envelopes) == 1


@pytest.mark.parametrize("to", ["", "   "])
def test_no_address_queues_nothing(app, now, to):
    assert queue(now, to=to) is None
    assert outbox() == []


def test_a_down_server_loses_nothing_and_the_mail_goes_out_once_it_is_back(app, mail_server, now):
    queued = queue(now)

    assert mail.send_pending(now=now) == mail.SendReport(sent=0, failed=1, waiting=0)
    assert queued.sent_at is None
    assert queued.attempts == 1
    assert queued.last_error.startswith("ConnectionRefusedError")
    assert queued.next_attempt_at == now + timedelta(minutes=1)

    # Before the wait is over, the mail is not tried again even once the server is back.
    mail_server.start()
    assert mail.send_pending(now=now + timedelta(seconds=30)) == mail.SendReport(sent=0, failed=0, waiting=1)
    assert mail_server.envelopes == []

    later = now + timedelta(minutes=2)
    assert mail.send_pending(now=later) == mail.SendReport(sent=1, failed=0, waiting=0)
    assert queued.sent_at == later
    assert queued.attempts == 1
    assert mail.send_pending(now=later + timedelta(hours=3)) == mail.SendReport(sent=0, failed=0, waiting=0)
    assert len(mail_server.envelopes) == 1


def test_a_second_run_sends_nothing_twice(app, smtp, now):
    queue(now)
    queue(now, to="budi@contoh.test")

    assert mail.send_pending(now=now).sent == 2
    assert mail.send_pending(now=now + timedelta(minutes=5)).sent == 0
    assert sorted(e.rcpt_tos[0] for e in smtp.envelopes) == ["budi@contoh.test", TO]


def test_the_wait_grows_after_each_failure_and_stays_hourly(app, mail_server, now):
    queued = queue(now)
    waits = []
    at = now
    for _ in range(6):
        mail.send_pending(now=at)
        waits.append(queued.next_attempt_at - at)
        at = queued.next_attempt_at

    minutes = [wait / timedelta(minutes=1) for wait in waits]
    assert minutes == [1, 5, 15, 60, 60, 60]
    assert queued.attempts == 6


def test_a_server_that_cannot_be_reached_ends_the_run_and_leaves_the_rest_due(app, mail_server, now):
    first, second, third = queue(now), queue(now, to="budi@contoh.test"), queue(now, to="ani@contoh.test")

    assert mail.send_pending(now=now) == mail.SendReport(sent=0, failed=1, waiting=2)
    assert [m.attempts for m in (first, second, third)] == [1, 0, 0]
    assert second.next_attempt_at is None and third.next_attempt_at is None

    mail_server.start()
    assert mail.send_pending(now=now) == mail.SendReport(sent=2, failed=0, waiting=1)


def test_a_refused_recipient_does_not_stop_the_other_mails(app, smtp, now):
    smtp.refused.add(TO)
    refused, other = queue(now), queue(now, to="budi@contoh.test")

    assert mail.send_pending(now=now) == mail.SendReport(sent=1, failed=1, waiting=0)
    assert refused.sent_at is None and refused.attempts == 1
    assert refused.last_error.startswith("SMTPRecipientsRefused: 550 5.1.1")
    assert other.sent_at == now
    assert [e.rcpt_tos for e in smtp.envelopes] == [["budi@contoh.test"]]


def test_errors_and_logs_never_name_the_recipient(app, mail_server, now, caplog):
    caplog.set_level(logging.DEBUG)
    down = queue(now)
    mail.send_pending(now=now)
    mail_server.start()
    mail_server.refused.add("budi.santoso@contoh.test")
    refused = queue(now, to="budi.santoso@contoh.test")
    mail.send_pending(now=now)

    ours = [record.getMessage() for record in caplog.records if record.name.startswith("kip_portal")]
    assert any(f"outbox mail {refused.id} not sent" in line for line in ours)
    for text in [down.last_error, refused.last_error, *ours]:
        assert "siti" not in text.lower() and "budi" not in text.lower() and "@contoh" not in text
    assert "<alamat>" in refused.last_error


def test_a_run_that_dies_after_the_server_took_a_mail_resends_it_only_after_the_hold(
        app, smtp, now, monkeypatch):
    queued = queue(now)
    take = smtplib.SMTP.send_message

    def take_then_die(self, message):
        take(self, message)
        raise KeyboardInterrupt

    monkeypatch.setattr(smtplib.SMTP, "send_message", take_then_die)
    with pytest.raises(KeyboardInterrupt):
        mail.send_pending(now=now)
    monkeypatch.undo()
    db.session.rollback()

    # An overlapping or the next run leaves the mail alone while the dead run held it...
    assert mail.send_pending(now=now + timedelta(minutes=10)).sent == 0
    assert len(smtp.envelopes) == 1
    # ...and then sends it again, with the same Message-ID, since nothing recorded that it went out.
    assert mail.send_pending(now=now + mail.CLAIM).sent == 1
    first, second = smtp.messages()
    assert first["Message-ID"] == second["Message-ID"]
    assert queued.sent_at == now + mail.CLAIM


@pytest.mark.parametrize("mail_config", [{"MAIL_USE_TLS": True, "MAIL_USERNAME": "ppid@dinsos.test",
                                          "MAIL_PASSWORD": "sandi-smtp"}])
def test_starttls_and_login_when_configured(app, mail_server, tls_context, now):
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password, session.ssl is not None))
        return AuthResult(success=auth_data.password == b"sandi-smtp")

    mail_server.start(tls_context=tls_context, require_starttls=True, authenticator=authenticator,
                      auth_required=True)
    queue(now)

    assert mail.send_pending(now=now).sent == 1
    assert logins == [(b"ppid@dinsos.test", b"sandi-smtp", True)]
    assert len(mail_server.envelopes) == 1


def test_send_mail_command_prints_the_counts(app, smtp, runner, now):
    queue(now)
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 0, result.output
    assert result.output == "1 surel terkirim, 0 gagal (dicoba lagi nanti), 0 menunggu.\n"


def test_send_mail_command_succeeds_while_the_server_is_down(app, mail_server, runner, now):
    queue(now)
    result = runner.invoke(args=["send-mail"])
    assert result.exit_code == 0, result.output
    assert result.output == "0 surel terkirim, 1 gagal (dicoba lagi nanti), 0 menunggu.\n"
    assert outbox()[0].attempts == 1
