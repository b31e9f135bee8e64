"""Home page and the guide to requesting information."""
from __future__ import annotations

from flask import Blueprint
from flask import render_template

from kip_portal.auth.permissions import public
from kip_portal.dip import queries
from kip_portal.units import services as units

bp = Blueprint("public", __name__)


@bp.get("/")
@public
def home():
    return render_template("public/home.html", counts=queries.counts_by_category(), utama=units.utama())


@bp.get("/tentang")
@public
def about():
    return render_template("public/about.html", units=units.list_units())
