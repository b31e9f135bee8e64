"""Create, change, publish and retire DIP entries; every change is one transaction with an audit event."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import fields
from datetime import date
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import DomainError
from kip_portal.dip.legal_items import BY_KEY
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InfoFormat
from kip_portal.dip.models import InformationEntry
from kip_portal.exemptions import services as exemptions
from kip_portal.extensions import db
from kip_portal.units.models import Unit


@dataclass
class EntryData:
    """The editable content of an entry, as a form or an import row gives it."""

    unit: Unit
    category: Category
    title: str
    summary: str = ""
    holder: str = ""
    responsible: str = ""
    produced_at: date | None = None
    produced_place: str = ""
    formats: tuple[InfoFormat, ...] = (InfoFormat.SOFTCOPY,)
    retention: str = ""
    year: int | None = None
    legal_basis: str = ""
    consequence_test: str = ""
    exempt_until: date | None = None
    external_id: str | None = None
    text: str = ""
    # The mandatory item the entry fulfils (legal_items.BY_KEY), and the approved uji konsekuensi of an exempt one.
    legal_item: str = ""
    consequence_test_id: int | None = None

    def validate(self) -> None:
        """:raises DomainError: naming each field that breaks a rule of the DIP."""
        problems: dict[str, str] = {}
        if not self.title.strip():
            problems["title"] = _("Judul informasi wajib diisi.")
        if self.year is not None and not 1945 <= self.year <= 2100:
            problems["year"] = _("Tahun harus antara 1945 dan 2100.")
        if self.legal_item.strip() and self.legal_item.strip() not in BY_KEY:
            problems["legal_item"] = _("Butir informasi wajib tidak dikenal: %(item)s.",
                                       item=repr(self.legal_item.strip()))
        if not self.formats:
            problems["formats"] = _("Pilih minimal satu bentuk informasi (softcopy/hardcopy).")
        if self.category == Category.DIKECUALIKAN and not self.consequence_test_id:
            # UU 14/2008 Pasal 19: no exemption without its legal basis and a consequence test (a linked test
            # from the register gives both: see link_consequence_test).
            if not self.legal_basis.strip():
                problems["legal_basis"] = _("Informasi dikecualikan wajib mencantumkan dasar hukum (Pasal 17).")
            if not self.consequence_test.strip():
                problems["consequence_test"] = _(
                    "Informasi dikecualikan wajib mencantumkan ringkasan uji konsekuensi.")
        if problems:
            raise DomainError(_("Data entri DIP belum benar: %(problems)s", problems=" ".join(problems.values())),
                              problems)

    def apply_to(self, entry: InformationEntry) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "formats":
                value = ";".join(str(v) for v in value)
            elif isinstance(value, str):
                value = value.strip()
            setattr(entry, f.name, value)
        if entry.external_id == "":
            entry.external_id = None
        if self.category != Category.DIKECUALIKAN:
            entry.legal_basis, entry.consequence_test, entry.exempt_until = "", "", None
            entry.consequence_test_id = None

    def link_consequence_test(self, *, today: date) -> None:
        """Take an exempt entry's legal basis and period from its uji konsekuensi, which must be approved, in
        force and of the entry's unit (Perki 1/2021 Pasal 49–51); other categories carry no test.

        :raises DomainError: for a test that cannot ground this entry's exemption.
        """
        if self.category != Category.DIKECUALIKAN or not self.consequence_test_id:
            self.consequence_test_id = None
            return
        test = exemptions.check_linkable(self.consequence_test_id, self.unit, today=today)
        self.legal_basis, self.exempt_until = test.legal_basis, test.exempt_until
        if not self.consequence_test.strip():
            self.consequence_test = (f"Uji konsekuensi {test.number}. Bila dibuka: {test.consequence_if_opened} "
                                     f"Bila ditutup: {test.consequence_if_closed}")


def snapshot(entry: InformationEntry) -> dict[str, Any]:
    """The audited state of an entry (the full text is left out: it can be megabytes)."""
    return {
        "unit": entry.unit.code if entry.unit else None,
        "category": entry.category,
        "status": entry.status,
        "title": entry.title,
        "summary": entry.summary,
        "holder": entry.holder,
        "responsible": entry.responsible,
        "produced_at": entry.produced_at,
        "produced_place": entry.produced_place,
        "formats": entry.formats,
        "retention": entry.retention,
        "year": entry.year,
        "legal_basis": entry.legal_basis,
        "consequence_test": entry.consequence_test,
        "exempt_until": entry.exempt_until,
        "external_id": entry.external_id,
        "legal_item": entry.legal_item,
        "consequence_test_id": entry.consequence_test_id,
    }


def _check_external_id(data: EntryData, entry: InformationEntry | None) -> None:
    if not data.external_id:
        return
    clash = db.session.scalar(sa.select(InformationEntry).where(InformationEntry.external_id == data.external_id))
    if clash is not None and clash is not entry:
        raise DomainError(
            _("ID eksternal %(id)s sudah dipakai entri lain.", id=data.external_id),
            {"external_id": _("Sudah dipakai.")},
        )


def create_entry(
    data: EntryData, *, actor, now: datetime, status: EntryStatus = EntryStatus.DRAFT, is_demo: bool = False,
    commit: bool = True,
) -> InformationEntry:
    """Create an entry, as a draft unless told otherwise."""
    data.link_consequence_test(today=local_date(now))
    data.validate()
    _check_external_id(data, None)
    entry = InformationEntry(status=EntryStatus.DRAFT, is_demo=is_demo)
    data.apply_to(entry)
    db.session.add(entry)
    record_event(actor=actor, action=AuditAction.CREATED, obj=entry, now=now, after=snapshot(entry))
    if status == EntryStatus.PUBLISHED:
        publish(entry, actor=actor, now=now, commit=False)
    if commit:
        db.session.commit()
    return entry


def update_entry(
    entry: InformationEntry, data: EntryData, *, actor, now: datetime, commit: bool = True
) -> bool:
    """Apply ``data`` to ``entry``; return whether anything changed (no event for a no-op save)."""
    data.link_consequence_test(today=local_date(now))
    data.validate()
    _check_external_id(data, entry)
    before = snapshot(entry)
    old_text = entry.text
    data.apply_to(entry)
    after = snapshot(entry)
    changed = before != after or old_text != entry.text
    if changed:
        record_event(actor=actor, action=AuditAction.UPDATED, obj=entry, now=now, before=before, after=after)
    if commit:
        db.session.commit()
    return changed


def publish(entry: InformationEntry, *, actor, now: datetime, commit: bool = True) -> None:
    """Put an entry on the public DIP (a retired entry may be published again)."""
    if entry.status == EntryStatus.PUBLISHED:
        raise DomainError(_("Entri ini sudah terbit."))
    before = entry.status
    entry.status, entry.published_at, entry.retired_at = EntryStatus.PUBLISHED, now, None
    record_event(
        actor=actor, action=AuditAction.PUBLISHED, obj=entry, now=now,
        before={"status": before}, after={"status": entry.status},
    )
    if commit:
        db.session.commit()


def retire(entry: InformationEntry, *, actor, now: datetime) -> None:
    """Take an entry off the public DIP; it stays in the database and the audit trail."""
    if entry.status != EntryStatus.PUBLISHED:
        raise DomainError(_("Hanya entri yang sudah terbit yang dapat ditarik."))
    entry.status, entry.retired_at = EntryStatus.RETIRED, now
    record_event(
        actor=actor, action=AuditAction.RETIRED, obj=entry, now=now,
        before={"status": EntryStatus.PUBLISHED}, after={"status": entry.status},
    )
    db.session.commit()
