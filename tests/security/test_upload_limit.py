"""An upload over MAX_CONTENT_LENGTH gets the Indonesian 413 page (JSON on the API) and writes nothing."""
from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from kip_portal.extensions import db
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from tests import factories
from tests.conftest import VALID_NIK

LIMIT = 4096


@pytest.fixture
def small_app(make_app):
    app = make_app(MAX_CONTENT_LENGTH=LIMIT)
    with app.app_context():
        factories.make_utama()
        yield app
        db.session.remove()
        db.engine.dispose()


def _form(body: dict) -> dict:
    big = b"\xff\xd8\xff\xe0" + b"\x00" * (LIMIT * 2)
    return body | {"identity": (io.BytesIO(big), "ktp.jpg")}


def _nothing_written(app) -> None:
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(IdentityDocument)) == 0
    root = Path(app.config["DOCUMENTS_DIR"])
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))


@pytest.fixture
def body():
    return {"requester_type": "perorangan", "name": "Siti Aminah", "nik": VALID_NIK, "address": "Jl. Mastrip 12",
            "phone": "081234567890", "email": "siti@contoh.id", "occupation": "Guru",
            "information": "Daftar penerima bantuan lansia tahun 2025", "purpose": "Penelitian",
            "obtain_method": "salinan_softcopy", "delivery_method": "email"}


def test_an_oversized_public_request_gets_the_indonesian_413_page(small_app, body):
    response = small_app.test_client().post("/permohonan/baru", data=_form(body), content_type="multipart/form-data")
    assert response.status_code == 413
    page = html.unescape(response.get_data(as_text=True))
    assert "Berkas terlalu besar" in page and "Batas ukuran unggahan adalah 4,0 KB." in page
    _nothing_written(small_app)


def test_an_oversized_api_upload_gets_json_413(small_app, body):
    response = small_app.test_client().post("/api/v1/requests", data=_form(body), content_type="multipart/form-data")
    assert response.status_code == 413 and response.is_json
    assert response.get_json()["error"] == "Permintaan terlalu besar. Batas ukuran unggahan adalah 4,0 KB."
    _nothing_written(small_app)
