"""Requests over the API: numbered at once, tracked by code, read and extended by staff with a token."""
from __future__ import annotations

import multiprocessing
import re

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditEvent
from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from tests.inforequests import workers


def test_citizen_request_gets_a_number_a_code_and_a_deadline(client, units, body):
    response = client.post("/api/v1/requests", json=body)
    assert response.status_code == 201
    data = response.get_json()
    assert re.fullmatch(r"001/PPID/[IVX]+/\d{4}", data["register_number"])
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", data["tracking_code"])
    assert data["status"] == "received" and data["due_date"] > data["received_at"][:10]
    assert db.session.get(InfoRequest, data["id"]).unit.code == "UPT-JEMBER"


def test_numbers_are_sequential(client, units, body):
    numbers = [client.post("/api/v1/requests", json=body | {"information": f"Data {n}"}).get_json()["register_number"]
               for n in range(3)]
    assert [n.split("/")[0] for n in numbers] == ["001", "002", "003"]


def test_staff_date_an_offline_request_and_the_deadline_follows_the_calendar(client, units, body, token_of):
    # Received Thu 27 Mar 2025, before Nyepi and Lebaran: day 10 is Tue 22 Apr 2025 (counted by hand in
    # tests/workdays/test_deadlines.py).
    headers = token_of(Role.PPID, units["jember"])
    response = client.post("/api/v1/requests", json=body | {"received_at": "2025-03-27", "channel": "pos"},
                           headers=headers)
    data = response.get_json()
    assert response.status_code == 201
    assert data["register_number"].endswith("/III/2025") and data["due_date"] == "2025-04-22"


