"""Citizens file and track requests; PPID officers work through them on their desk."""
from __future__ import annotations

import io
from datetime import date
from datetime import datetime
from datetime import time

import sqlalchemy as sa
from flask import Blueprint
from flask import abort
from flask import current_app
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import send_file
from flask import url_for
from flask_babel import gettext
from flask_login import current_user

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
from kip_portal.crypto import files as encrypted_files
from kip_portal.extensions import db
from kip_portal.extensions import limiter
from kip_portal.fees import services as fees
from kip_portal.inforequests import completeness
from kip_portal.inforequests import deadlines
from kip_portal.inforequests import decisions
from kip_portal.inforequests import queries
from kip_portal.inforequests import services
from kip_portal.inforequests.forms import DecisionForm
from kip_portal.inforequests.forms import ExtendForm
from kip_portal.inforequests.forms import RequestForm
from kip_portal.inforequests.forms import ReturnRefusalForm
from kip_portal.inforequests.forms import StaffIntakeForm
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units
from kip_portal.workdays import services as workdays

bp = Blueprint("inforequests", __name__, url_prefix="/permohonan")
staff_bp = Blueprint("inforequests_staff", __name__, url_prefix="/staf/permohonan")


@bp.route("/baru", methods=["GET", "POST"])
@public
@limiter.shared_limit(lambda: current_app.config["REQUEST_RATE_LIMIT"], scope="permohonan",
                      methods=["POST"])
def submit():
    form = RequestForm()
    form.set_units(list_units())
    if form.validate_on_submit():
        now = clock.now()
        try:
            submitted = services.submit(form.to_data(), channel=Channel.WEB, received_at=now, actor=None, now=now,
                                        identity_files=form.identity_files())
        except DomainError as error:
            show_domain_error(form, error)
        else:
            flash(gettext("Permohonan Anda diterima dengan nomor pendaftaran %(number)s.",
                          number=submitted.info_request.register_number), "success")
            return redirect(url_for("inforequests.track", kode=submitted.tracking_code, baru=1))
    return render_template("inforequests/submit.html", form=form)


@bp.get("/lacak")
@public
def track():
    code = request.args.get("kode", "").strip()
    info_request = services.find_by_tracking_code(code) if code else None
    if code and info_request is None:
        flash(gettext("Kode pelacakan tidak dikenal. Periksa kembali kode pada tanda bukti Anda."), "error")
    return render_template("inforequests/track.html", info_request=info_request, code=code,
                           new=request.args.get("baru") == "1")


@bp.get("/lacak/surat/<int:letter_id>")
@public
def requester_letter(letter_id: int):
    """A letter for the requester who holds the request's tracking code; any other gets 404."""
    info_request = services.find_by_tracking_code(request.args.get("kode", ""))
    letter = db.session.get(Letter, letter_id)
    if info_request is None or letter is None or letter.info_request_id != info_request.id:
        abort(404)
    return _pdf_response(letter)


def _pdf_response(letter: Letter):
    response = send_file(io.BytesIO(letters.pdf_bytes(letter)), mimetype="application/pdf",
                         download_name=f"{letter.kind.value}-{letter.number.replace('/', '-')}.pdf")
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _desk_units() -> list[Unit]:
    return visible_units(current_user, list_units())


def _load(request_id: int) -> InfoRequest:
    info_request = db.session.get(InfoRequest, request_id) or abort(404)
    if info_request.unit_id not in {u.id for u in _desk_units()}:
        abort(403)
    return info_request


@staff_bp.get("/")
@require_role(*STAFF)
def desk():
    units = _desk_units()
    status = request.args.get("status", "open")
    page = paginate(queries.queue([u.id for u in units], status=status),
                    page=request.args.get("page", 1, type=int), per_page=current_app.config["PER_PAGE"])
    today = local_date(clock.now())
    calendar = workdays.calendar_around(today)
    urgencies = {r.id: queries.urgency(r, today=today, calendar=calendar) for r in page.items}
    return render_template("inforequests/desk.html", page=page, urgencies=urgencies, status=status, today=today)


