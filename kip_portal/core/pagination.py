"""One pagination helper for lists and the API."""
from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Select

from kip_portal.extensions import db

MAX_PAGE = 1_000_000


def paginate(query: Select, *, page: int, per_page: int) -> Pagination:
    """Return one page of ``query``; a page past the end is empty rather than an error.

    The page number is capped, so a huge one from a URL cannot overflow the database's OFFSET.
    """
    return db.paginate(query, page=min(max(page, 1), MAX_PAGE), per_page=per_page, error_out=False,
                       max_per_page=100)
