"""Sengketa at the Komisi Informasi: the 14-working-day filing window, the KI's own deadlines, and the record
of the dispute's stages and outcome (UU 14/2008 Pasal 37–48; Perki 1/2013)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from kip_portal.auth.models import Role
from kip_portal.auth.permissions import can_handle_request
from kip_portal.core.audit import AuditAction
from kip_portal.core.audit import record_event
from kip_portal.core.dates import local_date
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.extensions import db
from kip_portal.i18n import N_
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Keberatan
from kip_portal.sengketa.models import DisputeOutcome
from kip_portal.sengketa.models import Sengketa
from kip_portal.sengketa.models import Stage
from kip_portal.workdays import services as workdays
from kip_portal.workdays.calendar import DayOne
from kip_portal.workdays.calendar import Deadline
from kip_portal.workdays.calendar import WorkCalendar
from kip_portal.workdays.calendar import add_working_days

WINDOW_DAYS = 14  # UU 14/2008 Pasal 37 ayat 2; Perki 1/2013 Pasal 13
KI_START_DAYS = 14  # UU 14/2008 Pasal 38 ayat 1
KI_FINISH_DAYS = 100  # UU 14/2008 Pasal 38 ayat 2
APPEAL_DAYS = 14  # UU 14/2008 Pasal 48 ayat 1: gugatan to the PTUN after receiving the KI's ruling
STAGES = tuple(Stage)  # in the order a dispute goes through them
# Outcomes of an adjudication, which a party may still take to court; a mediated agreement is final (Pasal 39).
APPEALABLE = (DisputeOutcome.DIKABULKAN, DisputeOutcome.DIKABULKAN_SEBAGIAN, DisputeOutcome.DITOLAK)


@dataclass(frozen=True)
class Window:
    """When the requester may take the keberatan to the KI, and what opened the window."""

    start: date
    end: date
    answered: bool  # opened by the atasan's answer; False: by the lapse of the answer deadline
    deadline: Deadline

    def problem(self, filed_on: date) -> str | None:
        """Why a sengketa filed on ``filed_on`` lies outside the window ("early" or "late"), None inside it.

        Before a lapse the atasan may still answer on the due date itself, so the window opens the day after.
        """
        if filed_on < self.start or (not self.answered and filed_on == self.start):
            return "early"
        if filed_on > self.end:
            return "late"
        return None

    def warning(self, filed_on: date) -> str | None:
        """The warning a person reads for a filing outside the window; the KI decides admissibility."""
        problem = self.problem(filed_on)
        if problem == "late":
            return _("Sengketa diajukan di luar jangka waktu: batasnya %(date)s (14 hari kerja, UU 14/2008 Pasal 37 "
                     "ayat 2). Komisi Informasi yang memutuskan dapat tidaknya diterima.", date=_tanggal(self.end))
        if problem == "early":
            if self.answered:
                return _("Sengketa diajukan sebelum tanggapan Atasan PPID diterima (%(date)s). Komisi Informasi "
                         "yang memutuskan dapat tidaknya diterima.", date=_tanggal(self.start))
            return _("Sengketa diajukan sebelum batas waktu tanggapan Atasan PPID lewat (%(date)s). Komisi "
                     "Informasi yang memutuskan dapat tidaknya diterima.", date=_tanggal(self.start))
        return None


@dataclass(frozen=True)
class KiDeadlines:
    """UU 14/2008 Pasal 38: the KI starts mediation or adjudication within 14 and ends within 100 working days."""

    start_by: Deadline
    finish_by: Deadline


def _tanggal(day: date) -> str:
    from kip_portal.templating import tanggal

    return tanggal(day)


def window_opens_on(keberatan: Keberatan) -> date:
    """The atasan's answer (its local date), or when unanswered the answer deadline (Perki 1/2013 Pasal 13)."""
    return local_date(keberatan.answered_at) if keberatan.answered_at is not None else keberatan.due_date


def filing_window(keberatan: Keberatan, calendar: WorkCalendar, *,
                  day_one: DayOne = DayOne.NEXT_WORKING_DAY) -> Window:
    """The window with its day-by-day count, for pages that explain it."""
    answered = keberatan.answered_at is not None
    # After a lapse nothing was received that day, so counting always starts on the next working day.
    deadline = add_working_days(calendar, window_opens_on(keberatan), WINDOW_DAYS,
                                article=N_("UU 14/2008 Pasal 37 ayat (2); Perki 1/2013 Pasal 13"),
                                day_one=day_one if answered else DayOne.NEXT_WORKING_DAY)
    return Window(start=deadline.start, end=deadline.due, answered=answered, deadline=deadline)


def sengketa_window(keberatan: Keberatan, calendar: WorkCalendar, *,
                    day_one: DayOne = DayOne.NEXT_WORKING_DAY) -> tuple[date, date]:
    """(start, end) of the 14 working days in which the requester may file a sengketa (UU Pasal 37 ayat 2)."""
    window = filing_window(keberatan, calendar, day_one=day_one)
    return window.start, window.end


