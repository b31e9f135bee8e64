"""A year of service to report on: requests with known receipt and notice dates, keberatan and sengketa.

Dates are 09.00 WIB unless said otherwise; the working days between them are counted by hand in the tests
on the 2025 calendar of regulation.md §6.
"""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.inforequests import completeness
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.letters import services as letters
from kip_portal.sengketa.models import DisputeOutcome
from kip_portal.sengketa.models import Sengketa
from kip_portal.sengketa.models import Stage
from tests import factories

WIB = timezone(timedelta(hours=7))
BODY = {"requester_type": "perorangan", "name": "Siti Aminah", "nik": "3509121507800001",
        "address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "siti@contoh.id",
        "occupation": "Guru", "purpose": "Penelitian", "obtain_method": "salinan_softcopy",
        "delivery_method": "email"}


def wib(year: int, month: int, day: int, hour: int = 9) -> datetime:
    """A moment in local time (WIB), as the aware UTC value the portal stores."""
    return datetime(year, month, day, hour, tzinfo=WIB).astimezone(timezone.utc)


@pytest.fixture
def people(units):
    return {"admin": factories.make_user(Role.ADMIN), "ppid_utama": factories.make_user(Role.PPID, unit=units["utama"]),
            "ppid_jember": factories.make_user(Role.PPID, unit=units["jember"]),
            "atasan": factories.make_user(Role.ATASAN, unit=units["utama"]),
            "auditor": factories.make_user(Role.AUDITOR)}


def file_request(n: int, received_at: datetime, *, unit: str = "UPT-JEMBER", channel: Channel = Channel.WEB):
    data = RequestData.from_mapping(BODY | {"information": f"Informasi uji nomor {n}", "unit": unit})
    return services.submit(data, channel=channel, received_at=received_at, actor=None, now=received_at).info_request


def decide(info_request: InfoRequest, decision: str, when: datetime, officer, **items) -> InfoRequest:
    if decision in ("dikabulkan_seluruhnya", "dikabulkan_sebagian"):
        items = {"information_form": "softcopy", "provision_days": 3} | items
    if decision == "ditolak":
        # A refusal cites an approved uji konsekuensi of the unit or the PPID Utama (Perki 1/2021 Pasal 34, 49).
        test = factories.make_consequence_test(info_request.unit.parent or info_request.unit)
        items = {"consequence_test_id": test.id} | items
    return decisions.decide(info_request, decisions.DecisionData.from_mapping({"decision": decision, **items}),
                            actor=officer, now=when)


@pytest.fixture
def year_2025(people, monkeypatch):
    """Eight requests received in 2025 (one more on 1 Jan 2026 WIB), three keberatan and two sengketa.

    The requests' letters are not what these tests read, so their PDFs are a stub (WeasyPrint is slow);
    the report's own PDF is rendered for real.
    """
    monkeypatch.setattr(letters, "html_to_pdf", lambda html, base_url: factories.pdf_bytes("Surat"))
    officer, atasan = people["ppid_utama"], people["atasan"]
    r1 = file_request(1, wib(2025, 2, 3))
    decide(r1, "dikabulkan_seluruhnya", wib(2025, 2, 5), officer)
    r2 = file_request(2, wib(2025, 3, 3), channel=Channel.LANGSUNG)
    decide(r2, "dikabulkan_sebagian", wib(2025, 3, 17), officer, redaction_note="NIK penerima dihitamkan")
    r3 = file_request(3, wib(2025, 3, 26), unit="UPT-BATU", channel=Channel.EMAIL)
    decide(r3, "ditolak", wib(2025, 4, 9), officer, refusal_basis="Pasal 17 huruf h UU 14/2008")
    decisions.approve_refusal(r3, actor=atasan, now=wib(2025, 4, 10))
    r4 = file_request(4, wib(2025, 5, 5), channel=Channel.POS)
    services.extend(r4, reason="Informasi masih dihimpun dari UPT", actor=officer, now=wib(2025, 5, 20))
    decide(r4, "tidak_dikuasai", wib(2025, 5, 28), officer, other_body="BPS Provinsi Jawa Timur")
    r5 = file_request(5, wib(2025, 7, 7), unit="UPT-BATU")
    decide(r5, "ditolak", wib(2025, 8, 1), officer, refusal_basis="Pasal 6 ayat (3) huruf c UU 14/2008")
    decisions.approve_refusal(r5, actor=atasan, now=wib(2025, 8, 4))
    file_request(6, wib(2025, 12, 31, 20))  # still open
    file_request(7, wib(2026, 1, 1, 6))  # 31 Dec 2025 23.00 UTC, but 2026 in Jakarta
    r8 = file_request(8, wib(2025, 12, 1), channel=Channel.TELEPON)
    decide(r8, "ditolak", wib(2025, 12, 3), officer, refusal_basis="Pasal 17 huruf c dan huruf j")  # not approved
    r9 = file_request(9, wib(2025, 11, 10), channel=Channel.LANGSUNG)
    completeness.mark_incomplete(r9, note="Salinan KTP belum dilampirkan", actor=officer, now=wib(2025, 11, 10))
    completeness.close_uncompleted(today=date(2025, 11, 20), now=wib(2025, 11, 20))

    k1 = _keberatan(1, r3, "a", wib(2025, 4, 21), Outcome.DIKUATKAN, answered=wib(2025, 5, 20))
    k2 = _keberatan(2, r5, "a;g", wib(2025, 8, 11), Outcome.DIBATALKAN, answered=wib(2025, 10, 1))
    _keberatan(3, r2, "d", wib(2025, 3, 24), None)
    k4 = _keberatan(4, r4, "e", wib(2026, 1, 6), None)
    db.session.add_all([
        Sengketa(keberatan_id=k1.id, commission="Komisi Informasi Provinsi Jawa Timur", filed_on=date(2025, 6, 2),
                 stage=Stage.MEDIASI),
        Sengketa(keberatan_id=k2.id, commission="Komisi Informasi Provinsi Jawa Timur", filed_on=date(2025, 10, 15),
                 stage=Stage.PUTUSAN, outcome=DisputeOutcome.DIKABULKAN),
        Sengketa(keberatan_id=k4.id, commission="Komisi Informasi Provinsi Jawa Timur", filed_on=date(2026, 2, 2),
                 stage=Stage.REGISTRASI),
    ])
    db.session.commit()
    return {"r1": r1, "r3": r3, "r5": r5, "r8": r8}


def _keberatan(n: int, info_request: InfoRequest, grounds: str, filed_at: datetime, outcome: Outcome | None, *,
               answered: datetime | None = None) -> Keberatan:
    # The Atasan PPID's deadline is set 30 working days on by the keberatan service; here it is simply given.
    filed_on = filed_at.date()
    keberatan = Keberatan(
        year=filed_at.astimezone(WIB).year, sequence=n, number=f"KEB/{n}/2025", info_request_id=info_request.id,
        grounds=grounds, case="Pemohon keberatan atas jawaban PPID.", channel=Channel.WEB, filed_at=filed_at,
        window_start=filed_on, window_end=filed_on + timedelta(days=40), due_date=filed_on + timedelta(days=42),
        outcome=outcome, answered_at=answered, reasons="Pertimbangan atasan" if outcome else "",
        answer_number=f"TAK/{n}/2025" if outcome else None)
    db.session.add(keberatan)
    db.session.commit()
    return keberatan
