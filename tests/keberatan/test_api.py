"""The keberatan API, exactly as interfaces.md describes it: POST /objections, POST /objections/<id>/respond,
GET /objections/<id>."""
from __future__ import annotations

from datetime import date

import pytest

from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from tests.keberatan.conftest import CASE
from tests.keberatan.conftest import at


@pytest.fixture
def refused(make_request, refuse, freeze):
    """Received Mon 2 Nov 2026, refused Wed 4 Nov (filing window to Wed 16 Dec); the clock says Mon 16 Nov."""
    info_request, code = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    freeze(at(date(2026, 11, 16)))
    return info_request, code


def test_the_requester_files_with_the_tracking_code(client, refused):
    info_request, code = refused
    response = client.post("/api/v1/objections", json={"tracking_code": code, "grounds": ["a", "e"], "case": CASE})
    assert response.status_code == 201, response.get_json()
    data = response.get_json()
    assert set(data) == {"id", "objection_number", "filed_at", "due_date", "status"}
    # Mon 16 Nov 2026 + 30 working days, 24–25 Dec skipped: Wed 30 Dec 2026.
    assert data["objection_number"] == "001/KEB/PPID/XI/2026"
    assert data["due_date"] == "2026-12-30" and data["status"] == "open"
    assert data["filed_at"].startswith("2026-11-16T03:00")

    again = client.post("/api/v1/objections", json={"tracking_code": code, "grounds": ["e"], "case": CASE})
    assert again.status_code == 409 and "001/KEB/PPID/XI/2026" in again.get_json()["error"]


def test_a_wrong_tracking_code_is_refused(client, refused, make_request):
    _, other_code = make_request(date(2026, 11, 3), information="Informasi lain")
    unknown = client.post("/api/v1/objections", json={"tracking_code": "ABCD-EFGH-IJKL-MNOP", "grounds": ["a"],
                                                      "case": CASE})
    assert unknown.status_code == 404
    info_request, code = refused
    created = client.post("/api/v1/objections", json={"tracking_code": code, "grounds": ["a"], "case": CASE})
    objection_id = created.get_json()["id"]
    # Someone else's tracking code does not open this keberatan.
    assert client.get(f"/api/v1/objections/{objection_id}?tracking_code={other_code}").status_code == 404
    assert client.get(f"/api/v1/objections/{objection_id}").status_code == 401
    # A requester cannot date it or pick another request.
    staff_only = client.post("/api/v1/objections", json={"tracking_code": code, "grounds": ["g"], "case": CASE,
                                                         "filed_at": "2026-11-05"})
    assert staff_only.status_code == 403


def test_outside_the_window_is_422_with_its_dates(client, refused, freeze):
    _, code = refused
    freeze(at(date(2026, 12, 17)))
    response = client.post("/api/v1/objections", json={"tracking_code": code, "grounds": ["a"], "case": CASE})
    assert response.status_code == 422
    assert "4 November 2026 s.d. 16 Desember 2026" in response.get_json()["error"]
    assert client.post("/api/v1/objections", json={"tracking_code": code, "grounds": [], "case": CASE}
                       ).status_code == 422
    assert client.post("/api/v1/objections", json={"tracking_code": code, "grounds": "x"}).status_code == 422


def test_staff_enter_an_off_line_keberatan_with_its_date(client, refused, token):
    info_request, _ = refused
    body = {"request_id": info_request.id, "filed_at": "2026-11-12", "channel": "pos", "grounds": ["a"],
            "case": CASE}
    assert client.post("/api/v1/objections", json=body, headers=token("other_officer")).status_code == 403
    assert client.post("/api/v1/objections", json=body, headers=token("auditor")).status_code == 403
    assert client.post("/api/v1/objections", json=body, headers=token("atasan")).status_code == 403
    response = client.post("/api/v1/objections", json=body, headers=token("officer"))
    assert response.status_code == 201, response.get_json()
    # Received Thu 12 Nov 2026: days 1–29 are Fri 13 Nov, five full weeks (16 Nov–18 Dec) and 21–23 Dec; then
    # Thu 24 (cuti bersama) and Fri 25 Dec (Natal) are skipped: day 30 is Mon 28 Dec 2026.
    assert response.get_json()["due_date"] == "2026-12-28"
    assert response.get_json()["filed_at"].startswith("2026-11-11T17:00")  # 12 Nov, 00.00 WIB


def test_the_atasan_responds_and_readers_see_it(client, refused, token):
    info_request, code = refused
    objection_id = client.post("/api/v1/objections", json={"tracking_code": code, "grounds": ["a"], "case": CASE,
                                                           "proxy_name": "Budi", "proxy_address": "Jl. Kuasa 1",
                                                           "proxy_phone": "0811"}).get_json()["id"]
    answer = {"outcome": "dibatalkan", "reasons": "Nama penerima bantuan bukan rahasia pribadi."}
    for who in ("officer", "auditor", "admin"):
        assert client.post(f"/api/v1/objections/{objection_id}/respond", json=answer,
                           headers=token(who)).status_code == 403
    assert client.post(f"/api/v1/objections/{objection_id}/respond", json=answer).status_code == 401
    assert client.post(f"/api/v1/objections/{objection_id}/respond", json={"outcome": "dikuatkan"},
                       headers=token("atasan")).status_code == 422
    response = client.post(f"/api/v1/objections/{objection_id}/respond", json=answer, headers=token("atasan"))
    assert response.status_code == 200, response.get_json()
    data = response.get_json()
    assert data["status"] == "answered" and data["outcome"] == "dibatalkan"
    assert data["answer_number"] == "005/TAK/PPID/XI/2026" and data["reasons"] == answer["reasons"]
    assert [letter["kind"] for letter in data["letters"]] == ["keberatan", "tanggapan_keberatan"]
    assert db.session.get(InfoRequest, info_request.id).status.value == "in_process"
    assert client.post(f"/api/v1/objections/{objection_id}/respond", json=answer,
                       headers=token("atasan")).status_code == 409

    public = client.get(f"/api/v1/objections/{objection_id}?tracking_code={code}")
    assert public.status_code == 200
    text = public.get_data(as_text=True)
    for private in ("Siti", "3509121507800001", "Mastrip", "081234567890", "Budi", "Jl. Kuasa", CASE):
        assert private not in text, private
    assert all("kode=" in letter["url"] for letter in public.get_json()["letters"])
    pdf = client.get(public.get_json()["letters"][1]["url"])
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"

    staff = client.get(f"/api/v1/objections/{objection_id}", headers=token("officer")).get_json()
    assert staff["case"] == CASE and staff["proxy_address"] == "Jl. Kuasa 1"
    audited = client.get(f"/api/v1/objections/{objection_id}", headers=token("auditor")).get_json()
    assert audited["proxy_address"] == "" and audited["proxy_phone"] == ""
    assert client.get(f"/api/v1/objections/{objection_id}", headers=token("other_officer")).status_code == 403
