"""The admin's unit form."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField
from wtforms import StringField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.units.models import UnitKind


class UnitForm(PortalForm):
    code = StringField(_l("Kode unit"), validators=[
        validators.InputRequired(), validators.Length(max=32),
        validators.Regexp(r"^[A-Z0-9][A-Z0-9-]*$", message=_l("Huruf besar, angka dan tanda hubung saja.")),
    ])
    name = StringField(_l("Nama unit"), validators=[validators.InputRequired(), validators.Length(max=200)])
    kind = SelectField(
        _l("Jenis"), choices=[SelectChoice(k.value, _l(k.label)) for k in UnitKind], default=UnitKind.PELAKSANA.value
    )
    address = StringField(_l("Alamat kantor"), validators=[validators.Length(max=300)])
    phone = StringField(_l("Telepon"), validators=[validators.Length(max=50)])
    email = StringField(_l("Email"), validators=[validators.Length(max=200)])
    head = StringField(_l("Nama kepala unit (untuk surat)"), validators=[validators.Length(max=200)])

    def values(self) -> dict:
        return {
            "code": self.code.data.strip(), "name": self.name.data.strip(), "kind": UnitKind(self.kind.data),
            "address": self.address.data or "", "phone": self.phone.data or "", "email": self.email.data or "",
            "head": self.head.data or "",
        }
