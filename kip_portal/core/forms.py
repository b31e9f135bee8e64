"""The portal's form base class (Indonesian messages) and form helpers every blueprint uses."""
from __future__ import annotations

from flask import flash
from flask_wtf import FlaskForm
from wtforms import validators

from kip_portal.core.exceptions import DomainError

# WTForms ships no Indonesian catalogue; these are its messages that our forms can show.
_MESSAGES = {
    "Field must be at least %(min)d character long.": "Minimal %(min)d karakter.",
    "Field must be at least %(min)d characters long.": "Minimal %(min)d karakter.",
    "Field cannot be longer than %(max)d character.": "Maksimal %(max)d karakter.",
    "Field cannot be longer than %(max)d characters.": "Maksimal %(max)d karakter.",
    "Field must be between %(min)d and %(max)d characters long.": "Panjang harus %(min)d sampai %(max)d karakter.",
    "Number must be at least %(min)s.": "Angka minimal %(min)s.",
    "Number must be at most %(max)s.": "Angka maksimal %(max)s.",
    "Number must be between %(min)s and %(max)s.": "Angka harus antara %(min)s dan %(max)s.",
    "This field is required.": "Wajib diisi.",
    "Invalid input.": "Isian tidak valid.",
    "Invalid email address.": "Alamat email tidak valid.",
    "Invalid Choice: could not coerce.": "Pilihan tidak valid.",
    "Not a valid choice.": "Pilihan tidak valid.",
    "Invalid choice(s): one or more data inputs could not be coerced.": "Pilihan tidak valid.",
    "'%(value)s' is not a valid choice for this field.": "'%(value)s' bukan pilihan yang valid.",
    "'%(value)s' are not valid choices for this field.": "'%(value)s' bukan pilihan yang valid.",
    "Not a valid date value.": "Tanggal tidak valid (gunakan format TTTT-BB-HH).",
    "Not a valid datetime value.": "Tanggal dan jam tidak valid.",
    "Not a valid integer value.": "Harus berupa bilangan bulat.",
    "Invalid CSRF Token.": "Token keamanan formulir tidak valid.",
    "CSRF token missing.": "Token keamanan formulir tidak ada.",
    "CSRF token expired.": "Token keamanan formulir sudah kedaluwarsa.",
}


class _IndonesianTranslations:
    def gettext(self, message: str) -> str:
        return _MESSAGES.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class PortalForm(FlaskForm):
    """Base of every form: CSRF from Flask-WTF, validation messages in Indonesian."""

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
