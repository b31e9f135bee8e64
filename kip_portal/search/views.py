"""The search page."""
from __future__ import annotations

from flask import Blueprint
from flask import abort
from flask import render_template
from flask import request

from kip_portal.auth.permissions import public
from kip_portal.core.exceptions import DomainError
from kip_portal.search import services
from kip_portal.search.forms import read_params
from kip_portal.units.services import list_units

bp = Blueprint("search", __name__, url_prefix="/cari")


@bp.get("/")
@public
def index():
    try:
        params = read_params(request.args)
    except DomainError as error:
        abort(400, error.message)
    page = services.search(params.q, category=params.category, unit=params.unit, year=params.year,
                           page=params.page)
    return render_template("search/index.html", params=params, page=page,
                           unit_names={u.code: u.name for u in list_units()})
