"""The Atasan PPID's answer (UU 14/2008 Pasal 36 ayat 2–3; Perki 1/2021 Pasal 44): only the atasan, once, with
written reasons, a numbered and dated letter; overturning a refusal sends the request back to the PPID."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.extensions import db
from kip_portal.inforequests.models import RequestStatus
from kip_portal.keberatan import services
from kip_portal.keberatan.models import Outcome
from kip_portal.letters import services as letters
from kip_portal.letters.models import LetterKind
from kip_portal.mail.models import OutboxMail
from tests import factories
from tests.keberatan.conftest import SK_NUMBER
from tests.keberatan.conftest import at

REASONS = ("Daftar penerima memuat nomor rekening dan alamat rumah; membukanya mengungkap rahasia pribadi "
           "penerima bantuan (Pasal 17 huruf h).")


@pytest.fixture
def refused_keberatan(make_request, refuse, lodge):
    """Request received Mon 2 Nov 2026, refused Wed 4 Nov; keberatan filed Mon 16 Nov (answer due 30 Dec)."""
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    return lodge(info_request, date(2026, 11, 16), grounds=("a",))


def answer_letter(keberatan):
    return next(letter for letter in keberatan.info_request.letters
                if letter.keberatan_id == keberatan.id and letter.kind == LetterKind.KEBERATAN_ANSWER)


def test_upholding_issues_a_numbered_letter_with_the_reasons_and_the_sk_pengecualian(refused_keberatan, people):
    keberatan = services.respond(refused_keberatan, outcome="dikuatkan", reasons=REASONS, actor=people["atasan"],
                                 now=at(date(2026, 11, 25)))
    # Letters this year: the request's receipt, the SK penolakan, the notice, the keberatan's receipt, this one.
    assert keberatan.answer_number == "005/TAK/PPID/XI/2026"
    assert keberatan.outcome == Outcome.DIKUATKAN and services.status_of(keberatan) == "answered"
    assert keberatan.atasan_name == "Dr. Hadi Santoso"
    assert keberatan.atasan_position == "Atasan PPID Dinas Sosial Provinsi Jawa Timur"
    letter = answer_letter(keberatan)
    assert letter.number == keberatan.answer_number

    text = factories.pdf_text(letters.pdf_bytes(letter))
    for part in ("005/TAK/PPID/XI/2026", "25 November 2026", "Tanggapan atas Keberatan Nomor 001/KEB/PPID/XI/2026",
                 keberatan.info_request.register_number, "Menguatkan keputusan PPID", "nomor rekening dan alamat rumah",
                 "Ditolak", f"Nomor {SK_NUMBER}", "Pasal 17 huruf h angka 4", "Komisi Informasi",
                 "14 (empat belas) hari kerja", "Dr. Hadi Santoso"):
        assert part in text, part
    # The request stays refused; the requester gets the answer by mail.
    assert keberatan.info_request.status == RequestStatus.DECIDED
    mail = db.session.scalar(sa.select(OutboxMail).where(OutboxMail.subject.contains("005/TAK") |
                                                          OutboxMail.body.contains("005/TAK/PPID/XI/2026")))
    assert mail is not None and mail.recipient == "siti@contoh.id"


def test_overturning_a_refusal_sends_the_request_back_to_the_ppid(refused_keberatan, people):
    info_request = refused_keberatan.info_request
    services.respond(refused_keberatan, outcome="dibatalkan", reasons="Nama penerima bantuan bukan rahasia pribadi.",
                     actor=people["atasan"], now=at(date(2026, 11, 25)))
    db.session.expire_all()
    assert info_request.status == RequestStatus.IN_PROCESS
    assert info_request.decision is None and info_request.refusal_approved_at is None
    assert info_request.notified_at is None
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.object_type == "info_requests",
                                                          AuditEvent.action == "reopened_by_keberatan"))
    assert event is not None and "001/KEB/PPID/XI/2026" in event.after
    officer_mail = db.session.scalar(sa.select(OutboxMail).where(OutboxMail.recipient == people["officer"].email,
                                                                 OutboxMail.subject.contains("dikabulkan")))
    assert officer_mail is not None and info_request.register_number in officer_mail.subject
    text = factories.pdf_text(letters.pdf_bytes(answer_letter(refused_keberatan)))
    assert "Membatalkan keputusan PPID" in text and "dikembalikan kepada PPID" in text


def test_only_the_atasan_answers_and_only_once(refused_keberatan, people):
    for who in ("officer", "admin", "auditor"):
        with pytest.raises(NotAllowed):
            services.respond(refused_keberatan, outcome="dikuatkan", reasons=REASONS, actor=people[who],
                             now=at(date(2026, 11, 25)))
    with pytest.raises(DomainError) as no_reasons:
        services.respond(refused_keberatan, outcome="dikuatkan", reasons=" ", actor=people["atasan"],
                         now=at(date(2026, 11, 25)))
    assert "reasons" in no_reasons.value.fields
    with pytest.raises(DomainError) as no_outcome:
        services.respond(refused_keberatan, outcome="ditolak", reasons=REASONS, actor=people["atasan"],
                         now=at(date(2026, 11, 25)))
    assert "outcome" in no_outcome.value.fields
    assert refused_keberatan.is_open
    services.respond(refused_keberatan, outcome="dikuatkan", reasons=REASONS, actor=people["atasan"],
                     now=at(date(2026, 11, 25)))
    with pytest.raises(Conflict):
        services.respond(refused_keberatan, outcome="dibatalkan", reasons=REASONS, actor=people["atasan"],
                         now=at(date(2026, 11, 26)))


def test_the_requesters_reaction_is_recorded_after_the_answer(refused_keberatan, people):
    with pytest.raises(Conflict):
        services.record_reaction(refused_keberatan, reaction="Menerima", actor=people["officer"],
                                 now=at(date(2026, 11, 20)))
    services.respond(refused_keberatan, outcome="dikuatkan", reasons=REASONS, actor=people["atasan"],
                     now=at(date(2026, 11, 25)))
    with pytest.raises(NotAllowed):
        services.record_reaction(refused_keberatan, reaction="Menerima", actor=people["auditor"],
                                 now=at(date(2026, 11, 27)))
    services.record_reaction(refused_keberatan, reaction="Tidak menerima; akan ke Komisi Informasi",
                             actor=people["officer"], now=at(date(2026, 11, 27)))
    assert refused_keberatan.requester_reaction == "Tidak menerima; akan ke Komisi Informasi"
    assert refused_keberatan.reaction_at == at(date(2026, 11, 27))
