"""Issue #5's acceptance on the demo data: the annual report, the registers, the auditor's figures and the audit
chain, each checked against figures this test computes itself from the rows and the SKB calendar."""
from __future__ import annotations

import csv
import io
import statistics

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.compliance import services as compliance
from kip_portal.core.audit import AuditEvent
from kip_portal.core.dates import local_date
from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from kip_portal.reports.services import annual_figures
from tests import factories
from tests.skb import count_working_days

pytestmark = pytest.mark.demo
YEAR = 2025  # the demo's last complete year (its history ends on FIXED_NOW, 30 Nov 2026)


def _requests_of(year: int) -> list[InfoRequest]:
    return [r for r in db.session.scalars(sa.select(InfoRequest)) if local_date(r.received_at).year == year]


def _expected(year: int) -> dict:
    """The service's figures, recounted from the rows: notice dates against deadlines on the SKB calendar."""
    received = _requests_of(year)
    notified = [r for r in received if r.notified_at]
    days = sorted(count_working_days(local_date(r.received_at), local_date(r.notified_at)) for r in notified)
    return {"received": len(received), "notified": len(notified), "days": days,
            "on_time": sum(local_date(r.notified_at) <= r.current_due_date for r in notified)}


def _auditor() -> User:
    return db.session.scalar(sa.select(User).where(User.role == Role.AUDITOR))


def test_the_auditors_figures_are_the_rows(app, now):
    expected = _expected(YEAR)
    assert expected["received"] >= 20 and 0 < expected["on_time"] < expected["notified"]
    figures = compliance.request_figures(year=YEAR, today=local_date(now))
    assert (figures.received, figures.notified, figures.on_time) == (
        expected["received"], expected["notified"], expected["on_time"])
    assert sorted(figures.days) == expected["days"]
    report = annual_figures(YEAR)
    assert report["requests_received"] == expected["received"]
    assert report["on_time"] == expected["on_time"]
    assert report["median_working_days"] == statistics.median(expected["days"])


def test_the_annual_report_pdf_has_every_part_of_pasal_57(client, login):
    login(_auditor(), password="Demo-KIP-2026!")
    response = client.get(f"/staf/laporan/{YEAR}.pdf")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    text = factories.pdf_text(response.data)
    for part in ("A. Gambaran Umum Kebijakan", "B. Gambaran Umum Pelaksanaan", "C. Rincian Pelayanan",
                 "D. Rincian Penyelesaian Sengketa", "E. Kendala Internal dan Eksternal", "F. Rekomendasi"):
        assert part in text, part
    assert str(_expected(YEAR)["received"]) in text


def test_the_request_register_lists_the_year_masked_for_the_auditor(client, login):
    login(_auditor(), password="Demo-KIP-2026!")
    response = client.get(f"/staf/register/permohonan.csv?year={YEAR}")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) - 1 == _expected(YEAR)["received"]
    for info_request in _requests_of(YEAR):
        assert info_request.phone not in response.get_data(as_text=True)


def test_verify_audit_names_a_tampered_demo_event(runner):
    assert runner.invoke(args=["verify-audit"]).exit_code == 0
    middle = db.session.scalar(sa.select(AuditEvent.id).order_by(AuditEvent.id).offset(200).limit(1))
    db.session.execute(sa.update(AuditEvent).where(AuditEvent.id == middle).values(after='{"status": "closed"}'))
    db.session.commit()
    result = runner.invoke(args=["verify-audit"])
    assert result.exit_code == 1 and f"#{middle}" in result.output
