"""Filing a keberatan: the 30-working-day window (UU 14/2008 Pasal 36 ayat 1), its number at once, the Atasan
PPID's 30-working-day deadline (Perki 1/2021 Pasal 44), and one open keberatan per ground.

Every date below is counted by hand on the 2026 calendar of SKB 1497/2025 (regulation.md §6): in Nov–Dec 2026 only
Thu 24 Dec (cuti bersama) and Fri 25 Dec (Natal) are closed besides weekends; 1 Jan 2027 is a holiday. Day 1 is
the first working day after the ground.
"""
from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.keberatan.models import Keberatan
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from kip_portal.mail.models import OutboxMail
from tests.keberatan import workers
from tests.keberatan.conftest import at


def test_window_counts_thirty_working_days_from_the_notice_across_christmas_and_new_year(make_request, refuse,
                                                                                         lodge):
    # Notice Wed 18 Nov 2026. Days 1–25: 19 Nov … 23 Dec; 24 (cuti bersama) and 25 Dec (Natal) skipped;
    # 26–29: 28–31 Dec; 1 Jan 2027 skipped; day 30: Mon 4 Jan 2027.
    info_request, _ = make_request(date(2026, 11, 9))
    refuse(info_request, date(2026, 11, 18))
    with pytest.raises(DomainError) as refused:
        lodge(info_request, date(2027, 1, 5))
    assert refused.value.status_code == 422
    assert refused.value.message == ("Keberatan hanya dapat diajukan 18 November 2026 s.d. 4 Januari 2027 "
                                     "(30 hari kerja, UU 14/2008 Pasal 36 ayat 1).")
    assert db.session.scalars(sa.select(Keberatan)).all() == []

    keberatan = lodge(info_request, date(2027, 1, 4))
    assert (keberatan.window_start, keberatan.window_end) == (date(2026, 11, 18), date(2027, 1, 4))
    assert keberatan.number == "001/KEB/PPID/I/2027"


def test_number_at_once_and_the_atasan_has_thirty_working_days(make_request, refuse, lodge, people):
    # Notice Wed 4 Nov 2026; filed Mon 16 Nov. Atasan's deadline: days 1–27 are 17 Nov … 23 Dec, 24–25 Dec
    # skipped, days 28–30 are 28–30 Dec: Wed 30 Dec 2026.
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    keberatan = lodge(info_request, date(2026, 11, 16), grounds=("e", "a"))

    assert keberatan.number == "001/KEB/PPID/XI/2026"
    assert keberatan.grounds == "a;e"
    assert keberatan.due_date == date(2026, 12, 30)
    # Window from the notice (4 Nov): day 30 is Wed 16 Dec 2026.
    assert (keberatan.window_start, keberatan.window_end) == (date(2026, 11, 4), date(2026, 12, 16))
    receipt = [letter for letter in info_request.letters if letter.keberatan_id == keberatan.id]
    assert [(letter.kind, letter.number) for letter in receipt] == [
        (LetterKind.KEBERATAN_RECEIPT, "004/KEB/PPID/XI/2026")]  # after the receipt, the SK and the notice
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.object_type == "keberatan"))
    assert event.action == "keberatan_filed" and "Permohonan daftar" not in event.after  # no kasus posisi logged

    mails = db.session.scalars(sa.select(OutboxMail).where(OutboxMail.subject.contains("001/KEB/PPID/XI/2026"))).all()
    assert sorted(m.recipient for m in mails) == sorted(["siti@contoh.id", people["atasan"].email])
    to_requester, to_atasan = sorted(mails, key=lambda m: m.recipient != "siti@contoh.id")
    assert "30-12-2026" in to_requester.body and "keberatan-004-KEB-PPID-XI-2026.pdf" in to_requester.attachments
    assert "30-12-2026" in to_atasan.body and "Siti" not in to_atasan.body and "Mastrip" not in to_atasan.body


