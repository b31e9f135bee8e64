"""Languages of the portal: Indonesian by default, English on request (Flask-Babel).

Source strings are Indonesian; ``translations/en`` holds their English. Official documents (letters,
registers, the annual report, uji konsekuensi, sengketa papers) stay Indonesian whatever the visitor chose,
as the law's forms are: render them with :func:`render_official`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from flask import has_request_context
from flask import render_template
from flask import request
from flask_babel import Babel
from flask_babel import force_locale
from flask_babel import get_locale
from flask_babel import refresh

DEFAULT = "id"
# Code → the language's own name, as the switch shows it.
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
COOKIE = "kip_lang"
TRANSLATIONS = Path(__file__).parent / "translations"
# Machine readers get Indonesian whatever cookie the browser sends: the JSON API and its messages are the
# contract of docs/interfaces.md.
_ALWAYS_INDONESIAN = ("/api/",)

babel = Babel()


def N_(text: str) -> str:
    """Mark a string for the catalogue where it is defined, without translating it: labels and messages
    that are also stored, exported or printed stay Indonesian, and a page shows them with ``_(label)``."""
    return text


def select_locale() -> str:
    """The visitor's choice from the language cookie; Indonesian when none (not the browser's language:
    the portal is an Indonesian public service first)."""
    if not has_request_context() or request.path.startswith(_ALWAYS_INDONESIAN):
        return DEFAULT
    chosen = request.cookies.get(COOKIE, DEFAULT)
    return chosen if chosen in LANGUAGES else DEFAULT


def current_language() -> str:
    return str(get_locale() or DEFAULT)


def render_official(template: str, **context: Any) -> str:
    """Render an official document in Indonesian, as the law's forms are, whatever the page's language."""
    with force_locale(DEFAULT):
        return render_template(template, **context)


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    babel.init_app(app, locale_selector=select_locale)

    # Flask-Babel caches the locale on ``g``; a new request must choose again (``g`` outlives a request when
    # an application context was already pushed, as in tests and CLI-driven rendering).
    app.before_request(refresh)

    @app.after_request
    def vary_by_language(response):
        """A shared cache must keep one copy per language of a page."""
        if not request.path.startswith(_ALWAYS_INDONESIAN):
            response.vary.add("Cookie")
        return response

    @app.context_processor
    def language_globals():
        return {"languages": LANGUAGES, "current_language": current_language()}
