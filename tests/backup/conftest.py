"""A second, fresh instance to restore into, and helpers to read back what an instance holds."""
from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path
from typing import Callable

import pytest
import sqlalchemy as sa
from flask import Flask

from kip_portal import create_app
from kip_portal.crypto.keys import instance_key
from kip_portal.extensions import db
from tests.conftest import _config


@pytest.fixture
def make_target(tmp_path, new_database):
    """Build a fresh instance (migrated, empty; SQLite or PostgreSQL as the suite runs) in its own directory, with
    the same ENCRYPTION_KEYS as the test's ``app`` unless told otherwise; calling it again with the same name gives
    a new app on the same database and files, as a restart would."""
    databases: dict[str, str] = {}
    apps = []

    def build(name: str = "target", **overrides) -> Flask:
        directory = tmp_path / name
        # The operator installs the source's encryption keys on the new instance (they are not in the archive):
        # here, the key the test's ``app`` keeps in tmp_path/instance.
        overrides.setdefault("ENCRYPTION_KEYS", instance_key(tmp_path / "instance"))
        if name not in databases:
            directory.mkdir(exist_ok=True)
            databases[name] = new_database(directory)
        app = create_app(_config(directory, databases[name], **overrides), instance_path=str(directory / "instance"))
        apps.append(app)
        return app

    yield build
    for app in apps:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def invoke(app: Flask, *args: str):
    with app.app_context():
        return app.test_cli_runner().invoke(args=list(args))


def table_rows(app: Flask) -> dict[str, list[dict]]:
    """Every row of every table, in primary-key order, as the models read them."""
    with app.app_context(), db.engine.connect() as conn:
        return {table.name: [dict(row) for row in conn.execute(
            sa.select(table).order_by(*table.primary_key.columns)).mappings()]
            for table in db.metadata.sorted_tables}


def document_hashes(app: Flask) -> dict[str, str]:
    """sha256 of every file under DOCUMENTS_DIR, by its path there."""
    root = Path(app.config["DOCUMENTS_DIR"])
    return {str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def rewrite_archive(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Repack the archive with ``change(name, data)`` applied to each member."""
    with tarfile.open(path, "r:gz") as source:
        members = [(info, source.extractfile(info).read()) for info in source.getmembers()]
    with tarfile.open(path, "w:gz") as out:
        for info, data in members:
            data = change(info.name, data)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
