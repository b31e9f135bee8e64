"""The admin's unit form."""
from __future__ import annotations

from wtforms import SelectField
from wtforms import StringField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.core.forms import PortalForm
from kip_portal.units.models import UnitKind


class UnitForm(PortalForm):
    code = StringField("Kode unit", validators=[
        validators.InputRequired(), validators.Length(max=32),
        validators.Regexp(r"^[A-Z0-9][A-Z0-9-]*$", message="Huruf besar, angka dan tanda hubung saja."),
    ])
    name = StringField("Nama unit", validators=[validators.InputRequired(), validators.Length(max=200)])
    kind = SelectField(
        "Jenis", choices=[SelectChoice(k.value, k.label) for k in UnitKind], default=UnitKind.PELAKSANA.value
    )
    address = StringField("Alamat kantor", validators=[validators.Length(max=300)])
    phone = StringField("Telepon", validators=[validators.Length(max=50)])
    email = StringField("Email", validators=[validators.Length(max=200)])
    head = StringField("Nama kepala unit (untuk surat)", validators=[validators.Length(max=200)])

    def values(self) -> dict:
        return {
            "code": self.code.data.strip(), "name": self.name.data.strip(), "kind": UnitKind(self.kind.data),
            "address": self.address.data or "", "phone": self.phone.data or "", "email": self.email.data or "",
            "head": self.head.data or "",
        }
