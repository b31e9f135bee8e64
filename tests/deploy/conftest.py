"""Shared setup of the deployment tests: the repository's paths, a free port, and a real gunicorn to start."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kip_portal.crypto.keys import parse as parse_keys
from kip_portal.search import services as search

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def portal_env(app) -> dict[str, str]:
    """Environment for a gunicorn or flask process on the same database, index and documents as ``app``."""
    config = app.config
    return {**os.environ, "FLASK_SECRET_KEY": config["SECRET_KEY"],
            "FLASK_ENCRYPTION_KEYS": ",".join(parse_keys(config["ENCRYPTION_KEYS"])),
            "FLASK_SQLALCHEMY_DATABASE_URI": config["SQLALCHEMY_DATABASE_URI"],
            "FLASK_INDEX_DIR": config["INDEX_DIR"], "FLASK_DOCUMENTS_DIR": config["DOCUMENTS_DIR"],
            "FLASK_PASSWORD_HASH_METHOD": config["PASSWORD_HASH_METHOD"]}


@pytest.fixture
def ready(app):
    """An app whose database, search index and document store all exist: what a deployed portal has."""
    Path(app.config["DOCUMENTS_DIR"]).mkdir(parents=True, exist_ok=True)
    search.rebuild()
    return app


@pytest.fixture
def gunicorn(ready, tmp_path):
    """Start gunicorn with deploy/gunicorn.conf.py (2 workers) on a free port; yields (base URL, log path)."""
    port = free_port()
    log_path = tmp_path / "gunicorn.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "--workers", "2",
             "--bind", f"127.0.0.1:{port}", "wsgi:app"],
            cwd=ROOT, env=portal_env(ready), stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "gunicorn did not answer in 30 s:\n" + log_path.read_text()
                time.sleep(0.2)
        yield base, log_path
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
