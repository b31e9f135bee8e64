"""The published fee table, and the administrator's page that keeps it."""
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
from kip_portal.auth.permissions import public
from kip_portal.auth.permissions import require_role
from kip_portal.core import clock
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.extensions import db
from kip_portal.fees import services
from kip_portal.fees.forms import FeeForm
from kip_portal.fees.models import FeeItem
from kip_portal.fees.models import FeeKind
from kip_portal.inforequests.models import PaymentMethod

bp = Blueprint("fees", __name__)


@bp.get("/biaya")
@public
def table():
    return render_template("fees/table.html", items=services.fee_table(),
                           payments=[m for m in PaymentMethod if m != PaymentMethod.TIDAK_ADA])


@bp.route("/admin/biaya", methods=["GET", "POST"])
@require_role(Role.ADMIN)
def manage():
    form = FeeForm()
    if form.validate_on_submit():
        try:
            services.add_fee(kind=FeeKind(form.kind.data), name=form.name.data, per=form.per.data or "",
                             price=form.price.data, legal_source=form.legal_source.data, actor=current_user,
                             now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_("Tarif ditambahkan dan langsung diumumkan."), "success")
            return redirect(url_for("fees.manage"))
    return render_template("fees/manage.html", form=form, items=services.fee_table())


@bp.post("/admin/biaya/<int:item_id>/hapus")
@require_role(Role.ADMIN)
def remove(item_id: int):
    services.remove_fee(db.session.get(FeeItem, item_id) or abort(404), actor=current_user, now=clock.now())
    flash(_("Tarif dihapus."), "success")
    return redirect(url_for("fees.manage"))