@staff_bp.route("/baru", methods=["GET", "POST"])
@require_role(Role.PPID)
def intake():
    """Register a request received off-line, with its real receipt time: deadlines count from it."""
    form = StaffIntakeForm()
    form.set_units([u for u in _desk_units() if can_handle_request(current_user, u)])
    if form.validate_on_submit():
        received_at = local_to_utc(form.received_at.data)
        try:
            submitted = services.submit(form.to_data(), channel=Channel(form.channel.data), received_at=received_at,
                                        actor=current_user, now=clock.now(), identity_files=form.identity_files())
        except DomainError as error:
            show_domain_error(form, error)
        else:
            flash(gettext("Permohonan %(number)s dicatat. Kode pelacakan untuk pemohon: %(code)s",
                          number=submitted.info_request.register_number, code=submitted.tracking_code), "success")
            return redirect(url_for("inforequests_staff.show", request_id=submitted.info_request.id))
    return render_template("inforequests/intake.html", form=form)


@staff_bp.get("/<int:request_id>")
@require_role(*STAFF)
def show(request_id: int):
    return _show(_load(request_id))


def _decision_form(info_request: InfoRequest) -> DecisionForm:
    form = DecisionForm()
    form.consequence_test_id.choices = [("", "—")] + [
        (str(test.id), f"{test.number} — {test.information[:80]}")
        for test in decisions.citable_tests(info_request, today=local_date(clock.now()))]
    return form


def _show(info_request: InfoRequest, *, decision_form: DecisionForm | None = None) -> str:
    received_on = local_date(info_request.received_at)
    calendar = workdays.calendar_around(received_on)
    notice = deadlines.notice_deadline(calendar, received_on, day_one=workdays.day_one())
    extension = (deadlines.extended_deadline(calendar, info_request.due_date)
                 if info_request.extended_due_date else None)
    today = local_date(clock.now())
    return render_template(
        "inforequests/show.html", info_request=info_request, notice=notice, extension=extension,
        urgency=queries.urgency(info_request, today=today, calendar=calendar), extend_form=ExtendForm(),
        decision_form=decision_form or _decision_form(info_request), fee_table=fees.fee_table(),
        fee_quantities={key: value for key, value in request.form.items() if key.startswith("fee_")},
        return_form=ReturnRefusalForm(), units=list_units(),
        can_act=can_handle_request(current_user, info_request.unit),
    )


@staff_bp.get("/surat/<int:letter_id>")
@require_role(*STAFF)
def staff_letter(letter_id: int):
    letter = db.session.get(Letter, letter_id) or abort(404)
    _load(letter.info_request_id)
    return _pdf_response(letter)


def _handled(request_id: int) -> InfoRequest:
    """Load a request this officer handles (their unit, or any unit for the PPID Utama), or 403."""
    info_request = _load(request_id)
    if not can_handle_request(current_user, info_request.unit):
        abort(403)
    return info_request


def _act(request_id: int, action, done: str):
    """Run one workflow step and come back to the request's page with its outcome."""
    try:
        action(_handled(request_id))
        flash(done, "success")
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "error")
    return redirect(url_for("inforequests_staff.show", request_id=request_id))


@staff_bp.post("/<int:request_id>/lengkap")
@require_role(Role.PPID)
def mark_complete(request_id: int):
    return _act(request_id, lambda r: completeness.mark_complete(r, actor=current_user, now=clock.now()),
                gettext("Permohonan lengkap dan diproses."))


@staff_bp.post("/<int:request_id>/tidak-lengkap")
@require_role(Role.PPID)
def mark_incomplete(request_id: int):
    note = request.form.get("note", "")
    return _act(request_id, lambda r: completeness.mark_incomplete(r, note=note, actor=current_user, now=clock.now()),
                gettext("Surat keterangan permohonan tidak lengkap diterbitkan; pemohon punya 3 hari kerja."))


@staff_bp.post("/<int:request_id>/alihkan")
@require_role(Role.PPID)
def route(request_id: int):
    unit = db.session.scalar(sa.select(Unit).where(Unit.code == request.form.get("unit", "")))
    if unit is None:
        flash(gettext("Pilih unit tujuan."), "error")
        return redirect(url_for("inforequests_staff.show", request_id=request_id))
    return _act(request_id, lambda r: completeness.route(r, unit, actor=current_user, now=clock.now()),
                gettext("Permohonan dialihkan ke %(unit)s.", unit=unit.name))


