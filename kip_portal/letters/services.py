"""Issue the PPID's letters on a request: number, render to PDF, store and audit each in one transaction."""
from __future__ import annotations

import re
from datetime import date
from datetime import datetime

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import ROMAN_MONTHS
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.documents.services import blob_store
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.i18n import render_official
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Ground
from kip_portal.letters.models import Letter
from kip_portal.letters.models import LetterKind
from kip_portal.letters.render import html_to_pdf

# The classification code of each kind in the letter number.
KIND_CODES = {
    LetterKind.RECEIPT: "TB",  # tanda bukti
    LetterKind.INCOMPLETE: "KTL",  # keterangan tidak lengkap
    LetterKind.NOTICE: "PT",  # pemberitahuan tertulis
    LetterKind.EXTENSION: "PWP",  # perpanjangan waktu pemberitahuan
    LetterKind.REFUSAL: "SKP",  # SK penolakan
    LetterKind.KEBERATAN_RECEIPT: "KEB",  # pernyataan keberatan, the requester's receipt (Lampiran X)
    LetterKind.KEBERATAN_ANSWER: "TAK",  # tanggapan atasan PPID atas keberatan (Perki 1/2021 Pasal 44)
}
# Channel has no label of its own; the receipt says how the request arrived (UU 14/2008 Pasal 22 ayat 1–6).
CHANNEL_LABELS = {
    Channel.WEB: "Portal (formulir daring)",
    Channel.LANGSUNG: "Datang langsung",
    Channel.POS: "Pos",
    Channel.EMAIL: "Email",
    Channel.TELEPON: "Telepon",
}
# How Indonesians name the portal's time zone after a printed time.
ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
NUMBERING_ATTEMPTS = 50


def letter_number(kind: LetterKind, sequence: int, issued_on: date) -> str:
    template = current_app.config["LETTER_NUMBER_FORMAT"]
    return template.format(sequence=sequence, kind_code=KIND_CODES[kind],
                           month_roman=ROMAN_MONTHS[issued_on.month - 1], month=issued_on.month,
                           year=issued_on.year)


def mask_nik(nik: str) -> str:
    """Keep the region code and the last four digits: enough to recognise, useless if a PDF is forwarded."""
    if len(nik) <= 8:
        return "*" * len(nik)
    return nik[:4] + "*" * (len(nik) - 8) + nik[-4:]


def letter_place() -> str:
    """The city printed before the date: LETTER_PLACE, else the city of BODY_ADDRESS without its postcode."""
    place = current_app.config["LETTER_PLACE"]
    if place:
        return place
    last = current_app.config["BODY_ADDRESS"].rsplit(",", 1)[-1]
    return re.sub(r"\d", "", last).strip()


def render_html(letter_kind: LetterKind, info_request: InfoRequest, *, number: str, issued_at: datetime,
                keberatan=None) -> str:
    """Render the letter's HTML (``templates/letters/<kind>.html``); needs an app context, not a request.

    A keberatan's letters also get ``keberatan`` (its grounds, kasus posisi, proxy and answer).
    """
    return render_official(
        f"letters/{letter_kind.value}.html",
        kind=letter_kind,
        info_request=info_request,
        unit=info_request.unit,
        number=number,
        issued_on=local_date(issued_at),
        received_on=local_date(info_request.received_at),
        zone_label=ZONE_LABELS.get(current_app.config["TIMEZONE"], ""),
        place=letter_place(),
        body_address=current_app.config["BODY_ADDRESS"],
        channel_label=CHANNEL_LABELS[info_request.channel],
        masked_nik=mask_nik(info_request.nik),
        keberatan=keberatan,
        ground_choices=list(Ground),
        keberatan_channel_label=CHANNEL_LABELS[keberatan.channel] if keberatan is not None else "",
        # The tanggapan on an exemption-based refusal cites the SK pengecualian (Perki 1/2021 Pasal 44).
        exemption=(db.session.get(ConsequenceTest, info_request.consequence_test_id)
                   if keberatan is not None and info_request.consequence_test_id else None),
    )


def _check_issuable(kind: LetterKind, info_request: InfoRequest) -> None:
    if kind == LetterKind.EXTENSION and info_request.extended_due_date is None:
        raise DomainError("Permohonan ini belum diperpanjang; surat perpanjangan tidak dapat dibuat.")


def draft(kind: LetterKind, info_request: InfoRequest, *, actor, now: datetime, keberatan=None) -> Letter:
    """Number and render a letter, store its PDF, and add the Letter to the session without flushing it.

    For a caller whose own change must be committed together with the letter (a keberatan and its receipt):
    it audits the letter with :func:`record`, commits, and retries from here on an IntegrityError. The number
    is printed in the letter, so the PDF is rendered per attempt; this happens before the write, so a slow
    rendering never holds the database's write lock.
    """
    issued_on = local_date(now)
    sequence = 1 + (db.session.scalar(sa.select(sa.func.max(Letter.sequence))
                                      .where(Letter.year == issued_on.year)) or 0)
    number = letter_number(kind, sequence, issued_on)
    html = render_html(kind, info_request, number=number, issued_at=now, keberatan=keberatan)
    # Stored before the commit: a lost race leaves an unreferenced blob, never a letter without its PDF.
    digest = blob_store().save(html_to_pdf(html, base_url=current_app.static_folder + "/"))
    letter = Letter(kind=kind, year=issued_on.year, sequence=sequence, number=number, info_request=info_request,
                    keberatan_id=getattr(keberatan, "id", None), issued_at=now,
                    issued_by_id=getattr(actor, "id", None), sha256=digest)
    db.session.add(letter)
    return letter


def record(letter: Letter, *, actor, now: datetime) -> None:
    """Add a drafted letter's audit event to the session; the caller commits."""
    record_event(actor=actor, action=AuditAction.CREATED, obj=letter, now=now,
                 after={"number": letter.number, "kind": letter.kind,
                        "register_number": letter.info_request.register_number, "sha256": letter.sha256}
                 | ({"keberatan_id": letter.keberatan_id} if letter.keberatan_id else {}))


def issue(kind: LetterKind, info_request: InfoRequest, *, actor, now: datetime, keberatan=None) -> Letter:
    """Number, render and store a letter on ``info_request``; the PDF is kept in the blob store.

    A keberatan's letters (receipt, answer) name ``keberatan``; they still belong to its request.

    :raises DomainError: for an extension letter on a request that was not extended.
    :raises Conflict: if no free number is found after repeated concurrent attempts.
    """
    _check_issuable(kind, info_request)
    for _ in range(NUMBERING_ATTEMPTS):
        letter = draft(kind, info_request, actor=actor, now=now, keberatan=keberatan)
        try:
            record(letter, actor=actor, now=now)
            db.session.commit()
        except IntegrityError:
            # Another letter took this number (or the audit chain moved) between our read and write.
            db.session.rollback()
            continue
        return letter
    raise Conflict("Nomor surat tidak dapat dibuat saat ini; silakan coba lagi.")


def pdf_bytes(letter: Letter) -> bytes:
    """The letter's PDF exactly as issued (the blob its sha256 names)."""
    return blob_store().path_for(letter.sha256).read_bytes()
