"""The portal's form base class (messages in the page's language) and form helpers every blueprint uses."""
from __future__ import annotations

from flask import flash
from flask_babel import gettext
from flask_wtf import FlaskForm
from wtforms import validators

from kip_portal.core.exceptions import DomainError
from kip_portal.i18n import N_

# WTForms ships no Indonesian catalogue; these are its messages that our forms can show, in Indonesian, and in
# English through the portal's catalogue on an English page (translated when the form validates).
_MESSAGES = {
    "Field must be at least %(min)d character long.": N_("Minimal %(min)d karakter."),
    "Field must be at least %(min)d characters long.": N_("Minimal %(min)d karakter."),
    "Field cannot be longer than %(max)d character.": N_("Maksimal %(max)d karakter."),
    "Field cannot be longer than %(max)d characters.": N_("Maksimal %(max)d karakter."),
    "Field must be between %(min)d and %(max)d characters long.": N_(
        "Panjang harus %(min)d sampai %(max)d karakter."),
    "Number must be at least %(min)s.": N_("Angka minimal %(min)s."),
    "Number must be at most %(max)s.": N_("Angka maksimal %(max)s."),
    "Number must be between %(min)s and %(max)s.": N_("Angka harus antara %(min)s dan %(max)s."),
    "This field is required.": N_("Wajib diisi."),
    "Invalid input.": N_("Isian tidak valid."),
    "Invalid email address.": N_("Alamat email tidak valid."),
    "Invalid Choice: could not coerce.": N_("Pilihan tidak valid."),
    "Not a valid choice.": N_("Pilihan tidak valid."),
    "Invalid choice(s): one or more data inputs could not be coerced.": N_("Pilihan tidak valid."),
    "'%(value)s' is not a valid choice for this field.": N_("'%(value)s' bukan pilihan yang valid."),
    "'%(value)s' are not valid choices for this field.": N_("'%(value)s' bukan pilihan yang valid."),
    "Not a valid date value.": N_("Tanggal tidak valid (gunakan format TTTT-BB-HH)."),
    "Not a valid datetime value.": N_("Tanggal dan jam tidak valid."),
    "Not a valid integer value.": N_("Harus berupa bilangan bulat."),
    "Invalid CSRF Token.": N_("Token keamanan formulir tidak valid."),
    "CSRF token missing.": N_("Token keamanan formulir tidak ada."),
    "CSRF token expired.": N_("Token keamanan formulir sudah kedaluwarsa."),
}


class _IndonesianTranslations:
    def gettext(self, message: str) -> str:
        return gettext(_MESSAGES.get(message, message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class PortalForm(FlaskForm):
    """Base of every form: CSRF from Flask-WTF, validation messages in the page's language."""

    class Meta:
        def get_translations(self, form):
            return _IndonesianTranslations()


class ServiceCheckedForm(PortalForm):
    """A form whose rules live in a domain service shared with the API: its ``optional`` fields may be left
    empty here, and the service names what is missing."""

    optional: tuple[str, ...] = ()

    def validate(self, extra_validators=None) -> bool:
        for name in self.optional:
            self[name].validators = [validators.Optional()]
        return super().validate(extra_validators)


def show_domain_error(form: FlaskForm, error: DomainError) -> None:
    """Put a service's field messages next to the fields, and its summary at the top of the page."""
    for name, message in error.fields.items():
        if name in form:
            form[name].errors = [*form[name].errors, message]
    flash(error.message, "error")
