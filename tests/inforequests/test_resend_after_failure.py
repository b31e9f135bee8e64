"""A request stored by a worker that died before the receipt: the citizen, who saw an error, sends it again.

bench/load.py kill-worker and restart-postgres find such requests (the row is committed, then the receipt PDF is
rendered); the resend must answer with the stored request and complete it, never file a second one.
"""
from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from kip_portal.mail.models import OutboxMail


def receipts() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(Letter).where(Letter.kind == LetterKind.RECEIPT))


def mails() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(OutboxMail))


@pytest.fixture
def crashed_submission(client, monkeypatch):
    """Submit ``body`` through the API with the worker dying after the commit, before the receipt."""

    def submit(body: dict) -> None:
        def worker_dies(*args, **kwargs):
            raise RuntimeError("worker killed while rendering the receipt")

        with monkeypatch.context() as patch:
            patch.setattr(letters, "issue", worker_dies)
            assert client.post("/api/v1/requests", json=body).status_code == 500
        db.session.rollback()

    return submit


def test_resend_after_a_crash_before_the_receipt_gets_the_same_number_and_the_receipt(client, units, body,
                                                                                     crashed_submission):
    crashed_submission(body)
    stored = db.session.scalars(sa.select(InfoRequest)).all()
    assert len(stored) == 1 and receipts() == 0 and mails() == 0

    again = client.post("/api/v1/requests", json=body)
    assert again.status_code == 200
    assert again.get_json()["register_number"] == stored[0].register_number
    assert receipts() == 1
    assert mails() >= 1  # the receipt, by e-mail

    third = client.post("/api/v1/requests", json=body)
    assert third.status_code == 200 and receipts() == 1
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 1


def test_send_reminders_issues_the_receipt_nobody_came_back_for(runner, units, body, crashed_submission, freeze):
    crashed_submission(body)
    crashed_submission(body | {"information": "Data lain"})
    older, newer = db.session.scalars(sa.select(InfoRequest).order_by(InfoRequest.id)).all()
    created = datetime.now(timezone.utc)
    older.created_at = created - timedelta(minutes=10)
    db.session.commit()

    freeze(created + timedelta(minutes=1))  # the newer one may still be in a live worker: left alone
    result = runner.invoke(args=["send-reminders"])
    assert "1 tanda bukti yang tertunda diterbitkan" in result.output, result.output
    assert [letter.kind for letter in older.letters] == [LetterKind.RECEIPT] and newer.letters == []
    assert mails() >= 1

    freeze(created + timedelta(minutes=10))
    assert "1 tanda bukti yang tertunda diterbitkan" in runner.invoke(args=["send-reminders"]).output
    assert "0 tanda bukti yang tertunda" in runner.invoke(args=["send-reminders"]).output
    assert receipts() == 2
