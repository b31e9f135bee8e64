"""The annual report as a document: its narrative, its PDF, its publication in the DIP, and the reminder.

Perki 1/2021 Pasal 56–58: the report is prepared within 3 months after the budget year, is information
available at any time (setiap saat), and its summary is part of the berkala information (Pasal 15 ayat 5).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.dip import services as dip
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InfoFormat
from kip_portal.dip.models import InformationEntry
from kip_portal.documents import services as documents
from kip_portal.extensions import db
from kip_portal.i18n import DEFAULT as INDONESIAN
from kip_portal.i18n import N_
from kip_portal.i18n import render_official
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Ground
from kip_portal.keberatan.models import Outcome
from kip_portal.letters.render import html_to_pdf
from kip_portal.letters.services import CHANNEL_LABELS
from kip_portal.letters.services import letter_place
from kip_portal.mail import services as mail
from kip_portal.reports import charts
from kip_portal.reports.models import AnnualReport
from kip_portal.reports.services import annual_figures
from kip_portal.reports.services import due_date
from kip_portal.reports.services import requests_of
from kip_portal.reports.services import service_times
from kip_portal.sengketa.models import DisputeOutcome
from kip_portal.sengketa.models import Stage
from kip_portal.units import services as units
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind

# (field, Pasal 57 letter, label): the parts of the report people write; the rest is counted.
NARRATIVE = (
    ("policy", "a", N_("Gambaran umum kebijakan pelayanan informasi publik")),
    ("facilities", "b", N_("Sarana dan prasarana pelayanan informasi publik")),
    ("staffing", "b", N_("Sumber daya manusia pelayanan informasi publik dan kualifikasinya")),
    ("budget", "b", N_("Anggaran pelayanan informasi publik dan laporan penggunaannya")),
    ("obstacles_internal", "e", N_("Kendala internal")),
    ("obstacles_external", "e", N_("Kendala eksternal")),
    ("recommendations", "f", N_("Rekomendasi dan rencana tindak lanjut")),
)
REPORT_ITEM = "setiap_saat:j"  # Perki 1/2021 Pasal 21 ayat 1 huruf j: kegiatan pelayanan informasi publik
SUMMARY_ITEM = "berkala:e"  # Perki 1/2021 Pasal 14 ayat 2 huruf e; Pasal 15 ayat 5


def can_manage(user) -> bool:
    """Writing and publishing the body's report is for the administrator and the PPID Utama's officers."""
    return bool(getattr(user, "is_authenticated", False)) and (
        user.role == Role.ADMIN or user.acts_for_all_units)


def get_report(year: int) -> AnnualReport | None:
    return db.session.scalar(sa.select(AnnualReport).where(AnnualReport.year == year))


def labels() -> dict[str, dict[str, str]]:
    """Indonesian names for the keys of the figures, for the PDF; the pages show them with ``_(label)``."""
    return {
        "decisions": {d.value: d.label for d in Decision},
        "channels": {c.value: label for c, label in CHANNEL_LABELS.items()},
        "grounds": {g.value: g.label for g in Ground},
        "objection_outcomes": {o.value: o.label for o in Outcome} | {"open": N_("Belum ditanggapi")},
        "stages": {s.value: s.label for s in Stage},
        "dispute_outcomes": {o.value: o.label for o in DisputeOutcome} | {"open": N_("Belum selesai")},
    }


def basis_label(key: str) -> str:
    """A refusal basis in the access summary stored in the DIP, always Indonesian (pages translate their own)."""
    return f"Pasal 17 huruf {key[2:]} UU 14/2008" if key.startswith("17") else "dasar hukum lain (bukan Pasal 17)"


def _narrative(report: AnnualReport) -> dict[str, str]:
    return {name: getattr(report, name) or "" for name, _, _ in NARRATIVE}


def save_narrative(year: int, values: dict[str, str], *, actor, now: datetime) -> AnnualReport:
    """Store the written parts (Pasal 57 a, b, e, f) of ``year``'s report; a published report keeps its PDF
    until it is published again."""
    report = get_report(year)
    created = report is None
    if created:
        report = AnnualReport(year=year)
        db.session.add(report)
    before = None if created else _narrative(report)
    for name, _, _ in NARRATIVE:
        setattr(report, name, (values.get(name) or "").strip())
    record_event(actor=actor, action=AuditAction.CREATED if created else AuditAction.UPDATED, obj=report, now=now,
                 before=before, after=_narrative(report))
    db.session.commit()
    return report


@dataclass(frozen=True)
class YearStatus:
    """Where one year's report stands against its deadline of 31 March of the next year (Pasal 56)."""

    year: int
    report: AnnualReport | None
    due: date
    state: str  # berjalan, belum, terlambat, terbit, terbit_terlambat

    @property
    def label(self) -> str:
        return {"berjalan": N_("Tahun berjalan"), "belum": N_("Belum terbit"), "terlambat": N_("Terlambat"),
                "terbit": N_("Terbit"), "terbit_terlambat": N_("Terbit (terlambat)")}[self.state]


