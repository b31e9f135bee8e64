"""Fixtures: every test gets its own migrated database, document store and index directory; units, tokens and
a valid request body for the request workflow; a frozen clock.

SQLite by default (each test copies a migrated file); with KIP_TEST_DATABASE_URL (e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/postgres, as scripts/test sets it) on that PostgreSQL server instead
(see tests/databases.py)."""
from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from datetime import timezone

import pytest
from flask_migrate import upgrade

from kip_portal import create_app
from kip_portal.auth.models import Role
from kip_portal.core import clock
from kip_portal.extensions import db
from tests import factories
from tests.databases import PostgresServer

FIXED_NOW = datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc)


def _config(tmp_path, database, **overrides):
    """``database``: a SQLite file's path or a database URL."""
    uri = database if isinstance(database, str) else f"sqlite:///{database}"
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": uri,
        "DOCUMENTS_DIR": str(tmp_path / "documents"),
        "INDEX_DIR": str(tmp_path / "index"),
        "WTF_CSRF_ENABLED": False,
        # A cheap scrypt cost keeps tests fast; production keeps Werkzeug's default.
        "PASSWORD_HASH_METHOD": "scrypt:1024:8:1",
        "SERVER_NAME": "portal.test",
        **overrides,
    }


@pytest.fixture(scope="session")
def postgres():
    """The PostgreSQL server named by KIP_TEST_DATABASE_URL (scripts/test starts one), or None: SQLite."""
    url = os.environ.get("KIP_TEST_DATABASE_URL")
    if not url:
        yield None
        return
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory, postgres):
    """Build the schema once through the Alembic migrations; each test starts from a copy of it (a SQLite file's
    path, or on PostgreSQL the URL of a template database)."""
    directory = tmp_path_factory.mktemp("template")
    database = postgres.create("template") if postgres else directory / "template.sqlite"
    app = create_app(_config(directory, database), instance_path=str(directory / "instance"))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return database


@pytest.fixture(scope="session")
def demo_seeded(tmp_path_factory, migrated_database, postgres):
    """Run ``seed-demo`` once, on FIXED_NOW (its history ends there whatever the real date): returns the directory
    of its documents and index, and its database (a file in that directory, or a PostgreSQL template database)."""
    directory = tmp_path_factory.mktemp("demo")
    if postgres:
        database = postgres.create("demo", template=migrated_database)
    else:
        database = directory / "kip.sqlite"
        shutil.copyfile(migrated_database, database)
    app = create_app(_config(directory, database), instance_path=str(directory / "instance"))
    with app.app_context(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "now", lambda: FIXED_NOW)
        result = app.test_cli_runner().invoke(args=["seed-demo"])
        assert result.exit_code == 0, result.output
        db.session.remove()
        db.engine.dispose()
    return directory, database


@pytest.fixture(scope="session")
def demo_instance(demo_seeded):
    """The seeded demo's directory (documents, index, instance), for tests marked ``demo`` to copy."""
    return demo_seeded[0]


@pytest.fixture
def new_database(migrated_database, postgres):
    """Make a fresh copy of the migrated database (or of ``template``): ``new_database(directory)`` returns its URL,
    of a SQLite file in ``directory`` or, on PostgreSQL, of the restored working copy (the first call in a test)
    or of a new database dropped at teardown."""
    created = []

    def make(directory, template=None):
        if postgres and template is None and not created:
            created.append(None)
            return postgres.fresh(migrated_database)
        if postgres:
            url = postgres.create("copy", template=template or migrated_database)
            created.append(url)
            return url
        path = directory / "kip.sqlite"
        shutil.copyfile(template or migrated_database, path)
        return f"sqlite:///{path}"

    yield make
    for url in created:
        if url is not None:
            postgres.drop(url)


@pytest.fixture
def make_app(request, tmp_path, new_database):
    """Build an app on a fresh copy of the migrated database (of the demo data for tests marked ``demo``);
    keyword arguments override the config."""
    databases = []

    def build(**overrides):
        if not databases:
            if request.node.get_closest_marker("demo"):
                directory, database = request.getfixturevalue("demo_seeded")
                shutil.copytree(directory, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("kip.sqlite"))
                databases.append(new_database(tmp_path, template=database))
            else:
                databases.append(new_database(tmp_path))
        return create_app(_config(tmp_path, databases[0], **overrides), instance_path=str(tmp_path / "instance"))

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


VALID_NIK = "3509121507800001"  # Jember (35 09), born 15-07-1980: a well-formed, made-up number


@pytest.fixture
def units(app):
    utama = factories.make_utama()
    return {"utama": utama, "jember": factories.make_unit("UPT-JEMBER", parent=utama),
            "batu": factories.make_unit("UPT-BATU", parent=utama)}


@pytest.fixture
def token_of(units):
    """An API token for a new user of ``role`` in ``unit``."""

    def make(role: Role, unit=None) -> dict:
        user = factories.make_user(role, unit=unit)
        return factories.bearer(user)

    return make


@pytest.fixture
def body():
    return {"requester_type": "perorangan", "name": "Siti Aminah", "nik": VALID_NIK,
            "address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "siti@contoh.id",
            "occupation": "Guru", "information": "Daftar penerima bantuan lansia di UPT PSTW Jember tahun 2025",
            "purpose": "Penelitian skripsi", "obtain_method": "salinan_softcopy", "delivery_method": "email",
            "unit": "UPT-JEMBER"}


@pytest.fixture
def freeze(monkeypatch):
    """Fix the portal's clock (views, the API and the CLI read it) at ``moment``; returns it."""

    def at(moment: datetime) -> datetime:
        monkeypatch.setattr(clock, "now", lambda: moment)
        return moment

    return at


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
