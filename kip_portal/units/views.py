"""The admin's pages for PPID units."""
from __future__ import annotations

from flask import Blueprint
from flask import abort
from flask import flash
from flask import redirect
from flask import render_template
from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import require_role
from kip_portal.core import clock
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.extensions import db
from kip_portal.units import services
from kip_portal.units.forms import UnitForm
from kip_portal.units.models import Unit

bp = Blueprint("units", __name__, url_prefix="/admin/unit")


@bp.get("/")
@require_role(Role.ADMIN)
def index():
    return render_template("units/index.html", units=services.list_units())


@bp.route("/baru", methods=["GET", "POST"])
@require_role(Role.ADMIN)
def create():
    form = UnitForm()
    if form.validate_on_submit():
        try:
            unit = services.create_unit(form.values(), actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_("Unit %(name)s dibuat.", name=unit.name), "success")
            return redirect(url_for("units.index"))
    return render_template("units/form.html", form=form, unit=None)


@bp.route("/<int:unit_id>", methods=["GET", "POST"])
@require_role(Role.ADMIN)
def edit(unit_id: int):
    unit = db.session.get(Unit, unit_id) or abort(404)
    form = UnitForm(obj=unit)
    if form.validate_on_submit():
        try:
            services.update_unit(unit, form.values(), actor=current_user, now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_("Unit %(name)s diperbarui.", name=unit.name), "success")
            return redirect(url_for("units.index"))
    return render_template("units/form.html", form=form, unit=unit)
