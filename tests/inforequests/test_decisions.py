"""Deciding a request: each decision needs its notice items; a refusal needs the Atasan PPID's approval."""
from __future__ import annotations

import pytest

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from tests import factories


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
    copies = factories.make_fee_item(price=500)
    post = factories.make_fee_item("pengiriman", name="Pos kilat", per="per kiriman", price=15000)
    response = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json={
        "decision": "dikabulkan_sebagian", "information_form": "softcopy", "provision_days": 3,
        "redaction_note": "Nomor rekening dihitamkan (Pasal 17 huruf h)", "payment_method": "transfer",
        "fees": [{"item": copies.id, "quantity": 30}, {"item": post.id, "quantity": 1}]})
    assert response.status_code == 200, response.get_json()
    data = response.get_json()
    assert data["status"] == "decided" and data["decision"] == "dikabulkan_sebagian" and data["decision_date"]
    # 30 pages at Rp500 and one parcel at Rp15.000, priced from the published table.
    staff = client.get(f"/api/v1/requests/{request_id}", headers=officer).get_json()
    assert (staff["fee_copy"], staff["fee_delivery"]) == (15000, 15000)
    assert [(f["name"], f["quantity"], f["amount"]) for f in staff["fees"]] == [
        ("Fotokopi A4", 30, 15000), ("Pos kilat", 1, 15000)]
    assert _letters(request_id) == ["tanda_bukti", "pemberitahuan"]
    again = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer,
                        json={"decision": "tidak_dikuasai"})
    assert again.status_code == 409


@pytest.mark.parametrize(("decision_body", "field"), [
    ({"decision": "dikabulkan_sebagian", "information_form": "softcopy", "provision_days": 3}, "redaction_note"),
    ({"decision": "dikabulkan_seluruhnya", "provision_days": 3}, "information_form"),
    ({"decision": "dikabulkan_seluruhnya", "information_form": "hardcopy", "provision_days": 2,
      "fees": [{"item": 1, "quantity": 10}]}, "payment_method"),
    ({"decision": "dikabulkan_seluruhnya", "information_form": "hardcopy", "provision_days": 2,
      "fee_copy": 5000}, "fees"),
    ({"decision": "dikabulkan_seluruhnya", "information_form": "hardcopy", "provision_days": 2,
      "payment_method": "tunai", "fees": [{"item": 999, "quantity": 10}]}, "fee_999"),
    ({"decision": "dikabulkan_seluruhnya", "information_form": "hardcopy", "provision_days": 2,
      "payment_method": "tunai", "fees": [{"item": 1, "quantity": "sepuluh"}]}, "fees"),
    ({"decision": "tidak_dikuasai", "fees": [{"item": 1, "quantity": 10}], "payment_method": "tunai"}, "fees"),
    ({"decision": "ditolak", "refusal_basis": "Pasal 17 huruf h"}, "consequence_test_id"),
    ({"decision": "belum_didokumentasikan"}, "undocumented_note"),
    ({"decision": "dihapus"}, "decision"),
])
def test_a_decision_without_its_notice_items_is_refused(client, filed, decision_body, field):
    request_id, officer = filed
    factories.make_fee_item()  # line 1 of the table
    response = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json=decision_body)
    assert response.status_code == 422 and field in response.get_json()["fields"]
    assert db.session.get(InfoRequest, request_id).decision is None


def test_a_refusal_waits_for_the_atasan_and_then_issues_the_sk(client, filed, token_of, units):
    request_id, officer = filed
    test = factories.make_consequence_test(units["jember"], number="3/UK/PPID/2025")
    proposed = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json={
        "decision": "ditolak", "consequence_test_id": test.id}).get_json()
    assert proposed["awaiting_refusal_approval"] and proposed["status"] == "received"
    # The refusal's basis and consequence test come from the cited register entry.
    assert proposed["refusal_basis"] == "UU 14/2008 Pasal 17 huruf h angka 4"
    assert proposed["consequence_test"].startswith("Uji konsekuensi 3/UK/PPID/2025: Data rekening")
    assert proposed["decision"] is None, "a refusal not yet approved is no decision for the requester"
    assert _letters(request_id) == ["tanda_bukti"]
    assert client.post(f"/api/v1/requests/{request_id}/approve-refusal", headers=officer).status_code == 403
    approved = client.post(f"/api/v1/requests/{request_id}/approve-refusal", headers=token_of(Role.ATASAN))
    assert approved.status_code == 200
    assert approved.get_json()["status"] == "decided" and approved.get_json()["decision"] == "ditolak"
    assert _letters(request_id) == ["tanda_bukti", "penolakan", "pemberitahuan"]


@pytest.mark.parametrize("which", ["unapproved", "other unit", "opened"])
def test_a_refusal_cites_only_an_approved_closed_test_of_its_unit(client, filed, units, which):
    request_id, officer = filed
    test = {"unapproved": lambda: factories.make_consequence_test(units["jember"], approved=False),
            "other unit": lambda: factories.make_consequence_test(units["batu"]),
            "opened": lambda: factories.make_consequence_test(units["jember"], opened_at=factories.utcnow()),
            }[which]()
    response = client.post(f"/api/v1/requests/{request_id}/decide", headers=officer, json={
        "decision": "ditolak", "refusal_basis": "Pasal 17 huruf h", "consequence_test_id": test.id})
    assert response.status_code == 422 and "consequence_test_id" in response.get_json()["fields"]
    assert db.session.get(InfoRequest, request_id).decision is None
