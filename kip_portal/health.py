"""``GET /healthz``: whether this worker can serve — database, search index, document store — for a load balancer,
systemd or a monitoring probe. Public, and says only which part fails; the reason goes to the log."""
from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Callable

import sqlalchemy as sa
from flask import Blueprint
from flask import current_app
from flask import jsonify

from kip_portal.auth.permissions import public
from kip_portal.extensions import db
from kip_portal.search import services as search

log = logging.getLogger(__name__)
bp = Blueprint("health", __name__)


def database_ok() -> bool:
    try:
        db.session.execute(sa.text("SELECT 1"))
        return True
    except Exception as error:
        log.warning("health check: database unavailable (%s)", type(error).__name__)
        return False
    finally:
        db.session.rollback()


def documents_ok() -> bool:
    """The document store exists and a file can be created in it (an upload would fail otherwise)."""
    directory = Path(current_app.config["DOCUMENTS_DIR"])
    if not directory.is_dir() or not os.access(directory, os.W_OK | os.X_OK):
        log.warning("health check: document store %s missing or not writable", directory)
        return False
    try:
        with tempfile.TemporaryFile(dir=directory, prefix=".healthz-"):
            return True
    except OSError as error:
        log.warning("health check: cannot write in document store %s (%s)", directory, error.strerror)
        return False


CHECKS: dict[str, Callable[[], bool]] = {"database": database_ok, "index": search.index_ok, "documents": documents_ok}


@bp.get("/healthz")
@public
def healthz():
    checks = {name: "ok" if check() else "fail" for name, check in CHECKS.items()}
    healthy = all(value == "ok" for value in checks.values())
    response = jsonify({"status": "ok" if healthy else "fail", "checks": checks})
    response.status_code = 200 if healthy else 503
    response.headers["Cache-Control"] = "no-store"
    return response
