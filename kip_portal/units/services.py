"""Create and change PPID units."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind

EDITABLE = ("code", "name", "kind", "parent_id", "address", "phone", "email", "head")


def get_by_code(code: str) -> Unit | None:
    return db.session.scalar(sa.select(Unit).where(Unit.code == code))


def list_units() -> list[Unit]:
    """All units, the PPID Utama first, then by name."""
    return list(db.session.scalars(sa.select(Unit).order_by(Unit.kind.desc(), Unit.name)))


def utama() -> Unit | None:
    return db.session.scalar(sa.select(Unit).where(Unit.kind == UnitKind.UTAMA).limit(1))


def _snapshot(unit: Unit) -> dict[str, Any]:
    return {name: getattr(unit, name) for name in EDITABLE}


def _check(values: dict[str, Any], unit: Unit | None) -> None:
    clash = get_by_code(values["code"])
    if clash is not None and clash is not unit:
        raise Conflict(_("Kode unit %(code)s sudah dipakai.", code=values["code"]), {"code": _("Kode sudah dipakai.")})
    if values["kind"] == UnitKind.UTAMA:
        other = utama()
        if other is not None and other is not unit:
            raise DomainError(_("Sudah ada PPID Utama (%(name)s).", name=other.name),
                              {"kind": _("Hanya boleh satu PPID Utama.")})
        values["parent_id"] = None
    elif values.get("parent_id") is None:
        top = utama()
        values["parent_id"] = top.id if top else None


def create_unit(values: dict[str, Any], *, actor, now: datetime) -> Unit:
    """Create a unit; a PPID Pelaksana without a parent hangs under the PPID Utama."""
    values = {k: values[k] for k in EDITABLE if k in values}
    _check(values, None)
    unit = Unit(**values)
    db.session.add(unit)
    record_event(actor=actor, action=AuditAction.CREATED, obj=unit, now=now, after=_snapshot(unit))
    db.session.commit()
    return unit


def update_unit(unit: Unit, values: dict[str, Any], *, actor, now: datetime) -> Unit:
    values = {k: values[k] for k in EDITABLE if k in values}
    before = _snapshot(unit)
    _check(values, unit)
    for name, value in values.items():
        setattr(unit, name, value)
    record_event(actor=actor, action=AuditAction.UPDATED, obj=unit, now=now, before=before, after=_snapshot(unit))
    db.session.commit()
    return unit
