"""Identity files are stored encrypted; staff download the original; public DIP documents stay as they are."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.crypto.keys import DecryptionError
from kip_portal.documents.services import path_of
from kip_portal.extensions import db
from kip_portal.inforequests.models import IdentityDocument
from tests import factories
from tests.crypto.conftest import KTP
from tests.crypto.conftest import files_containing
from tests.crypto.conftest import new_key


def test_the_ktp_photo_is_not_on_disk_in_the_clear_and_staff_get_it_back(app, client, login, units, submitted):
    documents = app.config["DOCUMENTS_DIR"]
    assert files_containing(documents, KTP) == []
    assert files_containing(documents, KTP[100:164]) == []  # not even a piece of it
    document = db.session.scalar(sa.select(IdentityDocument))
    assert document.size == len(KTP) and document.mimetype == "image/png"

    login(factories.make_user(Role.PPID, unit=units["jember"]))
    response = client.get(f"/staf/permohonan/identitas/{document.id}")
    assert response.status_code == 200 and response.data == KTP
    assert response.headers["Cache-Control"] == "private, no-store"
    response.close()


def test_the_ktp_photo_does_not_open_with_another_key(make_app, submitted):
    from kip_portal.crypto import files

    digest = db.session.scalar(sa.select(IdentityDocument.sha256))
    other = make_app(ENCRYPTION_KEYS=new_key())
    with other.app_context(), pytest.raises(DecryptionError):
        files.read(digest)


def test_public_dip_documents_stay_unencrypted(app):
    data = factories.pdf_bytes("Laporan keuangan 2025")
    document = factories.attach(factories.make_entry(title="Laporan keuangan"), data)
    assert path_of(document).read_bytes() == data