def ki_deadlines(filed_on: date, calendar: WorkCalendar, *, day_one: DayOne = DayOne.NEXT_WORKING_DAY) -> KiDeadlines:
    return KiDeadlines(
        start_by=add_working_days(calendar, filed_on, KI_START_DAYS, article=N_("UU 14/2008 Pasal 38 ayat (1)"),
                                  day_one=day_one),
        finish_by=add_working_days(calendar, filed_on, KI_FINISH_DAYS, article=N_("UU 14/2008 Pasal 38 ayat (2)"),
                                   day_one=day_one),
    )


def appeal_deadline(sengketa: Sengketa, calendar: WorkCalendar) -> Deadline | None:
    """The last day to take an adjudication ruling to the PTUN (UU Pasal 47–48), None when there is none."""
    if sengketa.outcome not in APPEALABLE or sengketa.ruling_on is None:
        return None
    return add_working_days(calendar, sengketa.ruling_on, APPEAL_DAYS, article=N_("UU 14/2008 Pasal 48 ayat (1)"))


def can_write(user, keberatan: Keberatan) -> bool:
    """The PPID officers who handle the request's unit, and the administrator, keep the sengketa record."""
    if user is None or not user.is_authenticated:
        return False
    return user.role == Role.ADMIN or can_handle_request(user, keberatan.info_request.unit)


def _check_writer(actor, keberatan: Keberatan) -> None:
    """:raises NotAllowed: for a user who may not write; ``None`` is the portal itself (seeding, jobs)."""
    if actor is not None and not can_write(actor, keberatan):
        raise NotAllowed(_("Hanya PPID unit yang menangani permohonan ini atau administrator yang dapat mencatat "
                           "sengketa."))


def _view(sengketa: Sengketa) -> dict[str, Any]:
    return {"commission": sengketa.commission, "case_number": sengketa.case_number, "filed_on": sengketa.filed_on,
            "stage": sengketa.stage, "mediation_on": sengketa.mediation_on,
            "adjudication_on": sengketa.adjudication_on, "ruling_on": sengketa.ruling_on,
            "outcome": sengketa.outcome}


def _check_day(sengketa: Sengketa, day: date, *, now: datetime, field: str) -> None:
    """A stage or ruling date lies between the filing (or the last stage) and today."""
    earliest = max(d for d in (sengketa.filed_on, sengketa.mediation_on, sengketa.adjudication_on) if d is not None)
    if day > local_date(now):
        raise DomainError(_("Tanggal tidak boleh di masa depan."), {field: _("Periksa tanggal.")})
    if day < earliest:
        raise DomainError(_("Tanggal tidak boleh sebelum %(date)s (pengajuan atau tahap sebelumnya).",
                            date=_tanggal(earliest)), {field: _("Periksa tanggal.")})


def record_sengketa(keberatan: Keberatan, *, commission: str, case_number: str, filed_on: date, actor,
                    now: datetime) -> Sengketa:
    """Record that the requester took the keberatan to the KI; a filing outside the window is kept, flagged.

    :raises NotAllowed: for a user outside the request's unit; DomainError for a missing commission or an
        impossible date; Conflict while an earlier sengketa on the keberatan is unresolved or the case number
        is already recorded.
    """
    _check_writer(actor, keberatan)
    commission, case_number = commission.strip(), case_number.strip()
    if not commission:
        raise DomainError(_("Sebutkan Komisi Informasi tempat sengketa diajukan."), {"commission": _("Wajib diisi.")})
    if filed_on > local_date(now):
        raise DomainError(_("Tanggal pengajuan tidak boleh di masa depan."), {"filed_on": _("Periksa tanggal.")})
    if filed_on < local_date(keberatan.filed_at):
        raise DomainError(_("Sengketa tidak dapat diajukan sebelum keberatannya."),
                          {"filed_on": _("Periksa tanggal.")})
    if any(s.outcome is None for s in keberatan.sengketa):
        raise Conflict(_("Keberatan ini sudah memiliki sengketa yang belum diputus."))
    if case_number and db.session.scalar(sa.select(Sengketa.id).where(Sengketa.commission == commission,
                                                                      Sengketa.case_number == case_number)):
        raise Conflict(_("Nomor registrasi %(number)s sudah tercatat.", number=case_number),
                       {"case_number": _("Sudah dipakai.")})
    window = filing_window(keberatan, workdays.calendar_around(window_opens_on(keberatan)),
                           day_one=workdays.day_one())
    sengketa = Sengketa(keberatan=keberatan, commission=commission, case_number=case_number, filed_on=filed_on,
                        stage=Stage.REGISTRASI)
    db.session.add(sengketa)
    record_event(actor=actor, action=AuditAction.SENGKETA_RECORDED, obj=sengketa, now=now,
                 after=_view(sengketa) | {"keberatan": keberatan.number, "window_start": window.start,
                                          "window_end": window.end, "in_window": window.problem(filed_on) is None,
                                          "window_problem": window.problem(filed_on)})
    db.session.commit()
    return sengketa


