"""`flask backup` and `flask restore`: a fresh instance comes back with every row, file, search hit and code."""
from __future__ import annotations

import stat
import tarfile
from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal import create_app
from kip_portal.core.audit import verify_chain
from kip_portal.extensions import db
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from kip_portal.search import services as search
from tests import factories
from tests.backup.conftest import document_hashes
from tests.backup.conftest import invoke
from tests.backup.conftest import table_rows
from tests.conftest import _config


@pytest.mark.demo
def test_demo_data_round_trips_row_for_row_and_file_for_file(app, runner, make_target, tmp_path):
    info_request = db.session.scalars(sa.select(InfoRequest).order_by(InfoRequest.id)).first()
    code = requests.tracking_code(info_request)
    archive = tmp_path / "cadangan.tar.gz"

    result = runner.invoke(args=["backup", str(archive)])
    assert result.exit_code == 0, result.output
    assert "Cadangan ditulis" in result.output and stat.S_IMODE(archive.stat().st_mode) == 0o600
    with tarfile.open(archive) as members:
        names = members.getnames()
    assert names[0] == "manifest.json" and "db/alembic_version.jsonl" not in names
    assert not any(name.startswith("index") for name in names)

    target = make_target()
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert "Rantai audit utuh" in result.output

    before, after = table_rows(app), table_rows(target)
    assert {name for name, rows in before.items() if rows} >= {"units", "users", "dip_entries", "documents",
                                                                "info_requests", "letters", "audit_events"}
    for name in before:
        assert after[name] == before[name], name
    assert document_hashes(target) == document_hashes(app)
    assert len(document_hashes(target)) > 50

    with target.app_context():
        assert verify_chain().ok
        found = search.search("lansia")
        assert found.found and not found.rebuilt  # the index was rebuilt by the restore, not by this search
    page = target.test_client().get(f"/permohonan/lacak?kode={code}")
    assert page.status_code == 200 and info_request.register_number in page.get_data(as_text=True)
    assert invoke(target, "verify-audit").exit_code == 0
    with target.app_context():  # the restored portal goes on numbering its rows after the restored ones
        assert factories.make_unit("UPT-BARU").id > max(row["id"] for row in before["units"])


def test_an_empty_instance_round_trips(app, runner, make_target, tmp_path):
    archive = tmp_path / "kosong.tar.gz"
    result = runner.invoke(args=["backup", str(archive)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert "0 dokumen" in result.output

    target = make_target()
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert table_rows(target) == table_rows(app)
    with target.app_context():
        assert verify_chain().ok


def test_a_backup_moves_between_sqlite_and_the_suite_database(app, runner, make_target, tmp_path):
    """SQLite to the suite's database (PostgreSQL when it runs there) and back; restore also migrates a database
    that has no schema yet."""
    factories.attach(factories.make_entry(title="Laporan keuangan 2025"), factories.pdf_bytes("Neraca 2025"))
    factories.make_user("atasan")
    first = tmp_path / "pertama.tar.gz"
    assert runner.invoke(args=["backup", str(first)]).exit_code == 0

    (tmp_path / "sqlite").mkdir()
    on_sqlite = create_app(_config(tmp_path / "sqlite", tmp_path / "sqlite" / "kip.sqlite",
                                   ENCRYPTION_KEYS=app.config["ENCRYPTION_KEYS"]),
                           instance_path=str(tmp_path / "sqlite" / "instance"))
    try:
        result = invoke(on_sqlite, "restore", str(first))
        assert result.exit_code == 0, result.output
        assert table_rows(on_sqlite) == table_rows(app)
        second = tmp_path / "kedua.tar.gz"
        assert invoke(on_sqlite, "backup", str(second)).exit_code == 0
    finally:
        with on_sqlite.app_context():
            db.engine.dispose()

    back = make_target("kembali")
    result = invoke(back, "restore", str(second))
    assert result.exit_code == 0, result.output
    assert table_rows(back) == table_rows(app)
    assert document_hashes(back) == document_hashes(app)


def test_a_second_backup_replaces_the_file_only_when_complete(app, runner, tmp_path):
    archive = tmp_path / "cadangan.tar.gz"
    archive.write_text("cadangan lama")
    assert runner.invoke(args=["backup", str(archive)]).exit_code == 0
    assert tarfile.is_tarfile(archive)
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []  # no temp files left


def test_the_instance_secret_key_comes_back_so_tracking_codes_still_work(make_target, tmp_path):
    """An instance without a configured SECRET_KEY keeps a random one in instance/secret_key; the new instance made
    its own on first start, and the restore swaps in the old one."""
    source = make_target("sumber", SECRET_KEY=None)
    with source.app_context():
        factories.make_unit("UPT-JEMBER", parent=factories.make_utama())
        data = RequestData.from_mapping({
            "requester_type": "perorangan", "name": "Siti Aminah", "nik": "3509121507800001",
            "address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "siti@contoh.id",
            "occupation": "Guru", "information": "Daftar penerima bantuan lansia tahun 2025",
            "purpose": "Penelitian", "obtain_method": "salinan_softcopy", "delivery_method": "email",
            "unit": "UPT-JEMBER"})
        now = datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc)
        submitted = requests.submit(data, channel=Channel.WEB, received_at=now, actor=None, now=now,
                                    identity_files=[("ktp.pdf", factories.pdf_bytes("KTP"))])
        code, number = submitted.tracking_code, submitted.info_request.register_number
    archive = tmp_path / "cadangan.tar.gz"
    assert invoke(source, "backup", str(archive)).exit_code == 0

    target = make_target("tujuan", SECRET_KEY=None)
    assert target.config["SECRET_KEY"] != source.config["SECRET_KEY"]
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert "instance/secret_key diganti" in result.output
    key_file = tmp_path / "tujuan" / "instance" / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    restarted = make_target("tujuan", SECRET_KEY=None)
    page = restarted.test_client().get(f"/permohonan/lacak?kode={code}")
    assert number in page.get_data(as_text=True)
    assert document_hashes(restarted) == document_hashes(source)


def test_a_different_configured_secret_key_is_warned_about(app, runner, make_target, tmp_path):
    archive = tmp_path / "cadangan.tar.gz"
    assert runner.invoke(args=["backup", str(archive)]).exit_code == 0
    result = invoke(make_target(SECRET_KEY="kunci-lain"), "restore", str(archive))
    assert result.exit_code == 0
    assert "kode pelacakan permohonan yang sudah diberikan tidak akan berlaku" in result.output


def test_an_existing_config_py_is_kept_and_the_archived_one_put_beside_it(app, runner, make_target, tmp_path):
    (tmp_path / "instance").mkdir(exist_ok=True)
    (tmp_path / "instance" / "config.py").write_text("BODY_NAME = 'Dinas Sumber'\n")
    archive = tmp_path / "cadangan.tar.gz"
    assert runner.invoke(args=["backup", str(archive)]).exit_code == 0

    target = make_target()
    instance = tmp_path / "target" / "instance"
    instance.mkdir(parents=True, exist_ok=True)
    (instance / "config.py").write_text("BODY_NAME = 'Dinas Tujuan'\n")
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert "instance/config.py sudah ada dan dibiarkan" in result.output
    assert (instance / "config.py").read_text() == "BODY_NAME = 'Dinas Tujuan'\n"
    assert (instance / "config.py.from-backup").read_text() == "BODY_NAME = 'Dinas Sumber'\n"