def year_status(year: int, today: date, report: AnnualReport | None = None) -> YearStatus:
    due = due_date(year)
    published = report.published_at if report else None
    if published is not None:
        state = "terbit_terlambat" if local_date(published) > due else "terbit"
    elif year >= today.year:
        state = "berjalan"
    else:
        state = "terlambat" if today > due else "belum"
    return YearStatus(year, report, due, state)


def overview(today: date) -> list[YearStatus]:
    """Every year from the first request (or the last year) to this one, newest first."""
    first = db.session.scalar(sa.select(sa.func.min(InfoRequest.received_at)))
    reports = {r.year: r for r in db.session.scalars(sa.select(AnnualReport))}
    start = min([today.year - 1, *reports, *([local_date(first).year] if first else [])])
    return [year_status(year, today, reports.get(year)) for year in range(today.year, start - 1, -1)]


def report_html(year: int, *, now: datetime, figures: dict[str, Any] | None = None,
                report: AnnualReport | None = None) -> str:
    """The full report (Pasal 57 huruf a–f) as HTML for WeasyPrint; needs an app context, not a request."""
    figures = figures or annual_figures(year)
    with force_locale(INDONESIAN):  # the charts' words too: the report is an official document
        report_charts = charts.all_charts(figures)
    return render_official(
        "reports/report_print.html", year=year, figures=figures, charts=report_charts,
        report=report or get_report(year) or AnnualReport(year=year, **{n: "" for n, _, _ in NARRATIVE}),
        times=service_times(requests_of(year), year), unit_names={u.code: u.name for u in units.list_units()},
        utama=units.utama(), place=letter_place(), prepared_on=local_date(now), due=due_date(year),
        labels=labels(), narrative=NARRATIVE)


def report_pdf(year: int, *, now: datetime, figures: dict[str, Any] | None = None,
               report: AnnualReport | None = None) -> bytes:
    return html_to_pdf(report_html(year, now=now, figures=figures, report=report),
                       base_url=current_app.static_folder + "/")


def access_summary(figures: dict[str, Any]) -> str:
    """The berkala access-report summary in words (Perki 1/2021 Pasal 15 ayat 5 huruf a–d)."""
    f = figures
    lines = [f"Sepanjang tahun {f['year']} PPID {current_app.config['BODY_NAME']} menerima "
             f"{f['requests_received']} permohonan informasi publik."]
    if f["answered"]:
        lines.append(f"Waktu yang diperlukan untuk memenuhi permohonan: median {f['median_working_days']} hari kerja, "
                     f"rata-rata {f['mean_working_days']} hari kerja, paling lama {f['max_working_days']} hari kerja; "
                     f"{f['on_time']} dari {f['answered']} permohonan dijawab dalam batas waktu.")
    lines.append(f"Dikabulkan seluruhnya {f['granted_full']}, dikabulkan sebagian {f['granted_partial']}, ditolak "
                 f"{f['refused']}; informasi tidak dikuasai {f['not_held']}, belum didokumentasikan "
                 f"{f['undocumented']}; masih diproses {f['still_open']}.")
    if f["refusals_by_basis"]:
        reasons = ", ".join(f"{basis_label(k)} ({n})" for k, n in f["refusals_by_basis"].items())
        lines.append(f"Alasan penolakan: {reasons}.")
    return " ".join(lines)


def _entry_data(year: int, utama: Unit, now: datetime, *, category: Category, title: str, summary: str,
                external_id: str) -> dip.EntryData:
    return dip.EntryData(
        unit=utama, category=category, title=title, summary=summary, holder=utama.name,
        responsible=f"PPID Utama {utama.name}", produced_at=local_date(now), produced_place=letter_place(),
        formats=(InfoFormat.SOFTCOPY,), retention="Sesuai jadwal retensi arsip", year=year, external_id=external_id)


def _upsert(data: dip.EntryData, entry: InformationEntry | None, legal_item: str, *, actor,
            now: datetime) -> InformationEntry:
    """Create the entry published, or bring the existing one up to date (a republish never duplicates)."""
    if entry is None:
        entry = dip.create_entry(data, actor=actor, now=now, status=EntryStatus.PUBLISHED, commit=False)
    else:
        dip.update_entry(entry, data, actor=actor, now=now, commit=False)
        if entry.status != EntryStatus.PUBLISHED:
            dip.publish(entry, actor=actor, now=now, commit=False)
    entry.legal_item = legal_item
    return entry


