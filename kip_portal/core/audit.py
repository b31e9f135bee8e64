"""Append-only audit trail: each event records who changed what, and is chained to the previous by hash."""
from __future__ import annotations

import enum
import hashlib
import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from kip_portal.core.models import UTCDateTime
from kip_portal.extensions import db

GENESIS_HASH = "0" * 64


class AuditAction(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    PUBLISHED = "published"
    RETIRED = "retired"
    DOCUMENT_ATTACHED = "document_attached"
    DOCUMENT_REMOVED = "document_removed"
    TOKEN_ISSUED = "token_issued"
    EXTENDED = "extended"
    RECOMPUTED = "deadlines_recomputed"
    DECIDED = "decided"
    MARKED_INCOMPLETE = "marked_incomplete"
    MARKED_COMPLETE = "marked_complete"
    CLOSED_INCOMPLETE = "closed_incomplete"
    ROUTED = "routed"
    DELIVERED = "delivered"
    CLOSED = "closed"
    DELETED = "deleted"
    REFUSAL_PROPOSED = "refusal_proposed"
    REFUSAL_APPROVED = "refusal_approved"
    REFUSAL_RETURNED = "refusal_returned"


class AuditEvent(db.Model):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # Kept as text too, so the trail still names the actor if the account is later renamed.
    actor_label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    # Plain text rather than a CHECKed enum: new kinds of event come with every feature, without a migration.
    action: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    object_type: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    object_id: Mapped[int] = mapped_column(nullable=False)
    before: Mapped[str | None] = mapped_column(sa.Text)
    after: Mapped[str | None] = mapped_column(sa.Text)
    # Unique: two events can never follow the same one, so the chain cannot fork.
    prev_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)

    __table_args__ = (sa.Index("ix_audit_object", "object_type", "object_id"),)

    def compute_hash(self) -> str:
        """Hash this event's content together with the previous event's hash."""
        payload = json.dumps(
            [self.prev_hash, self.at.isoformat(), self.actor_label, self.action,
             self.object_type, self.object_id, self.before, self.after],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode()).hexdigest()


class AuditHead(db.Model):
    """The chain's one head row: appenders lock it, so concurrent transactions extend the chain in turn."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False)


def _dump(state: dict[str, Any] | None) -> str | None:
    return None if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True, default=str)


def record_event(
    *,
    actor,
    action: AuditAction,
    obj,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event for ``obj`` to the session; the caller's commit makes it permanent with the change."""
    db.session.flush()  # obj needs its id
    # FOR UPDATE holds other appenders on PostgreSQL until we commit; SQLite has one writer at a time anyway.
    head = db.session.scalar(sa.select(AuditHead).where(AuditHead.id == 1).with_for_update())
    if head is None:
        head = AuditHead(id=1, last_hash=GENESIS_HASH)
        db.session.add(head)
    event = AuditEvent(
        at=now,
        actor_id=getattr(actor, "id", None),
        actor_label=actor.email if actor is not None else "sistem",
        action=action.value,
        object_type=obj.__tablename__,
        object_id=obj.id,
        before=_dump(before),
        after=_dump(after),
        prev_hash=head.last_hash,
    )
    event.hash = head.last_hash = event.compute_hash()
    db.session.add(event)
    return event
