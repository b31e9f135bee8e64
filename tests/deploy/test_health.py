"""GET /healthz: 200 when the database, the search index and the document store all work, else 503 naming
the part that fails — what a load balancer, systemd or a monitoring probe acts on."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def health(app):
    response = app.test_client().get("/healthz")
    return response.status_code, response.get_json(), response


def test_all_checks_ok(ready):
    status, body, response = health(ready)
    assert status == 200
    assert body == {"status": "ok", "checks": {"database": "ok", "index": "ok", "documents": "ok"}}
    assert response.headers["Cache-Control"] == "no-store"


def test_needs_no_login(ready):
    response = ready.test_client().get("/healthz", follow_redirects=False)
    assert response.status_code == 200


def test_missing_index_is_named(ready):
    shutil.rmtree(ready.config["INDEX_DIR"])
    status, body, _ = health(ready)
    assert status == 503
    assert body == {"status": "fail", "checks": {"database": "ok", "index": "fail", "documents": "ok"}}


# Whoosh leaves the garbled TOC file open when it fails to read it; that leak is Whoosh's, not ours.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_unreadable_index_is_named(ready):
    for toc in Path(ready.config["INDEX_DIR"]).glob("_dip_*.toc"):
        toc.write_bytes(b"garbled")
    status, body, _ = health(ready)
    assert status == 503
    assert body["checks"] == {"database": "ok", "index": "fail", "documents": "ok"}


def test_the_check_does_not_repair_the_index(ready):
    """Searching rebuilds a missing index; the probe must report it rather than hide it by rebuilding."""
    shutil.rmtree(ready.config["INDEX_DIR"])
    health(ready)
    assert health(ready)[0] == 503


@pytest.mark.parametrize("breakage", ["missing", "a file", "read-only"])
def test_document_store_that_cannot_take_a_file_is_named(ready, breakage, monkeypatch):
    documents = Path(ready.config["DOCUMENTS_DIR"])
    if breakage == "missing":
        documents.rmdir()
    elif breakage == "a file":
        documents.rmdir()
        documents.write_text("not a directory")
    else:
        # Permission bits do not bind root (tests may run as root), so the kernel's answer is simulated
        # where it would come: creating the probe file in the directory fails with EROFS/EACCES.
        import tempfile

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    status, body, _ = health(ready)
    assert status == 503
    assert body == {"status": "fail", "checks": {"database": "ok", "index": "ok", "documents": "fail"}}


def test_document_probe_leaves_nothing_behind(ready):
    assert health(ready)[0] == 200
    assert list(Path(ready.config["DOCUMENTS_DIR"]).iterdir()) == []


def test_unreachable_database_is_named(make_app, tmp_path):
    app = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'no-such-dir' / 'kip.sqlite'}")
    Path(app.config["DOCUMENTS_DIR"]).mkdir(parents=True, exist_ok=True)
    with app.app_context():
        status, body, _ = health(app)
    assert status == 503
    assert body["checks"]["database"] == "fail"
