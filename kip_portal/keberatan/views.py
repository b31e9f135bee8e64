"""Requesters file a keberatan with their tracking code; the Atasan PPID answers it; the PPID keeps the register."""
from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint
from flask import abort
from flask import current_app
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_babel import gettext
from flask_login import current_user
from sqlalchemy.orm import selectinload

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import can_handle_request
from kip_portal.auth.permissions import public
from kip_portal.auth.permissions import require_role
from kip_portal.auth.permissions import visible_units
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.dates import local_to_utc
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.core.pagination import paginate
from kip_portal.extensions import db
from kip_portal.extensions import limiter
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan import services
from kip_portal.keberatan.forms import PublicKeberatanForm
from kip_portal.keberatan.forms import ReactionForm
from kip_portal.keberatan.forms import RespondForm
from kip_portal.keberatan.forms import StaffKeberatanForm
from kip_portal.keberatan.models import Keberatan
from kip_portal.units.services import list_units
from kip_portal.workdays import services as workdays
from kip_portal.workdays.calendar import working_days_between

bp = Blueprint("keberatan", __name__, url_prefix="/keberatan")
staff_bp = Blueprint("keberatan_staff", __name__, url_prefix="/staf/keberatan")


def _window(info_request: InfoRequest | None) -> services.Window | None:
    if info_request is None:
        return None
    return services.filing_window(info_request, workdays.calendar_around(local_date(clock.now())))


@bp.route("/baru", methods=["GET", "POST"])
@public
@limiter.shared_limit(lambda: current_app.config["REQUEST_RATE_LIMIT"], scope="keberatan", methods=["POST"])
def submit():
    """Lampiran X online (Perki 1/2021 Pasal 42): the number and the receipt are given at once."""
    form = PublicKeberatanForm()
    if request.method == "GET":
        form.kode.data = request.args.get("kode", "").strip()
    info_request = requests.find_by_tracking_code(form.kode.data or "")
    status = 200
    if form.validate_on_submit():
        if info_request is None:
            form.kode.errors = [*form.kode.errors, gettext("Kode pelacakan tidak dikenal.")]
            flash(gettext("Kode pelacakan tidak dikenal. Periksa kembali kode pada tanda bukti permohonan Anda."),
                  "error")
            status = 404
        else:
            now = clock.now()
            try:
                keberatan = services.file_keberatan(
                    info_request, grounds=form.grounds.data or [], case=form.case.data or "", channel=Channel.WEB,
                    filed_at=now, actor=None, now=now, **form.proxy())
            except DomainError as error:
                db.session.rollback()
                show_domain_error(form, error)
                status = error.status_code
            else:
                return render_template("keberatan/filed.html", keberatan=keberatan, code=form.kode.data,
                                       letters=services.letters_of(keberatan))
    elif request.method == "POST":
        status = 422
    return render_template("keberatan/file.html", form=form, info_request=info_request,
                           window=_window(info_request)), status


def _units() -> list:
    return visible_units(current_user, list_units())


def _load(keberatan_id: int) -> Keberatan:
    keberatan = db.session.get(Keberatan, keberatan_id) or abort(404)
    if keberatan.info_request.unit_id not in {u.id for u in _units()}:
        abort(403)
    return keberatan


@staff_bp.get("/")
@require_role(*STAFF)
def index():
    """The keberatan register (Perki 1/2021 Lampiran XI), open ones first and the nearest deadline first."""
    status = request.args.get("status", "open")
    query = (sa.select(Keberatan).join(InfoRequest)
             .where(InfoRequest.unit_id.in_([u.id for u in _units()]))
             .options(selectinload(Keberatan.info_request).selectinload(InfoRequest.unit))
             .order_by(Keberatan.outcome.is_(None).desc(), Keberatan.due_date, Keberatan.id))
    if status == "open":
        query = query.where(Keberatan.outcome.is_(None))
    elif status == "answered":
        query = query.where(Keberatan.outcome.is_not(None))
    page = paginate(query, page=request.args.get("page", 1, type=int), per_page=current_app.config["PER_PAGE"])
    today = local_date(clock.now())
    calendar = workdays.calendar_around(today)
    left = {k.id: working_days_between(calendar, today, k.due_date) for k in page.items if k.is_open}
    return render_template("keberatan/index.html", page=page, status=status, today=today, left=left)


