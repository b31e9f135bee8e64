"""Keberatan fixtures: a request of UPT Jember on a date of our choosing, refused (notified) when we say, and the
people who act on it. Times are 10.00 WIB unless said otherwise; the clock of views and the API is frozen."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone
from zoneinfo import ZoneInfo

import pytest

from kip_portal.auth.models import Role
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan import services
from tests import factories

REFUSAL_BASIS = "Pasal 17 huruf h angka 4 UU 14/2008 (rekening bank seseorang)"
WIB = ZoneInfo("Asia/Jakarta")
SK_NUMBER = "188/12/SK-PPID/2026"
CASE = "Permohonan daftar penerima bantuan lansia ditolak seluruhnya, padahal nama penerima bukan rahasia."


def at(day: date, hour: int = 10) -> datetime:
    """``hour`` o'clock WIB (UTC+7) on ``day``, as the aware UTC moment the portal stores."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=WIB).astimezone(timezone.utc)


@pytest.fixture
def people(units):
    atasan = factories.make_user(Role.ATASAN, unit=units["utama"])
    atasan.name = "Dr. Hadi Santoso"
    return {"officer": factories.make_user(Role.PPID, unit=units["jember"]),
            "other_officer": factories.make_user(Role.PPID, unit=units["batu"]),
            "atasan": atasan, "auditor": factories.make_user(Role.AUDITOR),
            "admin": factories.make_user(Role.ADMIN)}


@pytest.fixture
def token(people):
    """Bearer headers for one of ``people``."""

    def make(who: str) -> dict:
        return factories.bearer(people[who])

    return make


@pytest.fixture
def make_request(units, body, people):
    """A request of UPT Jember received on ``received`` (10.00 WIB); returns (request, tracking code)."""

    def make(received: date, **changes):
        submitted = requests.submit(RequestData.from_mapping(body | changes), channel=Channel.LANGSUNG,
                                    received_at=at(received), actor=people["officer"], now=at(received))
        return submitted.info_request, submitted.tracking_code

    return make


@pytest.fixture
def exemption(units):
    """The approved uji konsekuensi (and its SK number) a refusal cites (Perki 1/2021 Pasal 34, 49)."""
    return factories.make_consequence_test(units["jember"], number=SK_NUMBER)


@pytest.fixture
def refuse(people, exemption):
    """Refuse a request under Pasal 17, approved by the atasan on ``on``: the written notice goes out that day."""

    def do(info_request, on: date):
        data = decisions.DecisionData.from_mapping({"decision": "ditolak", "refusal_basis": REFUSAL_BASIS,
                                                    "consequence_test_id": exemption.id})
        decisions.decide(info_request, data, actor=people["officer"], now=at(on, 9))
        decisions.approve_refusal(info_request, actor=people["atasan"], now=at(on, 10))
        return info_request

    return do


@pytest.fixture
def lodge(people):
    """File a keberatan on ``on`` (online unless ``actor`` is given) with the usual case and grounds."""

    def do(info_request, on: date, grounds=("a",), actor=None, **extra):
        moment = at(on, 11)
        return services.file_keberatan(info_request, grounds=list(grounds), case=extra.pop("case", CASE),
                                       channel=Channel.WEB if actor is None else Channel.LANGSUNG, filed_at=moment,
                                       actor=actor, now=moment, **extra)

    return do
