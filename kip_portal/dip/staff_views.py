"""Staff pages of the DIP: PPID officers create, edit, publish and retire the entries of their units."""
from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint
from flask import abort
from flask import current_app
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import STAFF
from kip_portal.auth.permissions import can_manage_entries_of
from kip_portal.auth.permissions import editable_units
from kip_portal.auth.permissions import load_manageable
from kip_portal.auth.permissions import load_visible
from kip_portal.auth.permissions import require_role
from kip_portal.auth.permissions import visible_units
from kip_portal.core import clock
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.core.forms import show_domain_error
from kip_portal.core.pagination import paginate
from kip_portal.dip import services
from kip_portal.dip.forms import EntryForm
from kip_portal.dip.forms import UploadForm
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.documents import filetypes
from kip_portal.documents import services as documents
from kip_portal.documents import text_jobs
from kip_portal.documents.models import Document
from kip_portal.documents.models import ExtractionStatus
from kip_portal.exemptions import services as exemptions
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.units.models import Unit
from kip_portal.units.services import list_units

bp = Blueprint("dip_staff", __name__, url_prefix="/staf/dip")


def _visible_units() -> list[Unit]:
    return visible_units(current_user, list_units())


def _tests_for(units: list[Unit], entry: InformationEntry | None = None) -> list[ConsequenceTest]:
    """The approved tests in force an exempt entry may rest on, plus the one the entry already cites."""
    tests = exemptions.linkable_tests(units, today=local_date(clock.now()))
    linked = entry.consequence_test_id if entry is not None else None
    current = db.session.get(ConsequenceTest, linked) if linked else None
    return tests + [current] if current is not None and current not in tests else tests


@bp.get("/")
@require_role(*STAFF)
def index():
    units = _visible_units()
    query = (
        sa.select(InformationEntry).options(selectinload(InformationEntry.unit))
        .where(InformationEntry.unit_id.in_([u.id for u in units]))
        .order_by(InformationEntry.updated_at.desc(), InformationEntry.id.desc())
    )
    status = request.args.get("status")
    if status in {s.value for s in EntryStatus}:
        query = query.where(InformationEntry.status == status)
    category = Category.from_slug(request.args.get("category", ""))
    if category is not None:
        query = query.where(InformationEntry.category == category)
    unit_code = request.args.get("unit")
    if unit_code:
        query = query.where(InformationEntry.unit.has(Unit.code == unit_code))
    q = request.args.get("q", "").strip()
    if q:
        query = query.where(InformationEntry.title.ilike(f"%{q}%"))
    page = paginate(query, page=request.args.get("page", 1, type=int), per_page=current_app.config["PER_PAGE"])
    return render_template(
        "dip/staff_index.html", page=page, units=units, can_create=bool(editable_units(current_user, units)),
        filters={"status": status, "category": category, "unit": unit_code, "q": q},
    )


@bp.get("/<int:entry_id>/lihat")
@require_role(*STAFF)
def show(entry_id: int):
    """The entry as staff see it: drafts, retired entries and the documents of excluded information too."""
    entry = load_visible(InformationEntry, entry_id)
    return render_template("dip/detail.html", entry=entry, staff_view=True,
                           can_edit=can_manage_entries_of(current_user, entry.unit))


@bp.route("/baru", methods=["GET", "POST"])
@require_role(Role.PPID)
def create():
    units = editable_units(current_user, list_units())
    form = EntryForm()
    form.set_units(units, _tests_for(units))
    if form.validate_on_submit():
        try:
            entry = services.create_entry(form.to_data(units), actor=current_user, now=clock.now())
        except DomainError as error:
            show_domain_error(form, error)
        else:
            flash(_("Entri DIP disimpan sebagai draf. Lampirkan dokumen lalu terbitkan."), "success")
            return redirect(url_for("dip_staff.edit", entry_id=entry.id))
    return render_template("dip/staff_form.html", form=form, entry=None)


@bp.route("/<int:entry_id>", methods=["GET", "POST"])
@require_role(Role.PPID)
def edit(entry_id: int):
    entry = load_manageable(InformationEntry, entry_id)
    units = editable_units(current_user, list_units())
    form = EntryForm(obj=entry, unit_id=entry.unit_id, formats=[f.value for f in entry.format_list])
    form.set_units(units, _tests_for(units, entry))
    if form.validate_on_submit():
        try:
            changed = services.update_entry(entry, form.to_data(units, text=entry.text), actor=current_user,
                                            now=clock.now())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_("Perubahan disimpan.") if changed else _("Tidak ada perubahan."), "success")
            return redirect(url_for("dip_staff.edit", entry_id=entry.id))
    return render_template(
        "dip/staff_form.html", form=form, entry=entry, upload_form=UploadForm(),
        accept=filetypes.ACCEPT_ATTRIBUTE, max_size=documents.human_size(current_app.config["MAX_CONTENT_LENGTH"]),
    )


def _change_status(entry_id: int, change, done_message: str):
    """Publish or retire; CSRFProtect has already checked the one-button form's token."""
    entry = load_manageable(InformationEntry, entry_id)
    try:
        change(entry, actor=current_user, now=clock.now())
        flash(done_message, "success")
    except DomainError as error:
        flash(error.message, "error")
    return redirect(url_for("dip_staff.edit", entry_id=entry.id))


@bp.post("/<int:entry_id>/terbitkan")
@require_role(Role.PPID)
def publish(entry_id: int):
    return _change_status(entry_id, services.publish, _("Entri diterbitkan di Daftar Informasi Publik."))


@bp.post("/<int:entry_id>/tarik")
@require_role(Role.PPID)
def retire(entry_id: int):
    return _change_status(entry_id, services.retire, _("Entri ditarik dari Daftar Informasi Publik."))


@bp.post("/<int:entry_id>/dokumen")
@require_role(Role.PPID)
def upload(entry_id: int):
    entry = load_manageable(InformationEntry, entry_id)
    form = UploadForm()
    if form.validate_on_submit():
        storage = form.file.data
        try:
            document, created = documents.attach(
                entry, filename=storage.filename or "dokumen", data=storage.read(), actor=current_user,
                now=clock.now(), max_bytes=current_app.config["MAX_CONTENT_LENGTH"],
            )
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            flash(_("Dokumen dilampirkan.") if created else _("Dokumen yang sama sudah terlampir pada entri ini."),
                  "success" if created else "info")
            if document.extraction_status == ExtractionStatus.OCR_PENDING:
                flash(_("Dokumen ini hasil pindaian tanpa lapisan teks; teksnya sedang dibaca dengan OCR."), "info")
                text_jobs.start_ocr([document.id])
            elif document.extraction_status == ExtractionStatus.FAILED:
                flash(_("Teks dokumen tidak dapat diekstrak: %(error)s", error=document.extraction_error), "error")
    else:
        for errors in form.errors.values():
            for message in errors:
                flash(message, "error")
    return redirect(url_for("dip_staff.edit", entry_id=entry.id))


@bp.post("/dokumen/<int:document_id>/hapus")
@require_role(Role.PPID)
def remove_document(document_id: int):
    document = db.session.get(Document, document_id) or abort(404)
    entry = load_manageable(InformationEntry, document.entry_id)
    documents.remove(document, actor=current_user, now=clock.now())
    flash(_("Dokumen \u201c%(name)s\u201d dilepas dari entri.", name=document.filename), "success")
    return redirect(url_for("dip_staff.edit", entry_id=entry.id))
