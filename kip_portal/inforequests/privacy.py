"""The requester's personal data in one place: who may see it whole, and how it is masked for everyone else.

Perki 1/2021 Pasal 5 ayat 3 obliges the PPID to protect personal data. Staff who handle a request's unit see
the requester as written on the form; auditors and the public see masked values that still let a reader
recognise a row (initials, region, the first digits of a phone number) but identify no one.
"""
from __future__ import annotations

import re

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import can_handle_request
from kip_portal.inforequests.models import InfoRequest
from kip_portal.letters.services import mask_nik
from kip_portal.units.models import Unit

MASK = "***"


def can_see_personal_data(user, unit: Unit) -> bool:
    """Full personal data for the unit's PPID (or the PPID Utama), the admin and the Atasan PPID; never for
    the auditor or the public."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if user.role in (Role.ADMIN, Role.ATASAN):
        return True
    return user.role == Role.PPID and can_handle_request(user, unit)


def mask_name(name: str) -> str:
    """Initials of the name without its asides in brackets: "Budi Santoso (kuasa)" becomes "B. S."."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return " ".join(f"{word[0].upper()}." for word in re.findall(r"[^\W\d_][\w'’-]*", name))


def mask_address(address: str) -> str:
    """Keep only the last part after a comma (the town or regency): "Jl. Mastrip 12, Jember" → "***, Jember"."""
    parts = [p.strip() for p in address.split(",") if p.strip()]
    if len(parts) < 2:
        return MASK if address.strip() else ""
    return f"{MASK}, {parts[-1]}"


def mask_phone(phone: str) -> str:
    """The first four digits and the last two: 081234567890 → 0812******90."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) <= 6:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 6) + digits[-2:]


def mask_email(email: str) -> str:
    """The first letter of the mailbox and the domain: siti@contoh.id → s***@contoh.id."""
    local, at, domain = email.partition("@")
    if not at:
        return MASK if email else ""
    return f"{local[:1]}{MASK}@{domain}"


def mask_identity(info_request: InfoRequest) -> str:
    """The NIK (region code and last four digits) or the legal entity's decree number, for letters and lists."""
    if info_request.nik:
        return mask_nik(info_request.nik)
    return info_request.legal_entity_number


def contact(phone: str, email: str) -> str:
    return " / ".join(value for value in (phone, email) if value)


def requester_columns(info_request: InfoRequest, *, full: bool) -> dict[str, str]:
    """Name, address, contact and occupation of the requester as a register shows them (never the NIK).

    ``full`` is for staff who may handle the request's unit (see :func:`can_see_personal_data`).
    """
    if full:
        return {"name": info_request.name, "address": info_request.address,
                "contact": contact(info_request.phone, info_request.email), "occupation": info_request.occupation}
    return {"name": mask_name(info_request.name), "address": mask_address(info_request.address),
            "contact": contact(mask_phone(info_request.phone), mask_email(info_request.email)),
            "occupation": info_request.occupation}
