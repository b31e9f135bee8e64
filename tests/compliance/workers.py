"""Run in spawned processes by the concurrency test: several writers appending to one audit chain at once."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.exc import OperationalError

from kip_portal import create_app
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.models import utcnow
from kip_portal.extensions import db
from kip_portal.units.models import Unit


def append_events(config: dict, instance_path: str, worker: int, count: int, barrier) -> int:
    """Append ``count`` events once every writer is ready; a transaction that lost the race for the chain's head
    is retried, as callers do. Returns the number of retries."""
    app = create_app(config, instance_path=instance_path)
    retries = 0
    with app.app_context():
        unit = db.session.scalar(sa.select(Unit).limit(1))
        barrier.wait()
        for n in range(count):
            while True:
                try:
                    record_event(actor=None, action=AuditAction.UPDATED, obj=unit, now=utcnow(),
                                 after={"worker": worker, "n": n})
                    db.session.commit()
                    break
                except (IntegrityError, OperationalError):
                    db.session.rollback()
                    retries += 1
                    if retries > 20 * count:
                        raise
        db.engine.dispose()
    return retries
