"""The audit trail for the auditor and the admin: browse and filter, export as CSV, check the hash chain."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

from flask import Blueprint
from flask import Response
from flask import current_app
from flask import render_template
from flask import request
from flask import stream_with_context

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import require_role
from kip_portal.core.audit import REASONS
from kip_portal.core.audit import AuditEvent
from kip_portal.core.audit import EventFilters
from kip_portal.core.audit import distinct_values
from kip_portal.core.audit import event_dict
from kip_portal.core.audit import events_query
from kip_portal.core.audit import read_state
from kip_portal.core.audit import verify_chain
from kip_portal.core.pagination import paginate
from kip_portal.extensions import db

bp = Blueprint("audit", __name__, url_prefix="/staf")

AUDIT_READERS = (Role.AUDITOR, Role.ADMIN)
CSV_COLUMNS = ("id", "at", "actor", "action", "object_type", "object_id", "before", "after", "prev_hash", "hash")


def _date(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, ""))
    except ValueError:
        return None


def read_filters() -> EventFilters:
    """The filters of the page, the export and the API, from the query string; malformed dates are ignored."""
    return EventFilters(object_type=request.args.get("object_type", "").strip(),
                        action=request.args.get("action", "").strip(),
                        actor=request.args.get("actor", "").strip(),
                        date_from=_date("from"), date_to=_date("to"))


def _pretty(text: str | None) -> str:
    state = read_state(text)
    return "" if state is None else json.dumps(state, ensure_ascii=False, indent=2, sort_keys=True)


@bp.get("/audit/")
@require_role(*AUDIT_READERS)
def index():
    filters = read_filters()
    page = paginate(events_query(filters), page=request.args.get("page", 1, type=int),
                    per_page=current_app.config["PER_PAGE"])
    result = verify_chain() if request.args.get("check") == "1" else None
    return render_template("compliance/audit.html", page=page, filters=filters, result=result, reasons=REASONS,
                           pretty=_pretty,
                           object_types=distinct_values(AuditEvent.object_type),
                           actions=distinct_values(AuditEvent.action),
                           query={k: v for k, v in request.args.items() if k not in ("page", "check")})


@bp.get("/audit.csv")
@require_role(*AUDIT_READERS)
def export_csv():
    query = events_query(read_filters()).execution_options(yield_per=500)

    def rows() -> Iterator[str]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        # Closed also when the download stops early: on PostgreSQL yield_per reads through a server-side cursor.
        with db.session.scalars(query) as events:
            for event in events:
                row = event_dict(event)
                for key in ("before", "after"):
                    row[key] = "" if row[key] is None else json.dumps(row[key], ensure_ascii=False, sort_keys=True)
                writer.writerow([row[column] for column in CSV_COLUMNS])
                yield out.getvalue()
                out.seek(0)
                out.truncate()
        yield out.getvalue()

    response = Response(stream_with_context(rows()), mimetype="text/csv")
    response.headers["Content-Disposition"] = "attachment; filename=jejak-audit.csv"
    response.headers["Cache-Control"] = "private, no-store"
    return response
