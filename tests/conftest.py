"""Fixtures: every test gets its own migrated database, document store and index directory; units, tokens and
a valid request body for the request workflow; a frozen clock."""
from __future__ import annotations

import re
import shutil
from datetime import datetime
from datetime import timezone

import pytest
from flask_migrate import upgrade

from kip_portal import create_app
from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.core import clock
from kip_portal.core.models import utcnow
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


@pytest.fixture(scope="session")
def demo_instance(tmp_path_factory, migrated_database):
    """Run ``seed-demo`` once, on FIXED_NOW (its history ends there whatever the real date): its database,
    documents and index, for tests marked ``demo`` to copy."""
    directory = tmp_path_factory.mktemp("demo")
    shutil.copyfile(migrated_database, directory / "kip.sqlite")
    app = create_app(_config(directory, directory / "kip.sqlite"), instance_path=str(directory / "instance"))
    with app.app_context(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "now", lambda: FIXED_NOW)
        result = app.test_cli_runner().invoke(args=["seed-demo"])
        assert result.exit_code == 0, result.output
        db.session.remove()
        db.engine.dispose()
    return directory


@pytest.fixture
def make_app(request, tmp_path, migrated_database):
    """Build an app on a fresh copy of the migrated database (of the demo data for tests marked ``demo``);
    keyword arguments override the config."""

    def build(**overrides):
        database = tmp_path / "kip.sqlite"
        if not database.exists():
            if request.node.get_closest_marker("demo"):
                shutil.copytree(request.getfixturevalue("demo_instance"), tmp_path, dirs_exist_ok=True)
            else:
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
        return {"Authorization": f"Bearer {auth.issue_api_token(user, actor=None, now=utcnow())}"}

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