def _show(keberatan: Keberatan, *, respond_form: RespondForm | None = None,
          reaction_form: ReactionForm | None = None) -> str:
    today = local_date(clock.now())
    left = (working_days_between(workdays.calendar_around(today), today, keberatan.due_date)
            if keberatan.is_open else None)
    return render_template(
        "keberatan/show.html", keberatan=keberatan, info_request=keberatan.info_request,
        letters=services.letters_of(keberatan), left=left, today=today,
        respond_form=respond_form or RespondForm(), reaction_form=reaction_form or ReactionForm(),
        can_answer=current_user.role == Role.ATASAN and keberatan.is_open,
        can_react=can_handle_request(current_user, keberatan.info_request.unit) and not keberatan.is_open)


@staff_bp.get("/<int:keberatan_id>")
@require_role(*STAFF)
def show(keberatan_id: int):
    return _show(_load(keberatan_id))


@staff_bp.route("/baru", methods=["GET", "POST"])
@require_role(Role.PPID)
def intake():
    """Register a keberatan received off-line on one of the officer's requests, with its real date."""
    info_request = db.session.get(InfoRequest, request.args.get("request", 0, type=int))
    if info_request is None:
        flash(gettext("Pilih permohonan yang diajukan keberatan, lalu tekan \u201cCatat keberatan\u201d pada "
                      "halamannya."), "error")
        return redirect(url_for("inforequests_staff.desk"))
    if not can_handle_request(current_user, info_request.unit):
        abort(403)
    form = StaffKeberatanForm()
    status = 200
    if form.validate_on_submit():
        try:
            keberatan = services.file_keberatan(
                info_request, grounds=form.grounds.data or [], case=form.case.data or "",
                channel=Channel(form.channel.data), filed_at=local_to_utc(form.filed_at.data), actor=current_user,
                now=clock.now(), **form.proxy())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
            status = error.status_code
        else:
            flash(gettext("Keberatan %(number)s dicatat; pernyataan keberatan (tanda terima) diterbitkan.",
                          number=keberatan.number), "success")
            return redirect(url_for("keberatan_staff.show", keberatan_id=keberatan.id))
    elif request.method == "POST":
        status = 422
    return render_template("keberatan/intake.html", form=form, info_request=info_request,
                           window=_window(info_request)), status


@staff_bp.post("/<int:keberatan_id>/tanggapi")
@require_role(Role.ATASAN)
def respond(keberatan_id: int):
    keberatan = _load(keberatan_id)
    form = RespondForm()
    if not form.validate_on_submit():
        flash(gettext("Pilih tanggapan dan tulis alasannya."), "error")
        return _show(keberatan, respond_form=form), 422
    try:
        services.respond(keberatan, outcome=form.outcome.data, reasons=form.reasons.data, actor=current_user,
                         now=clock.now())
    except DomainError as error:
        db.session.rollback()
        show_domain_error(form, error)
        return _show(keberatan, respond_form=form), error.status_code
    flash(gettext("Tanggapan nomor %(number)s diterbitkan dan dikirim kepada pemohon.", number=keberatan.answer_number),
          "success")
    return redirect(url_for("keberatan_staff.show", keberatan_id=keberatan.id))


@staff_bp.post("/<int:keberatan_id>/tanggapan-pemohon")
@require_role(Role.PPID)
def reaction(keberatan_id: int):
    keberatan = _load(keberatan_id)
    if not can_handle_request(current_user, keberatan.info_request.unit):
        abort(403)
    form = ReactionForm()
    if not form.validate_on_submit():
        flash(gettext("Pilih tanggapan pemohon."), "error")
        return _show(keberatan, reaction_form=form), 422
    try:
        services.record_reaction(keberatan, reaction=form.text(), actor=current_user, now=clock.now())
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "error")
        return _show(keberatan, reaction_form=form), error.status_code
    flash(gettext("Tanggapan pemohon dicatat dalam register keberatan."), "success")
    return redirect(url_for("keberatan_staff.show", keberatan_id=keberatan.id))
