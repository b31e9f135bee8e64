"""Letters on a request: the receipt and the extension notice, their numbers, PDFs and audit trail."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.core.exceptions import DomainError
from kip_portal.extensions import db
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.validation import RequestData
from kip_portal.letters import services
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from tests import factories
from tests.conftest import VALID_NIK

# The request tests' fixtures: a PPID Utama with two UPTs, and a valid request body for UPT-JEMBER.

# Thu 27 Mar 2025, 09.00 WIB: day 10 is Tue 22 Apr 2025 (Nyepi and Lebaran skipped); extended by 7 working
# days with Labour Day skipped, Fri 2 May 2025 (both counted by hand in the request tests).
RECEIVED_AT = datetime(2025, 3, 27, 2, 0, tzinfo=timezone.utc)
EXTENDED_AT = datetime(2025, 4, 21, 3, 0, tzinfo=timezone.utc)
MASKED_NIK = "3509********0001"


@pytest.fixture
def without_automatic_letters(monkeypatch):
    """Keep submit() and extend() from issuing their letters, so each test issues exactly what it checks."""

    def apply():
        context = monkeypatch.context()
        patch = context.__enter__()
        patch.setattr(requests.letters, "issue", lambda *args, **kwargs: None)
        patch.setattr(requests.notifications, "letter_to_requester", lambda *args, **kwargs: None)
        return context

    return apply


@pytest.fixture
def info_request(units, body, without_automatic_letters):
    context = without_automatic_letters()
    try:
        return requests.submit(RequestData.from_mapping(body), channel=Channel.WEB, received_at=RECEIVED_AT,
                               actor=None, now=RECEIVED_AT).info_request
    finally:
        context.__exit__(None, None, None)


def letter_html(letter: Letter) -> str:
    return services.render_html(letter.kind, letter.info_request, number=letter.number, issued_at=letter.issued_at)


def plain(html: str) -> str:
    """The text of ``html`` without tags, each run of whitespace one space."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_receipt_shows_every_field_of_the_request(app, info_request, body):
    letter = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)
    html = letter_html(letter)

    expected = {
        "Nomor pendaftaran": info_request.register_number,
        "Tanggal diterima": "27 Maret 2025, 09.00 WIB, melalui Portal (formulir daring)",
        "Nama pemohon": "Siti Aminah",
        "Jenis pemohon": "Perorangan",
        "NIK": MASKED_NIK,
        "Alamat": body["address"],
        "Telepon / Email": "081234567890 / siti@contoh.id",
        "Pekerjaan": "Guru",
        "Rincian informasi yang dibutuhkan": body["information"],
        "Tujuan penggunaan informasi": "Penelitian skripsi",
        "Cara memperoleh informasi": "Mendapatkan salinan (softcopy)",
        "Cara mendapatkan salinan informasi": "Email",
        "Batas waktu pemberitahuan tertulis": "22 April 2025",
    }
    for label, value in expected.items():
        assert f'<th scope="row">{label}</th>' in html, label
        assert value in html, label
    assert "10 hari kerja sejak permohonan diterima, UU 14/2008 Pasal 22 ayat (7)" in html


def test_receipt_masks_the_nik(app, info_request):
    letter = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)

    assert MASKED_NIK in letter_html(letter) and VALID_NIK not in letter_html(letter)
    text = factories.pdf_text(services.pdf_bytes(letter))
    assert MASKED_NIK in text and VALID_NIK not in text


def test_receipt_states_the_requesters_rights_and_how_to_track(app, info_request):
    text = plain(letter_html(services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)))

    assert "Hak-hak Pemohon Informasi" in text
    for right in ("paling lambat 10 (sepuluh) hari kerja sejak permohonan diterima",
                  "satu kali, paling lama 7 (tujuh) hari kerja , dengan memberikan alasan secara tertulis",
                  "keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja",
                  "sengketa informasi kepada Komisi Informasi paling lambat 14 (empat belas) hari kerja"):
        assert right in text, right
    assert "Lacak Permohonan" in text


def test_letter_has_letterhead_number_place_date_and_signature(app, info_request):
    info_request.unit.address, info_request.unit.phone = "Jl. Moh. Seruji 6, Jember", "(0331) 485120"
    db.session.commit()
    letter = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)
    html = letter_html(letter)

    for part in (app.config["BODY_NAME"], app.config["BODY_ADDRESS"], info_request.unit.name,
                 "Jl. Moh. Seruji 6, Jember", "Telepon (0331) 485120", "001/TB/PPID/III/2025",
                 "Surabaya, 27 Maret 2025", "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana"):
        assert part in html, part
    assert '<link rel="stylesheet" href="css/letter.css">' in html


