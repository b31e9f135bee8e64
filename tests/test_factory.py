"""The app factory: configuration layering, the instance secret, and gunicorn serving wsgi:app."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from flask_migrate import upgrade

from kip_portal import create_app
from kip_portal.extensions import db

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_put_the_database_and_index_in_the_instance_folder(tmp_path):
    app = create_app(instance_path=str(tmp_path / "instance"))
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'instance' / 'kip.sqlite'}"
    assert app.config["INDEX_DIR"] == str(tmp_path / "instance" / "search-index")
    assert app.config["DOCUMENTS_DIR"] == str(ROOT / "documents")
    assert app.config["MAIL_SERVER"] and app.config["MAIL_PORT"] and app.config["MAIL_SENDER"]


def test_instance_config_overrides_defaults_and_environment_overrides_both(tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "config.py").write_text('PER_PAGE = 7\nBODY_NAME = "Dinas Uji"\nMAIL_PORT = 2525\n')
    monkeypatch.setenv("FLASK_MAIL_PORT", "1025")
    monkeypatch.setenv("FLASK_DOCUMENTS_DIR", str(tmp_path / "docs"))
    app = create_app(instance_path=str(instance))
    assert app.config["PER_PAGE"] == 7
    assert app.config["BODY_NAME"] == "Dinas Uji"
    assert app.config["MAIL_PORT"] == 1025
    assert app.config["DOCUMENTS_DIR"] == str(tmp_path / "docs")


def test_secret_key_is_generated_once_per_instance_and_kept_private(tmp_path):
    first = create_app(instance_path=str(tmp_path)).config["SECRET_KEY"]
    second = create_app(instance_path=str(tmp_path)).config["SECRET_KEY"]
    assert first == second and len(first) >= 64
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """Run ``gunicorn wsgi:app`` configured only through FLASK_* variables, as a deployment would."""
    env = dict(os.environ, FLASK_SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'kip.sqlite'}",
               FLASK_DOCUMENTS_DIR=str(tmp_path / "documents"), FLASK_SECRET_KEY="rahasia-uji")
    app = create_app({"SQLALCHEMY_DATABASE_URI": env["FLASK_SQLALCHEMY_DATABASE_URI"]},
                     instance_path=str(tmp_path))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "2", "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/api/v1/units", timeout=2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(process.stderr.read().decode()) from None
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)
    process.stderr.close()


def test_gunicorn_serves_the_portal(served):
    with urllib.request.urlopen(served + "/") as response:
        html = response.read().decode()
    assert response.status == 200
    assert "Layanan Informasi Publik" in html and '<html lang="id">' in html
