"""GET /api/v1/registers/…: staff and auditor tokens; personal data masked for auditors."""
from __future__ import annotations

import pytest

from kip_portal.auth.models import Role
from tests.registers.conftest import NIK
from tests.registers.conftest import SITI


def test_staff_token_gets_the_full_request_register(client, world, token):
    response = client.get("/api/v1/registers/requests?year=2025", headers=token(Role.PPID, world["units"]["utama"]))
    assert response.status_code == 200
    body = response.get_json()
    assert body["year"] == 2025 and body["unit"] is None
    assert [c["header"] for c in body["columns"]][:4] == ["No", "Tanggal permohonan", "Nama", "Alamat"]
    first = body["rows"][0]
    assert set(first) == {c["key"] for c in body["columns"]}
    assert first["received_on"] == "2025-07-07" and first["address"] == SITI["address"]
    assert first["days_to_notice"] == 3 and first["on_time"] == "Ya" and first["fee"] == 15000
    assert NIK not in response.get_data(as_text=True)


def test_auditor_token_gets_masked_rows(client, world, token):
    for path in ("requests", "objections"):
        response = client.get(f"/api/v1/registers/{path}?year=2025", headers=token(Role.AUDITOR))
        assert response.status_code == 200
        text = response.get_data(as_text=True)
        for secret in (SITI["phone"], SITI["address"], SITI["email"], "Siti Aminah", NIK):
            assert secret not in text, (path, secret)
        assert response.get_json()["rows"][0]["name"].startswith("S. A.")


def test_objection_register_filters(client, world, token):
    response = client.get("/api/v1/registers/objections?year=2025&status=answered",
                          headers=token(Role.ATASAN, world["units"]["utama"]))
    rows = response.get_json()["rows"]
    assert [r["number"] for r in rows] == ["001/KEB/PPID/IX/2025"]
    assert rows[0]["grounds"] == "a, e" and rows[0]["answered_on"] == "2025-10-06"


def test_a_unit_ppid_token_sees_its_unit_only(client, world, token):
    headers = token(Role.PPID, world["units"]["jember"])
    rows = client.get("/api/v1/registers/requests?year=2025", headers=headers).get_json()["rows"]
    assert {r["unit"] for r in rows} == {"UPT PSTW Jember"}
    refused = client.get("/api/v1/registers/requests?year=2025&unit=UPT-BATU", headers=headers)
    assert refused.status_code == 403 and "unit" in refused.get_json()["fields"]


@pytest.mark.parametrize(("query", "status"), [("year=abc", 422), ("status=lost", 422), ("unit=NOPE", 404)])
def test_bad_filters_are_json_errors(client, world, token, query, status):
    response = client.get(f"/api/v1/registers/requests?{query}", headers=token(Role.AUDITOR))
    assert response.status_code == status and response.get_json()["error"]


def test_no_token_is_401(client, world):
    assert client.get("/api/v1/registers/requests").status_code == 401
    assert client.get("/api/v1/registers/objections").status_code == 401


def test_the_response_matches_the_openapi_document(client, world, token):
    from tests.api.test_openapi import assert_matches
    from tests.api.test_openapi import response_schema

    spec = client.get("/api/v1/openapi.json").get_json()
    for path in ("/registers/requests", "/registers/objections"):
        body = client.get(f"/api/v1{path}?year=2025", headers=token(Role.AUDITOR)).get_json()
        assert_matches(spec, response_schema(spec, path, "200"), body)
