"""The compliance dashboard: read-only figures of the service, the DIP's completeness and a score band."""
from __future__ import annotations

from flask import Blueprint
from flask import render_template
from flask import request
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import require_role
from kip_portal.auth.permissions import visible_units
from kip_portal.compliance import services
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.sengketa.models import Stage
from kip_portal.units.services import list_units

bp = Blueprint("compliance", __name__, url_prefix="/staf/kepatuhan")

READERS = (Role.AUDITOR, Role.ADMIN, Role.ATASAN, Role.PPID)
def _year(today_year: int) -> int:
    value = request.args.get("year", "")
    valid = value.isascii() and value.isdigit() and len(value) == 4
    return int(value) if valid and 2000 <= int(value) <= today_year + 1 else today_year


@bp.get("/")
@require_role(*READERS)
def index():
    today = local_date(clock.now())
    units = visible_units(current_user, list_units())
    unit = next((u for u in units if u.code == request.args.get("unit")), None)
    if unit is None and len(units) == 1:
        unit = units[0]  # an officer of a PPID Pelaksana sees their own unit
    year = _year(today.year)
    data = services.dashboard(year=year, today=today, unit_id=unit.id if unit else None)
    return render_template("compliance/index.html", data=data, units=units, unit=unit, stages=list(Stage),
                           years=range(today.year, today.year - 6, -1), bands=services.BANDS)
