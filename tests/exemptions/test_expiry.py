"""Pasal 52: an exemption opens by itself when its period ends, and the PPID is warned 30 days ahead, once."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.dip import services as dip
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.exemptions import services
from kip_portal.extensions import db
from kip_portal.mail.models import OutboxMail
from tests import factories
from tests.conftest import FIXED_NOW
from tests.exemptions.conftest import EARLIER
from tests.exemptions.conftest import make_test


def _linked_entry(unit, test, *, title="Data penerima bantuan sosial lansia"):
    """An exempt entry linked while its test was still in force (1 October 2026)."""
    data = dip.EntryData(unit=unit, category=Category.DIKECUALIKAN, title=title, consequence_test_id=test.id)
    return dip.create_entry(data, actor=None, now=EARLIER, status=EntryStatus.PUBLISHED)


def _events(entry, action):
    return list(db.session.scalars(sa.select(AuditEvent).where(
        AuditEvent.object_type == entry.__tablename__, AuditEvent.object_id == entry.id,
        AuditEvent.action == action)))


def test_an_exemption_that_ended_yesterday_is_opened_by_the_command(client, runner, units):
    test = make_test(units["jember"], exempt_until=date(2026, 11, 29))
    entry = _linked_entry(units["jember"], test)
    factories.attach(entry, factories.pdf_bytes("Daftar penerima"), "daftar-penerima.pdf")
    assert "daftar-penerima.pdf" not in client.get(f"/dip/entri/{entry.id}").get_data(as_text=True)

    result = runner.invoke(args=["expire-exemptions"])
    assert result.exit_code == 0, result.output
    assert "1 uji konsekuensi berakhir dan informasinya dibuka" in result.output
    db.session.expire_all()
    assert entry.category == Category.SETIAP_SAAT
    assert test.opened_at == FIXED_NOW
    page = client.get(f"/dip/entri/{entry.id}").get_data(as_text=True)
    assert "daftar-penerima.pdf" in page and "Informasi Tersedia Setiap Saat" in page
    assert "semula dikecualikan" in page and test.number in page
    [event] = _events(entry, "exemption_expired")
    assert '"dikecualikan"' in event.before and '"setiap_saat"' in event.after and event.actor_label == "sistem"
    assert len(_events(test, "exemption_expired")) == 1

    again = runner.invoke(args=["expire-exemptions"])
    assert "0 uji konsekuensi berakhir" in again.output
    assert len(_events(entry, "exemption_expired")) == 1


def test_an_exemption_that_ends_today_or_has_no_end_stays_closed(units):
    today_ends = make_test(units["jember"], number="SK/HARI-INI", exempt_until=date(2026, 11, 30))
    no_end = make_test(units["jember"], number="SK/SELAMANYA", exempt_until=None)
    entries = [_linked_entry(units["jember"], today_ends), _linked_entry(units["jember"], no_end, title="Lain")]
    assert services.open_expired(today=date(2026, 11, 30), now=FIXED_NOW) == 0
    assert [e.category for e in entries] == [Category.DIKECUALIKAN, Category.DIKECUALIKAN]


def test_an_entry_already_moved_to_another_category_is_left_alone(units):
    test = make_test(units["jember"], exempt_until=date(2026, 11, 29))
    entry = _linked_entry(units["jember"], test)
    entry.category = Category.BERKALA
    db.session.commit()
    assert services.open_expired(today=date(2026, 11, 30), now=FIXED_NOW) == 1
    assert entry.category == Category.BERKALA
    assert _events(entry, "exemption_expired") == []


def test_officers_are_warned_once_when_30_days_or_fewer_remain(runner, units, people):
    soon = make_test(units["jember"], number="SK/SOON", exempt_until=date(2026, 12, 30))  # 30 days left
    make_test(units["jember"], number="SK/LATER", exempt_until=date(2026, 12, 31))  # 31 days left
    make_test(units["jember"], number="SK/DRAF", exempt_until=date(2026, 12, 10), approved=False)

    first = runner.invoke(args=["expire-exemptions"])
    assert "2 peringatan baru" in first.output, first.output
    mails = db.session.scalars(sa.select(OutboxMail).order_by(OutboxMail.recipient)).all()
    # The unit's officer and the PPID Utama's, who acts for every unit; not the other UPT's.
    assert [m.recipient for m in mails] == ["ppid.jember@uji.test", "ppid.utama@uji.test"]
    assert all(soon.number in m.subject and "30-12-2026" in m.subject for m in mails)
    assert "30 hari lagi" in mails[0].body and "Pasal 52" in mails[0].body
    assert f"/staf/uji-konsekuensi/{soon.id}" in mails[0].body

    second = runner.invoke(args=["expire-exemptions"])
    assert "0 peringatan baru" in second.output
    assert db.session.scalar(sa.select(sa.func.count()).select_from(OutboxMail)) == 2


def test_send_reminders_also_expires_and_warns(runner, units, people, monkeypatch):
    from kip_portal.mail import services as mail

    monkeypatch.setattr(mail, "send_pending", lambda **_: mail.SendReport(sent=0, failed=0, waiting=0))
    test = make_test(units["jember"], exempt_until=date(2026, 11, 29))
    entry = _linked_entry(units["jember"], test)
    make_test(units["jember"], number="SK/SOON", exempt_until=date(2026, 12, 5))
    result = runner.invoke(args=["send-reminders"])
    assert result.exit_code == 0, result.output
    assert "1 pengecualian berakhir dan informasinya dibuka; 2 peringatan masa pengecualian baru" in result.output
    db.session.expire_all()
    assert entry.category == Category.SETIAP_SAAT


def test_expiring_lists_tests_in_force_ending_within_the_window(units):
    make_test(units["jember"], number="SK/1", exempt_until=date(2026, 12, 1))
    make_test(units["jember"], number="SK/2", exempt_until=date(2027, 1, 15))
    make_test(units["jember"], number="SK/3", exempt_until=date(2026, 11, 29))
    assert [t.number for t in services.expiring(date(2026, 11, 30))] == ["SK/1"]
    assert [t.number for t in services.expiring(date(2026, 11, 30), within_days=60)] == ["SK/1", "SK/2"]
