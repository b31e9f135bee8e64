"""The administrator's calendar form."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import DateField
from wtforms import RadioField
from wtforms import StringField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.workdays.models import ChangeAction


class CalendarChangeForm(PortalForm):
    day = DateField(_l("Tanggal"), validators=[validators.InputRequired()])
    action = RadioField(_l("Perubahan"), default=ChangeAction.ADD.value, choices=[
        SelectChoice(ChangeAction.ADD.value, _l("Jadikan hari libur (mis. libur daerah, perubahan SKB)")),
        SelectChoice(ChangeAction.REMOVE.value, _l("Jadikan hari kerja (mis. cuti bersama dibatalkan)")),
    ])
    name = StringField(_l("Nama hari / keterangan"),
                       validators=[validators.InputRequired(), validators.Length(max=200)])
    legal_source = StringField(_l("Sumber hukum (nomor SKB, Keppres, Pergub …)"),
                               validators=[validators.InputRequired(), validators.Length(max=300)])