def test_numbers_are_sequential_per_year(make_request, refuse, lodge):
    numbers = []
    for received, notice in ((date(2026, 11, 2), date(2026, 11, 4)), (date(2026, 11, 3), date(2026, 11, 5)),
                             (date(2026, 11, 4), date(2026, 11, 6))):
        info_request, _ = make_request(received, information=f"Informasi diterima {received}")
        refuse(info_request, notice)
        numbers.append(lodge(info_request, date(2026, 11, 16)).number)
    assert numbers == ["001/KEB/PPID/XI/2026", "002/KEB/PPID/XI/2026", "003/KEB/PPID/XI/2026"]


def test_an_unanswered_request_may_be_objected_to_from_the_day_after_its_deadline(make_request, lodge):
    # Received Mon 2 Nov 2026: the notice was due Mon 16 Nov (day 10). Window: 17 Nov to day 30 after 16 Nov,
    # Wed 30 Dec 2026 (24–25 Dec skipped).
    info_request, _ = make_request(date(2026, 11, 2))
    with pytest.raises(DomainError) as early:
        lodge(info_request, date(2026, 11, 16), grounds=("c",))
    assert "Belum ada keputusan atau batas waktu yang terlampaui" in early.value.message
    assert "16 November 2026" in early.value.message

    with pytest.raises(DomainError) as late:
        lodge(info_request, date(2026, 12, 31), grounds=("c",))
    assert "17 November 2026 s.d. 30 Desember 2026" in late.value.message

    keberatan = lodge(info_request, date(2026, 11, 17), grounds=("c",))
    assert (keberatan.window_start, keberatan.window_end) == (date(2026, 11, 17), date(2026, 12, 30))


def test_the_same_ground_cannot_be_pending_twice(make_request, refuse, lodge, people):
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    first = lodge(info_request, date(2026, 11, 16), grounds=("a", "f"))
    with pytest.raises(Conflict) as twice:
        lodge(info_request, date(2026, 11, 17), grounds=("f", "g"))
    assert twice.value.status_code == 409
    assert first.number in twice.value.message and "huruf f" in twice.value.message
    # Another ground is a keberatan of its own.
    assert lodge(info_request, date(2026, 11, 17), grounds=("g",)).number == "002/KEB/PPID/XI/2026"


@pytest.mark.parametrize(("grounds", "case", "field"), [
    ((), "Kasus", "grounds"), (("h",), "Kasus", "grounds"), (("a",), "   ", "case")])
def test_grounds_and_case_are_required(make_request, refuse, lodge, grounds, case, field):
    info_request, _ = make_request(date(2026, 11, 2))
    refuse(info_request, date(2026, 11, 4))
    with pytest.raises(DomainError) as error:
        lodge(info_request, date(2026, 11, 16), grounds=grounds, case=case)
    assert field in error.value.fields
    assert db.session.scalars(sa.select(Keberatan)).all() == []


def test_simultaneous_filings_get_distinct_sequential_numbers(app, make_request, refuse):
    requests = []
    for n in range(4):
        info_request, _ = make_request(date(2026, 11, 2), information=f"Informasi nomor {n}")
        requests.append(refuse(info_request, date(2026, 11, 4)).id)
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "DOCUMENTS_DIR", "INDEX_DIR",
                                               "SECRET_KEY", "PASSWORD_HASH_METHOD")} | {"TESTING": True}
    moment = at(date(2026, 11, 16), 11).isoformat()
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        filed = pool.starmap(workers.file_many, [(config, app.instance_path, request_id, "abc", moment)
                                                 for request_id in requests])
    numbers = db.session.scalars(sa.select(Keberatan.number)).all()
    assert sorted(sum(filed, [])) == sorted(numbers)
    assert sorted(int(n.split("/")[0]) for n in numbers) == list(range(1, 13))
    letter_numbers = db.session.scalars(sa.select(Letter.number)).all()
    assert len(letter_numbers) == len(set(letter_numbers)) == 4 * 3 + 12  # receipt, SK, notice; 12 keberatan