def test_citizens_cannot_backdate(client, units, body):
    response = client.post("/api/v1/requests", json=body | {"received_at": "2025-01-02"})
    assert response.status_code == 403
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"nik": "12345"}, "nik", "NIK harus 16 angka."),
    ({"nik": "9909121507800001"}, "nik", "kode provinsi"),
    ({"nik": "3509129907800001"}, "nik", "Tanggal lahir"),
    ({"name": ""}, "name", "Nama wajib diisi."),
    ({"purpose": ""}, "purpose", "Tujuan penggunaan"),
    ({"obtain_method": "fotokopi"}, "obtain_method", "cara memperoleh"),
    ({"requester_type": "badan_hukum", "nik": ""}, "legal_entity_number", "Kemenkumham"),
    ({"email": "", "phone": ""}, "email", "email atau nomor telepon"),
    ({"email": "bukan-email"}, "email", "tidak valid"),
    ({"unit": "TIDAK-ADA"}, "unit", "Unit PPID tidak dikenal."),
])
def test_invalid_request_is_refused_with_the_field_named(client, units, body, change, field, message):
    response = client.post("/api/v1/requests", json=body | change)
    assert response.status_code == 422
    data = response.get_json()
    assert field in data["fields"] and message in data["fields"][field] + data["error"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0


def test_malformed_body_is_a_400(client, units):
    assert client.post("/api/v1/requests", data="bukan json", content_type="application/json").status_code == 400


def test_double_submit_creates_one_request(client, units, body):
    first = client.post("/api/v1/requests", json=body)
    second = client.post("/api/v1/requests", json=body)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.get_json()["tracking_code"] == second.get_json()["tracking_code"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 1


def test_tracking_shows_the_request_but_no_personal_data(client, units, body):
    created = client.post("/api/v1/requests", json=body).get_json()
    tracked = client.get(f"/api/v1/track/{created['tracking_code'].lower()}")
    assert tracked.status_code == 200
    text = tracked.get_data(as_text=True)
    assert created["register_number"] in text.replace("\\/", "/")
    for secret in (body["nik"], body["address"], body["phone"], body["name"]):
        assert secret not in text
    assert client.get("/api/v1/track/AAAA-BBBB-CCCC-DDDD").status_code == 404


def test_personal_data_never_enters_the_audit_trail(client, units, body):
    client.post("/api/v1/requests", json=body)
    trail = " ".join(e.after or "" for e in db.session.scalars(sa.select(AuditEvent)))
    for secret in (body["nik"], body["address"], body["phone"]):
        assert secret not in trail


def test_staff_read_with_a_token_scoped_to_their_unit(client, units, body, token_of):
    request_id = client.post("/api/v1/requests", json=body).get_json()["id"]
    assert client.get(f"/api/v1/requests/{request_id}").status_code == 401
    assert client.get(f"/api/v1/requests/{request_id}", headers={"Authorization": "Bearer palsu"}).status_code == 401
    assert client.get(f"/api/v1/requests/{request_id}", headers=token_of(Role.PPID, units["batu"])).status_code == 403
    own = client.get(f"/api/v1/requests/{request_id}", headers=token_of(Role.PPID, units["jember"]))
    assert own.status_code == 200 and own.get_json()["nik"] == body["nik"]
    assert client.get(f"/api/v1/requests/{request_id}", headers=token_of(Role.PPID, units["utama"])).status_code == 200
    assert client.get(f"/api/v1/requests/{request_id}", headers=token_of(Role.AUDITOR)).status_code == 200
    assert client.get("/api/v1/requests/999", headers=token_of(Role.AUDITOR)).status_code == 404


def test_extension_once_by_seven_working_days(client, units, body, token_of):
    headers = token_of(Role.PPID, units["jember"])
    request_id = client.post("/api/v1/requests", json=body | {"received_at": "2025-03-27"},
                             headers=headers).get_json()["id"]
    assert client.post(f"/api/v1/requests/{request_id}/extend", json={"reason": ""},
                       headers=headers).status_code == 422
    assert client.post(f"/api/v1/requests/{request_id}/extend", json={"reason": "Dokumen di arsip UPT"},
                       headers=token_of(Role.AUDITOR)).status_code == 403
    extended = client.post(f"/api/v1/requests/{request_id}/extend", json={"reason": "Dokumen di arsip UPT"},
                           headers=headers)
    # 22 Apr 2025 + 7 working days, Labour Day skipped: Fri 2 May 2025 (counted by hand).
    assert extended.status_code == 200
    assert extended.get_json()["extended_due_date"] == "2025-05-02"
    assert extended.get_json()["due_date"] == "2025-04-22" and extended.get_json()["status"] == "extended"
    again = client.post(f"/api/v1/requests/{request_id}/extend", json={"reason": "Lagi"}, headers=headers)
    assert again.status_code == 409 and "satu kali" in again.get_json()["error"]


def test_fifty_simultaneous_submissions_get_fifty_distinct_numbers(app, units):
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "DOCUMENTS_DIR", "INDEX_DIR",
                                               "SECRET_KEY", "PASSWORD_HASH_METHOD")} | {"TESTING": True}
    context = multiprocessing.get_context("spawn")
    with context.Pool(5) as pool:
        codes = pool.starmap(workers.submit_many, [(config, app.instance_path, worker, 10) for worker in range(5)])
    numbers = db.session.scalars(sa.select(InfoRequest.register_number)).all()
    assert len(numbers) == 50 and len(set(numbers)) == 50
    assert sorted(int(n.split("/")[0]) for n in numbers) == list(range(1, 51))
    assert sum(len(c) for c in codes) == 50


def test_a_request_gets_its_receipt_and_an_extension_its_letter(client, units, body, token_of):
    headers = token_of(Role.PPID, units["jember"])
    request_id = client.post("/api/v1/requests", json=body | {"received_at": "2025-03-27"},
                             headers=headers).get_json()["id"]
    client.post(f"/api/v1/requests/{request_id}/extend", json={"reason": "Arsip"}, headers=headers)
    kinds = [letter.kind.value for letter in db.session.get(InfoRequest, request_id).letters]
    assert kinds == ["tanda_bukti", "perpanjangan"]
