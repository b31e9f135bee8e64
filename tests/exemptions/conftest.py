"""Units, officers and consequence tests for the register's tests; the clock is frozen at 30 November 2026."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone

import pytest

from kip_portal.auth.models import Role
from kip_portal.core import clock
from kip_portal.exemptions import services
from tests import factories
from tests.conftest import FIXED_NOW

TODAY = date(2026, 11, 30)  # FIXED_NOW (10.00 WIB) as a local date
EARLIER = datetime(2026, 10, 1, 3, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: FIXED_NOW)


@pytest.fixture
def units(app):
    utama = factories.make_utama()
    return {"utama": utama, "jember": factories.make_unit("UPT-JEMBER", parent=utama, name="UPT PSTW Jember"),
            "batu": factories.make_unit("UPT-BATU", parent=utama, name="UPT PSBR Batu")}


@pytest.fixture
def people(units):
    return {
        "jember": factories.make_user(Role.PPID, unit=units["jember"], email="ppid.jember@uji.test"),
        "batu": factories.make_user(Role.PPID, unit=units["batu"], email="ppid.batu@uji.test"),
        "utama": factories.make_user(Role.PPID, unit=units["utama"], email="ppid.utama@uji.test"),
        "atasan": factories.make_user(Role.ATASAN, unit=units["utama"], email="atasan@uji.test"),
        "admin": factories.make_user(Role.ADMIN, email="admin@uji.test"),
        "auditor": factories.make_user(Role.AUDITOR, email="auditor@uji.test"),
    }


LEMBAR = {
    "information": "Data pribadi penerima bantuan sosial lanjut usia (nama, NIK, alamat, kondisi kesehatan)",
    "legal_basis": "UU 14/2008 Pasal 17 huruf h angka 1 dan 2; UU 27/2022 Pasal 4",
    "consequence_if_opened": "Identitas dan kondisi kesehatan lansia dapat disalahgunakan untuk penipuan.",
    "consequence_if_closed": "Privasi penerima manfaat terlindungi; rekap jumlah penerima tetap diumumkan.",
    "period": "Selama penerima masih terdaftar, paling lama 5 tahun",
    "tested_place": "Aula UPT PSTW Jember",
    "participants": "Siti Aminah; Kepala UPT; UPT PSTW Jember\nBudi Santoso; Kasubbag TU; UPT PSTW Jember",
}


def make_test(unit, *, number: str = "188/01/SK-PPID/2026", approved: bool = True,
              exempt_until: date | None = date(2027, 6, 30), tested_on: date = date(2026, 9, 15), now=EARLIER,
              **overrides):
    """A consequence test recorded (and approved by the head) before ``now``."""
    data = services.ConsequenceTestData(unit=unit, number=number, tested_on=tested_on, exempt_until=exempt_until,
                                        **(LEMBAR | overrides))
    test = services.create_test(data, actor=None, now=now)
    if approved:
        head = factories.make_user(Role.ATASAN)
        services.approve(test, approved_by="Dr. Restu Novi Widiani, Kepala Dinas", approved_on=date(2026, 9, 20),
                         actor=head, now=now)
    return test
