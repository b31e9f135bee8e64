"""Information requests over the API: citizens submit and track; staff read and extend with a token."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from flask import g
from flask import jsonify
from flask import request
from flask import url_for

from kip_portal.api.views import bp
from kip_portal.auth.models import Role
from kip_portal.auth.permissions import can_handle_request
from kip_portal.auth.permissions import optional_token
from kip_portal.auth.permissions import require_token
from kip_portal.core import clock
from kip_portal.core.dates import local_to_utc
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.core.exceptions import NotFound
from kip_portal.extensions import db
from kip_portal.extensions import limiter
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData

STAFF_READERS = (Role.ADMIN, Role.PPID, Role.ATASAN, Role.AUDITOR)


def _json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise DomainError("Badan permintaan harus berupa objek JSON.", status_code=400)
    return body


def _received_at(body: dict, now: datetime) -> datetime:
    """Staff may date a request received off-line; an ISO date means that day's start in local time."""
    value = body.get("received_at")
    if value in (None, ""):
        return now
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise DomainError("received_at bukan tanggal ISO.", {"received_at": "Contoh: 2026-11-27"}) from None
    return local_to_utc(parsed)


def public_view(info_request: InfoRequest, code: str | None = None) -> dict:
    """What the requester may see with the tracking code: never NIK, address or phone.

    Letter links carry the tracking code for the requester, and point to the staff download otherwise.
    """
    return {
        "id": info_request.id,
        "register_number": info_request.register_number,
        "status": info_request.status.value,
        "received_at": info_request.received_at.isoformat(),
        "due_date": info_request.due_date.isoformat(),
        "extended_due_date": info_request.extended_due_date.isoformat() if info_request.extended_due_date else None,
        "decision": info_request.decision.value if info_request.decision and not info_request.awaiting_refusal_approval
        else None,
        "decision_date": info_request.decided_at.isoformat()
        if info_request.decided_at and not info_request.awaiting_refusal_approval else None,
        "letters": [{"kind": letter.kind.value, "number": letter.number, "issued_at": letter.issued_at.isoformat(),
                     "url": url_for("inforequests.requester_letter", letter_id=letter.id, kode=code, _external=True)
                     if code else url_for("inforequests_staff.staff_letter", letter_id=letter.id, _external=True)}
                    for letter in info_request.letters],
    }


def staff_view(info_request: InfoRequest) -> dict:
    return public_view(info_request) | {
        "unit": info_request.unit.code, "channel": info_request.channel.value,
        "requester_type": info_request.requester_type.value, "name": info_request.name,
        "nik": info_request.nik, "legal_entity_number": info_request.legal_entity_number,
        "address": info_request.address, "phone": info_request.phone, "email": info_request.email,
        "occupation": info_request.occupation, "information": info_request.information,
        "purpose": info_request.purpose, "obtain_method": info_request.obtain_method.value,
        "delivery_method": info_request.delivery_method.value, "extension_reason": info_request.extension_reason,
        "proposed_decision": info_request.decision.value if info_request.decision else None,
        "awaiting_refusal_approval": info_request.awaiting_refusal_approval,
        "information_form": info_request.information_form, "provision_days": info_request.provision_days,
        "redaction_note": info_request.redaction_note, "other_body": info_request.other_body,
        "undocumented_note": info_request.undocumented_note, "refusal_basis": info_request.refusal_basis,
        "consequence_test": info_request.consequence_test, "fee_copy": info_request.fee_copy,
        "fee_delivery": info_request.fee_delivery,
        "fees": [{"item": c.fee_item_id, "name": c.name, "per": c.per, "unit_price": c.unit_price,
                  "quantity": c.quantity, "amount": c.amount} for c in info_request.fee_charges],
        "consequence_test_id": info_request.consequence_test_id,
        "payment_method": info_request.payment_method.value if info_request.payment_method else None,
        "delivered_at": info_request.delivered_at.isoformat() if info_request.delivered_at else None,
    }


@bp.post("/requests")
@optional_token
@limiter.shared_limit(lambda: current_app.config["REQUEST_RATE_LIMIT"], scope="permohonan",
                      exempt_when=lambda: g.api_user is not None)
def create_request():
    """JSON, or multipart/form-data with the same fields plus ``identity`` files (KTP, akta, surat kuasa)."""
    now = clock.now()
    if request.mimetype == "multipart/form-data":
        body = request.form.to_dict()
        identity = [(f.filename or "identitas", f.read()) for f in request.files.getlist("identity") if f]
    else:
        body, identity = _json_body(), []
    staff = g.api_user is not None
    if not staff and ("received_at" in body or "channel" in body):
        raise NotAllowed("Hanya petugas (dengan token) yang dapat mengisi received_at dan channel.")
    try:
        channel = Channel(body.get("channel") or Channel.WEB)
    except ValueError:
        raise DomainError("Saluran tidak dikenal.", {"channel": ", ".join(c.value for c in Channel)}) from None
    submitted = services.submit(RequestData.from_mapping(body), channel=channel,
                                received_at=_received_at(body, now) if staff else now, actor=g.api_user, now=now,
                                identity_files=identity)
    info_request = submitted.info_request
    payload = {"id": info_request.id, "register_number": info_request.register_number,
               "tracking_code": submitted.tracking_code, "received_at": info_request.received_at.isoformat(),
               "due_date": info_request.due_date.isoformat(), "status": info_request.status.value}
    return jsonify(payload), 201 if submitted.created else 200


@bp.get("/track/<code>")
@optional_token
def track(code: str):
    info_request = services.find_by_tracking_code(code)
    if info_request is None:
        raise NotFound("Kode pelacakan tidak dikenal.")
    return jsonify(public_view(info_request, code))


def _load(request_id: int) -> InfoRequest:
    info_request = db.session.get(InfoRequest, request_id)
    if info_request is None:
        raise NotFound("Permohonan tidak ditemukan.")
    if g.api_user.role == Role.PPID and not can_handle_request(g.api_user, info_request.unit):
        raise NotAllowed("Permohonan ini milik unit lain.")
    return info_request


@bp.get("/requests/<int:request_id>")
@require_token(*STAFF_READERS)
def get_request(request_id: int):
    return jsonify(staff_view(_load(request_id)))


@bp.post("/requests/<int:request_id>/extend")
@require_token(Role.PPID)
def extend_request(request_id: int):
    body = _json_body()
    info_request = services.extend(_load(request_id), reason=str(body.get("reason") or ""), actor=g.api_user,
                                   now=clock.now())
    return jsonify(staff_view(info_request))


@bp.post("/requests/<int:request_id>/decide")
@require_token(Role.PPID)
def decide_request(request_id: int):
    info_request = decisions.decide(_load(request_id), decisions.DecisionData.from_mapping(_json_body()),
                                    actor=g.api_user, now=clock.now())
    return jsonify(staff_view(info_request))


@bp.post("/requests/<int:request_id>/approve-refusal")
@require_token(Role.ATASAN)
def approve_refusal(request_id: int):
    """The Atasan PPID approves a proposed refusal; the SK penolakan and the notice are issued."""
    return jsonify(staff_view(decisions.approve_refusal(_load(request_id), actor=g.api_user, now=clock.now())))
