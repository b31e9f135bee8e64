"""Run in spawned processes by the outbox concurrency test: two cron runs sending the outbox at once."""
from __future__ import annotations

from datetime import datetime

from kip_portal import create_app
from kip_portal.extensions import db
from kip_portal.mail import services


def send_outbox(config: dict, instance_path: str, moment: str, barrier) -> int:
    """Wait for the other sender, then send what is due; returns how many mails this run sent."""
    app = create_app(config, instance_path=instance_path)
    with app.app_context():
        barrier.wait()
        sent = services.send_pending(now=datetime.fromisoformat(moment)).sent
        db.engine.dispose()
    return sent
