"""Command-line tasks (``flask --app wsgi COMMAND``); each is a thin call into a service."""
from __future__ import annotations

import sys
from pathlib import Path

import click
import sqlalchemy as sa
from flask import Flask
from flask import current_app
from flask_migrate import upgrade

from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.core import clock
from kip_portal.core.exceptions import DomainError
from kip_portal.dip import queries
from kip_portal.dip import transfer
from kip_portal.extensions import db
from kip_portal.search.sync import deferred
from kip_portal.units.models import Unit
from kip_portal.units.services import get_by_code


def _fail(message: str) -> None:
    click.secho(message, fg="red", err=True)
    sys.exit(1)


@click.command("init-db")
def init_db() -> None:
    """Create or upgrade the database schema (Alembic migrations); safe to run again."""
    upgrade()
    click.echo("Skema basis data mutakhir.")


@click.command("seed-demo")
def seed_demo() -> None:
    """Load the demo organisation, users and DIP with documents; running it again changes nothing."""
    from kip_portal.demo import seed

    with deferred():
        report = seed.load_demo(now=clock.now(), progress=lambda rows: click.progressbar(
            rows, label="Memuat entri DIP demo", show_pos=True))
    click.echo(f"Unit: {report.units_created} baru. Pengguna: {report.users_created} baru. "
               f"Entri DIP: {report.entries.count('created')} baru, {report.entries.count('updated')} diperbarui, "
               f"{report.entries.count('unchanged')} tetap. Permohonan demo: {report.requests_created} baru, "
               f"keberatan: {report.keberatan_created}, sengketa: {report.sengketa_created}.")
    for row in report.entries.rejected:
        click.secho(f"  baris {row.line}: {row.reason}", fg="red", err=True)
    if report.entries.rejected:
        sys.exit(1)


