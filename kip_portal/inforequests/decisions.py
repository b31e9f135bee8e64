"""Deciding a request: the written notice's content, and the Atasan PPID's approval of a refusal."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields
from datetime import datetime
from typing import Any

from flask_babel import gettext as _

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.exemptions import services as exemptions
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.fees import services as fees
from kip_portal.inforequests import notifications
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import PaymentMethod
from kip_portal.inforequests.models import RequestStatus
from kip_portal.letters import services as letters
from kip_portal.letters.models import LetterKind

GRANTED = (Decision.DIKABULKAN_SELURUHNYA, Decision.DIKABULKAN_SEBAGIAN)
FORMS = ("softcopy", "hardcopy", "softcopy;hardcopy")


@dataclass
class DecisionData:
    """What the officer decides, item by item of the written notice (Perki 1/2021 Pasal 31 ayat 4).

    Fees are never typed as amounts: ``fees`` maps lines of the published fee table to quantities, and the
    notice's copying and delivery costs are computed from them (Perki 1/2021 Pasal 37–38).
    """

    decision: str
    information_form: str = ""
    provision_days: int | None = None
    redaction_note: str = ""
    other_body: str = ""
    undocumented_note: str = ""
    refusal_basis: str = ""
    consequence_test_id: int | None = None
    fees: dict[int, int] = field(default_factory=dict)
    payment_method: str = ""

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> DecisionData:
        """Read a form (``fee_<line id>`` quantities) or a JSON body (``fees: [{"item", "quantity"}]``).

        Numbers that are not numbers become -1, which :meth:`validate` reports.
        """
        if "fee_copy" in values or "fee_delivery" in values:
            raise DomainError(_("Biaya tidak diisi sebagai nominal: sebutkan baris standar biaya dan jumlahnya "
                                '("fees": [{"item": <id>, "quantity": <n>}]).'), {"fees": _("Gunakan standar biaya.")})
        data: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "fees":
                data["fees"] = _fee_quantities(values)
            elif f.name in ("provision_days", "consequence_test_id"):
                data[f.name] = _whole_number(values.get(f.name))
            else:
                data[f.name] = str(values.get(f.name) or "").strip()
        return cls(**data)

    def validate(self) -> None:
        """:raises DomainError: naming each item the notice cannot leave out for this decision."""
        problems: dict[str, str] = {}
        if self.decision not in {d.value for d in Decision}:
            raise DomainError(_("Pilih keputusan."), {"decision": ", ".join(d.value for d in Decision)})
        decision = Decision(self.decision)
        if decision in GRANTED:
            if self.information_form not in FORMS:
                problems["information_form"] = _("Pilih bentuk informasi: softcopy dan/atau hardcopy.")
            if self.provision_days is None or self.provision_days < 0:
                problems["provision_days"] = _("Isi waktu penyediaan (hari kerja).")
        elif any(self.fees.values()):
            problems["fees"] = _("Biaya hanya dikenakan bila informasi diberikan (dikabulkan).")
        if decision == Decision.DIKABULKAN_SEBAGIAN and not self.redaction_note:
            problems["redaction_note"] = _("Jelaskan bagian yang dihitamkan dan alasannya (Pasal 22 ayat 7 huruf e).")
        if decision == Decision.DITOLAK and not self.consequence_test_id:
            problems["consequence_test_id"] = _("Pilih uji konsekuensi yang disetujui sebagai dasar penolakan "
                                                "(Perki 1/2021 Pasal 34 dan 49).")
        if decision == Decision.BELUM_DIDOKUMENTASIKAN and not self.undocumented_note:
            problems["undocumented_note"] = _("Jelaskan kapan informasi dapat didokumentasikan.")
        if any(quantity < 0 for quantity in self.fees.values()):
            problems["fees"] = _("Jumlah salinan atau kiriman harus bilangan bulat, tidak negatif.")
        if any(self.fees.values()) and self.payment_method not in {
                m.value for m in PaymentMethod if m != PaymentMethod.TIDAK_ADA}:
            problems["payment_method"] = _("Pilih cara pembayaran (tunai, transfer atau uang elektronik; Pasal 38).")
        if problems:
            raise DomainError(_("Keputusan belum lengkap:") + " " + " ".join(problems.values()), problems)


def _whole_number(value: Any) -> int | None:
    text = str(value).strip() if value not in (None, "") else ""
    # ASCII digits only ("²".isdigit() is True but int() refuses it); 9 digits fit any INTEGER column.
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else (None if not text else -1)


def _fee_quantities(values: dict[str, Any]) -> dict[int, int]:
    lines = values.get("fees")
    if isinstance(lines, list):
        pairs = [(line.get("item"), line.get("quantity")) if isinstance(line, dict) else (None, None)
                 for line in lines]
    else:
        pairs = [(key[4:], value) for key, value in values.items() if key.startswith("fee_") and key[4:].isascii()
                 and key[4:].isdigit()]
    quantities: dict[int, int] = {}
    for item, quantity in pairs:
        item_id = _whole_number(item)
        if item_id is None or item_id < 0:
            raise DomainError(_("Setiap baris biaya menyebut item (id standar biaya) dan quantity."),
                              {"fees": _("Contoh: %(example)s", example='[{"item": 1, "quantity": 20}]')})
        amount = _whole_number(quantity)
        quantities[item_id] = 0 if amount is None else amount
    return quantities


def citable_tests(info_request: InfoRequest, *, today) -> list[ConsequenceTest]:
    """The uji konsekuensi in force a refusal of this request may cite: its unit's and the PPID Utama's."""
    return exemptions.approved_tests_for(info_request.unit, today=today)


def _citable_test(test_id: int, info_request: InfoRequest, *, today) -> ConsequenceTest:
    """:raises DomainError: unless the test is one of :func:`citable_tests`."""
    test = db.session.get(ConsequenceTest, test_id)
    if test not in citable_tests(info_request, today=today):
        raise DomainError(_("Uji konsekuensi itu tidak ada, belum disetujui, atau milik unit lain."),
                          {"consequence_test_id": _("Pilih uji konsekuensi yang disetujui.")})
    return test


def _view(info_request: InfoRequest) -> dict[str, Any]:
    return {"register_number": info_request.register_number, "status": info_request.status,
            "decision": info_request.decision, "refusal_approved_at": info_request.refusal_approved_at}


def decide(info_request: InfoRequest, data: DecisionData, *, actor, now: datetime) -> InfoRequest:
    """Record the decision; grant or "not held" issues the written notice, a refusal waits for the atasan.

    :raises Conflict: when the request is already decided; DomainError when an item is missing.
    """
    if not info_request.status.open or info_request.decision is not None:
        raise Conflict(_("Permohonan ini sudah diputuskan."))
    data.validate()
    refusal = data.decision == Decision.DITOLAK
    test = _citable_test(data.consequence_test_id, info_request, today=local_date(now)) if refusal else None
    charges = fees.charges_for(data.fees)
    before = _view(info_request)
    for f in fields(data):
        if f.name not in ("decision", "fees", "payment_method"):
            setattr(info_request, f.name, getattr(data, f.name))
    info_request.decision = Decision(data.decision)
    info_request.payment_method = PaymentMethod(data.payment_method) if charges else None
    info_request.fee_charges = charges
    info_request.fee_copy, info_request.fee_delivery = fees.totals(charges)
    if test is not None:
        info_request.consequence_test = f"Uji konsekuensi {test.number}: {test.information}"
        info_request.refusal_basis = info_request.refusal_basis or test.legal_basis
    else:
        info_request.consequence_test_id, info_request.consequence_test = None, ""
    info_request.decided_at, info_request.decided_by_id = now, getattr(actor, "id", None)
    if not refusal:
        info_request.status = RequestStatus.DECIDED
    record_event(actor=actor, action=AuditAction.REFUSAL_PROPOSED if refusal else AuditAction.DECIDED,
                 obj=info_request, now=now, before=before, after=_view(info_request))
    db.session.commit()
    if refusal:
        notifications.refusal_to_atasan(info_request, now=now)
    else:
        notifications.letter_to_requester(letters.issue(LetterKind.NOTICE, info_request, actor=actor, now=now),
                                          tracking_code=None, now=now)
    return info_request


def approve_refusal(info_request: InfoRequest, *, actor, now: datetime) -> InfoRequest:
    """The Atasan PPID approves a proposed refusal (Perki 1/2021 Pasal 10 ayat 2): the SK is issued."""
    if getattr(actor, "role", None) != Role.ATASAN:
        raise NotAllowed(_("Penolakan hanya dapat disetujui oleh Atasan PPID (Perki 1/2021 Pasal 10 ayat 2)."))
    if not info_request.awaiting_refusal_approval:
        raise Conflict(_("Tidak ada usulan penolakan yang menunggu persetujuan."))
    before = _view(info_request)
    info_request.refusal_approved_at, info_request.refusal_approved_by_id = now, actor.id
    info_request.status = RequestStatus.DECIDED
    record_event(actor=actor, action=AuditAction.REFUSAL_APPROVED, obj=info_request, now=now, before=before,
                 after=_view(info_request))
    db.session.commit()
    for kind in (LetterKind.REFUSAL, LetterKind.NOTICE):
        notifications.letter_to_requester(letters.issue(kind, info_request, actor=actor, now=now),
                                          tracking_code=None, now=now)
    return info_request


def return_refusal(info_request: InfoRequest, *, reason: str, actor, now: datetime) -> InfoRequest:
    """The Atasan PPID does not approve: the request goes back to the PPID to decide again."""
    if getattr(actor, "role", None) != Role.ATASAN:
        raise NotAllowed(_("Hanya Atasan PPID yang dapat mengembalikan usulan penolakan."))
    if not info_request.awaiting_refusal_approval:
        raise Conflict(_("Tidak ada usulan penolakan yang menunggu persetujuan."))
    if not reason.strip():
        raise DomainError(_("Tulis alasan pengembalian."), {"reason": _("Wajib diisi.")})
    before = _view(info_request)
    info_request.decision, info_request.decided_at, info_request.decided_by_id = None, None, None
    record_event(actor=actor, action=AuditAction.REFUSAL_RETURNED, obj=info_request, now=now, before=before,
                 after=_view(info_request) | {"reason": reason.strip()})
    db.session.commit()
    return info_request


def deliver(info_request: InfoRequest, *, delivered_at: datetime, actor, now: datetime) -> InfoRequest:
    """Record that a granted request's information was given (viewed, collected or sent), then close it."""
    if info_request.status != RequestStatus.DECIDED or info_request.decision not in GRANTED:
        raise Conflict(_("Hanya permohonan yang dikabulkan dan sudah diputuskan yang dapat dicatat pemberiannya."))
    if delivered_at > now or delivered_at < info_request.received_at:
        raise DomainError(_("Tanggal pemberian harus antara tanggal permohonan dan hari ini."),
                          {"delivered_at": _("Periksa tanggal.")})
    before = _view(info_request)
    info_request.delivered_at, info_request.status = delivered_at, RequestStatus.CLOSED
    record_event(actor=actor, action=AuditAction.DELIVERED, obj=info_request, now=now, before=before,
                 after=_view(info_request) | {"delivered_at": delivered_at})
    db.session.commit()
    return info_request


def close(info_request: InfoRequest, *, actor, now: datetime) -> InfoRequest:
    """Close a decided request that needs no delivery (refused, not held, not yet documented)."""
    if info_request.status != RequestStatus.DECIDED or info_request.decision in GRANTED:
        raise Conflict(_("Permohonan yang dikabulkan ditutup dengan mencatat tanggal pemberian informasi."))
    before = _view(info_request)
    info_request.status = RequestStatus.CLOSED
    record_event(actor=actor, action=AuditAction.CLOSED, obj=info_request, now=now, before=before,
                 after=_view(info_request))
    db.session.commit()
    return info_request