@staff_bp.post("/<int:request_id>/diberikan")
@require_role(Role.PPID)
def deliver(request_id: int):
    text = request.form.get("delivered_on", "")
    try:
        delivered_on = date.fromisoformat(text)
    except ValueError:
        flash(gettext("Isi tanggal pemberian informasi (TTTT-BB-HH)."), "error")
        return redirect(url_for("inforequests_staff.show", request_id=request_id))
    delivered_at = local_to_utc(datetime.combine(delivered_on, time(12)))
    now = clock.now()
    return _act(request_id, lambda r: decisions.deliver(r, delivered_at=min(delivered_at, now), actor=current_user,
                                                       now=now),
                gettext("Pemberian informasi dicatat; permohonan selesai."))


@staff_bp.post("/<int:request_id>/tutup")
@require_role(Role.PPID)
def close(request_id: int):
    return _act(request_id, lambda r: decisions.close(r, actor=current_user, now=clock.now()),
                gettext("Permohonan ditutup."))


@staff_bp.post("/<int:request_id>/putuskan")
@require_role(Role.PPID)
def decide(request_id: int):
    info_request = _handled(request_id)
    form = _decision_form(info_request)
    if form.validate_on_submit():
        quantities = {key: value for key, value in request.form.items() if key.startswith("fee_")}
        try:
            decisions.decide(info_request, decisions.DecisionData.from_mapping(form.data | quantities),
                             actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
            return _show(info_request, decision_form=form), 422 if error.status_code == 422 else error.status_code
        flash(gettext("Usulan penolakan dikirim kepada Atasan PPID untuk disetujui.")
              if info_request.awaiting_refusal_approval
              else gettext("Keputusan dicatat dan surat pemberitahuan tertulis diterbitkan."), "success")
    return redirect(url_for("inforequests_staff.show", request_id=request_id))


@staff_bp.post("/<int:request_id>/setujui-penolakan")
@require_role(Role.ATASAN)
def approve_refusal(request_id: int):
    try:
        decisions.approve_refusal(_load(request_id), actor=current_user, now=clock.now())
        flash(gettext("Penolakan disetujui; SK penolakan dan surat pemberitahuan diterbitkan."), "success")
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "error")
    return redirect(url_for("inforequests_staff.show", request_id=request_id))


@staff_bp.post("/<int:request_id>/kembalikan-penolakan")
@require_role(Role.ATASAN)
def return_refusal(request_id: int):
    form = ReturnRefusalForm()
    try:
        decisions.return_refusal(_load(request_id), reason=form.reason.data or "", actor=current_user,
                                 now=clock.now())
        flash(gettext("Usulan penolakan dikembalikan kepada PPID."), "success")
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "error")
    return redirect(url_for("inforequests_staff.show", request_id=request_id))


@staff_bp.get("/identitas/<int:document_id>")
@require_role(*STAFF)
def identity_document(document_id: int):
    """An identity document: personal data, for the staff of the request's unit only, never cached."""
    document = db.session.get(IdentityDocument, document_id) or abort(404)
    _load(document.info_request_id)
    response = send_file(io.BytesIO(encrypted_files.read(document.sha256)), mimetype=document.mimetype,
                         as_attachment=True, download_name=document.filename)
    response.headers["Cache-Control"] = "private, no-store"
    return response


@staff_bp.post("/<int:request_id>/perpanjang")
@require_role(Role.PPID)
def extend(request_id: int):
    info_request = _handled(request_id)
    form = ExtendForm()
    if not form.validate_on_submit():
        flash(gettext("Alasan perpanjangan wajib ditulis."), "error")
    else:
        try:
            services.extend(info_request, reason=form.reason.data, actor=current_user, now=clock.now())
            flash(gettext("Batas waktu diperpanjang sampai %(date)s.",
                          date=info_request.extended_due_date.strftime("%d-%m-%Y")), "success")
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "error")
    return redirect(url_for("inforequests_staff.show", request_id=request_id))
