"""The administrator keeps the holiday calendar current; open requests' deadlines follow it."""
from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import require_role
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.extensions import db
from kip_portal.inforequests import services as inforequests
from kip_portal.workdays import holidays
from kip_portal.workdays import services
from kip_portal.workdays.forms import CalendarChangeForm
from kip_portal.workdays.models import CalendarChange
from kip_portal.workdays.models import ChangeAction

bp = Blueprint("workdays", __name__, url_prefix="/admin/kalender")


@bp.route("/", methods=["GET", "POST"])
@require_role(Role.ADMIN)
def index():
    form = CalendarChangeForm()
    if form.validate_on_submit():
        now = clock.now()
        try:
            services.record_change(day=form.day.data, action=ChangeAction(form.action.data), name=form.name.data,
                                   legal_source=form.legal_source.data, actor=current_user, now=now)
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            changed = inforequests.recompute_deadlines(actor=current_user, now=now)
            flash(_("Kalender diperbarui; batas waktu %(n)s permohonan yang berjalan dihitung ulang.", n=changed),
                  "success")
            return redirect(url_for("workdays.index"))
    year = local_date(clock.now()).year
    changes = db.session.scalars(sa.select(CalendarChange).order_by(CalendarChange.day.desc())).all()
    days = sorted(services.calendar([year, year + 1]).holidays.values(), key=lambda h: h.day)
    return render_template("workdays/index.html", form=form, changes=changes, days=days,
                           package_days=holidays.national([year, year + 1]))
