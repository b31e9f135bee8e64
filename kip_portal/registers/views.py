"""The two registers: full for the unit's staff, masked for auditors and the public; with CSV, XLSX and PDF."""
from __future__ import annotations

from flask import Blueprint
from flask import Response
from flask import abort
from flask import current_app
from flask import render_template
from flask import request
from flask import url_for
from flask_babel import gettext
from flask_login import current_user

from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import public
from kip_portal.auth.permissions import require_role
from kip_portal.auth.permissions import visible_units
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.core.pagination import paginate
from kip_portal.registers import exports
from kip_portal.registers import services
from kip_portal.registers.services import Filters
from kip_portal.registers.services import Register
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units

staff_bp = Blueprint("registers_staff", __name__, url_prefix="/staf/register")
bp = Blueprint("registers", __name__, url_prefix="/register")

SLUG = "<any(permohonan, keberatan):slug>"
FORMAT = "<any(csv, xlsx, pdf):fmt>"


def _filters(register: Register, units: list[Unit]) -> Filters:
    try:
        return services.read_filters(register, request.args, units=units, today=local_date(clock.now()))
    except DomainError as error:
        abort(error.status_code if error.status_code in (403, 404) else 400, description=error.message)


def _staff_links(register: Register, items: list) -> list[str]:
    """Staff open the request behind a row from its register number."""
    ids = [item.id if register is services.REQUESTS else item.info_request_id for item in items]
    return [url_for("inforequests_staff.show", request_id=i) for i in ids]


def _page(register: Register, *, reader, units: list[Unit], staff: bool):
    filters = _filters(register, units)
    today = local_date(clock.now())
    page = paginate(services.query(register, filters, units=units), page=request.args.get("page", 1, type=int),
                    per_page=current_app.config["PER_PAGE"])
    start = (page.page - 1) * page.per_page + 1
    rows = services.rows(register, page.items, reader=reader, year=filters.year, today=today, start=start)
    return render_template(
        "registers/index.html", register=register, page=page, rows=rows, filters=filters, units=units,
        years=services.years(register, today=today), staff=staff, as_text=exports.as_text,
        links=_staff_links(register, page.items) if staff else None,
        endpoint="registers_staff" if staff else "registers", translate=gettext,
    )


def _download(register: Register, fmt: str, *, reader, units: list[Unit], staff: bool) -> Response:
    filters = _filters(register, units)
    items = services.all_items(register, filters, units=units)
    rows = services.rows(register, items, reader=reader, year=filters.year, today=local_date(clock.now()))
    response = Response(exports.export(fmt, register, rows, filters), mimetype=exports.MIMETYPES[fmt], headers={
        "Content-Disposition": f'attachment; filename="{exports.filename(register, filters, fmt)}"'})
    if staff:
        response.headers["Cache-Control"] = "private, no-store"  # personal data: never kept by a proxy
    return response


@staff_bp.get(f"/{SLUG}")
@require_role(*STAFF)
def staff_register(slug: str):
    return _page(services.REGISTERS[slug], reader=current_user, units=visible_units(current_user, list_units()),
                 staff=True)


@staff_bp.get(f"/{SLUG}.{FORMAT}")
@require_role(*STAFF)
def staff_download(slug: str, fmt: str):
    return _download(services.REGISTERS[slug], fmt, reader=current_user,
                     units=visible_units(current_user, list_units()), staff=True)


@bp.get(f"/{SLUG}")
@public
def public_register(slug: str):
    """Published for transparency (UU 14/2008 Pasal 7), personal data masked (Perki 1/2021 Pasal 5 ayat 3)."""
    return _page(services.REGISTERS[slug], reader=None, units=list_units(), staff=False)


@bp.get(f"/{SLUG}.{FORMAT}")
@public
def public_download(slug: str, fmt: str):
    return _download(services.REGISTERS[slug], fmt, reader=None, units=list_units(), staff=False)
