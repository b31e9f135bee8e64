"""The index survives what production throws at it: concurrent writers, killed writers, lost or broken files."""
from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kip_portal.search import services as search
from tests import factories
from tests.search import workers


def indexed_ids() -> set[int]:
    with search.search_index().searcher() as searcher:
        return {int(fields["id"]) for fields in searcher.all_stored_fields()}


def _config(app) -> dict:
    keys = ("SQLALCHEMY_DATABASE_URI", "DOCUMENTS_DIR", "INDEX_DIR", "SECRET_KEY", "PASSWORD_HASH_METHOD")
    return {key: app.config[key] for key in keys} | {"TESTING": True}


def test_missing_index_is_rebuilt_on_the_next_search_and_reported(dip, client, caplog):
    import shutil

    shutil.rmtree(search.search_index().directory)
    page = search.search("prosedur")
    assert page.rebuilt and page.results.total == 2
    assert "rebuilding" in caplog.text
    html = client.get("/cari/", query_string={"q": "prosedur"}).get_data(as_text=True)
    assert "Prosedur Evakuasi Panti" in html


# Whoosh leaves the garbled TOC file open when it fails to read it; that leak is Whoosh's, not ours.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_corrupt_index_is_rebuilt_instead_of_a_500(dip, client):
    directory = search.search_index().directory
    for path in directory.iterdir():
        path.write_bytes(b"\x00garbage" * 10)
    search.search_index()._index = None  # as a freshly started worker would
    response = client.get("/cari/", query_string={"q": "prosedur"})
    assert response.status_code == 200
    assert "dibangun ulang" in response.get_data(as_text=True)
    assert "Prosedur Evakuasi Panti" in response.get_data(as_text=True)


def test_reindex_command_rebuilds_from_the_database(dip, runner):
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "Mengindeks entri DIP" in result.output
    assert "4 entri terbit diindeks." in result.output
    assert indexed_ids() == {entry.id for entry in dip.values()}


def test_concurrent_writers_lose_no_update(app):
    factories.make_unit()
    context = multiprocessing.get_context("spawn")
    children = [context.Process(target=workers.publish_entries,
                                args=(_config(app), app.instance_path, prefix, 15)) for prefix in ("alfa", "beta")]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=120)
        assert child.exitcode == 0
    assert len(indexed_ids()) == 30
    assert search.search("alfa").results.total == 15 and search.search("beta").results.total == 15


def test_a_killed_writer_does_not_leave_the_index_locked(app, tmp_path):
    entry = factories.make_entry(title="Entri sebelum")
    code = textwrap.dedent(f"""
        from tests.search import workers
        workers.hold_the_write_lock({_config(app)!r}, {app.instance_path!r})
    """)
    holder = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    other = factories.make_entry(title="Entri sesudah")
    assert {entry.id, other.id} <= indexed_ids()


def test_write_waits_for_the_lock_then_times_out_with_an_error(app, monkeypatch):
    from kip_portal.search import index as index_module

    factories.make_entry(title="Ada")
    monkeypatch.setattr(index_module, "WRITE_LOCK_TIMEOUT", 0.2)
    with index_module._exclusive(search.search_index()._lock_path, timeout=None):
        with pytest.raises(TimeoutError):
            search.search_index().write(lambda: ([], [1]))
