"""Records for the auditor's dashboard, built row by row so every expected figure can be counted by hand.

2026 calendar (regulation.md §6): no holiday from 26 Aug to 23 Dec 2026; 1 Jan and 16 Jan are holidays.
Today is Mon 30 Nov 2026 (10.00 WIB). Day 1 of a deadline is the working day after receipt.
"""
from __future__ import annotations

import itertools
from datetime import date
from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.dip import services as dip
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import DeliveryMethod
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import ObtainMethod
from kip_portal.inforequests.models import RequesterType
from kip_portal.inforequests.models import RequestStatus
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.sengketa.models import Sengketa
from kip_portal.sengketa.models import Stage
from tests import factories

TODAY = date(2026, 11, 30)
_numbers = itertools.count(1)


def utc(day: str, hour: int = 2, minute: int = 0) -> datetime:
    """A moment on ``day`` in UTC; 02.00 UTC is 09.00 WIB on the same day."""
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=timezone.utc)


def make_request(unit, received: datetime, due: str, *, status=RequestStatus.RECEIVED, extended: str | None = None,
                 decision: Decision | None = None, decided: str | None = None, approved: str | None = None,
                 basis: str = "") -> InfoRequest:
    n = next(_numbers)
    row = InfoRequest(
        year=received.year, sequence=n, register_number=f"{n:03d}/PPID/UJI", tracking_hash=f"{n:064d}", unit=unit,
        channel=Channel.WEB, received_at=received, requester_type=RequesterType.PERORANGAN, name=f"Pemohon {n}",
        nik="3509121507800001", address="Jember", information="Data uji", purpose="Uji",
        obtain_method=ObtainMethod.MELIHAT, delivery_method=DeliveryMethod.EMAIL, status=status,
        due_date=date.fromisoformat(due), extended_due_date=date.fromisoformat(extended) if extended else None,
        decision=decision, decided_at=utc(decided) if decided else None,
        refusal_approved_at=utc(approved) if approved else None, refusal_basis=basis)
    db.session.add(row)
    db.session.commit()
    return row


def make_keberatan(info_request, filed: str, outcome: Outcome | None = None) -> Keberatan:
    n = next(_numbers)
    row = Keberatan(year=int(filed[:4]), sequence=n, number=f"K-{n}", info_request=info_request, grounds="a",
                    case="Kasus uji", channel=Channel.WEB, filed_at=utc(filed), window_start=date(2026, 1, 1),
                    window_end=date(2026, 12, 31), due_date=date(2026, 12, 31), outcome=outcome,
                    answered_at=utc(filed) if outcome else None, answer_number=f"J-{n}" if outcome else None)
    db.session.add(row)
    db.session.commit()
    return row


def set_dates(entry, *, updated: datetime, published: datetime) -> None:
    """Backdate an entry (an explicit value wins over the column's onupdate)."""
    db.session.execute(sa.update(InformationEntry).where(InformationEntry.id == entry.id)
                       .values(updated_at=updated, published_at=published))
    db.session.commit()
    db.session.expire_all()


