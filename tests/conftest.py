"""Fixtures: every test gets its own migrated database, document store and index directory."""
from __future__ import annotations

import re
import shutil
from datetime import datetime
from datetime import timezone

import pytest
from flask_migrate import upgrade

from kip_portal import create_app
from kip_portal.extensions import db
from tests import factories

FIXED_NOW = datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc)


def _config(tmp_path, database_path, **overrides):
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database_path}",
        "DOCUMENTS_DIR": str(tmp_path / "documents"),
        "INDEX_DIR": str(tmp_path / "index"),
        "WTF_CSRF_ENABLED": False,
        # A cheap scrypt cost keeps tests fast; production keeps Werkzeug's default.
        "PASSWORD_HASH_METHOD": "scrypt:1024:8:1",
        "SERVER_NAME": "portal.test",
        **overrides,
    }


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory):
    """Build the schema once through the Alembic migrations; each test starts from a copy of it."""
    directory = tmp_path_factory.mktemp("template")
    path = directory / "template.sqlite"
    app = create_app(_config(directory, path), instance_path=str(directory / "instance"))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return path


@pytest.fixture
def make_app(tmp_path, migrated_database):
    """Build an app on a fresh copy of the migrated database; keyword arguments override the config."""

    def build(**overrides):
        database = tmp_path / "kip.sqlite"
        if not database.exists():
            shutil.copyfile(migrated_database, database)
        return create_app(_config(tmp_path, database, **overrides), instance_path=str(tmp_path / "instance"))

    return build


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def now():
    return FIXED_NOW


@pytest.fixture
def login(client):
    """Log ``user`` in through the real login form."""

    def do_login(user, password=factories.PASSWORD):
        response = client.post("/masuk", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        return response

    return do_login


def csrf_token(html: str) -> str:
    """Read the CSRF token a page's form carries."""
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)
