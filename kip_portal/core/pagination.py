"""One pagination helper for lists and the API."""
from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Select

from kip_portal.extensions import db


def paginate(query: Select, *, page: int, per_page: int) -> Pagination:
    """Return one page of ``query``; a page past the end is empty rather than an error."""
    return db.paginate(query, page=max(page, 1), per_page=per_page, error_out=False, max_per_page=100)
