"""The archive carries NIKs and identity files as the stored ciphertext; restore needs the source's keys."""
from __future__ import annotations

import io
import json
import tarfile

import pytest

from kip_portal.auth.models import Role
from kip_portal.crypto.keys import is_token
from kip_portal.units.services import get_by_code
from tests import factories
from tests.backup.conftest import document_hashes
from tests.backup.conftest import invoke
from tests.backup.conftest import table_rows
from tests.conftest import VALID_NIK
from tests.crypto.conftest import KTP
from tests.crypto.conftest import new_key


@pytest.fixture
def archive(app, runner, client, units, body, tmp_path):
    """A backup of an instance holding one request with its KTP photo."""
    response = client.post("/permohonan/baru", data=body | {"identity": (io.BytesIO(KTP), "ktp.png")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    path = tmp_path / "cadangan.tar.gz"
    result = runner.invoke(args=["backup", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _members(path) -> dict[str, bytes]:
    with tarfile.open(path) as archive:
        return {info.name: archive.extractfile(info).read() for info in archive.getmembers()}


def test_the_archive_holds_no_plaintext_nik_or_identity_file(archive):
    members = _members(archive)
    everything = b"".join(members.values())
    assert VALID_NIK.encode() not in everything and b"Jl. Mastrip 12" not in everything
    assert KTP not in everything and KTP[100:164] not in everything
    assert "config/encryption_key" not in members  # the key travels separately from the backups
    row = json.loads(members["db/info_requests.jsonl"])
    assert is_token(row["nik"]) and is_token(row["address"]) and is_token(row["phone"])


def test_restore_with_the_same_keys_gives_back_the_values_and_the_file(app, archive, make_target):
    target = make_target()
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 0, result.output
    assert table_rows(target) == table_rows(app)  # read through the models: decrypted on both sides
    assert document_hashes(target) == document_hashes(app)  # the very same ciphertext
    with target.app_context():
        factories.make_user(Role.PPID, email="ppid@uji.test", unit=get_by_code("DINSOS"))
    client = target.test_client()
    client.post("/masuk", data={"email": "ppid@uji.test", "password": factories.PASSWORD})
    page = client.get("/staf/permohonan/1")
    assert VALID_NIK in page.get_data(as_text=True)
    download = client.get("/staf/permohonan/identitas/1")
    assert download.status_code == 200 and download.data == KTP
    download.close()


def test_restore_with_other_keys_is_refused_before_anything_is_written(archive, make_target):
    target = make_target(ENCRYPTION_KEYS=new_key())
    before = table_rows(target)
    result = invoke(target, "restore", str(archive))
    assert result.exit_code == 1
    assert "ENCRYPTION_KEYS instans ini tidak dapat membuka data terenkripsi di arsip (3 nilai" in result.output
    assert "1 berkas identitas" in result.output and "tidak ada yang dipulihkan" in result.output
    assert table_rows(target) == before and document_hashes(target) == {}
