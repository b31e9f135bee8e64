"""The annual report's figures over the API, for the Komisi Informasi's monitoring and the body's own staff."""
from __future__ import annotations

from flask import jsonify

from kip_portal.api.views import bp
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import require_token
from kip_portal.core.exceptions import NotFound
from kip_portal.reports.services import annual_figures


@bp.get("/reports/annual/<int:year>")
@require_token(*STAFF)
def annual_report(year: int):
    """UU 14/2008 Pasal 12; Perki 1/2021 Pasal 57 huruf c–d: the figures of ``year``, counted from the registers."""
    if not 2000 <= year <= 2100:
        raise NotFound("Tahun laporan harus antara 2000 dan 2100.")
    return jsonify(annual_figures(year))