def advance(sengketa: Sengketa, *, stage: Stage | str, on: date, actor, now: datetime) -> Sengketa:
    """Move the dispute to a later stage on ``on`` (mediation, adjudication, ruling); stages never go back.

    :raises DomainError: for an unknown or earlier stage or an impossible date; Conflict once ruled.
    """
    _check_writer(actor, sengketa.keberatan)
    try:
        stage = Stage(stage)
    except ValueError:
        raise DomainError(_("Tahap tidak dikenal."), {"stage": _("Pilih tahap.")}) from None
    if sengketa.outcome is not None:
        raise Conflict(_("Sengketa ini sudah diputus; tahapnya tidak dapat diubah."))
    if STAGES.index(stage) <= STAGES.index(sengketa.stage):
        raise DomainError(_("Tahap hanya dapat maju: sengketa ini sudah pada tahap %(stage)s.",
                            stage=_(sengketa.stage.label)), {"stage": _("Pilih tahap sesudah tahap sekarang.")})
    _check_day(sengketa, on, now=now, field="on")
    before = _view(sengketa)
    if stage == Stage.MEDIASI:
        sengketa.mediation_on = on
    elif stage == Stage.AJUDIKASI:
        sengketa.adjudication_on = on
    else:
        sengketa.ruling_on = on
    sengketa.stage = stage
    record_event(actor=actor, action=AuditAction.SENGKETA_STAGE, obj=sengketa, now=now, before=before,
                 after=_view(sengketa))
    db.session.commit()
    return sengketa


def record_outcome(sengketa: Sengketa, *, outcome: DisputeOutcome | str, note: str, ruling_on: date, actor,
                   now: datetime) -> Sengketa:
    """Record how the dispute ended and when; the sengketa then stands at the ruling stage.

    :raises DomainError: for an unknown outcome, a mediated agreement without mediation, or an impossible
        date; Conflict when an outcome is already recorded.
    """
    _check_writer(actor, sengketa.keberatan)
    try:
        outcome = DisputeOutcome(outcome)
    except ValueError:
        raise DomainError(_("Hasil sengketa tidak dikenal."), {"outcome": _("Pilih hasil.")}) from None
    if sengketa.outcome is not None:
        raise Conflict(_("Hasil sengketa ini sudah dicatat: %(outcome)s.", outcome=_(sengketa.outcome.label)))
    if outcome == DisputeOutcome.MEDIASI_BERHASIL and sengketa.mediation_on is None:
        raise DomainError(_("Catat dahulu tahap mediasi sebelum mencatat kesepakatan mediasi."),
                          {"outcome": _("Sengketa ini belum dimediasi.")})
    if sengketa.ruling_on is not None and ruling_on < sengketa.ruling_on:
        raise DomainError(_("Tanggal putusan tidak boleh sebelum tahap putusan dicatat."),
                          {"ruling_on": _("Periksa.")})
    _check_day(sengketa, ruling_on, now=now, field="ruling_on")
    before = _view(sengketa)
    sengketa.outcome, sengketa.outcome_note, sengketa.ruling_on = outcome, note.strip(), ruling_on
    sengketa.stage = Stage.PUTUSAN
    record_event(actor=actor, action=AuditAction.SENGKETA_OUTCOME, obj=sengketa, now=now, before=before,
                 after=_view(sengketa) | {"note": sengketa.outcome_note})
    db.session.commit()
    return sengketa


def listing(unit_ids: list[int], *, stage: str = "", state: str = "", unit_code: str = "", q: str = "") -> sa.Select:
    """The sengketa of ``unit_ids``' requests, newest filing first, narrowed by the list's filters."""
    query = (sa.select(Sengketa).join(Sengketa.keberatan).join(Keberatan.info_request)
             .where(InfoRequest.unit_id.in_(unit_ids)))
    if stage in {s.value for s in Stage}:
        query = query.where(Sengketa.stage == Stage(stage))
    if state == "terbuka":
        query = query.where(Sengketa.outcome.is_(None))
    elif state == "selesai":
        query = query.where(Sengketa.outcome.is_not(None))
    if unit_code:
        query = query.where(InfoRequest.unit.has(code=unit_code))
    if q.strip():
        pattern = f"%{q.strip()}%"
        query = query.where(sa.or_(Sengketa.case_number.ilike(pattern), Keberatan.number.ilike(pattern),
                                   InfoRequest.register_number.ilike(pattern)))
    return query.order_by(Sengketa.filed_on.desc(), Sengketa.id.desc())


def disputable(unit_ids: list[int], *, limit: int = 50) -> list[Keberatan]:
    """The latest keberatan of ``unit_ids``, to pick the one a requester took to the KI."""
    return list(db.session.scalars(
        sa.select(Keberatan).join(Keberatan.info_request).where(InfoRequest.unit_id.in_(unit_ids))
        .order_by(Keberatan.id.desc()).limit(limit)))
