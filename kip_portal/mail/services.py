"""Queue mail in the outbox and deliver it over SMTP, so a mail server that is down delays mail but loses none."""
from __future__ import annotations

import email.policy
import json
import logging
import re
import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email.utils import parseaddr

import sqlalchemy as sa
from flask import current_app
from flask import has_request_context
from flask import url_for

from kip_portal.documents.services import blob_store
from kip_portal.extensions import db
from kip_portal.mail.models import OutboxMail

log = logging.getLogger(__name__)

# The wait before the next try after the 1st, 2nd, 3rd... failure; the last step repeats for good.
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
# A mail is held this long while one run sends it, so an overlapping run (a slow server can make a cron run
# outlast its interval) does not send it too; if the run dies mid-send, the mail is tried again after this.
CLAIM = timedelta(hours=1)
SMTP_TIMEOUT = 10
# Bodies go out 7-bit (quoted-printable or base64 when not ASCII), which every relay accepts, also one
# without 8BITMIME.
POLICY = email.policy.default.clone(cte_type="7bit")
_ADDRESS = re.compile(r"\S+@\S+")


@dataclass(frozen=True)
class SendReport:
    """What one run did: mails sent, mails that failed and wait for a retry, and mails it left for later."""

    sent: int
    failed: int
    # Still unsent and not tried in this run: not yet due, past the limit, or skipped after the server
    # could not be reached.
    waiting: int



def link(endpoint: str, **values) -> str:
    """An absolute link for a mail: from the current request, or from PUBLIC_URL in cron jobs."""
    if has_request_context():
        return url_for(endpoint, _external=True, **values)
    path = current_app.url_map.bind("localhost").build(endpoint, values)
    return current_app.config["PUBLIC_URL"].rstrip("/") + path


def queue(
    *, to: str, subject: str, body: str, now: datetime, attachments: Iterable[tuple[str, str, bytes]] = (),
    dedupe_key: str | None = None, commit: bool = True,
) -> OutboxMail | None:
    """Put a mail in the outbox for :func:`send_pending`; return it, or None when there is no address.

    ``attachments`` are ``(filename, mimetype, data)``; their bytes go to the blob store, so the row stays
    small and a document mailed to many people is stored once. A ``dedupe_key`` that is already queued
    returns that mail unchanged, so a cron job may queue the same reminder on every run.
    """
    to = to.strip()
    # Requesters may leave only a phone number; they get their notices another way.
    if not to:
        return None
    if dedupe_key is not None:
        existing = db.session.scalar(sa.select(OutboxMail).where(OutboxMail.dedupe_key == dedupe_key))
        if existing is not None:
            return existing
    store = blob_store()
    listed = [{"filename": filename, "mimetype": mimetype, "sha256": store.save(data)}
              for filename, mimetype, data in attachments]
    mail = OutboxMail(recipient=to, subject=subject, body=body, attachments=json.dumps(listed),
                      dedupe_key=dedupe_key, created_at=now, updated_at=now)
    db.session.add(mail)
    if commit:
        db.session.commit()
    return mail


def queue_reminder(*, to: str, subject: str, body: str, now: datetime, dedupe_key: str) -> bool:
    """Queue a reminder a cron job offers on every run, once per ``dedupe_key``, without committing (the job
    commits its batch); whether a new mail was queued (not when already queued, nor without an address)."""
    mail = queue(to=to, subject=subject, body=body, now=now, dedupe_key=dedupe_key, commit=False)
    return mail is not None and mail in db.session.new


def send_pending(*, now: datetime, limit: int = 100) -> SendReport:
    """Send up to ``limit`` due mails, new ones first; a failed mail waits longer after each failure.

    Every mail is committed on its own, so a run that dies loses nothing and can only resend the one mail
    it was sending. One failing mail does not stop the others; a server that cannot be reached at all ends
    the run, since each further mail would wait out the same timeout, and the rest stay due for the next run.
    """
    due = db.session.scalars(
        sa.select(OutboxMail.id).where(OutboxMail.sent_at.is_(None), _is_due(now))
        .order_by(OutboxMail.next_attempt_at.is_not(None), OutboxMail.next_attempt_at, OutboxMail.id)
        .limit(limit)
    ).all()
    sent = failed = 0
    with _SmtpConnection(current_app.config) as smtp:
        for mail_id in due:
            mail = _claim(mail_id, now=now)
            if mail is None:
                continue
            try:
                smtp.send(_message(mail, now=now))
            except (OSError, ValueError) as error:
                # OSError covers refused connections, timeouts, TLS and every smtplib error; ValueError a
                # message that cannot be built (a bad header, broken attachment list).
                _record_failure(mail, error, now=now)
                failed += 1
            else:
                mail.sent_at, mail.next_attempt_at = now, None
                sent += 1
            db.session.commit()
            if smtp.unreachable:
                break
    unsent = db.session.scalar(sa.select(sa.func.count()).where(OutboxMail.sent_at.is_(None)))
    report = SendReport(sent=sent, failed=failed, waiting=unsent - failed)
    log.info("outbox: %d sent, %d failed, %d waiting", report.sent, report.failed, report.waiting)
    return report


