"""One line of the published fee table."""
from __future__ import annotations

import enum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import backref
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from kip_portal.core.models import TimestampMixin
from kip_portal.core.models import enum_column
from kip_portal.extensions import db
from kip_portal.i18n import N_


class FeeKind(enum.StrEnum):
    """Perki 1/2021 Pasal 37: a fee may cover copying and delivery, nothing else."""

    COPY = "penyalinan"
    DELIVERY = "pengiriman"

    @property
    def label(self) -> str:
        return {"penyalinan": N_("Biaya penyalinan"), "pengiriman": N_("Biaya pengiriman")}[self.value]


class FeeItem(TimestampMixin, db.Model):
    __tablename__ = "fee_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[FeeKind] = mapped_column(enum_column(FeeKind, name="fee_kind"), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    per: Mapped[str] = mapped_column(sa.String(100), nullable=False)  # "per lembar", "per kiriman"
    price: Mapped[int] = mapped_column(nullable=False)  # Rupiah
    legal_source: Mapped[str] = mapped_column(sa.String(300), nullable=False)  # the decision that set it


class FeeCharge(db.Model):
    """A fee line on a decided request: a copy of the table's line at decision time, times the quantity.

    The name and price are copied so a later change to the table never rewrites an issued notice.
    """

    __tablename__ = "fee_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    info_request_id: Mapped[int] = mapped_column(sa.ForeignKey("info_requests.id"), nullable=False, index=True)
    fee_item_id: Mapped[int | None] = mapped_column(sa.ForeignKey("fee_items.id", ondelete="SET NULL"))
    kind: Mapped[FeeKind] = mapped_column(enum_column(FeeKind, name="fee_kind"), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    per: Mapped[str] = mapped_column(sa.String(100), nullable=False)
    unit_price: Mapped[int] = mapped_column(nullable=False)
    quantity: Mapped[int] = mapped_column(nullable=False)

    info_request = relationship("InfoRequest", backref=backref("fee_charges", order_by="FeeCharge.id",
                                                               cascade="all, delete-orphan"))

    @property
    def amount(self) -> int:
        return self.unit_price * self.quantity