@pytest.fixture
def records(app):
    utama = factories.make_utama()
    a = factories.make_unit("UPT-A", parent=utama)
    b = factories.make_unit("UPT-B", parent=utama)
    done, open_ = RequestStatus.DECIDED, RequestStatus.IN_PROCESS
    granted, refused = Decision.DIKABULKAN_SELURUHNYA, Decision.DITOLAK
    r = {
        # Received Mon 5 Oct; day 10 is Mon 19 Oct. Noticed Thu 8 Oct: 3 working days, on time.
        "r1": make_request(a, utc("2026-10-05"), "2026-10-19", status=done, decision=granted, decided="2026-10-08"),
        # Noticed Wed 21 Oct: 12 working days, late.
        "r2": make_request(a, utc("2026-10-05"), "2026-10-19", status=done, decision=granted, decided="2026-10-21"),
        # Extended to Wed 28 Oct (19 Oct + 7); noticed Tue 27 Oct: 16 working days, on time.
        "r3": make_request(a, utc("2026-10-05"), "2026-10-19", status=done, extended="2026-10-28", decision=granted,
                           decided="2026-10-27"),
        # Received Mon 2 Nov, due Mon 16 Nov; refusal approved Thu 5 Nov: 3 working days.
        "r4": make_request(a, utc("2026-11-02"), "2026-11-16", status=done, decision=refused, decided="2026-11-04",
                           approved="2026-11-05", basis="UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4"),
        # Refusal approved Fri 6 Nov: 4 working days.
        "r5": make_request(a, utc("2026-11-02"), "2026-11-16", status=done, decision=refused, decided="2026-11-06",
                           approved="2026-11-06", basis="Pasal 17 huruf b dan huruf h UU 14/2008"),
        # Refusal proposed, not yet approved: no notice; due Mon 23 Nov, so overdue today.
        "r6": make_request(a, utc("2026-11-09"), "2026-11-23", status=open_, decision=refused,
                           decided="2026-11-20", basis="Pasal 17 huruf c"),
        # Open, due today: not overdue yet.
        "r7": make_request(a, utc("2026-11-16"), "2026-11-30", status=open_),
        # Open, due Mon 16 Nov: overdue.
        "r8": make_request(a, utc("2026-11-02"), "2026-11-16"),
        # Received Mon 12 Oct, due Mon 26 Oct; refused under another law only, approved on the last day: 10 days.
        "r9": make_request(a, utc("2026-10-12"), "2026-10-26", status=done, decision=refused, decided="2026-10-26",
                           approved="2026-10-26", basis="UU 27/2022 tentang Pelindungan Data Pribadi Pasal 4 huruf a"),
        # Unit B: noticed Tue 6 Oct, 1 working day.
        "r10": make_request(b, utc("2026-10-05"), "2026-10-19", status=done, decision=granted, decided="2026-10-06"),
        # Received in 2025: not in the 2026 figures.
        "r11": make_request(a, utc("2025-12-01"), "2025-12-15", status=done, decision=granted, decided="2025-12-02"),
        # 31 Dec 2025 17.30 UTC is 1 Jan 2026 00.30 WIB: a 2026 request; closed as incomplete.
        "r12": make_request(a, utc("2025-12-31", 17, 30), "2026-01-15", status=RequestStatus.CLOSED_INCOMPLETE),
    }
    keberatan = {
        "k1": make_keberatan(r["r4"], "2026-11-10"),
        "k2": make_keberatan(r["r5"], "2026-11-12", Outcome.DIKUATKAN),
        "k3": make_keberatan(r["r2"], "2026-10-26", Outcome.DIBATALKAN),
        "k4": make_keberatan(r["r11"], "2025-12-10", Outcome.DIKUATKAN),  # 2025: not counted
    }
    for k, stage, filed in ((keberatan["k3"], Stage.MEDIASI, date(2026, 11, 20)),
                            (keberatan["k2"], Stage.REGISTRASI, date(2026, 11, 25)),
                            (keberatan["k4"], Stage.PUTUSAN, date(2025, 12, 20))):
        db.session.add(Sengketa(keberatan=k, commission="Komisi Informasi Provinsi Jawa Timur", filed_on=filed,
                                stage=stage))
    db.session.commit()
    entries = {
        "profil": factories.make_entry(utama, title="Profil Dinas Sosial", legal_item="berkala:a"),
        "akses_1": factories.make_entry(a, title="Ringkasan akses semester I", legal_item="berkala:e"),
        "akses_2": factories.make_entry(utama, title="Ringkasan akses semester II", legal_item="berkala:e"),
        "berita": factories.make_entry(utama, title="Berita kegiatan"),  # berkala, no mandatory item
        "dip": factories.make_entry(utama, category="setiap_saat", title="Daftar Informasi Publik 2026",
                                    legal_item="setiap_saat:a"),
        "semua": factories.make_entry(utama, category="setiap_saat", title="Kumpulan informasi berkala",
                                      legal_item="setiap_saat:p"),
        # Neither a draft nor a retired entry fulfils an item or counts as berkala.
        "draf": factories.make_entry(utama, title="Kinerja (draf)", legal_item="berkala:c", status=EntryStatus.DRAFT),
        "ditarik": factories.make_entry(utama, title="Keuangan lama", legal_item="berkala:d"),
    }
    dip.retire(entries["ditarik"], actor=None, now=utc("2026-11-02"))
    # Six months before Mon 30 Nov 2026 is Sat 30 May 2026: last updated before that day is stale.
    set_dates(entries["profil"], updated=utc("2026-05-29", 16, 30), published=utc("2026-01-10"))  # 29 May 23.30 WIB
    set_dates(entries["akses_1"], updated=utc("2026-02-01"), published=utc("2026-05-29", 17, 30))  # 30 May 00.30 WIB
    set_dates(entries["akses_2"], updated=utc("2026-11-01"), published=utc("2026-07-01"))
    set_dates(entries["berita"], updated=utc("2025-12-01"), published=utc("2025-12-01"))
    set_dates(entries["draf"], updated=utc("2025-01-01"), published=utc("2025-01-01"))
    return {"units": {"utama": utama, "a": a, "b": b}, "requests": r, "keberatan": keberatan, "entries": entries}
