"""Recording a sengketa, its stages (forward only) and its outcome: one audit event each."""
from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.core.exceptions import Conflict
from kip_portal.core.exceptions import DomainError
from kip_portal.core.exceptions import NotAllowed
from kip_portal.extensions import db
from kip_portal.sengketa import services
from kip_portal.sengketa.models import DisputeOutcome
from kip_portal.sengketa.models import Stage

KI = "Komisi Informasi Provinsi Jawa Timur"


def events(sengketa) -> list[AuditEvent]:
    return list(db.session.scalars(sa.select(AuditEvent).where(
        AuditEvent.object_type == "sengketa", AuditEvent.object_id == sengketa.id).order_by(AuditEvent.id)))


def record(keberatan, people, now, filed_on=date(2026, 3, 30), case_number="012/III/KI-Prov.Jatim-PS/2026"):
    return services.record_sengketa(keberatan, commission=KI, case_number=case_number, filed_on=filed_on,
                                    actor=people["ppid"], now=now)


def test_a_filing_within_the_window_is_recorded(keberatan, people, now):
    sengketa = record(keberatan, people, now)
    assert sengketa.stage == Stage.REGISTRASI and sengketa.filed_on == date(2026, 3, 30)
    [event] = events(sengketa)
    after = json.loads(event.after)
    assert event.action == "sengketa_recorded" and event.actor_id == people["ppid"].id
    assert after["in_window"] is True and after["window_end"] == "2026-03-30"


def test_a_late_filing_is_recorded_with_a_flag(keberatan, people, now):
    sengketa = record(keberatan, people, now, filed_on=date(2026, 3, 31))
    after = json.loads(events(sengketa)[0].after)
    assert after["in_window"] is False and after["window_problem"] == "late"


def test_a_filing_needs_a_commission_and_a_possible_date(keberatan, people, now):
    with pytest.raises(DomainError) as error:
        services.record_sengketa(keberatan, commission=" ", case_number="", filed_on=date(2026, 3, 30),
                                 actor=people["ppid"], now=now)
    assert "commission" in error.value.fields
    with pytest.raises(DomainError) as error:
        record(keberatan, people, now, filed_on=date(2026, 12, 1))
    assert "filed_on" in error.value.fields
    with pytest.raises(DomainError):
        record(keberatan, people, now, filed_on=date(2026, 2, 17))  # before the keberatan


def test_one_open_sengketa_per_keberatan(keberatan, people, now):
    record(keberatan, people, now)
    with pytest.raises(Conflict):
        record(keberatan, people, now, case_number="013/III/KI-Prov.Jatim-PS/2026")


def test_stages_move_forward_only(keberatan, people, now):
    sengketa = record(keberatan, people, now)
    services.advance(sengketa, stage="mediasi", on=date(2026, 4, 14), actor=people["ppid"], now=now)
    assert sengketa.stage == Stage.MEDIASI and sengketa.mediation_on == date(2026, 4, 14)
    services.advance(sengketa, stage=Stage.AJUDIKASI, on=date(2026, 5, 5), actor=people["ppid"], now=now)
    assert sengketa.stage == Stage.AJUDIKASI and sengketa.adjudication_on == date(2026, 5, 5)
    for backwards in ("mediasi", "ajudikasi", "registrasi"):
        with pytest.raises(DomainError) as error:
            services.advance(sengketa, stage=backwards, on=date(2026, 5, 6), actor=people["ppid"], now=now)
        assert "stage" in error.value.fields
    assert sengketa.stage == Stage.AJUDIKASI
    assert [e.action for e in events(sengketa)] == ["sengketa_recorded", "sengketa_stage", "sengketa_stage"]


def test_a_stage_date_lies_between_the_last_stage_and_today(keberatan, people, now):
    sengketa = record(keberatan, people, now)
    services.advance(sengketa, stage="mediasi", on=date(2026, 4, 14), actor=people["ppid"], now=now)
    with pytest.raises(DomainError):
        services.advance(sengketa, stage="ajudikasi", on=date(2026, 4, 13), actor=people["ppid"], now=now)
    with pytest.raises(DomainError):
        services.advance(sengketa, stage="ajudikasi", on=date(2026, 12, 1), actor=people["ppid"], now=now)


def test_adjudication_may_come_without_mediation(keberatan, people, now):
    # Ground a (a Pasal 17 refusal) is not mediated (UU 14/2008 Pasal 40): straight to adjudication.
    sengketa = record(keberatan, people, now)
    services.advance(sengketa, stage="ajudikasi", on=date(2026, 4, 15), actor=people["ppid"], now=now)
    assert sengketa.mediation_on is None and sengketa.adjudication_on == date(2026, 4, 15)


def test_the_outcome_is_recorded_once(keberatan, people, now):
    sengketa = record(keberatan, people, now)
    services.advance(sengketa, stage="ajudikasi", on=date(2026, 4, 15), actor=people["ppid"], now=now)
    services.record_outcome(sengketa, outcome="dikabulkan_sebagian", note="Daftar dibuka tanpa NIK penerima.",
                            ruling_on=date(2026, 7, 2), actor=people["ppid"], now=now)
    assert sengketa.outcome == DisputeOutcome.DIKABULKAN_SEBAGIAN and sengketa.stage == Stage.PUTUSAN
    assert sengketa.ruling_on == date(2026, 7, 2) and sengketa.outcome_note == "Daftar dibuka tanpa NIK penerima."
    assert events(sengketa)[-1].action == "sengketa_outcome"
    with pytest.raises(Conflict):
        services.record_outcome(sengketa, outcome="ditolak", note="", ruling_on=date(2026, 7, 3),
                                actor=people["ppid"], now=now)
    with pytest.raises(Conflict):
        services.advance(sengketa, stage="putusan", on=date(2026, 7, 3), actor=people["ppid"], now=now)
    # A new filing on the same keberatan is possible once this one is decided.
    assert record(keberatan, people, now, case_number="020/VII/KI-Prov.Jatim-PS/2026").id != sengketa.id


def test_a_mediated_agreement_needs_a_mediation(keberatan, people, now):
    sengketa = record(keberatan, people, now)
    with pytest.raises(DomainError):
        services.record_outcome(sengketa, outcome="mediasi_berhasil", note="", ruling_on=date(2026, 5, 4),
                                actor=people["ppid"], now=now)
    services.advance(sengketa, stage="mediasi", on=date(2026, 4, 14), actor=people["ppid"], now=now)
    services.record_outcome(sengketa, outcome="mediasi_berhasil", note="Salinan diberikan.",
                            ruling_on=date(2026, 5, 4), actor=people["ppid"], now=now)
    assert sengketa.outcome == DisputeOutcome.MEDIASI_BERHASIL


@pytest.mark.parametrize("who", ["auditor", "atasan", "ppid_batu"])
def test_only_the_units_officers_and_the_admin_write(keberatan, people, now, who):
    with pytest.raises(NotAllowed):
        services.record_sengketa(keberatan, commission=KI, case_number="", filed_on=date(2026, 3, 30),
                                 actor=people[who], now=now)
    sengketa = services.record_sengketa(keberatan, commission=KI, case_number="", filed_on=date(2026, 3, 30),
                                        actor=people["admin"], now=now)
    with pytest.raises(NotAllowed):
        services.advance(sengketa, stage="mediasi", on=date(2026, 4, 14), actor=people[who], now=now)
    services.advance(sengketa, stage="mediasi", on=date(2026, 4, 14), actor=people["ppid_utama"], now=now)
