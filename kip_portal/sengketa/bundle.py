"""The evidence bundle a Badan Publik hands the Komisi Informasi in a sengketa (Perki 1/2013 Pasal 11).

One ZIP: a summary of the request (Lampiran VI fields, personal data included: it goes to the KI and is
downloaded by staff only), every letter of the request and of the keberatan as issued, a timeline from the
audit trail, and a manifest with the SHA-256 of each file so the KI can check nothing was altered.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask import current_app

from kip_portal.core import clock
from kip_portal.core.audit import AuditEvent
from kip_portal.extensions import db
from kip_portal.i18n import render_official
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Keberatan
from kip_portal.letters import services as letters
from kip_portal.letters.models import Letter
from kip_portal.letters.render import html_to_pdf
from kip_portal.sengketa import services
from kip_portal.sengketa.models import Sengketa
from kip_portal.workdays import services as workdays

# Fixed member timestamps: the archive's layout does not depend on when it was built.
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
ACTION_LABELS = {
    "created": "Dicatat / diterbitkan",
    "updated": "Diubah",
    "extended": "Jangka waktu diperpanjang",
    "deadlines_recomputed": "Batas waktu dihitung ulang",
    "decided": "Keputusan PPID dicatat",
    "marked_incomplete": "Dinyatakan belum lengkap",
    "marked_complete": "Dinyatakan lengkap",
    "closed_incomplete": "Ditutup karena tidak dilengkapi",
    "routed": "Dialihkan ke unit lain",
    "delivered": "Informasi diberikan",
    "closed": "Ditutup",
    "refusal_proposed": "Penolakan diusulkan kepada Atasan PPID",
    "refusal_approved": "Penolakan disetujui Atasan PPID",
    "refusal_returned": "Usulan penolakan dikembalikan",
    "sengketa_recorded": "Sengketa ke Komisi Informasi dicatat",
    "sengketa_stage": "Tahap sengketa berubah",
    "sengketa_outcome": "Hasil sengketa dicatat",
}
# What the timeline repeats of an event's new state: numbers, dates and statuses, never personal data.
DETAIL_KEYS = {
    "number": "nomor", "register_number": "nomor pendaftaran", "kind": "jenis", "status": "status",
    "decision": "keputusan", "due_date": "batas waktu", "extended_due_date": "batas perpanjangan",
    "reason": "alasan", "outcome": "hasil", "answer_number": "nomor tanggapan", "commission": "komisi",
    "case_number": "nomor registrasi", "filed_on": "diajukan", "stage": "tahap", "mediation_on": "mediasi",
    "adjudication_on": "ajudikasi", "ruling_on": "putusan", "window_end": "batas pengajuan",
    "in_window": "dalam jangka waktu",
}


@dataclass(frozen=True)
class TimelineRow:
    at: datetime
    actor: str
    subject: str  # "Permohonan", "Surat" …
    number: str  # its number, printed unbroken
    action: str
    code: str
    details: str


def safe_name(text: str) -> str:
    """A letter or keberatan number as part of a file name: 001/PT/PPID/XI/2026 → 001-PT-PPID-XI-2026."""
    return re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-")


def bundle_letters(keberatan: Keberatan) -> list[Letter]:
    """The request's letters and this keberatan's, in the order they were issued (not other keberatan's)."""
    return list(db.session.scalars(
        sa.select(Letter).where(Letter.info_request_id == keberatan.info_request_id,
                                sa.or_(Letter.keberatan_id.is_(None), Letter.keberatan_id == keberatan.id))
        .order_by(Letter.issued_at, Letter.id)))


def _details(after: str | None) -> str:
    if not after:
        return ""
    try:
        state = json.loads(after)
    except ValueError:
        return ""
    if not isinstance(state, dict):
        return ""
    parts = []
    for key, label in DETAIL_KEYS.items():
        value = state.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            value = "ya" if value else "tidak"
        parts.append(f"{label}: {value}")
    return "; ".join(parts)


def timeline(keberatan: Keberatan, letter_list: list[Letter]) -> list[TimelineRow]:
    """Every audit event of the request, the keberatan, its sengketa and the bundled letters, oldest first."""
    info_request: InfoRequest = keberatan.info_request
    subjects = {
        ("info_requests", info_request.id): ("Permohonan", info_request.register_number),
        ("keberatan", keberatan.id): ("Keberatan", keberatan.number),
        **{("sengketa", s.id): ("Sengketa", s.case_number or s.commission) for s in keberatan.sengketa},
        **{("letters", letter.id): ("Surat", letter.number) for letter in letter_list},
    }
    by_type: dict[str, list[int]] = {}
    for object_type, object_id in subjects:
        by_type.setdefault(object_type, []).append(object_id)
    condition = sa.or_(*(sa.and_(AuditEvent.object_type == t, AuditEvent.object_id.in_(ids))
                         for t, ids in by_type.items()))
    events = db.session.scalars(sa.select(AuditEvent).where(condition).order_by(AuditEvent.at, AuditEvent.id))
    rows = []
    for event in events:
        subject, number = subjects[(event.object_type, event.object_id)]
        rows.append(TimelineRow(at=event.at, actor=event.actor_label, subject=subject, number=number,
                                action=ACTION_LABELS.get(event.action, event.action.replace("_", " ").capitalize()),
                                code=event.action, details=_details(event.after)))
    return rows


def _pdf(template: str, **context) -> bytes:
    html = render_official(template, body_address=current_app.config["BODY_ADDRESS"], **context)
    return html_to_pdf(html, base_url=current_app.static_folder + "/")


def members(keberatan: Keberatan, *, now: datetime | None = None) -> list[tuple[str, bytes]]:
    """The bundle's files as (name, bytes), in their fixed order: summary, letters by issue, timeline."""
    now = now or clock.now()
    info_request = keberatan.info_request
    letter_list = bundle_letters(keberatan)
    window = services.filing_window(keberatan, workdays.calendar_around(services.window_opens_on(keberatan)),
                                    day_one=workdays.day_one())
    sengketa: list[Sengketa] = list(keberatan.sengketa)
    common = {"keberatan": keberatan, "info_request": info_request, "unit": info_request.unit, "printed_at": now}
    files = [("01-permohonan.pdf", _pdf("sengketa/pdf_permohonan.html", window=window, sengketa_list=sengketa,
                                        letter_list=letter_list, **common))]
    for letter in letter_list:
        files.append((f"{len(files) + 1:02d}-{letter.kind.value}-{safe_name(letter.number)}.pdf",
                      letters.pdf_bytes(letter)))
    files.append((f"{len(files) + 1:02d}-kronologi.pdf",
                  _pdf("sengketa/pdf_kronologi.html", rows=timeline(keberatan, letter_list), **common)))
    return files


def manifest(keberatan: Keberatan, files: list[tuple[str, bytes]], *, now: datetime) -> str:
    """The list of files with their SHA-256, in ``sha256sum`` format after a short header."""
    from kip_portal.templating import tanggal

    lines = [
        f"# Berkas bukti sengketa informasi publik — {current_app.config['BODY_NAME']}",
        f"# Keberatan {keberatan.number}; permohonan {keberatan.info_request.register_number}",
        f"# Disusun {tanggal(now)}; Perki 1/2013 Pasal 11. Periksa dengan: sha256sum -c MANIFEST.txt",
        "# Memuat data pribadi pemohon: hanya untuk pemeriksaan sengketa di Komisi Informasi.",
    ]
    lines += [f"{hashlib.sha256(content).hexdigest()}  {name}" for name, content in files]
    return "\n".join(lines) + "\n"


def evidence_bundle(keberatan: Keberatan, *, now: datetime | None = None) -> bytes:
    """The ZIP for the KI: MANIFEST.txt first, then the PDFs in their numbered order."""
    now = now or clock.now()
    files = members(keberatan, now=now)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in [("MANIFEST.txt", manifest(keberatan, files, now=now).encode()), *files]:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return out.getvalue()


def bundle_filename(keberatan: Keberatan) -> str:
    return f"bukti-sengketa-{safe_name(keberatan.number)}.zip"
