"""Login and user-management forms."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
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
    email = EmailField(_l("Email"), validators=[validators.InputRequired(), validators.Length(max=200)])
    password = PasswordField(_l("Kata sandi"), validators=[validators.InputRequired(), validators.Length(max=500)])


class UserForm(PortalForm):
    email = EmailField(_l("Email"), validators=[validators.InputRequired(), validators.Length(max=200),
                                                validators.Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
                                                                  message=_l("Alamat email tidak valid."))])
    name = StringField(_l("Nama"), validators=[validators.InputRequired(), validators.Length(max=200)])
    role = SelectField(_l("Peran"), choices=[SelectChoice(r.value, _l(r.label)) for r in Role])
    unit_id = SelectField(_l("Unit"), coerce=int)
    active = BooleanField(_l("Aktif"), default=True)
    password = PasswordField(_l("Kata sandi (minimal 12 karakter)"), validators=[validators.Length(max=500)])

    def set_units(self, units) -> None:
        self.unit_id.choices = [SelectChoice(NO_UNIT, _l("— tanpa unit —"))] + [
            SelectChoice(u.id, u.name) for u in units]
