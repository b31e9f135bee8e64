"""Staff pages of the uji konsekuensi register: the lembar (Lampiran II), the SK (Lampiran III), approval."""
from __future__ import annotations

import re

from flask import Blueprint
from flask import Response
from flask import current_app
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import can_manage_entries_of
from kip_portal.auth.permissions import editable_units
from kip_portal.auth.permissions import load_manageable
from kip_portal.auth.permissions import load_visible
from kip_portal.auth.permissions import require_role
from kip_portal.auth.permissions import visible_units
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.core.pagination import paginate
from kip_portal.exemptions import services
from kip_portal.exemptions.forms import ApprovalForm
from kip_portal.exemptions.forms import ConsequenceTestForm
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.i18n import render_official
from kip_portal.letters.render import html_to_pdf
from kip_portal.letters.services import letter_place
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units

bp = Blueprint("exemptions", __name__, url_prefix="/staf/uji-konsekuensi")
FILTERS = {"expiring": N_("Berakhir dalam 30 hari"), "expired": N_("Sudah berakhir"), "active": N_("Berlaku"),
           "pending": N_("Menunggu persetujuan")}


def _today():
    return local_date(clock.now())


def _visible_units() -> list[Unit]:
    return visible_units(current_user, list_units())


@bp.app_template_global("consequence_test_of")
def consequence_test_of(entry) -> ConsequenceTest | None:
    """The test an exempt DIP entry rests on, for the entry's page."""
    return db.session.get(ConsequenceTest, entry.consequence_test_id) if entry.consequence_test_id else None


@bp.app_template_global("exemptions_expiring_count")
def exemptions_expiring_count() -> int:
    """How many tests of the user's units end within 30 days: the staff room's card shows it."""
    unit_ids = {u.id for u in _visible_units()}
    return sum(1 for test in services.expiring(_today()) if test.unit_id in unit_ids)


@bp.get("/")
@require_role(*STAFF)
def index():
    units, today = _visible_units(), _today()
    status = request.args.get("status") if request.args.get("status") in FILTERS else None
    unit_code = request.args.get("unit") or None
    unit_ids = [u.id for u in units if unit_code in (None, u.code)]
    page = paginate(services.register_query(unit_ids, today=today, status=status),
                    page=request.args.get("page", 1, type=int), per_page=current_app.config["PER_PAGE"])
    return render_template(
        "exemptions/index.html", page=page, units=units, today=today, filters={"status": status, "unit": unit_code},
        choices=FILTERS, counts=services.linked_counts([t.id for t in page.items]), services=services,
        can_create=bool(editable_units(current_user, units)),
        expiring=sum(1 for t in services.expiring(today) if t.unit_id in {u.id for u in units}),
    )


@bp.get("/<int:test_id>")
@require_role(*STAFF)
def show(test_id: int):
    test, today = load_visible(ConsequenceTest, test_id), _today()
    return render_template(
        "exemptions/show.html", test=test, today=today, services=services,
        entries=services.linked_entries(test), approval_form=ApprovalForm(approved_on=today),
        can_edit=can_manage_entries_of(current_user, test.unit) and not test.is_approved,
        can_approve=current_user.role in services.APPROVERS and not test.is_approved,
    )


@bp.route("/baru", methods=["GET", "POST"])
@require_role(Role.PPID)
def create():
    units = editable_units(current_user, list_units())
    form = ConsequenceTestForm()
    form.set_units(units)
    if form.validate_on_submit():
        try:
            test = services.create_test(form.to_data(units), actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_("Uji konsekuensi dicatat. Mintakan persetujuan pimpinan sebelum dipakai."), "success")
            return redirect(url_for("exemptions.show", test_id=test.id))
    return render_template("exemptions/form.html", form=form, test=None)


@bp.route("/<int:test_id>/ubah", methods=["GET", "POST"])
@require_role(Role.PPID)
def edit(test_id: int):
    test = load_manageable(ConsequenceTest, test_id)
    units = editable_units(current_user, list_units())
    form = ConsequenceTestForm(obj=test)
    form.set_units(units)
    if form.validate_on_submit():
        try:
            changed = services.update_test(test, form.to_data(units), actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_("Perubahan disimpan.") if changed else _("Tidak ada perubahan."), "success")
            return redirect(url_for("exemptions.show", test_id=test.id))
    return render_template("exemptions/form.html", form=form, test=test)


@bp.post("/<int:test_id>/hapus")
@require_role(Role.PPID)
def delete(test_id: int):
    test = load_manageable(ConsequenceTest, test_id)
    try:
        services.delete_test(test, actor=current_user, now=clock.now())
    except DomainError as error:
        flash(error.message, "error")
        return redirect(url_for("exemptions.show", test_id=test.id))
    flash(_("Uji konsekuensi yang belum disetujui dihapus."), "success")
    return redirect(url_for("exemptions.index"))


@bp.post("/<int:test_id>/setujui")
@require_role(*services.APPROVERS)
def approve(test_id: int):
    test = load_visible(ConsequenceTest, test_id)
    form = ApprovalForm()
    if form.validate_on_submit():
        try:
            services.approve(test, approved_by=form.approved_by.data or "", approved_on=form.approved_on.data,
                             actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            flash(_("Persetujuan pimpinan dicatat; uji konsekuensi ini kini dapat menjadi dasar pengecualian."),
                  "success")
    else:
        for errors in form.errors.values():
            for message in errors:
                flash(message, "error")
    return redirect(url_for("exemptions.show", test_id=test.id))


def _pdf(test: ConsequenceTest, template: str, name: str) -> Response:
    html = render_official(template, test=test, unit=test.unit, place=test.tested_place or letter_place(),
                           sk_place=letter_place(), body_address=current_app.config["BODY_ADDRESS"])
    pdf = html_to_pdf(html, base_url=current_app.static_folder + "/")
    filename = f"{name}-{re.sub(r'[^A-Za-z0-9._-]', '-', test.number)}.pdf"
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": f'inline; filename="{filename}"'})


@bp.get("/<int:test_id>/lembar.pdf")
@require_role(*STAFF)
def lembar_pdf(test_id: int):
    return _pdf(load_visible(ConsequenceTest, test_id), "exemptions/lembar_print.html", "lembar-uji-konsekuensi")


@bp.get("/<int:test_id>/sk.pdf")
@require_role(*STAFF)
def sk_pdf(test_id: int):
    return _pdf(load_visible(ConsequenceTest, test_id), "exemptions/sk_print.html", "sk-pengecualian")