def _is_due(now: datetime) -> sa.ColumnElement[bool]:
    return sa.or_(OutboxMail.next_attempt_at.is_(None), OutboxMail.next_attempt_at <= now)


def _claim(mail_id: int, *, now: datetime) -> OutboxMail | None:
    """Hold a due mail for this run; None if an overlapping run has taken or sent it meanwhile."""
    taken = db.session.execute(
        sa.update(OutboxMail).where(OutboxMail.id == mail_id, OutboxMail.sent_at.is_(None), _is_due(now))
        .values(next_attempt_at=now + CLAIM)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return db.session.get(OutboxMail, mail_id) if taken else None


def _record_failure(mail: OutboxMail, error: Exception, *, now: datetime) -> None:
    mail.attempts += 1
    mail.last_error = _describe(error, mail.recipient)
    mail.next_attempt_at = now + BACKOFF[min(mail.attempts, len(BACKOFF)) - 1]
    log.warning("outbox mail %d not sent (attempt %d): %s", mail.id, mail.attempts, mail.last_error)


def _describe(error: Exception, recipient: str) -> str:
    """Say in a line what went wrong, without the recipient: SMTP replies often quote the address."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()), ("", b""))
        text = f"{code} {_text(reply)}"
    elif isinstance(error, smtplib.SMTPResponseException):
        text = f"{error.smtp_code} {_text(error.smtp_error)}"
    else:
        text = str(error)
    text = _ADDRESS.sub("<alamat>", " ".join(text.split()))
    # Some servers quote only the mailbox name ("no such user: budi.santoso").
    mailbox = recipient.partition("@")[0]
    if len(mailbox) >= 3:
        text = re.sub(re.escape(mailbox), "<alamat>", text, flags=re.IGNORECASE)
    return f"{type(error).__name__}: {text}".strip()[:200]


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _message(mail: OutboxMail, *, now: datetime) -> EmailMessage:
    sender = current_app.config["MAIL_SENDER"]
    message = EmailMessage(policy=POLICY)
    message["From"] = sender
    message["To"] = mail.recipient
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(now)
    # The same on every try: if a server took the mail but the run died before recording it, the resent
    # copy carries the same Message-ID and mail programs show it once.
    domain = parseaddr(sender)[1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<outbox.{mail.id}.{mail.created_at:%Y%m%d%H%M%S}@{domain}>"
    message.set_content(mail.body)
    store = blob_store()
    for item in json.loads(mail.attachments):
        maintype, _, subtype = item["mimetype"].partition("/")
        message.add_attachment(store.path_for(item["sha256"]).read_bytes(), maintype=maintype, subtype=subtype,
                               filename=item["filename"])
    return message


class _SmtpConnection:
    """One SMTP connection per run, opened on first use and opened again after the server drops it."""

    def __init__(self, config):
        self.config = config
        self.client: smtplib.SMTP | None = None
        self.unreachable = False

    def __enter__(self) -> _SmtpConnection:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except OSError:
                self.client.close()

    def send(self, message: EmailMessage) -> None:
        if self.client is None:
            try:
                self.client = self._connect()
            except OSError:
                self.unreachable = True
                raise
        try:
            self.client.send_message(message)
        except (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused):
            # The server refused this message (smtplib has reset the session); the connection is still good.
            raise
        except OSError:
            self.client.close()
            self.client = None
            raise

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        client = smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=SMTP_TIMEOUT)
        try:
            if config.get("MAIL_USE_TLS", False):
                client.starttls(context=ssl.create_default_context())
            if config.get("MAIL_USERNAME"):
                client.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD", ""))
        except BaseException:
            client.close()
            raise
        return client
