"""The audit trail over the API, for the auditor's and the admin's tools: newest first, a page at a time."""
from __future__ import annotations

from flask import current_app
from flask import jsonify
from flask import request

from kip_portal.api.views import bp
from kip_portal.auth.models import Role
from kip_portal.auth.permissions import require_token
from kip_portal.compliance.audit_views import read_filters
from kip_portal.core.audit import event_dict
from kip_portal.core.audit import events_query
from kip_portal.core.exceptions import DomainError
from kip_portal.core.pagination import paginate


@bp.get("/audit")
@require_token(Role.AUDITOR, Role.ADMIN)
def audit_events():
    """Optional filters as on the web page: object_type, action, actor, from, to (ISO dates, local)."""
    page_number = request.args.get("page", "1")
    if not (page_number.isascii() and page_number.isdigit()) or int(page_number) < 1:
        raise DomainError("Nomor halaman harus bilangan bulat positif.", {"page": "Contoh: 1"})
    page = paginate(events_query(read_filters()), page=int(page_number), per_page=current_app.config["PER_PAGE"])
    return jsonify({"page": page.page, "per_page": page.per_page, "total": page.total,
                    "events": [event_dict(event) for event in page.items]})