@click.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--unit", "unit_code", help="Unit code (required for role ppid).")
@click.option("--name", help="Display name (default: the part of the email before @).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_user(email: str, role: str, unit_code: str | None, name: str | None, password_stdin: bool) -> None:
    """Create a staff account; the password comes from a prompt or standard input."""
    unit = None
    if unit_code:
        unit = get_by_code(unit_code) or _fail(f"Unit {unit_code} tidak ada.")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Kata sandi", hide_input=True, confirmation_prompt=True)
    try:
        user = auth.create_user(email=email, name=name or email.split("@")[0], password=password, role=Role(role),
                                unit=unit, actor=None, now=clock.now())
    except DomainError as error:
        _fail(error.message)
    click.echo(f"Akun {user.email} ({user.role.label}) dibuat.")


@click.command("api-token")
@click.argument("email")
def api_token(email: str) -> None:
    """Print a new API token for EMAIL; the previous token stops working."""
    user = auth.get_by_email(email) or _fail(f"Akun {email} tidak ada.")
    click.echo(auth.issue_api_token(user, actor=None, now=clock.now()))


@click.command("import-dip")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_dip(path: Path) -> None:
    """Import DIP entries from a CSV or JSON Lines file; importing it again creates no duplicates."""
    try:
        with deferred():
            report = transfer.import_file(
                path, actor=None, now=clock.now(), max_bytes=current_app.config["MAX_CONTENT_LENGTH"],
                progress=lambda rows: click.progressbar(rows, label=f"Mengimpor {path.name}", show_pos=True),
            )
    except DomainError as error:
        _fail(error.message)
    click.echo(f"{report.count('created')} baru, {report.count('updated')} diperbarui, "
               f"{report.count('unchanged')} tetap, {len(report.rejected)} ditolak.")
    for row in report.rejected:
        click.secho(f"  baris {row.line} ditolak: {row.reason}", fg="yellow", err=True)


@click.command("export-dip")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def export_dip(path: Path) -> None:
    """Write every published DIP entry to PATH (.csv or .jsonl) in the import format."""
    entries = db.session.scalars(queries.published()).all()
    try:
        count = transfer.export_file(list(entries), path)
    except DomainError as error:
        _fail(error.message)
    click.echo(f"{count} entri ditulis ke {path}.")


@click.command("reindex")
@click.option("--procs", default=1, show_default=True, help="Writer processes (2 uses both cores).")
def reindex(procs: int) -> None:
    """Rebuild the search index from the database."""
    from kip_portal.search import services as search

    count = search.rebuild(procs=procs, progress=lambda entries: click.progressbar(
        entries, length=search.count_published(db.session), label="Mengindeks entri DIP", show_pos=True))
    click.echo(f"{count} entri terbit diindeks.")


@click.command("extract-text")
@click.option("--all", "redo_all", is_flag=True, help="Extract every document again, not only those waiting.")
@click.option("--retry-failed", is_flag=True, help="Also retry documents whose extraction failed.")
def extract_text(redo_all: bool, retry_failed: bool) -> None:
    """Extract document text that is still missing (OCR of scans included); safe to run from cron."""
    from kip_portal.documents import text_jobs
    from kip_portal.documents.models import ExtractionStatus

    statuses = {ExtractionStatus.PENDING, ExtractionStatus.OCR_PENDING}
    if retry_failed or redo_all:
        statuses.add(ExtractionStatus.FAILED)
    if redo_all:
        statuses.add(ExtractionStatus.OK)
    ids = text_jobs.waiting(statuses=tuple(statuses))
    failed = 0
    with click.progressbar(ids, label="Mengekstrak teks dokumen", show_pos=True) as bar:
        for document_id in bar:
            document = text_jobs.process(document_id)
            failed += document.extraction_status == ExtractionStatus.FAILED
    click.echo(f"{len(ids)} dokumen diproses, {failed} gagal.")


@click.command("send-mail")
def send_mail() -> None:
    """Send the queued mail that is due (for cron); mail that fails stays queued for a later run."""
    from kip_portal.mail import services as mail

    report = mail.send_pending(now=clock.now())
    click.echo(f"{report.sent} surel terkirim, {report.failed} gagal (dicoba lagi nanti), "
               f"{report.waiting} menunggu.")


@click.command("send-reminders")
def send_reminders() -> None:
    """Issue receipts left undone, queue due-soon and overdue reminders, close requests left incomplete, send
    the outbox (for cron)."""
    from kip_portal.core.dates import local_date
    from kip_portal.exemptions import services as exemptions
    from kip_portal.inforequests import completeness
    from kip_portal.inforequests import notifications
    from kip_portal.inforequests import queries
    from kip_portal.inforequests.services import issue_missing_receipts
    from kip_portal.keberatan.notifications import queue_keberatan_reminders
    from kip_portal.mail import services as mail
    from kip_portal.reports import publishing as annual_reports
    from kip_portal.workdays import services as workdays

    now = clock.now()
    today = local_date(now)
    receipts = issue_missing_receipts(now=now)
    open_requests = db.session.scalars(queries.queue(
        list(db.session.scalars(sa.select(Unit.id))), status="open")).all()
    queued = notifications.queue_reminders(open_requests, today=today, now=now,
                                           calendar=workdays.calendar_around(today))
    closed = completeness.close_uncompleted(today=today, now=now)
    opened, alerts = exemptions.expire_and_alert(today=today, now=now)
    report_reminders = annual_reports.queue_report_reminder(today=today, now=now)
    keberatan_reminders = queue_keberatan_reminders(today=today, calendar=workdays.calendar_around(today), now=now)
    report = mail.send_pending(now=now)
    click.echo(f"{receipts} tanda bukti yang tertunda diterbitkan (Perki 1/2021 Pasal 29).")
    click.echo(f"{closed} permohonan tidak lengkap ditutup; {queued} pengingat baru; {report.sent} surel terkirim, "
               f"{report.failed} gagal, {report.waiting} menunggu.")
    click.echo(f"{opened} pengecualian berakhir dan informasinya dibuka; {alerts} peringatan masa pengecualian baru.")
    click.echo(f"{report_reminders} pengingat laporan tahunan baru (Perki 1/2021 Pasal 56).")
    click.echo(f"{keberatan_reminders} pengingat keberatan baru untuk Atasan PPID (UU 14/2008 Pasal 36 ayat 2).")


@click.command("expire-exemptions")
def expire_exemptions() -> None:
    """Open exemptions whose period has ended and warn the PPID 30 days ahead (Perki 1/2021 Pasal 52; for cron)."""
    from kip_portal.core.dates import local_date
    from kip_portal.exemptions import services as exemptions

    now = clock.now()
    opened, alerts = exemptions.expire_and_alert(today=local_date(now), now=now)
    click.echo(f"{opened} uji konsekuensi berakhir dan informasinya dibuka; {alerts} peringatan baru "
               "(berakhir dalam 30 hari) dimasukkan ke antrean surel.")


@click.command("verify-audit")
def verify_audit() -> None:
    """Check the audit trail's hash chain; exit 1 naming the first broken event."""
    from kip_portal.core.audit import verify_chain

    result = verify_chain()
    if not result.ok:
        _fail(result.message)
    click.echo(result.message)


def _bar(items, length: int | None, label: str):
    return click.progressbar(items, length=length, label=label, show_pos=True)


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup(path: Path) -> None:
    """Write a consistent backup archive (database, documents, instance config) to PATH, readable by its owner only."""
    from kip_portal.backup import dump

    try:
        report = dump.create(path, now=clock.now(), progress=_bar)
    except DomainError as error:
        _fail(error.message)
    for digest in report.missing_blobs:
        click.secho(f"  dokumen {digest} tercatat di basis data tetapi tidak ada di DOCUMENTS_DIR", fg="yellow",
                    err=True)
    for digest in report.damaged_blobs:
        click.secho(f"  dokumen {digest} rusak (isinya tidak cocok dengan namanya); tidak disertakan", fg="red",
                    err=True)
    config = ", ".join(f"instance/{name}" for name in report.config_files) or "tidak ada"
    click.echo(f"Cadangan ditulis ke {report.path} ({report.size / 1024 / 1024:.1f} MB, mode 0600): "
               f"{sum(report.rows.values())} baris dari {len(report.rows)} tabel, {report.documents} dokumen; "
               f"konfigurasi: {config}. Arsip memuat data pribadi dan kunci rahasia: simpan dengan aman.")
    click.echo("Kunci enkripsi (ENCRYPTION_KEYS) tidak ikut dalam arsip: simpan salinannya terpisah dari cadangan; "
               "pemulihan memerlukannya.")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def restore(path: Path) -> None:
    """Bring this fresh (empty) instance back from a backup archive, then rebuild the search index."""
    from kip_portal.backup import load

    try:
        report = load.restore(path, progress=_bar)
    except DomainError as error:
        _fail(error.message)
    click.echo(f"Dipulihkan dari {path}: {sum(report.rows.values())} baris dari {len(report.rows)} tabel, "
               f"{report.documents} dokumen; {report.indexed} entri terbit diindeks.")
    for line in report.config:
        click.echo(f"  {line}")
    click.echo(report.audit.message)
    for warning in report.warnings:
        click.secho(warning, fg="yellow", err=True)
    if not report.audit.ok:
        sys.exit(1)
    click.echo("Mulai ulang portal (web dan cron) agar memakai data dan konfigurasi yang dipulihkan.")


@click.command("rotate-encryption-key")
def rotate_encryption_key() -> None:
    """Re-encrypt NIK, address, phone and identity files with the first of ENCRYPTION_KEYS; safe to run again."""
    from kip_portal.crypto import rotation
    from kip_portal.crypto.keys import DecryptionError

    try:
        report = rotation.rotate(now=clock.now(), progress=_bar)
    except DecryptionError as error:
        _fail(str(error))
    click.echo(f"{report.values_rotated} dari {report.values} nilai terenkripsi dan {report.files_rotated} dari "
               f"{report.files} berkas identitas dienkripsi ulang dengan kunci pertama ({report.keys} kunci terpasang)."
               " Kunci lama boleh dihapus dari ENCRYPTION_KEYS setelah portal dimulai ulang.")


def init_app(app: Flask) -> None:
    for command in (init_db, seed_demo, create_user, api_token, import_dip, export_dip, reindex, extract_text,
                    send_mail, send_reminders, verify_audit, expire_exemptions,
                    backup, restore, rotate_encryption_key):
        app.cli.add_command(command)


