"""Login and user-management forms."""
from __future__ import annotations

from wtforms import BooleanField
from wtforms import EmailField
from wtforms import PasswordField
from wtforms import SelectField
from wtforms import StringField
from wtforms import validators
from wtforms.fields.choices import SelectChoice

from kip_portal.auth.models import Role
from kip_portal.core.forms import PortalForm

NO_UNIT = 0


class LoginForm(PortalForm):
    email = EmailField("Email", validators=[validators.InputRequired(), validators.Length(max=200)])
    password = PasswordField("Kata sandi", validators=[validators.InputRequired(), validators.Length(max=500)])


class UserForm(PortalForm):
    email = EmailField("Email", validators=[validators.InputRequired(), validators.Length(max=200),
                                            validators.Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
                                                              message="Alamat email tidak valid.")])
    name = StringField("Nama", validators=[validators.InputRequired(), validators.Length(max=200)])
    role = SelectField("Peran", choices=[SelectChoice(r.value, r.label) for r in Role])
    unit_id = SelectField("Unit", coerce=int)
    active = BooleanField("Aktif", default=True)
    password = PasswordField("Kata sandi (minimal 12 karakter)", validators=[validators.Length(max=500)])

    def set_units(self, units) -> None:
        self.unit_id.choices = [SelectChoice(NO_UNIT, "— tanpa unit —")] + [SelectChoice(u.id, u.name) for u in units]
