"""Staff pages of the sengketa record and the evidence bundle for the Komisi Informasi."""
from __future__ import annotations

import io

from flask import Blueprint
from flask import abort
from flask import current_app
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import send_file
from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import can_handle_request
from kip_portal.auth.permissions import require_role
from kip_portal.auth.permissions import visible_units
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.core.pagination import paginate
from kip_portal.extensions import db
from kip_portal.keberatan.models import Keberatan
from kip_portal.sengketa import bundle
from kip_portal.sengketa import services
from kip_portal.sengketa.forms import OutcomeForm
from kip_portal.sengketa.forms import RecordForm
from kip_portal.sengketa.forms import StageForm
from kip_portal.sengketa.models import Sengketa
from kip_portal.sengketa.models import Stage
from kip_portal.units.services import list_units
from kip_portal.workdays import services as workdays

bp = Blueprint("sengketa", __name__, url_prefix="/staf")
WRITERS = (Role.ADMIN, Role.PPID)


def _units():
    return visible_units(current_user, list_units())


def _keberatan(keberatan_id: int) -> Keberatan:
    """A keberatan of a unit this user sees (404 unknown, 403 another unit's)."""
    keberatan = db.session.get(Keberatan, keberatan_id) or abort(404)
    if keberatan.info_request.unit_id not in {u.id for u in _units()}:
        abort(403)
    return keberatan


def _sengketa(sengketa_id: int, *, write: bool = False) -> Sengketa:
    sengketa = db.session.get(Sengketa, sengketa_id) or abort(404)
    _keberatan(sengketa.keberatan_id)
    if write and not services.can_write(current_user, sengketa.keberatan):
        abort(403)
    return sengketa


def _window(keberatan: Keberatan) -> services.Window:
    calendar = workdays.calendar_around(services.window_opens_on(keberatan))
    return services.filing_window(keberatan, calendar, day_one=workdays.day_one())


@bp.get("/sengketa/")
@require_role(*STAFF)
def index():
    units = _units()
    filters = {name: request.args.get(name, "") for name in ("stage", "state", "unit", "q")}
    query = services.listing([u.id for u in units], stage=filters["stage"], state=filters["state"],
                             unit_code=filters["unit"], q=filters["q"])
    page = paginate(query, page=request.args.get("page", 1, type=int), per_page=current_app.config["PER_PAGE"])
    return render_template("sengketa/index.html", page=page, filters=filters, units=units, stages=list(Stage),
                           can_record=current_user.role in WRITERS)


@bp.route("/sengketa/baru", methods=["GET", "POST"])
@require_role(*WRITERS)
def new():
    """Record a sengketa on a keberatan; without one, pick the keberatan first."""
    keberatan_id = request.args.get("keberatan", type=int)
    if keberatan_id is None:
        handled = [u.id for u in _units() if current_user.role == Role.ADMIN
                   or can_handle_request(current_user, u)]
        candidates = services.disputable(handled)
        return render_template("sengketa/pick.html", candidates={k: _window(k) for k in candidates})
    keberatan = _keberatan(keberatan_id)
    if not services.can_write(current_user, keberatan):
        abort(403)
    form = RecordForm()
    if request.method == "GET" and form.filed_on.data is None:
        form.filed_on.data = local_date(clock.now())
    window = _window(keberatan)
    if form.validate_on_submit():
        try:
            sengketa = services.record_sengketa(keberatan, commission=form.commission.data,
                                                case_number=form.case_number.data or "",
                                                filed_on=form.filed_on.data, actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            warning = window.warning(sengketa.filed_on)
            flash(warning or _("Sengketa dicatat."), "error" if warning else "success")
            return redirect(url_for("sengketa.show", sengketa_id=sengketa.id))
    return render_template("sengketa/new.html", form=form, keberatan=keberatan, window=window,
                           today=local_date(clock.now()))


@bp.get("/sengketa/<int:sengketa_id>")
@require_role(*STAFF)
def show(sengketa_id: int):
    return _show(_sengketa(sengketa_id))


def _show(sengketa: Sengketa, *, stage_form: StageForm | None = None, outcome_form: OutcomeForm | None = None):
    stage_form = stage_form or StageForm()
    stage_form.forward_of(sengketa.stage)
    outcome_form = outcome_form or OutcomeForm()
    if outcome_form.ruling_on.data is None:
        outcome_form.ruling_on.data = sengketa.ruling_on
    calendar = workdays.calendar_around(sengketa.filed_on)
    return render_template(
        "sengketa/show.html", sengketa=sengketa, keberatan=sengketa.keberatan,
        info_request=sengketa.keberatan.info_request, window=_window(sengketa.keberatan),
        ki=services.ki_deadlines(sengketa.filed_on, calendar, day_one=workdays.day_one()),
        appeal=services.appeal_deadline(sengketa, workdays.calendar_around(sengketa.ruling_on or sengketa.filed_on)),
        can_write=services.can_write(current_user, sengketa.keberatan), stage_form=stage_form,
        outcome_form=outcome_form, today=local_date(clock.now()),
    )


@bp.post("/sengketa/<int:sengketa_id>/tahap")
@require_role(*WRITERS)
def stage(sengketa_id: int):
    sengketa = _sengketa(sengketa_id, write=True)
    form = StageForm()
    if form.validate_on_submit():
        try:
            services.advance(sengketa, stage=form.stage.data, on=form.on.data, actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
            return _show(sengketa, stage_form=form), error.status_code
        flash(_("Tahap sengketa: %(stage)s.", stage=_(sengketa.stage.label)), "success")
        return redirect(url_for("sengketa.show", sengketa_id=sengketa.id))
    return _show(sengketa, stage_form=form), 422


@bp.post("/sengketa/<int:sengketa_id>/putusan")
@require_role(*WRITERS)
def outcome(sengketa_id: int):
    sengketa = _sengketa(sengketa_id, write=True)
    form = OutcomeForm()
    if form.validate_on_submit():
        try:
            services.record_outcome(sengketa, outcome=form.outcome.data, note=form.note.data or "",
                                    ruling_on=form.ruling_on.data, actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
            return _show(sengketa, outcome_form=form), error.status_code
        flash(_("Hasil sengketa dicatat: %(outcome)s.", outcome=_(sengketa.outcome.label)), "success")
        return redirect(url_for("sengketa.show", sengketa_id=sengketa.id))
    return _show(sengketa, outcome_form=form), 422


@bp.get("/keberatan/<int:keberatan_id>/bukti.zip")
@require_role(*STAFF)
def evidence(keberatan_id: int):
    """The bundle carries the requester's personal data: the unit's officers, admin, atasan and auditor only."""
    keberatan = _keberatan(keberatan_id)
    data = bundle.evidence_bundle(keberatan, now=clock.now())
    response = send_file(io.BytesIO(data), mimetype="application/zip", as_attachment=True,
                         download_name=bundle.bundle_filename(keberatan))
    response.headers["Cache-Control"] = "private, no-store"
    return response