def test_receipt_pdf_is_stored_and_readable(app, info_request):
    letter = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)
    data = services.pdf_bytes(letter)

    assert data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == letter.sha256
    text = factories.pdf_text(data)
    assert info_request.register_number in text and "22 April 2025" in text and letter.number in text


def test_numbers_are_sequential_per_year_and_listed_on_the_request(app, info_request):
    first = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)
    second = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)
    next_year = services.issue(LetterKind.RECEIPT, info_request, actor=None,
                               now=datetime(2026, 1, 5, 2, 0, tzinfo=timezone.utc))

    assert (first.number, second.number) == ("001/TB/PPID/III/2025", "002/TB/PPID/III/2025")
    assert next_year.number == "001/TB/PPID/I/2026"
    assert info_request.letters == [first, second, next_year]


def test_a_number_taken_meanwhile_is_retried(app, info_request, monkeypatch):
    render = services.render_html

    def render_while_another_worker_takes_number_one(*args, **kwargs):
        if not db.session.scalar(sa.select(sa.func.count()).select_from(Letter)):
            with db.engine.begin() as other:
                other.execute(sa.insert(Letter).values(
                    kind=LetterKind.RECEIPT, year=2025, sequence=1, number="001/TB/PPID/III/2025",
                    info_request_id=info_request.id, issued_at=RECEIVED_AT, sha256="0" * 64))
        return render(*args, **kwargs)

    monkeypatch.setattr(services, "render_html", render_while_another_worker_takes_number_one)
    letter = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)

    assert letter.number == "002/TB/PPID/III/2025"
    assert "002/TB/PPID/III/2025" in factories.pdf_text(services.pdf_bytes(letter))


def test_number_format_is_configurable(app, info_request):
    app.config["LETTER_NUMBER_FORMAT"] = "{kind_code}-{year}-{month:02d}-{sequence:04d}"

    letter = services.issue(LetterKind.RECEIPT, info_request, actor=None, now=RECEIVED_AT)

    assert letter.number == "TB-2025-03-0001"


def test_issuing_is_audited_with_the_actor(app, info_request):
    officer = factories.make_user(unit=info_request.unit)

    letter = services.issue(LetterKind.RECEIPT, info_request, actor=officer, now=RECEIVED_AT)

    assert letter.issued_by_id == officer.id and letter.issued_at == RECEIVED_AT
    event = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.object_type == "letters",
                                                           AuditEvent.object_id == letter.id)).one()
    assert event.action == "created" and event.actor_label == officer.email
    assert letter.number in event.after and VALID_NIK not in event.after


def test_extension_letter_gives_both_deadlines_and_the_reason(app, info_request, without_automatic_letters):
    context = without_automatic_letters()
    requests.extend(info_request, reason="Dokumen berada di arsip UPT", actor=None, now=EXTENDED_AT)
    context.__exit__(None, None, None)

    letter = services.issue(LetterKind.EXTENSION, info_request, actor=None, now=EXTENDED_AT)
    html = letter_html(letter)

    assert letter.number == "001/PWP/PPID/IV/2025"
    for part in ("Batas waktu semula", "22 April 2025", "Batas waktu setelah perpanjangan", "2 Mei 2025",
                 "Alasan perpanjangan", "Dokumen berada di arsip UPT", "Tanggal permohonan", "27 Maret 2025",
                 info_request.register_number, "Pasal 22 ayat (8)", "Pasal 36", "Kepada Yth."):
        assert part in html, part
    text = factories.pdf_text(services.pdf_bytes(letter))
    assert "22 April 2025" in text and "2 Mei 2025" in text and "Dokumen berada di arsip UPT" in text


def test_no_extension_letter_before_the_request_is_extended(app, info_request):
    with pytest.raises(DomainError):
        services.issue(LetterKind.EXTENSION, info_request, actor=None, now=EXTENDED_AT)

    assert info_request.letters == []


@pytest.mark.parametrize(("nik", "masked"), [
    (VALID_NIK, MASKED_NIK),
    ("", ""),
    ("1234", "****"),
])
def test_mask_nik(nik, masked):
    assert services.mask_nik(nik) == masked
