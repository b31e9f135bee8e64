"""The calendar each submission counts on is partly built once per process: a change must still show at once.

Received Thu 14 Aug 2025, day 1 is Fri 15 Aug; 17 Aug is a Sunday and Mon 18 Aug cuti bersama (SKB 3 Menteri,
regulation.md §6): the 10th working day is Fri 29 Aug 2025. With Wed 20 Aug closed as well it is Mon 1 Sep;
with 18 Aug open again (and 20 Aug not closed) it is Thu 28 Aug.
"""
from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timezone

from kip_portal import create_app
from kip_portal.extensions import db
from kip_portal.inforequests import deadlines
from kip_portal.workdays import services as workdays
from kip_portal.workdays.calendar import HolidayKind
from kip_portal.workdays.models import CalendarChange
from kip_portal.workdays.models import ChangeAction
from tests.conftest import _config

RECEIVED = date(2025, 8, 14)
NOW = datetime(2025, 8, 14, 3, tzinfo=timezone.utc)


def due() -> date:
    return deadlines.notice_deadline(workdays.calendar_around(RECEIVED), RECEIVED, day_one=workdays.day_one()).due


def test_a_change_after_the_calendar_was_built_counts_in_the_next_deadline(app):
    assert due() == date(2025, 8, 29)
    workdays.record_change(day=date(2025, 8, 20), action=ChangeAction.ADD, name="Libur daerah (uji)",
                           legal_source="Keputusan Gubernur contoh", actor=None, now=NOW)
    assert due() == date(2025, 9, 1)


def test_a_change_written_by_another_worker_counts_too(app):
    """Another gunicorn worker writes the row: this process never ran record_change, and must still see it."""
    assert due() == date(2025, 8, 29)
    db.session.add(CalendarChange(day=date(2025, 8, 18), action=ChangeAction.REMOVE, kind=HolidayKind.CUTI_BERSAMA,
                                  name="Cuti bersama dibatalkan (uji)", legal_source="SKB contoh"))
    db.session.commit()
    assert due() == date(2025, 8, 28)


def test_one_portals_change_never_shows_in_another(app, new_database, tmp_path):
    """Two apps in one process (the test suite; two instances): each counts on its own database's changes."""
    workdays.record_change(day=date(2025, 8, 18), action=ChangeAction.REMOVE, name="Cuti bersama dibatalkan (uji)",
                           legal_source="SKB contoh", kind=HolidayKind.CUTI_BERSAMA, actor=None, now=NOW)
    assert due() == date(2025, 8, 28)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = create_app(_config(other_dir, new_database(other_dir)), instance_path=str(other_dir / "instance"))
    with other.app_context():
        try:
            assert due() == date(2025, 8, 29)
        finally:
            db.session.remove()
            db.engine.dispose()
    assert due() == date(2025, 8, 28)
