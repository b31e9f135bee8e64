"""Keberatan over the API: the requester files with the tracking code, staff enter off-line ones, the atasan answers."""
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
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan import services
from kip_portal.keberatan.models import Keberatan


def _json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise DomainError("Badan permintaan harus berupa objek JSON.", status_code=400)
    return body


def _filed_at(body: dict, now: datetime) -> datetime:
    """Staff may date a keberatan received off-line; an ISO date means that day's start in local time."""
    value = body.get("filed_at")
    if value in (None, ""):
        return now
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise DomainError("filed_at bukan tanggal ISO.", {"filed_at": "Contoh: 2026-11-27"}) from None
    return local_to_utc(parsed)


def _grounds(body: dict) -> list[str]:
    grounds = body.get("grounds")
    if isinstance(grounds, str):
        grounds = [grounds]
    if not isinstance(grounds, list) or not all(isinstance(g_, str) for g_ in grounds):
        raise DomainError("grounds harus berupa daftar huruf a–g.", {"grounds": 'Contoh: ["a", "e"]'})
    return grounds


def public_view(keberatan: Keberatan, code: str | None = None) -> dict:
    """What the requester sees with the tracking code: no personal data (no identity, proxy or kasus posisi)."""
    return {
        "id": keberatan.id,
        "objection_number": keberatan.number,
        "register_number": keberatan.info_request.register_number,
        "grounds": [g_.value for g_ in keberatan.ground_list],
        "filed_at": keberatan.filed_at.isoformat(),
        "window_start": keberatan.window_start.isoformat(),
        "window_end": keberatan.window_end.isoformat(),
        "due_date": keberatan.due_date.isoformat(),
        "status": services.status_of(keberatan),
        "outcome": keberatan.outcome.value if keberatan.outcome else None,
        "reasons": keberatan.reasons if keberatan.outcome else None,
        "answer_number": keberatan.answer_number,
        "answered_at": keberatan.answered_at.isoformat() if keberatan.answered_at else None,
        "letters": [{"kind": letter.kind.value, "number": letter.number, "issued_at": letter.issued_at.isoformat(),
                     "url": url_for("inforequests.requester_letter", letter_id=letter.id, kode=code, _external=True)
                     if code else url_for("inforequests_staff.staff_letter", letter_id=letter.id, _external=True)}
                    for letter in services.letters_of(keberatan)],
    }


def staff_view(keberatan: Keberatan) -> dict:
    masked = g.api_user.role == Role.AUDITOR
    return public_view(keberatan) | {
        "request_id": keberatan.info_request_id, "unit": keberatan.info_request.unit.code,
        "channel": keberatan.channel.value, "case": keberatan.case, "requester_name": keberatan.info_request.name,
        "proxy_name": keberatan.proxy_name,
        "proxy_address": "" if masked else keberatan.proxy_address,
        "proxy_phone": "" if masked else keberatan.proxy_phone,
        "atasan_name": keberatan.atasan_name, "atasan_position": keberatan.atasan_position,
        "requester_reaction": keberatan.requester_reaction,
        "reaction_at": keberatan.reaction_at.isoformat() if keberatan.reaction_at else None,
    }


def _created(keberatan: Keberatan):
    return jsonify({"id": keberatan.id, "objection_number": keberatan.number,
                    "filed_at": keberatan.filed_at.isoformat(), "due_date": keberatan.due_date.isoformat(),
                    "status": services.status_of(keberatan)}), 201


@bp.post("/objections")
@optional_token
@limiter.shared_limit(lambda: current_app.config["REQUEST_RATE_LIMIT"], scope="keberatan",
                      exempt_when=lambda: g.api_user is not None)
def create_objection():
    """A requester files with ``tracking_code``; a PPID officer enters one with ``request_id`` (and ``filed_at``)."""
    body = _json_body()
    now = clock.now()
    staff = g.api_user is not None
    if staff:
        if g.api_user.role != Role.PPID:
            raise NotAllowed("Keberatan yang diterima luring dicatat oleh petugas PPID.")
        request_id = str(body.get("request_id") or "")
        valid_id = request_id.isascii() and request_id.isdigit() and len(request_id) <= 9
        info_request = db.session.get(InfoRequest, int(request_id)) if valid_id else None
        if info_request is None:
            raise NotFound("Permohonan tidak ditemukan.", {"request_id": "Isi id permohonan."})
        if not can_handle_request(g.api_user, info_request.unit):
            raise NotAllowed("Permohonan ini milik unit lain.")
        try:
            channel = Channel(body.get("channel") or Channel.LANGSUNG)
        except ValueError:
            raise DomainError("Saluran tidak dikenal.", {"channel": ", ".join(c.value for c in Channel)}) from None
        filed_at = _filed_at(body, now)
    else:
        if "filed_at" in body or "request_id" in body or "channel" in body:
            raise NotAllowed("Hanya petugas (dengan token) yang dapat mengisi request_id, filed_at dan channel.")
        info_request = requests.find_by_tracking_code(str(body.get("tracking_code") or ""))
        if info_request is None:
            raise NotFound("Kode pelacakan tidak dikenal.", {"tracking_code": "Periksa kode pada tanda bukti."})
        channel, filed_at = Channel.WEB, now
    keberatan = services.file_keberatan(
        info_request, grounds=_grounds(body), case=str(body.get("case") or ""), channel=channel, filed_at=filed_at,
        actor=g.api_user, now=now, proxy_name=str(body.get("proxy_name") or ""),
        proxy_address=str(body.get("proxy_address") or ""), proxy_phone=str(body.get("proxy_phone") or ""))
    return _created(keberatan)


def _load(keberatan_id: int) -> Keberatan:
    keberatan = db.session.get(Keberatan, keberatan_id)
    if keberatan is None:
        raise NotFound("Keberatan tidak ditemukan.")
    if g.api_user.role == Role.PPID and not can_handle_request(g.api_user, keberatan.info_request.unit):
        raise NotAllowed("Keberatan ini milik unit lain.")
    return keberatan


@bp.get("/objections/<int:keberatan_id>")
@optional_token
def get_objection(keberatan_id: int):
    """Staff with a token see it whole; the requester with ``?tracking_code=`` sees it without personal data."""
    if g.api_user is not None:
        return jsonify(staff_view(_load(keberatan_id)))
    code = request.args.get("tracking_code", "")
    if not code:
        raise NotAllowed("Token API atau tracking_code diperlukan.", status_code=401)
    keberatan = db.session.get(Keberatan, keberatan_id)
    info_request = requests.find_by_tracking_code(code)
    if keberatan is None or info_request is None or keberatan.info_request_id != info_request.id:
        raise NotFound("Keberatan tidak ditemukan untuk kode pelacakan ini.")
    return jsonify(public_view(keberatan, code))


@bp.post("/objections/<int:keberatan_id>/respond")
@require_token(Role.ATASAN)
def respond_objection(keberatan_id: int):
    body = _json_body()
    keberatan = services.respond(_load(keberatan_id), outcome=str(body.get("outcome") or ""),
                                 reasons=str(body.get("reasons") or ""), actor=g.api_user, now=clock.now())
    return jsonify(staff_view(keberatan))
