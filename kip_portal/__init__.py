"""Portal KIP: the Daftar Informasi Publik and information-request service of a PPID (UU 14/2008)."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask

from kip_portal.config import DefaultConfig

MIGRATIONS_DIR = str(Path(__file__).parent / "migrations")


def create_app(test_config: dict[str, Any] | None = None, instance_path: str | None = None) -> Flask:
    """Create and configure an instance of the portal (``instance_path`` defaults to <project>/instance)."""
    project_root = Path(__file__).resolve().parent.parent
    app = Flask(
        __name__,
        instance_path=instance_path or str(project_root / "instance"),
        instance_relative_config=True,
        template_folder=str(project_root / "templates"),
        static_folder=str(project_root / "static"),
    )
    configure(app, test_config, project_root)
    register_logging(app)
    register_security(app)  # before the blueprints: it bounds the <int:…> URL converter
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    register_template_helpers(app)
    return app


def configure(app: Flask, test_config: dict[str, Any] | None, project_root: Path) -> None:
    """Apply defaults, then instance/config.py, then FLASK_* variables (or the test mapping)."""
    app.config.from_object(DefaultConfig)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env()
    else:
        app.config.from_mapping(test_config)
    instance = Path(app.instance_path)
    if not app.config["SQLALCHEMY_DATABASE_URI"]:
        instance.mkdir(parents=True, exist_ok=True)
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{instance / 'kip.sqlite'}"
    app.config["DOCUMENTS_DIR"] = str(Path(app.config["DOCUMENTS_DIR"] or project_root / "documents"))
    app.config["INDEX_DIR"] = str(Path(app.config["INDEX_DIR"] or instance / "search-index"))
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _instance_secret(instance)
    if not app.config["ENCRYPTION_KEYS"]:
        from kip_portal.crypto.keys import instance_key

        app.config["ENCRYPTION_KEYS"] = instance_key(instance)


def _instance_secret(instance: Path) -> str:
    """Keep one random key per instance, so sessions survive a restart without a configured key."""
    instance.mkdir(parents=True, exist_ok=True)
    path = instance / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip()


def register_logging(app: Flask) -> None:
    """JSON log lines with personal data masked; behind a proxy, the client's address from X-Forwarded-For."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from kip_portal import logging as kip_logging

    kip_logging.init_app(app)
    if app.config["PROXY_FIX_X_FOR"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXY_FIX_X_FOR"])


def register_extensions(app: Flask) -> None:
    from kip_portal import i18n
    from kip_portal.auth import login
    from kip_portal.crypto import keys as encryption
    from kip_portal.exemptions import models as exemption_models  # noqa: F401  (registers the tables)
    from kip_portal.extensions import csrf
    from kip_portal.extensions import db
    from kip_portal.extensions import limiter
    from kip_portal.extensions import migrate
    from kip_portal.fees import models as fee_models  # noqa: F401
    from kip_portal.keberatan import models as keberatan_models  # noqa: F401
    from kip_portal.letters import models as letter_models  # noqa: F401
    from kip_portal.mail import models as mail_models  # noqa: F401
    from kip_portal.reports import models as report_models  # noqa: F401
    from kip_portal.search import sync
    from kip_portal.sengketa import models as sengketa_models  # noqa: F401

    encryption.init_app(app)  # checks ENCRYPTION_KEYS before anything reads encrypted data
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True)
    csrf.init_app(app)
    limiter.init_app(app)
    login.init_app(app)
    sync.init_app(app)
    i18n.init_app(app)


def register_blueprints(app: Flask) -> None:
    from kip_portal.api import audit as _api_audit  # noqa: F401  (adds its routes to the API blueprint)
    from kip_portal.api import objections as _api_objections  # noqa: F401  (adds its routes to the API blueprint)
    from kip_portal.api import registers as _api_registers  # noqa: F401  (adds its routes to the API blueprint)
    from kip_portal.api import reports as _api_reports  # noqa: F401  (adds its routes to the API blueprint)
    from kip_portal.api import requests as _api_requests  # noqa: F401  (adds its routes to the API blueprint)
    from kip_portal.api.views import bp as api_bp
    from kip_portal.auth.views import bp as auth_bp
    from kip_portal.compliance.audit_views import bp as audit_bp
    from kip_portal.compliance.views import bp as compliance_bp
    from kip_portal.dip.staff_views import bp as dip_staff_bp
    from kip_portal.dip.views import bp as dip_bp
    from kip_portal.documents.views import bp as documents_bp
    from kip_portal.exemptions.views import bp as exemptions_bp
    from kip_portal.extensions import csrf
    from kip_portal.fees.views import bp as fees_bp
    from kip_portal.health import bp as health_bp
    from kip_portal.i18n.views import bp as i18n_bp
    from kip_portal.inforequests.views import bp as inforequests_bp
    from kip_portal.inforequests.views import staff_bp as inforequests_staff_bp
    from kip_portal.keberatan.views import bp as keberatan_bp
    from kip_portal.keberatan.views import staff_bp as keberatan_staff_bp
    from kip_portal.public.views import bp as public_bp
    from kip_portal.registers.views import bp as registers_bp
    from kip_portal.registers.views import staff_bp as registers_staff_bp
    from kip_portal.reports.views import bp as reports_bp
    from kip_portal.search.views import bp as search_bp
    from kip_portal.sengketa.views import bp as sengketa_bp
    from kip_portal.units.views import bp as units_bp
    from kip_portal.workdays.views import bp as workdays_bp

    for bp in (public_bp, auth_bp, dip_bp, dip_staff_bp, documents_bp, fees_bp, inforequests_bp, inforequests_staff_bp,
               search_bp, units_bp, workdays_bp, compliance_bp, audit_bp, exemptions_bp, sengketa_bp,
               reports_bp, registers_bp, registers_staff_bp, keberatan_bp, keberatan_staff_bp, health_bp, i18n_bp):
        app.register_blueprint(bp)
    # The API authenticates with bearer tokens, not cookies, so CSRF does not apply to it.
    csrf.exempt(api_bp)
    app.register_blueprint(api_bp)


def register_errorhandlers(app: Flask) -> None:
    from kip_portal import errors

    errors.init_app(app)


def register_commands(app: Flask) -> None:
    from kip_portal import cli

    cli.init_app(app)


def register_template_helpers(app: Flask) -> None:
    from kip_portal import templating

    templating.init_app(app)


def register_security(app: Flask) -> None:
    from kip_portal import security

    security.init_app(app)
