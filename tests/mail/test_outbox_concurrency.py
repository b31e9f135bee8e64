"""Two overlapping runs of `flask send-mail` (cron every minute, a slow server) send each mail exactly once.

Meaningful on PostgreSQL (KIP_TEST_DATABASE_URL), where both runs really write at the same time; on SQLite the
database lets one writer in at a time."""
from __future__ import annotations

import multiprocessing

import sqlalchemy as sa

from kip_portal.extensions import db
from kip_portal.mail import services as mail
from kip_portal.mail.models import OutboxMail
from tests.mail import workers

MAILS = 40


def test_two_senders_at_once_send_each_mail_once(app, smtp, now):
    for n in range(MAILS):
        mail.queue(to=f"pemohon{n}@contoh.test", subject=f"Pemberitahuan {n}", body="Isi surat.\n", now=now)
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "DOCUMENTS_DIR", "INDEX_DIR",
                                               "SECRET_KEY", "MAIL_SERVER", "MAIL_PORT", "MAIL_SENDER")}
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(2) as pool:
        barrier = manager.Barrier(2)  # both runs start sending at the same moment
        sent = pool.starmap(workers.send_outbox, [(config, app.instance_path, now.isoformat(), barrier)] * 2)

    recipients = sorted(rcpt for envelope in smtp.envelopes for rcpt in envelope.rcpt_tos)
    assert recipients == sorted(f"pemohon{n}@contoh.test" for n in range(MAILS))
    assert sum(sent) == MAILS
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count()).where(OutboxMail.sent_at.is_(None))) == 0
