"""Identity documents (Perki 1/2021 Pasal 27): checked by content, stored outside the web root, staff only."""
from __future__ import annotations

import io

import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from tests import factories

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200 + b"\xff\xd9"


def _file(data: bytes, name: str):
    return (io.BytesIO(data), name)


def test_ktp_scan_is_kept_and_only_the_units_staff_open_it(client, login, units, body):
    response = client.post("/permohonan/baru", data=body | {"identity": _file(JPEG, "ktp.jpg")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    document = db.session.scalar(sa.select(IdentityDocument))
    assert document.mimetype == "image/jpeg" and document.size == len(JPEG)
    url = f"/staf/permohonan/identitas/{document.id}"
    assert client.get(url).status_code == 302, "anonymous visitors are sent to the login page"
    login(factories.make_user(Role.PPID, unit=units["batu"]))
    assert client.get(url).status_code == 403
    client.post("/keluar")
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    own = client.get(url)
    assert own.status_code == 200 and own.data == JPEG
    assert own.headers["Cache-Control"] == "private, no-store"
    own.close()


def test_a_disguised_identity_file_refuses_the_request_and_stores_nothing(client, units, body):
    response = client.post("/permohonan/baru", data=body | {"identity": _file(factories.EXE, "ktp.jpg")},
                           content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "harus berupa PDF, JPG atau PNG" in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(IdentityDocument)) == 0




def test_an_oversized_identity_file_is_refused(app, client, units, body):
    app.config["IDENTITY_MAX_BYTES"] = 100
    response = client.post("/permohonan/baru", data=body | {"identity": _file(JPEG, "ktp.jpg")},
                           content_type="multipart/form-data")
    assert "melebihi" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0


def test_the_api_takes_identity_files_as_multipart(client, units, body):
    response = client.post("/api/v1/requests", data=body | {"identity": _file(JPEG, "ktp.jpg")},
                           content_type="multipart/form-data")
    assert response.status_code == 201
    assert db.session.scalar(sa.select(IdentityDocument.mimetype)) == "image/jpeg"
    refused = client.post("/api/v1/requests", data=body | {"information": "Lain", "identity": _file(b"MZ..", "a.jpg")},
                          content_type="multipart/form-data")
    assert refused.status_code == 422 and "identity" in refused.get_json()["fields"]
