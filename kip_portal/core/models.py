"""Mixins and column helpers shared by every domain's models."""
from __future__ import annotations

import enum
from datetime import datetime
from datetime import timezone

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column


def utcnow() -> datetime:
    """Return an aware UTC timestamp; used as a column default callable, never evaluated at import."""
    return datetime.now(timezone.utc)


class UTCDateTime(sa.types.TypeDecorator):
    """Store naive UTC in SQLite and aware in PostgreSQL, and always hand back aware UTC datetimes."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(timezone.utc) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


def enum_column(enum_cls: type[enum.StrEnum], **kwargs) -> sa.Enum:
    """Store a StrEnum as its value in a VARCHAR with a CHECK constraint, portable across databases."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        **kwargs,
    )


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)
