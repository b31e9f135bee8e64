"""The administrator's fee form."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField
from wtforms import SelectField
from wtforms import StringField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.fees.models import FeeKind


class FeeForm(PortalForm):
    kind = SelectField(_l("Jenis biaya"), choices=[SelectChoice(k.value, _l(k.label)) for k in FeeKind])
    name = StringField(_l("Uraian"), validators=[validators.InputRequired(), validators.Length(max=200)])
    per = StringField(_l("Satuan (mis. per lembar, per kiriman)"), validators=[validators.Length(max=100)])
    price = IntegerField(_l("Tarif (Rp)"), validators=[validators.InputRequired(), validators.NumberRange(min=0)])
    legal_source = StringField(_l("Ditetapkan dengan (nomor keputusan)"),
                               validators=[validators.InputRequired(), validators.Length(max=300)])
