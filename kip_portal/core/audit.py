"""Append-only audit trail: each event records who changed what, and is chained to the previous by hash."""
from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from kip_portal.core.models import UTCDateTime
from kip_portal.extensions import db
from kip_portal.i18n import N_

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
    KEBERATAN_FILED = "keberatan_filed"
    KEBERATAN_ANSWERED = "keberatan_answered"
    KEBERATAN_REACTION = "keberatan_reaction"
    REOPENED_BY_KEBERATAN = "reopened_by_keberatan"
    SENGKETA_RECORDED = "sengketa_recorded"
    SENGKETA_STAGE = "sengketa_stage"
    SENGKETA_OUTCOME = "sengketa_outcome"
    CONSEQUENCE_TEST_APPROVED = "consequence_test_approved"
    EXEMPTION_EXPIRED = "exemption_expired"
    ENCRYPTION_KEY_ROTATED = "encryption_key_rotated"


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
        """Hash this event's content together with the previous event's hash.

        The time is hashed in UTC, so a database handing timestamps back in its session's zone still verifies.
        """
        payload = json.dumps(
            [self.prev_hash, self.at.astimezone(timezone.utc).isoformat(), self.actor_label, self.action,
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


# --- Checking and reading the trail (auditor's view, `flask verify-audit`, /api/v1/audit) ---------------------

# Keys of a recorded state that hold personal data (Perki 1/2021 Pasal 5 ayat 3): masked wherever the trail is read.
PERSONAL_KEYS = frozenset({"nik", "address", "phone", "email"})


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of walking the chain: ``ok``, how many events were checked, and the first break."""

    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""  # "hash", "prev_hash" or "head"; empty when ok

    @property
    def message(self) -> str:
        """What the CLI and the auditor's page say, in Indonesian."""
        if self.ok:
            return f"Rantai audit utuh: {self.checked} peristiwa diperiksa."
        where = f"peristiwa #{self.broken_id}" if self.broken_id is not None else "awal rantai"
        return f"Rantai audit rusak pada {where}: {REASONS[self.reason]}"


# Marked for the catalogue: the CLI says them in Indonesian, the auditor's page in the page's language.
REASONS = {
    "hash": N_("hash mismatch — isi peristiwa tidak cocok dengan hash-nya (isi diubah setelah dicatat)."),
    "prev_hash": N_("prev_hash mismatch — tidak menyambung ke peristiwa sebelumnya (ada peristiwa dihapus atau "
                    "disisipkan)."),
    "head": N_("head mismatch — kepala rantai (audit_head) tidak menunjuk peristiwa terakhir (peristiwa terakhir "
               "dihapus)."),
}


def verify_chain(batch: int = 1000) -> VerifyResult:
    """Recompute every event's hash in id order and check each links to the one before and the head to the last.

    A changed row breaks its own hash; a deleted or inserted row breaks the next ``prev_hash``; a deleted tail
    leaves ``audit_head.last_hash`` pointing past the last event.
    """
    expected_prev, checked, last_id = GENESIS_HASH, 0, None
    query = sa.select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=batch)
    # Closed on an early return too: on PostgreSQL yield_per reads through a server-side cursor.
    with db.session.scalars(query) as events:
        for event in events:
            if event.prev_hash != expected_prev:
                return VerifyResult(False, checked, event.id, "prev_hash")
            if event.compute_hash() != event.hash:
                return VerifyResult(False, checked, event.id, "hash")
            expected_prev, last_id, checked = event.hash, event.id, checked + 1
    head = db.session.get(AuditHead, 1)
    if (head.last_hash if head is not None else GENESIS_HASH) != expected_prev:
        return VerifyResult(False, checked, last_id, "head")
    return VerifyResult(True, checked)


@dataclass(frozen=True)
class EventFilters:
    """The auditor's filters; dates are local calendar days, both ends included."""

    object_type: str = ""
    action: str = ""
    actor: str = ""  # part of the actor's e-mail (or "sistem")
    date_from: date | None = None
    date_to: date | None = None


def events_query(filters: EventFilters) -> sa.Select:
    """Events matching ``filters``, newest first."""
    from kip_portal.core.dates import local_to_utc

    query = sa.select(AuditEvent).order_by(AuditEvent.id.desc())
    if filters.object_type:
        query = query.where(AuditEvent.object_type == filters.object_type)
    if filters.action:
        query = query.where(AuditEvent.action == filters.action)
    if filters.actor:
        query = query.where(AuditEvent.actor_label.icontains(filters.actor, autoescape=True))
    if filters.date_from:
        query = query.where(AuditEvent.at >= local_to_utc(datetime.combine(filters.date_from, time())))
    if filters.date_to:
        query = query.where(AuditEvent.at < local_to_utc(datetime.combine(filters.date_to + timedelta(days=1), time())))
    return query


def distinct_values(column) -> list[str]:
    """The object types or actions present in the trail, for the filter lists."""
    return list(db.session.scalars(sa.select(column).distinct().order_by(column)))


def _mask_value(key: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if key == "nik" and len(value) > 8:
        return value[:4] + "*" * (len(value) - 8) + value[-4:]
    return "***"


def mask_personal(state: Any) -> Any:
    """A recorded state with the values of personal-data keys (nik, address, phone, email, proxy_*) masked."""
    if isinstance(state, dict):
        return {key: _mask_value(key, value) if key in PERSONAL_KEYS or key.startswith("proxy_")
                else mask_personal(value) for key, value in state.items()}
    if isinstance(state, list):
        return [mask_personal(item) for item in state]
    return state


def read_state(text: str | None) -> Any:
    """A stored before/after state as data, personal data masked (text that is not JSON is kept as it is)."""
    if text is None:
        return None
    try:
        return mask_personal(json.loads(text))
    except ValueError:
        return text


def event_dict(event: AuditEvent) -> dict[str, Any]:
    """One event as the API and the CSV export give it: states as data, personal data masked."""
    return {"id": event.id, "at": event.at.isoformat(), "actor": event.actor_label, "action": event.action,
            "object_type": event.object_type, "object_id": event.object_id, "before": read_state(event.before),
            "after": read_state(event.after), "prev_hash": event.prev_hash, "hash": event.hash}
