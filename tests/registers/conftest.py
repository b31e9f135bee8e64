"""A register world: requests of two UPTs in 2024–2026 (granted, refused late, open) and two keberatan."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone

import pytest

from kip_portal.auth.models import Role
from kip_portal.core import clock
from kip_portal.extensions import db
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import PaymentMethod
from kip_portal.inforequests.models import RequestStatus
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from tests import factories
from tests.conftest import FIXED_NOW

NIK = "3509121507800001"
SITI = {"name": "Siti Aminah", "address": "Jl. Mastrip 12, Jember", "phone": "081234567890",
        "email": "siti@contoh.id", "occupation": "Guru"}
BUDI = {"name": "Budi Santoso", "address": "Jl. Diponegoro 5, Batu", "phone": "085711112222",
        "email": "budi@contoh.id", "occupation": "Wiraswasta"}


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def frozen(monkeypatch):
    """Monday 30 November 2026, 10.00 WIB."""
    monkeypatch.setattr(clock, "now", lambda: FIXED_NOW)


def decide(info_request, decision: Decision, decided_at: datetime, **values) -> None:
    """Record a decision as the decision service leaves it (the registers only read these fields)."""
    for name, value in ({"decision": decision, "decided_at": decided_at, "status": RequestStatus.DECIDED}
                        | values).items():
        setattr(info_request, name, value)
    db.session.commit()


def submit(unit, person: dict, received_at: datetime, information: str, obtain_method: str = "salinan_softcopy"):
    data = RequestData.from_mapping(person | {
        "requester_type": "perorangan", "nik": NIK, "information": information, "purpose": "Penelitian skripsi",
        "obtain_method": obtain_method, "delivery_method": "email", "unit": unit.code})
    return services.submit(data, channel=Channel.LANGSUNG, received_at=received_at, actor=None,
                           now=received_at).info_request


@pytest.fixture
def world(app):
    utama = factories.make_utama()
    jember = factories.make_unit("UPT-JEMBER", parent=utama, name="UPT PSTW Jember")
    batu = factories.make_unit("UPT-BATU", parent=utama, name="UPT PSBL Batu")
    officer = factories.make_user(Role.PPID, unit=jember)
    atasan = factories.make_user(Role.ATASAN, unit=utama)
    # Granted: received Mon 7 Jul 2025 09.00 WIB, notice Thu 10 Jul (3 working days), given Mon 14 Jul.
    granted = submit(jember, SITI, utc(2025, 7, 7, 2), "Daftar penerima bantuan lansia 2025")
    decide(granted, Decision.DIKABULKAN_SEBAGIAN, utc(2025, 7, 10, 3), information_form="softcopy",
           redaction_note="NIK penerima dihitamkan", fee_copy=15000, payment_method=PaymentMethod.TRANSFER,
           delivered_at=utc(2025, 7, 14, 3), status=RequestStatus.CLOSED)
    # Refused: received Tue 12 Aug 2025; 18 Aug is cuti bersama, so day 10 is Wed 27 Aug; approved Thu 28 Aug.
    refused = submit(jember, SITI, utc(2025, 8, 12, 2), "Data pribadi penerima bantuan di Jember",
                     obtain_method="melihat")
    decide(refused, Decision.DITOLAK, utc(2025, 8, 27, 3), refusal_basis="Pasal 17 huruf h UU 14/2008",
           refusal_approved_at=utc(2025, 8, 28, 3), refusal_approved_by_id=atasan.id)
    # Open and long overdue: UPT Batu, received Tue 8 Jul 2025.
    open_batu = submit(batu, BUDI, utc(2025, 7, 8, 2), "Anggaran rehabilitasi panti Batu 2025")
    # Received on 1 Jan 2026 at 01.00 WIB (still 31 Dec in UTC): a 2026 request.
    new_year = submit(batu, BUDI, utc(2025, 12, 31, 18), "Rencana kerja 2026")
    old = submit(jember, SITI, utc(2024, 12, 30, 2), "Laporan keuangan 2024")
    answered = Keberatan(
        year=2025, sequence=1, number="001/KEB/PPID/IX/2025", info_request_id=refused.id, grounds="a;e",
        case="Informasi tidak bersifat rahasia", channel=Channel.WEB, filed_at=utc(2025, 9, 1, 2),
        window_start=date(2025, 8, 29), window_end=date(2025, 10, 9), due_date=date(2025, 10, 13),
        outcome=Outcome.DIKUATKAN, reasons="Pengecualian sah", answer_number="001/TK/PPID/X/2025",
        answered_at=utc(2025, 10, 6, 3), atasan_name="Dr. Hadi Pranoto", atasan_position="Kepala Dinas Sosial",
        requester_reaction="Menerima tanggapan", proxy_name="Rahmat Hidayat")
    pending = Keberatan(
        year=2025, sequence=2, number="002/KEB/PPID/X/2025", info_request_id=open_batu.id, grounds="c",
        case="Permohonan tidak ditanggapi", channel=Channel.LANGSUNG, filed_at=utc(2025, 10, 2, 2),
        window_start=date(2025, 7, 22), window_end=date(2025, 10, 20), due_date=date(2025, 11, 13))
    db.session.add_all([answered, pending])
    db.session.commit()
    return {"units": {"utama": utama, "jember": jember, "batu": batu}, "officer": officer, "atasan": atasan,
            "granted": granted, "refused": refused, "open_batu": open_batu, "new_year": new_year, "old": old,
            "answered": answered, "pending": pending}


@pytest.fixture
def token(world):
    def make(role: Role, unit=None) -> dict:
        user = factories.make_user(role, unit=unit)
        return factories.bearer(user)

    return make
