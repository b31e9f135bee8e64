"""The administrator edits the calendar with a legal source; open requests' deadlines are recounted."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditEvent
from kip_portal.extensions import db
from kip_portal.inforequests import services as inforequests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.validation import RequestData
from kip_portal.workdays.models import CalendarChange
from tests import factories
from tests.conftest import VALID_NIK


@pytest.fixture
def admin(client, login):
    user = factories.make_user(Role.ADMIN)
    login(user)
    return user


@pytest.fixture
def august_request(app):
    """A request received Thu 14 Aug 2025: due Fri 29 Aug, counting the 18 August cuti bersama."""
    factories.make_utama()
    data = RequestData.from_mapping({
        "requester_type": "perorangan", "name": "Budi", "nik": VALID_NIK, "address": "Surabaya",
        "email": "budi@contoh.id", "information": "Data bansos", "purpose": "Penelitian",
        "obtain_method": "membaca", "delivery_method": "email"})
    received_at = datetime(2025, 8, 14, 2, tzinfo=timezone.utc)
    return inforequests.submit(data, channel=Channel.LANGSUNG, received_at=received_at, actor=None,
                               now=datetime.now(timezone.utc)).info_request


def test_removing_a_cuti_bersama_recounts_open_deadlines(client, admin, august_request):
    assert august_request.due_date == date(2025, 8, 29)
    response = client.post("/admin/kalender/", data={
        "day": "2025-08-18", "action": "remove", "name": "Cuti bersama HUT RI dibatalkan (uji)",
        "legal_source": "SKB contoh Nomor 1 Tahun 2025"}, follow_redirects=True)
    assert "dihitung ulang" in response.get_data(as_text=True)
    db.session.refresh(august_request)
    # Without 18 August as cuti bersama, day 10 is Thu 28 Aug 2025 (tests/workdays/test_deadlines.py).
    assert august_request.due_date == date(2025, 8, 28)
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "deadlines_recomputed"))
    assert event is not None and "2025-08-29" in event.before and "2025-08-28" in event.after


def test_adding_a_regional_holiday_pushes_the_deadline(client, admin, august_request):
    client.post("/admin/kalender/", data={"day": "2025-08-20", "action": "add", "name": "Libur daerah (uji)",
                                          "legal_source": "Keputusan Gubernur contoh"})
    db.session.refresh(august_request)
    assert august_request.due_date == date(2025, 9, 1)


def test_a_change_needs_its_legal_source(client, admin):
    response = client.post("/admin/kalender/", data={"day": "2025-08-20", "action": "add", "name": "Libur"})
    assert response.status_code == 200 and "Wajib diisi." in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(CalendarChange)) == 0


def test_calendar_page_lists_the_days(client, admin):
    html = client.get("/admin/kalender/").get_data(as_text=True)
    assert "Hari Raya Natal" in html or "Natal" in html
