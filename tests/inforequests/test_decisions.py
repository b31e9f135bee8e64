"""Deciding a request: each decision needs its notice items; a refusal needs the Atasan PPID's approval."""
from __future__ import annotations

import pytest

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest


@pytest.fixture
def filed(client, units, body, token_of):
    """A request of UPT Jember received Thu 27 Mar 2025, and the token of one of its officers."""
    officer = token_of(Role.PPID, units["jember"])
    request_id = client.post("/api/v1/requests", json=body | {"received_at": "2025-03-27"},
                             headers=officer).get_json()["id"]
    return request_id, officer


def _letters(request_id: int) -> list[str]:
    return [letter.kind.value for letter in db.session.get(InfoRequest, request_id).letters]


def test_partial_grant_issues_the_written_notice(client, filed):
    request_id, officer = filed
    response = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json={
        "decision": "dikabulkan_sebagian", "information_form": "softcopy", "provision_days": 3,
        "redaction_note": "Nomor rekening dihitamkan (Pasal 17 huruf h)", "fee_copy": 15000, "fee_delivery": 0,
        "payment_method": "transfer"})
    assert response.status_code == 200, response.get_json()
    data = response.get_json()
    assert data["status"] == "decided" and data["decision"] == "dikabulkan_sebagian" and data["decision_date"]
    assert _letters(request_id) == ["tanda_bukti", "pemberitahuan"]
    again = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer,
                        json={"decision": "tidak_dikuasai"})
    assert again.status_code == 409


@pytest.mark.parametrize(("decision_body", "field"), [
    ({"decision": "dikabulkan_sebagian", "information_form": "softcopy", "provision_days": 3}, "redaction_note"),
    ({"decision": "dikabulkan_seluruhnya", "provision_days": 3}, "information_form"),
    ({"decision": "dikabulkan_seluruhnya", "information_form": "hardcopy", "provision_days": 2,
      "fee_copy": 5000}, "payment_method"),
    ({"decision": "ditolak", "consequence_test": "Uji konsekuensi 2025/03"}, "refusal_basis"),
    ({"decision": "belum_didokumentasikan"}, "undocumented_note"),
    ({"decision": "dihapus"}, "decision"),
])
def test_a_decision_without_its_notice_items_is_refused(client, filed, decision_body, field):
    request_id, officer = filed
    response = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json=decision_body)
    assert response.status_code == 422 and field in response.get_json()["fields"]
    assert db.session.get(InfoRequest, request_id).decision is None


def test_a_refusal_waits_for_the_atasan_and_then_issues_the_sk(client, filed, token_of):
    request_id, officer = filed
    proposed = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json={
        "decision": "ditolak", "refusal_basis": "Pasal 17 huruf h UU 14/2008",
        "consequence_test": "Uji konsekuensi Nomor 3/2025: membuka data pribadi penerima bantuan"}).get_json()
    assert proposed["awaiting_refusal_approval"] and proposed["status"] == "received"
    assert proposed["decision"] is None, "a refusal not yet approved is no decision for the requester"
    assert _letters(request_id) == ["tanda_bukti"]
    assert client.post(f"/api/v1/requests/{request_id}/approve-refusal", headers=officer).status_code == 403
    approved = client.post(f"/api/v1/requests/{request_id}/approve-refusal", headers=token_of(Role.ATASAN))
    assert approved.status_code == 200
    assert approved.get_json()["status"] == "decided" and approved.get_json()["decision"] == "ditolak"
    assert _letters(request_id) == ["tanda_bukti", "penolakan", "pemberitahuan"]
