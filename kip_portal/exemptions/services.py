"""The register of uji konsekuensi: record, approve, link and expire exemptions (Perki 1/2021 Pasal 49–53)."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import fields
from datetime import date
from datetime import datetime
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core import clock
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.dip.models import Category
from kip_portal.dip.models import InformationEntry
from kip_portal.exemptions.models import ConsequenceTest
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.mail import services as mail
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind

ALERT_DAYS = 30  # Pasal 52: the PPID re-opens the information at the latest 30 days before the period ends.
APPROVERS = (Role.ATASAN, Role.ADMIN)


@dataclass
class ConsequenceTestData:
    """The Lampiran II lembar as a form or an import gives it."""

    unit: Unit
    number: str
    information: str
    legal_basis: str
    consequence_if_opened: str
    consequence_if_closed: str
    period: str
    tested_on: date | None
    tested_place: str
    participants: str
    exempt_until: date | None = None

    def validate(self, *, today: date) -> None:
        """:raises DomainError: naming every column of the lembar that is missing or wrong."""
        problems: dict[str, str] = {}
        required = {
            "number": _("Nomor SK penetapan pengecualian wajib diisi."),
            "information": _("Informasi yang dikecualikan wajib diisi."),
            "legal_basis": _("Dasar hukum wajib diisi (UU 14/2008 Pasal 17 dan/atau undang-undang lain)."),
            "consequence_if_opened": _("Konsekuensi bila informasi dibuka wajib diisi."),
            "consequence_if_closed": _("Konsekuensi bila informasi ditutup wajib diisi."),
            "period": _("Jangka waktu pengecualian wajib diisi (Perki 1/2021 Pasal 51)."),
            "tested_place": _("Tempat pelaksanaan uji konsekuensi wajib diisi."),
            "participants": _("Peserta wajib diisi: satu orang per baris, \u201cNama; Jabatan; Unit\u201d."),
        }
        for name, message in required.items():
            if not str(getattr(self, name) or "").strip():
                problems[name] = message
        if self.tested_on is None:
            problems["tested_on"] = _("Tanggal uji konsekuensi wajib diisi.")
        elif self.tested_on > today:
            problems["tested_on"] = _("Tanggal uji konsekuensi tidak boleh setelah hari ini.")
        if self.exempt_until is not None and self.tested_on is not None and self.exempt_until <= self.tested_on:
            problems["exempt_until"] = _("Tanggal akhir pengecualian harus setelah tanggal uji konsekuensi.")
        for number, line in enumerate((ln for ln in self.participants.splitlines() if ln.strip()), start=1):
            parts = [part.strip() for part in line.split(";")]
            if len(parts) != 3 or not all(parts):
                problems["participants"] = _("Peserta baris ke-%(n)s harus berformat \u201cNama; Jabatan; Unit\u201d.",
                                              n=number)
                break
        if problems:
            raise DomainError(_("Lembar uji konsekuensi belum lengkap: %(problems)s",
                                problems=" ".join(problems.values())), problems)

    def apply_to(self, test: ConsequenceTest) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "participants":
                value = "\n".join(line.strip() for line in value.splitlines() if line.strip())
            elif isinstance(value, str):
                value = value.strip()
            setattr(test, f.name, value)


def snapshot(test: ConsequenceTest) -> dict[str, Any]:
    return {
        "unit": test.unit.code if test.unit else None, "number": test.number, "information": test.information,
        "legal_basis": test.legal_basis, "consequence_if_opened": test.consequence_if_opened,
        "consequence_if_closed": test.consequence_if_closed, "period": test.period,
        "exempt_until": test.exempt_until, "tested_on": test.tested_on, "tested_place": test.tested_place,
        "participants": test.participants, "approved_by": test.approved_by, "approved_on": test.approved_on,
        "opened_at": test.opened_at,
    }


def _check_number(data: ConsequenceTestData, test: ConsequenceTest | None) -> None:
    clash = db.session.scalar(sa.select(ConsequenceTest).where(ConsequenceTest.number == data.number.strip()))
    if clash is not None and clash is not test:
        raise Conflict(_("Nomor SK %(nomor)s sudah dipakai uji konsekuensi lain.", nomor=data.number.strip()),
                       {"number": _("Nomor SK sudah dipakai.")})


def create_test(data: ConsequenceTestData, *, actor, now: datetime) -> ConsequenceTest:
    """Record a lembar uji konsekuensi; it grounds nothing until the head approves it."""
    data.validate(today=local_date(now))
    _check_number(data, None)
    test = ConsequenceTest()
    data.apply_to(test)
    db.session.add(test)
    record_event(actor=actor, action=AuditAction.CREATED, obj=test, now=now, after=snapshot(test))
    db.session.commit()
    return test


def update_test(test: ConsequenceTest, data: ConsequenceTestData, *, actor, now: datetime) -> bool:
    """Correct a test that is not yet approved; return whether anything changed.

    :raises Conflict: for an approved test — a changed status needs a new test and approval (Pasal 53).
    """
    if test.is_approved:
        raise Conflict(_("Uji konsekuensi yang sudah disetujui tidak dapat diubah; lakukan uji konsekuensi baru "
                         "dengan persetujuan atasan (Perki 1/2021 Pasal 53)."))
    data.validate(today=local_date(now))
    _check_number(data, test)
    before = snapshot(test)
    data.apply_to(test)
    after = snapshot(test)
    if before != after:
        record_event(actor=actor, action=AuditAction.UPDATED, obj=test, now=now, before=before, after=after)
    db.session.commit()
    return before != after


def delete_test(test: ConsequenceTest, *, actor, now: datetime) -> None:
    """Remove a test recorded by mistake: only while it is unapproved, so nothing can cite it."""
    if test.is_approved:
        raise Conflict(_("Uji konsekuensi yang sudah disetujui tidak dapat dihapus."))
    record_event(actor=actor, action=AuditAction.DELETED, obj=test, now=now, before=snapshot(test))
    db.session.delete(test)
    db.session.commit()


def approve(test: ConsequenceTest, *, approved_by: str, approved_on: date | None, actor, now: datetime) -> None:
    """Record the head's approval of the test (Lampiran II); only the atasan or the admin records it.

    :raises NotAllowed: for any other role; Conflict when already approved; DomainError for a bad date.
    """
    if actor is None or getattr(actor, "role", None) not in APPROVERS:
        raise NotAllowed(_("Persetujuan uji konsekuensi hanya dapat dicatat oleh Atasan PPID atau admin."))
    if test.is_approved:
        raise Conflict(_("Uji konsekuensi ini sudah disetujui."))
    problems = {}
    if not (approved_by or "").strip():
        problems["approved_by"] = _("Nama pimpinan yang menyetujui wajib diisi.")
    if approved_on is None:
        problems["approved_on"] = _("Tanggal persetujuan wajib diisi.")
    elif approved_on < test.tested_on:
        problems["approved_on"] = _("Tanggal persetujuan tidak boleh sebelum tanggal uji konsekuensi.")
    elif approved_on > local_date(now):
        problems["approved_on"] = _("Tanggal persetujuan tidak boleh setelah hari ini.")
    if problems:
        raise DomainError(_("Persetujuan belum dapat dicatat: %(problems)s", problems=" ".join(problems.values())),
                          problems)
    test.approved_by, test.approved_on = approved_by.strip(), approved_on
    record_event(actor=actor, action=AuditAction.CONSEQUENCE_TEST_APPROVED, obj=test, now=now,
                 before={"approved_by": "", "approved_on": None},
                 after={"approved_by": test.approved_by, "approved_on": test.approved_on})
    db.session.commit()


def is_in_force(test: ConsequenceTest, today: date) -> bool:
    """Approved, not re-opened, and its period not over: the test may ground an exemption."""
    return (test.is_approved and test.opened_at is None
            and (test.exempt_until is None or test.exempt_until >= today))


def days_left(test: ConsequenceTest, today: date) -> int | None:
    return None if test.exempt_until is None else (test.exempt_until - today).days


def state(test: ConsequenceTest, today: date) -> tuple[str, str]:
    """(key, label) of where the test stands, for the register."""
    if not test.is_approved:
        return "pending", N_("Menunggu persetujuan")
    if not is_in_force(test, today):
        return "expired", N_("Berakhir, informasi dibuka")
    if test.exempt_until is not None and test.exempt_until <= today + timedelta(days=ALERT_DAYS):
        return "expiring", N_("Segera berakhir")
    return "active", N_("Berlaku")


def _in_force_clause(today: date):
    return sa.and_(ConsequenceTest.approved_on.is_not(None), ConsequenceTest.opened_at.is_(None),
                   sa.or_(ConsequenceTest.exempt_until.is_(None), ConsequenceTest.exempt_until >= today))


def register_query(unit_ids: list[int], *, today: date, status: str | None = None) -> sa.Select:
    """The register's rows for ``unit_ids``, soonest expiry first; ``status`` is one of :func:`state`'s keys."""
    query = (sa.select(ConsequenceTest).where(ConsequenceTest.unit_id.in_(unit_ids))
             .order_by(ConsequenceTest.exempt_until.is_(None), ConsequenceTest.exempt_until, ConsequenceTest.id))
    if status == "expiring":
        query = query.where(_in_force_clause(today),
                            ConsequenceTest.exempt_until <= today + timedelta(days=ALERT_DAYS))
    elif status == "expired":
        query = query.where(ConsequenceTest.approved_on.is_not(None), sa.not_(_in_force_clause(today)))
    elif status == "active":
        query = query.where(_in_force_clause(today))
    elif status == "pending":
        query = query.where(ConsequenceTest.approved_on.is_(None))
    return query


def linked_counts(test_ids: list[int]) -> dict[int, int]:
    rows = db.session.execute(
        sa.select(InformationEntry.consequence_test_id, sa.func.count())
        .where(InformationEntry.consequence_test_id.in_(test_ids)).group_by(InformationEntry.consequence_test_id))
    return dict(rows.all())


def linked_entries(test: ConsequenceTest) -> list[InformationEntry]:
    return list(db.session.scalars(sa.select(InformationEntry).where(InformationEntry.consequence_test_id == test.id)
                                   .order_by(InformationEntry.id)))


def approved_tests_for(unit: Unit, *, today: date | None = None) -> list[ConsequenceTest]:
    """Tests in force a refusal of ``unit`` may cite: the unit's own and its PPID Utama's."""
    today = today or local_date(clock.now())
    units = {unit.id} | ({unit.parent_id} if unit.parent_id else set())
    return list(db.session.scalars(sa.select(ConsequenceTest).where(
        ConsequenceTest.unit_id.in_(units), _in_force_clause(today)).order_by(ConsequenceTest.number)))


def linkable_tests(units: list[Unit], *, today: date) -> list[ConsequenceTest]:
    """Tests in force a DIP entry of one of ``units`` may be linked to (each entry: its own unit's)."""
    return list(db.session.scalars(sa.select(ConsequenceTest).where(
        ConsequenceTest.unit_id.in_([u.id for u in units]), _in_force_clause(today))
        .order_by(ConsequenceTest.unit_id, ConsequenceTest.number)))


def check_linkable(test_id: int, unit: Unit, *, today: date) -> ConsequenceTest:
    """:raises DomainError: unless ``test_id`` is an approved test in force of ``unit``."""
    test = db.session.get(ConsequenceTest, test_id)
    problem = None
    if test is None or test.unit_id != unit.id:
        problem = _("Uji konsekuensi itu tidak ada atau milik unit lain.")
    elif not test.is_approved:
        problem = _("Uji konsekuensi itu belum disetujui pimpinan; belum dapat menjadi dasar pengecualian.")
    elif not is_in_force(test, today):
        problem = _("Jangka waktu pengecualian uji konsekuensi itu sudah berakhir (Perki 1/2021 Pasal 52).")
    if problem:
        raise DomainError(problem, {"consequence_test_id": problem})
    return test


def find_by_number(number: str) -> ConsequenceTest | None:
    return db.session.scalar(sa.select(ConsequenceTest).where(ConsequenceTest.number == number.strip()))


def expiring(today: date, within_days: int = ALERT_DAYS) -> list[ConsequenceTest]:
    """Tests in force whose period ends within ``within_days`` days (today included)."""
    return list(db.session.scalars(sa.select(ConsequenceTest).where(
        _in_force_clause(today), ConsequenceTest.exempt_until <= today + timedelta(days=within_days))
        .order_by(ConsequenceTest.exempt_until, ConsequenceTest.id)))


def open_expired(*, today: date, actor=None, now: datetime) -> int:
    """Open every exemption whose period ended before ``today`` (Pasal 52); return how many tests ended.

    Each linked entry still excluded becomes information available at any time, with its own audit event;
    the search index follows on commit. Running it again changes nothing.
    """
    due = db.session.scalars(sa.select(ConsequenceTest).where(
        ConsequenceTest.approved_on.is_not(None), ConsequenceTest.opened_at.is_(None),
        ConsequenceTest.exempt_until < today).order_by(ConsequenceTest.id)).all()
    for test in due:
        test.opened_at = now
        record_event(actor=actor, action=AuditAction.EXEMPTION_EXPIRED, obj=test, now=now,
                     before={"opened_at": None}, after={"opened_at": now, "exempt_until": test.exempt_until})
        for entry in linked_entries(test):
            if entry.category != Category.DIKECUALIKAN:
                continue
            entry.category = Category.SETIAP_SAAT
            record_event(actor=actor, action=AuditAction.EXEMPTION_EXPIRED, obj=entry, now=now,
                         before={"category": Category.DIKECUALIKAN},
                         after={"category": Category.SETIAP_SAAT, "consequence_test": test.number})
        db.session.commit()
    return len(due)


def officers_for(unit_id: int) -> list[User]:
    """The PPID officers of the unit and of the PPID Utama, who acts for every unit."""
    return list(db.session.scalars(sa.select(User).where(
        User.role == Role.PPID, User.active.is_(True),
        sa.or_(User.unit_id == unit_id, User.unit.has(kind=UnitKind.UTAMA))).order_by(User.id)))


def queue_expiry_alerts(*, today: date, now: datetime) -> int:
    """Mail the officers once per test whose period ends within 30 days; return how many mails are new."""
    queued = 0
    for test in expiring(today):
        link = mail.link("exemptions.show", test_id=test.id)
        subject = f"Pengecualian informasi berakhir {test.exempt_until:%d-%m-%Y}: uji konsekuensi {test.number}"
        body = (f"Masa pengecualian informasi \u201c{test.information}\u201d ({test.unit.name}, SK {test.number}) "
                f"berakhir pada {test.exempt_until:%d-%m-%Y}, {days_left(test, today)} hari lagi.\n\n"
                "Perki 1/2021 Pasal 52: PPID membuka informasi ini paling lambat 30 hari sebelum jangka waktunya "
                "berakhir; bila tidak, informasi terbuka dengan sendirinya saat jangka waktu berakhir. Bila "
                "pengecualian masih diperlukan, lakukan uji konsekuensi baru dengan persetujuan pimpinan "
                f"(Pasal 53).\n\n{link}\n")
        for user in officers_for(test.unit_id):
            queued += mail.queue_reminder(to=user.email, subject=subject, body=body, now=now,
                                          dedupe_key=f"exemption-expiry:{test.id}:{test.exempt_until}:{user.email}")
    db.session.commit()
    return queued


def expire_and_alert(*, today: date, now: datetime) -> tuple[int, int]:
    """The daily job of Pasal 52: open what has expired, then warn about what expires within 30 days."""
    return open_expired(today=today, now=now), queue_expiry_alerts(today=today, now=now)
