"""Keep the fee table; every change is audited (it is published information, Pasal 38)."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.fees.models import FeeCharge
from kip_portal.fees.models import FeeItem
from kip_portal.fees.models import FeeKind


def fee_table() -> list[FeeItem]:
    return list(db.session.scalars(sa.select(FeeItem).order_by(FeeItem.kind, FeeItem.name)))


def add_fee(*, kind: FeeKind, name: str, per: str, price: int, legal_source: str, actor, now: datetime) -> FeeItem:
    """:raises DomainError: for an empty name or source, or a negative price."""
    problems = {}
    if not name.strip():
        problems["name"] = _("Wajib diisi.")
    if price < 0:
        problems["price"] = _("Tarif tidak boleh negatif.")
    if not legal_source.strip():
        problems["legal_source"] = _("Sebutkan keputusan yang menetapkan tarif.")
    if problems:
        raise DomainError(_("Tarif belum lengkap."), problems)
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


def charges_for(quantities: dict[int, int]) -> list[FeeCharge]:
    """Price the quantities of the published table's lines (Perki 1/2021 Pasal 37–38); zero lines are left out.

    :raises DomainError: for a line that is not in the table or a quantity that is not a whole number ≥ 0.
    """
    items = {item.id: item for item in fee_table()}
    problems = {}
    charges = []
    for item_id, quantity in sorted(quantities.items()):
        item = items.get(item_id)
        if item is None:
            problems[f"fee_{item_id}"] = _("Tarif ini tidak ada dalam standar biaya yang diumumkan.")
        elif quantity < 0:
            problems[f"fee_{item_id}"] = _("Jumlah harus bilangan bulat, tidak negatif.")
        elif quantity:
            charges.append(FeeCharge(fee_item_id=item.id, kind=item.kind, name=item.name, per=item.per,
                                     unit_price=item.price, quantity=quantity))
    if problems:
        raise DomainError(_("Biaya hanya dapat dihitung dari standar biaya yang diumumkan:") + " " +
                          " ".join(problems.values()), problems)
    return charges


def totals(charges: list[FeeCharge]) -> tuple[int, int]:
    """The copying and the delivery totals of these lines."""
    return (sum(c.amount for c in charges if c.kind == FeeKind.COPY),
            sum(c.amount for c in charges if c.kind == FeeKind.DELIVERY))
