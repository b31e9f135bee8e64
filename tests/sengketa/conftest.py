"""Fixtures for sengketa: a request of UPT Jember with its letters, and keberatan rows made directly.

Keberatan are built with the model (the keberatan services are another package's), with a "created" audit
event and their two letters, as the keberatan workflow leaves them.
"""
from __future__ import annotations

import itertools
from datetime import date
from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.documents.services import blob_store
from kip_portal.extensions import db
from kip_portal.inforequests import decisions
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from tests import factories

# Mon 2 Feb 2026, 09.00 WIB; the written notice on Thu 5 Feb 2026.
RECEIVED_AT = datetime(2026, 2, 2, 2, 0, tzinfo=timezone.utc)
DECIDED_AT = datetime(2026, 2, 5, 3, 0, tzinfo=timezone.utc)
# The keberatan: filed Wed 18 Feb 2026, answered Tue 3 Mar 2026 at 10.00 WIB.
KEBERATAN_FILED_AT = datetime(2026, 2, 18, 3, 0, tzinfo=timezone.utc)
ANSWERED_AT = datetime(2026, 3, 3, 3, 0, tzinfo=timezone.utc)
_sequence = itertools.count(1)


def utc(year: int, month: int, day: int, hour: int = 3) -> datetime:
    return datetime(year, month, day, hour, tzinfo=timezone.utc)


def _letter(kind: LetterKind, keberatan: Keberatan, issued_at: datetime, text: str) -> Letter:
    sequence = 1 + (db.session.scalar(sa.select(sa.func.max(Letter.sequence)).where(Letter.year == issued_at.year))
                    or 0)
    letter = Letter(kind=kind, year=issued_at.year, sequence=sequence,
                    number=f"{sequence:03d}/KB/PPID/{issued_at.year}",
                    info_request_id=keberatan.info_request_id, keberatan_id=keberatan.id, issued_at=issued_at,
                    sha256=blob_store().save(factories.pdf_bytes(text)))
    db.session.add(letter)
    record_event(actor=None, action=AuditAction.CREATED, obj=letter, now=issued_at,
                 after={"number": letter.number, "kind": kind})
    db.session.commit()
    return letter


def make_keberatan(info_request, *, filed_at: datetime = KEBERATAN_FILED_AT, due_date: date = date(2026, 4, 7),
                   answered_at: datetime | None = None, with_letters: bool = True, **fields) -> Keberatan:
    """A keberatan on ground a; answered (upheld) when ``answered_at`` is given."""
    n = next(_sequence)
    keberatan = Keberatan(
        year=filed_at.year, sequence=n, number=f"{n:03d}/KEB/PPID/{filed_at.year}", info_request=info_request,
        grounds="a", case="Permohonan saya ditolak tanpa uji konsekuensi yang jelas.", channel=Channel.WEB,
        filed_at=filed_at, window_start=date(2026, 2, 5), window_end=date(2026, 3, 20), due_date=due_date, **fields)
    if answered_at is not None:
        keberatan.outcome, keberatan.reasons = Outcome.DIKUATKAN, "Informasi dikecualikan menurut Pasal 17 huruf h."
        keberatan.answer_number, keberatan.answered_at = f"{n:03d}/TK/PPID/{filed_at.year}", answered_at
        keberatan.atasan_name, keberatan.atasan_position = "Drs. Budi Santoso", "Sekretaris Dinas"
    db.session.add(keberatan)
    record_event(actor=None, action=AuditAction.CREATED, obj=keberatan, now=filed_at,
                 after={"number": keberatan.number})
    db.session.commit()
    if with_letters:
        _letter(LetterKind.KEBERATAN_RECEIPT, keberatan, filed_at, "Pernyataan keberatan")
        if answered_at is not None:
            _letter(LetterKind.KEBERATAN_ANSWER, keberatan, answered_at, "Tanggapan atasan")
    return keberatan


@pytest.fixture
def info_request(units, body):
    """A request of UPT Jember with its receipt and a written notice ("not held")."""
    submitted = requests.submit(RequestData.from_mapping(body), channel=Channel.WEB, received_at=RECEIVED_AT,
                                actor=None, now=RECEIVED_AT)
    decisions.decide(submitted.info_request, decisions.DecisionData(decision="tidak_dikuasai",
                                                                    other_body="Dinas Kesehatan Provinsi"),
                     actor=None, now=DECIDED_AT)
    return submitted.info_request


@pytest.fixture
def keberatan(info_request):
    return make_keberatan(info_request, answered_at=ANSWERED_AT)


@pytest.fixture
def people(units):
    return {
        "ppid": factories.make_user(Role.PPID, unit=units["jember"]),
        "ppid_utama": factories.make_user(Role.PPID, unit=units["utama"]),
        "ppid_batu": factories.make_user(Role.PPID, unit=units["batu"]),
        "admin": factories.make_user(Role.ADMIN),
        "atasan": factories.make_user(Role.ATASAN, unit=units["utama"]),
        "auditor": factories.make_user(Role.AUDITOR),
    }


@pytest.fixture
def today(monkeypatch):
    """Freeze the views' clock: Mon 13 Apr 2026, 10.00 WIB."""
    from kip_portal.core import clock

    moment = utc(2026, 4, 13)
    monkeypatch.setattr(clock, "now", lambda: moment)
    return moment
