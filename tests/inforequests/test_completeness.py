"""First steps with a request: complete or not (3 working days to complete, then closed), and routing."""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone

import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.inforequests import completeness
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.models import RequestStatus
from kip_portal.inforequests.validation import RequestData
from tests import factories

# Mon 22 Dec 2025, 09.00 WIB: 3 working days later, skipping Christmas and cuti bersama, is Mon 29 Dec 2025.
MARKED_AT = datetime(2025, 12, 22, 2, tzinfo=timezone.utc)


def _filed(body) -> InfoRequest:
    return services.submit(RequestData.from_mapping(body), channel=Channel.LANGSUNG,
                           received_at=datetime(2025, 12, 19, 2, tzinfo=timezone.utc), actor=None,
                           now=datetime.now(timezone.utc)).info_request


def test_incomplete_request_gets_a_letter_and_three_working_days(app, units, body):
    info_request = completeness.mark_incomplete(_filed(body), note="Salinan KTP belum dilampirkan", actor=None,
                                                now=MARKED_AT)
    assert info_request.status == RequestStatus.INCOMPLETE
    assert info_request.completion_due_date == date(2025, 12, 29)
    assert [letter.kind.value for letter in info_request.letters] == ["tanda_bukti", "tidak_lengkap"]
    assert completeness.close_uncompleted(today=date(2025, 12, 29), now=MARKED_AT) == 0
    assert completeness.close_uncompleted(today=date(2025, 12, 30), now=MARKED_AT) == 1
    db.session.refresh(info_request)
    assert info_request.status == RequestStatus.CLOSED_INCOMPLETE


def test_completed_request_goes_into_process(app, units, body):
    info_request = completeness.mark_incomplete(_filed(body), note="KTP", actor=None, now=MARKED_AT)
    completeness.mark_complete(info_request, actor=None, now=MARKED_AT)
    assert info_request.status == RequestStatus.IN_PROCESS
    assert completeness.close_uncompleted(today=date(2026, 1, 30), now=MARKED_AT) == 0


def test_routing_on_the_web_moves_the_request_to_the_holding_unit(client, login, units, body):
    info_request = _filed(body)
    login(factories.make_user(Role.PPID, unit=units["utama"]))
    page = client.post(f"/staf/permohonan/{info_request.id}/alihkan", data={"unit": "UPT-BATU"},
                       follow_redirects=True).get_data(as_text=True)
    assert "dialihkan" in page
    assert db.session.scalar(sa.select(InfoRequest.unit_id)) == units["batu"].id


def test_incomplete_on_the_web_needs_the_missing_items(client, login, units, body):
    info_request = _filed(body)
    login(factories.make_user(Role.PPID, unit=units["jember"]))
    page = client.post(f"/staf/permohonan/{info_request.id}/tidak-lengkap", data={"note": ""},
                       follow_redirects=True).get_data(as_text=True)
    assert "Sebutkan kelengkapan" in page
    client.post(f"/staf/permohonan/{info_request.id}/tidak-lengkap", data={"note": "Surat kuasa"})
    db.session.refresh(info_request)
    assert info_request.status == RequestStatus.INCOMPLETE
