"""Reading the search parameters of the page and the API the same way."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict

from kip_portal.core.exceptions import DomainError
from kip_portal.dip.models import Category

# Longer than any real query; a bigger one is refused rather than cut, since it is not a person typing.
MAX_QUERY_PARAMETER = 4096


@dataclass
class SearchParams:
    q: str
    category: str | None
    unit: str | None
    year: int | None
    page: int


def read_params(args: MultiDict) -> SearchParams:
    """Validate the query string.

    :raises DomainError: naming the parameter that is wrong (in the page's language; Indonesian in the API).
    """
    q = args.get("q", "")
    if len(q) > MAX_QUERY_PARAMETER:
        raise DomainError(_("Kata kunci terlalu panjang (lebih dari %(max)s karakter).", max=MAX_QUERY_PARAMETER),
                          {"q": _("Persingkat kata kunci.")})
    category = None
    if args.get("category"):
        found = Category.from_slug(args["category"])
        if found is None:
            raise DomainError(_("Kategori tidak dikenal."), {"category": ", ".join(c.value for c in Category)})
        category = found.value
    year, page = args.get("year", ""), args.get("page", "1")
    if year and not (year.isascii() and year.isdigit() and len(year) <= 4):  # the index holds 32-bit numbers
        raise DomainError(_("Tahun harus berupa angka."), {"year": _("Contoh: %(example)s", example="2025")})
    if not (page.isascii() and page.isdigit()) or int(page) < 1:
        raise DomainError(_("Nomor halaman harus bilangan bulat positif."),
                          {"page": _("Contoh: %(example)s", example="1")})
    return SearchParams(q=q, category=category, unit=args.get("unit") or None, year=int(year) if year else None,
                        page=min(int(page), 1000))