def _replace_pdf(entry: InformationEntry, pdf: bytes, filename: str, *, actor, now: datetime) -> None:
    """Attach the new PDF and drop the earlier ones, so the DIP offers only the current report."""
    document, _ = documents.attach(entry, filename=filename, data=pdf, actor=actor, now=now,
                                   max_bytes=current_app.config["MAX_CONTENT_LENGTH"], commit=False)
    for old in [d for d in entry.documents if d is not document]:
        record_event(actor=actor, action=AuditAction.DOCUMENT_REMOVED, obj=entry, now=now,
                     before={"document": old.filename, "sha256": old.sha256})
        entry.documents.remove(old)


def _by_external_id(external_id: str) -> InformationEntry | None:
    return db.session.scalar(sa.select(InformationEntry).where(InformationEntry.external_id == external_id))


def publish(year: int, *, actor, now: datetime) -> AnnualReport:
    """Publish ``year``'s report: the full PDF as a setiap-saat DIP entry of the PPID Utama, and its summary
    as a berkala entry; publishing again updates both entries.

    :raises DomainError: before the budget year has ended, or without a PPID Utama unit.
    """
    if year >= local_date(now).year:
        raise DomainError(gettext("Laporan tahun %(tahun)s baru dapat diterbitkan setelah tahun anggaran %(tahun)s "
                                  "berakhir.", tahun=year))
    utama = units.utama()
    if utama is None:
        raise DomainError(gettext("Belum ada unit PPID Utama; laporan diterbitkan atas nama PPID Utama."))
    report = get_report(year) or AnnualReport(year=year, **{name: "" for name, _, _ in NARRATIVE})
    before = {"published_at": report.published_at, "entry_id": report.entry_id}
    figures = annual_figures(year)
    # Rendered before the first write, so a slow rendering never holds the database's write lock.
    pdf = report_pdf(year, now=now, figures=figures, report=report)
    db.session.add(report)
    report_id = f"laporan-layanan-informasi-publik-{year}"
    existing = (db.session.get(InformationEntry, report.entry_id) if report.entry_id else None) or \
        _by_external_id(report_id)
    full = _upsert(_entry_data(
        year, utama, now, category=Category.SETIAP_SAAT, title=f"Laporan Layanan Informasi Publik Tahun {year}",
        summary=(f"Laporan tahunan layanan informasi publik PPID {current_app.config['BODY_NAME']} tahun {year} "
                 "(Perki 1/2021 Pasal 56–57): kebijakan, pelaksanaan, rincian pelayanan permohonan, keberatan "
                 "dan sengketa, kendala, serta rekomendasi dan tindak lanjut."),
        external_id=report_id), existing, REPORT_ITEM, actor=actor, now=now)
    _replace_pdf(full, pdf, f"laporan-layanan-informasi-publik-{year}.pdf", actor=actor, now=now)
    summary_id = f"ringkasan-akses-informasi-publik-{year}"
    _upsert(_entry_data(year, utama, now, category=Category.BERKALA,
                        title=f"Ringkasan Laporan Akses Informasi Publik Tahun {year}",
                        summary=access_summary(figures), external_id=summary_id),
            _by_external_id(summary_id), SUMMARY_ITEM, actor=actor, now=now)
    report.published_at, report.entry_id = now, full.id
    record_event(actor=actor, action=AuditAction.PUBLISHED, obj=report, now=now, before=before,
                 after={"published_at": report.published_at, "entry_id": report.entry_id})
    db.session.commit()
    return report


def queue_report_reminder(*, today: date, now: datetime) -> int:
    """From 1 January to 31 March, remind the administrator and the PPID Utama's officers, at most once per
    ISO week, while last year's report is unpublished; return how many mails are new."""
    year = today.year - 1
    due = due_date(year)
    report = get_report(year)
    if today > due or (report is not None and report.published_at is not None):
        return 0
    recipients = db.session.scalars(sa.select(User).where(User.active.is_(True), sa.or_(
        User.role == Role.ADMIN, sa.and_(User.role == Role.PPID, User.unit.has(kind=UnitKind.UTAMA))))
        .order_by(User.id)).all()
    iso_year, week, _ = today.isocalendar()
    link = mail.link("reports.show", year=year)
    queued = 0
    for user in recipients:
        queued += mail.queue_reminder(
            to=user.email, subject=f"Pengingat: Laporan Layanan Informasi Publik tahun {year} belum terbit",
            body=(f"Laporan Layanan Informasi Publik tahun {year} wajib disusun paling lambat "
                  f"{due:%d-%m-%Y}, 3 bulan setelah tahun anggaran berakhir (Perki 1/2021 Pasal 56), "
                  f"dan diumumkan sebagai informasi setiap saat.\n\nLengkapi dan terbitkan: {link}\n"),
            now=now, dedupe_key=f"annual-report:{year}:{iso_year}-W{week:02d}:{user.id}")
    db.session.commit()
    return queued
