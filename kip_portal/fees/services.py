"""Keep the fee table; every change is audited (it is published information, Pasal 38)."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.fees.models import FeeItem
from kip_portal.fees.models import FeeKind


def fee_table() -> list[FeeItem]:
    return list(db.session.scalars(sa.select(FeeItem).order_by(FeeItem.kind, FeeItem.name)))


def add_fee(*, kind: FeeKind, name: str, per: str, price: int, legal_source: str, actor, now: datetime) -> FeeItem:
    """:raises DomainError: for an empty name or source, or a negative price."""
    problems = {}
    if not name.strip():
        problems["name"] = "Wajib diisi."
    if price < 0:
        problems["price"] = "Tarif tidak boleh negatif."
    if not legal_source.strip():
        problems["legal_source"] = "Sebutkan keputusan yang menetapkan tarif."
    if problems:
        raise DomainError("Tarif belum lengkap.", problems)
    item = FeeItem(kind=kind, name=name.strip(), per=per.strip(), price=price, legal_source=legal_source.strip())
    db.session.add(item)
    record_event(actor=actor, action=AuditAction.CREATED, obj=item, now=now,
                 after={"kind": kind, "name": item.name, "per": item.per, "price": price})
    db.session.commit()
    return item


def remove_fee(item: FeeItem, *, actor, now: datetime) -> None:
    record_event(actor=actor, action=AuditAction.DELETED, obj=item, now=now,
                 before={"kind": item.kind, "name": item.name, "per": item.per, "price": item.price})
    db.session.delete(item)
    db.session.commit()
