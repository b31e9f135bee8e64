"""Form helpers every blueprint uses."""
from __future__ import annotations

from flask import flash
from flask_wtf import FlaskForm

from kip_portal.core.exceptions import DomainError


class ConfirmForm(FlaskForm):
    """An empty form: its CSRF token protects a one-button action (publish, retire, log out)."""


def show_domain_error(form: FlaskForm, error: DomainError) -> None:
    """Put a service's field messages next to the fields, and its summary at the top of the page."""
    for name, message in error.fields.items():
        if name in form:
            form[name].errors = [*form[name].errors, message]
    flash(error.message, "error")
