"""Jinja filters and globals: Indonesian dates, sizes, and what every page needs."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Flask
from flask import current_app
from flask import request
from flask import url_for

from kip_portal.dip.models import Category
from kip_portal.documents.services import human_size
from kip_portal.i18n import current_language

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")


def tanggal(value: date | datetime | None) -> str:
    """Format a date the Indonesian way, 17 Agustus 2025, or 17 August 2025 on an English page (a datetime in
    the portal's time zone, with its time: 10.30 or 10:30). Official documents render in Indonesian."""
    if value is None:
        return "—"
    english = current_language() == "en"
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(current_app.config["TIMEZONE"]))
        return f"{tanggal(value.date())}, {value:%H:%M}" if english else f"{tanggal(value.date())}, {value:%H.%M}"
    months = ENGLISH_MONTHS if english else MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def ukuran(size: int) -> str:
    """A file size in the page's language: 1,7 MB and 980 byte, or 1.7 MB and 980 bytes on an English page."""
    text = human_size(size)
    return text.replace(",", ".").replace("byte", "bytes") if current_language() == "en" else text


def without_page(args: dict) -> dict:
    """Drop the page number from query arguments, for links that change a filter."""
    return {k: v for k, v in args.items() if k != "page"}


def rupiah(amount: int | None) -> str:
    """Rupiah the Indonesian way: Rp 15.000."""
    return "Rp " + f"{amount or 0:,}".replace(",", ".")


def without_key(args: dict, key: str) -> dict:
    return {k: v for k, v in args.items() if k != key}


def page_url(number: int) -> str:
    """Link to another page of the current list, keeping its filters."""
    args = {**(request.view_args or {}), **request.args.to_dict(), "page": number}
    return url_for(request.endpoint, **args)


def init_app(app: Flask) -> None:
    app.add_template_filter(tanggal)
    app.add_template_filter(without_page)
    app.add_template_filter(without_key)
    app.add_template_filter(rupiah)
    # A global, not a context value: macros imported without context (pagination) need it.
    app.add_template_global(page_url)
    app.add_template_filter(ukuran)

    @app.context_processor
    def portal_globals():
        return {"categories": list(Category), "body_name": app.config["BODY_NAME"]}
