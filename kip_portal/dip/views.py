"""Public pages of the DIP: lists by category, entry detail, the Lampiran I table and its exports."""
from __future__ import annotations

from flask import Blueprint
from flask import Response
from flask import abort
from flask import current_app
from flask import render_template
from flask import request
from flask import url_for

from kip_portal.auth.permissions import public
from kip_portal.core.pagination import paginate
from kip_portal.dip import queries
from kip_portal.dip import transfer
from kip_portal.dip.models import Category
from kip_portal.extensions import db
from kip_portal.i18n import render_official
from kip_portal.letters.render import html_to_pdf
from kip_portal.units.services import list_units

bp = Blueprint("dip", __name__, url_prefix="/dip")


def _filters() -> dict:
    """Read the unit and year filters; a malformed year is ignored rather than an error."""
    year = request.args.get("year", "")
    valid = year.isascii() and year.isdigit() and len(year) <= 4
    return {"unit_code": request.args.get("unit") or None, "year": int(year) if valid else None}


@bp.get("/")
@bp.get("/<slug>")
@public
def index(slug: str | None = None):
    category = None
    if slug is not None:
        category = Category.from_slug(slug)
        if category is None:
            abort(404)
    filters = _filters()
    page = paginate(
        queries.published(category=category, **filters),
        page=request.args.get("page", 1, type=int),
        per_page=current_app.config["PER_PAGE"],
    )
    return render_template(
        "dip/index.html", category=category, page=page, filters=filters, units=list_units(),
        years=queries.published_years(), counts=queries.counts_by_category(),
    )


@bp.get("/entri/<int:entry_id>")
@public
def detail(entry_id: int):
    entry = queries.get_published(entry_id) or abort(404)
    return render_template("dip/detail.html", entry=entry)


def _table_entries() -> dict[Category, list]:
    filters = _filters()
    entries = db.session.scalars(queries.published(**filters)).all()
    return {category: [e for e in entries if e.category == category] for category in Category}


@bp.get("/tabel")
@public
def table():
    return render_template(
        "dip/table.html", grouped=_table_entries(), filters=_filters(), units=list_units(),
        years=queries.published_years(),
    )


@bp.get("/tabel.csv")
@public
def table_csv():
    entries = [e for group in _table_entries().values() for e in group]
    body = transfer.to_csv(entries, file_ref=lambda d: url_for("documents.download", document_id=d.id,
                                                               filename=d.filename, _external=True))
    return Response(body, mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="daftar-informasi-publik.csv"'})


@bp.get("/tabel.pdf")
@public
def table_pdf():
    html = render_official("dip/table_print.html", grouped=_table_entries(), filters=_filters())
    pdf = html_to_pdf(html, base_url=current_app.static_folder + "/")
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="daftar-informasi-publik.pdf"'})
