"""Restore refuses a damaged archive, a target that holds data and an archive of another schema, changing nothing."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from kip_portal.extensions import db
from kip_portal.units.models import Unit
from tests import factories
from tests.backup.conftest import document_hashes
from tests.backup.conftest import invoke
from tests.backup.conftest import rewrite_archive
from tests.backup.conftest import table_rows


@pytest.fixture
def archive(app, runner, tmp_path):
    """A backup of a small instance: units, a published entry with a document, their audit events."""
    factories.attach(factories.make_entry(title="Laporan keuangan 2025"), factories.pdf_bytes("Neraca 2025"))
    path = tmp_path / "cadangan.tar.gz"
    result = runner.invoke(args=["backup", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def fresh(make_target):
    target = make_target()
    return target, table_rows(target)


def _untouched(target, rows_before) -> bool:
    return table_rows(target) == rows_before and document_hashes(target) == {}


def _flip(member: str):
    def change(name: str, data: bytes) -> bytes:
        if name != member:
            return data
        return data[:10] + bytes([data[10] ^ 0x01]) + data[11:]
    return change


@pytest.mark.parametrize("member", ["db/units.jsonl", "db/audit_events.jsonl"])
def test_a_changed_table_member_is_refused_before_anything_is_written(archive, fresh, member):
    rewrite_archive(archive, _flip(member))
    target, rows = fresh
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 1
    assert f"{member} rusak" in result.output and "tidak ada yang dipulihkan" in result.output
    assert _untouched(target, rows)


def test_a_changed_document_is_refused(archive, fresh):
    rewrite_archive(archive, lambda name, data: data + b"x" if name.startswith("documents/") else data)
    target, rows = fresh
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 1 and "rusak" in result.output
    assert _untouched(target, rows)


def test_a_damaged_compressed_file_is_refused(archive, fresh):
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    target, rows = fresh
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 1 and "Arsip cadangan ditolak" in result.output
    assert _untouched(target, rows)


def test_a_file_that_is_not_a_backup_is_refused(fresh, tmp_path):
    path = tmp_path / "bukan.tar.gz"
    path.write_bytes(b"bukan arsip")
    target, rows = fresh
    result = invoke(target, "restore", str(path))
    assert result.exit_code == 1 and "Arsip cadangan ditolak" in result.output
    assert _untouched(target, rows)


def test_an_archive_of_another_schema_revision_is_refused_by_name(archive, fresh):
    def older(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        return json.dumps(json.loads(data) | {"alembic_revision": "0123abcd"}).encode()

    rewrite_archive(archive, older)
    target, rows = fresh
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 1
    assert "revisi skema 0123abcd" in result.output and "versi portal yang sama" in result.output
    assert _untouched(target, rows)


def test_a_target_that_holds_data_is_refused(archive, make_target):
    target = make_target()
    with target.app_context():
        factories.make_unit("UPT-ADA")
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 1
    assert "Instans tujuan tidak kosong (units: 1 baris" in result.output
    with target.app_context():
        assert db.session.scalars(sa.select(Unit.code)).all() == ["UPT-ADA"]
