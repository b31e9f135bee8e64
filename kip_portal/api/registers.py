"""The two registers over the API: staff and auditors with a token; personal data masked for auditors."""
from __future__ import annotations

from flask import g
from flask import jsonify
from flask import request

from kip_portal.api.views import bp
from kip_portal.auth.models import Role
from kip_portal.auth.permissions import require_token
from kip_portal.auth.permissions import visible_units
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.registers import services
from kip_portal.registers.exports import as_json
from kip_portal.registers.services import Register
from kip_portal.units.services import list_units

READERS = (Role.ADMIN, Role.PPID, Role.ATASAN, Role.AUDITOR)


def _register_json(register: Register):
    """``{"year", "unit", "status", "columns": [{"key", "header"}], "rows": [{key: value}]}``, in register order."""
    today = local_date(clock.now())
    units = visible_units(g.api_user, list_units())
    filters = services.read_filters(register, request.args, units=units, today=today)
    items = services.all_items(register, filters, units=units)
    rows = services.rows(register, items, reader=g.api_user, year=filters.year, today=today)
    keys = [c.key for c in register.columns]
    return jsonify({
        "year": filters.year,
        "unit": filters.unit.code if filters.unit else None,
        "status": filters.status or None,
        "columns": [{"key": c.key, "header": c.header} for c in register.columns],
        "rows": [{key: as_json(value) for key, value in zip(keys, row, strict=True)} for row in rows],
    })


@bp.get("/registers/requests")
@require_token(*READERS)
def register_requests():
    return _register_json(services.REQUESTS)


@bp.get("/registers/objections")
@require_token(*READERS)
def register_objections():
    return _register_json(services.KEBERATAN)
