"""The annual report's pages: the years and their deadlines, a year's figures, the narrative, the PDF,
the data files, publishing, and the public summary."""
from __future__ import annotations

import csv
import io

from flask import Blueprint
from flask import Response
from flask import abort
from flask import flash
from flask import jsonify
from flask import redirect
from flask import render_template
from flask import url_for
from flask_babel import gettext
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import public
from kip_portal.auth.permissions import require_role
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from kip_portal.reports import charts
from kip_portal.reports import publishing
from kip_portal.reports.forms import NarrativeForm
from kip_portal.reports.services import annual_figures
from kip_portal.reports.services import flatten
from kip_portal.units.services import list_units

bp = Blueprint("reports", __name__)
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _checked(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        abort(404)
    return year


def _require_manager() -> None:
    if not publishing.can_manage(current_user):
        abort(403)


def _page_context(year: int) -> dict:
    figures = annual_figures(year)
    return {"year": year, "figures": figures, "charts": charts.all_charts(figures),
            "unit_names": {u.code: u.name for u in list_units()}, "labels": publishing.labels()}


@bp.get("/staf/laporan/")
@require_role(*STAFF)
def index():
    today = local_date(clock.now())
    return render_template("reports/index.html", years=publishing.overview(today), today=today,
                           can_manage=publishing.can_manage(current_user))


@bp.get("/staf/laporan/<int:year>")
@require_role(*STAFF)
def show(year: int):
    report = publishing.get_report(_checked(year))
    status = publishing.year_status(year, local_date(clock.now()), report)
    return render_template("reports/show.html", report=report, status=status, narrative=publishing.NARRATIVE,
                           can_manage=publishing.can_manage(current_user), **_page_context(year))


@bp.route("/staf/laporan/<int:year>/ubah", methods=["GET", "POST"])
@require_role(Role.ADMIN, Role.PPID)
def edit(year: int):
    _require_manager()
    report = publishing.get_report(_checked(year))
    form = NarrativeForm(obj=report)
    if form.validate_on_submit():
        publishing.save_narrative(year, form.values(), actor=current_user, now=clock.now())
        saved = gettext("Narasi laporan disimpan.")
        if report and report.published_at:
            saved += " " + gettext("Terbitkan ulang agar berkas di DIP ikut diperbarui.")
        flash(saved, "success")
        return redirect(url_for("reports.show", year=year))
    return render_template("reports/edit.html", form=form, year=year, report=report)


@bp.post("/staf/laporan/<int:year>/terbitkan")
@require_role(Role.ADMIN, Role.PPID)
def publish(year: int):
    _require_manager()
    try:
        report = publishing.publish(_checked(year), actor=current_user, now=clock.now())
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "error")
    else:
        flash(gettext("Laporan tahun %(tahun)s diterbitkan di DIP sebagai informasi setiap saat, beserta "
                      "ringkasannya sebagai informasi berkala.", tahun=year), "success")
        return redirect(url_for("dip.detail", entry_id=report.entry_id))
    return redirect(url_for("reports.show", year=year))


@bp.get("/staf/laporan/<int:year>.pdf")
@require_role(*STAFF)
def pdf(year: int):
    data = publishing.report_pdf(_checked(year), now=clock.now())
    return Response(data, mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="laporan-layanan-informasi-publik-{year}.pdf"'})


@bp.get("/staf/laporan/<int:year>.json")
@require_role(*STAFF)
def as_json(year: int):
    report = publishing.get_report(_checked(year))
    body = annual_figures(year) | {
        "narrative": {name: getattr(report, name) if report else "" for name, _, _ in publishing.NARRATIVE},
        "published_at": report.published_at.isoformat() if report and report.published_at else None}
    response = jsonify(body)
    response.headers["Content-Disposition"] = f'attachment; filename="laporan-{year}.json"'
    return response


@bp.get("/staf/laporan/<int:year>.csv")
@require_role(*STAFF)
def as_csv(year: int):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["figure", "value"])
    writer.writerows((key, "" if value is None else value) for key, value in flatten(annual_figures(_checked(year))))
    return Response(out.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="laporan-{year}.csv"'})


@bp.get("/laporan/<int:year>")
@public
def public_summary(year: int):
    """The published report's summary for everyone: aggregate figures only, never a requester's data."""
    report = publishing.get_report(_checked(year))
    if report is None or report.published_at is None:
        abort(404)
    entry = db.session.get(InformationEntry, report.entry_id) if report.entry_id else None
    return render_template("reports/public.html", report=report, entry=entry, **_page_context(year))
