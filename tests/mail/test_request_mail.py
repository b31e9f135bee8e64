"""Request mail through a real SMTP server: the receipt to the requester, the unit's notice, the reminders."""
from __future__ import annotations

from kip_portal.auth.models import Role
from kip_portal.mail import services as mail
from tests import factories
from tests.conftest import VALID_NIK


def test_filing_mails_the_receipt_pdf_and_tells_the_unit(client, smtp, units, body, now):
    officer = factories.make_user(Role.PPID, unit=units["jember"], email="petugas@upt.test")
    data = client.post("/api/v1/requests", json=body).get_json()
    report = mail.send_pending(now=now.replace(year=2100))
    assert report.failed == 0
    by_recipient = {message["To"]: message for message in smtp.messages()}
    receipt = by_recipient[body["email"]]
    assert data["register_number"] in receipt["Subject"]
    attachment = next(receipt.iter_attachments())
    assert attachment.get_content_type() == "application/pdf" and attachment.get_content().startswith(b"%PDF")
    assert data["tracking_code"] in receipt.get_body().get_content()
    notice = by_recipient[officer.email]
    assert "Permohonan informasi baru" in notice["Subject"]
    assert VALID_NIK not in notice.as_string() and body["address"] not in notice.as_string()


def test_a_down_mail_server_loses_no_receipt(client, mail_server, units, body, now):
    assert client.post("/api/v1/requests", json=body).status_code == 201
    assert mail.send_pending(now=now.replace(year=2100)).failed == 1
    mail_server.start()
    assert mail.send_pending(now=now.replace(year=2101)).sent >= 1
    assert [m["To"] for m in mail_server.messages()].count(body["email"]) == 1


def test_send_reminders_tells_officers_and_the_atasan_once_a_day(client, smtp, runner, units, body, token_of):
    officer = factories.make_user(Role.PPID, unit=units["jember"], email="petugas@upt.test")
    atasan = factories.make_user(Role.ATASAN, email="atasan@dinsos.test")
    client.post("/api/v1/requests", json=body | {"received_at": "2025-03-27"},
                headers=token_of(Role.PPID, units["jember"]))
    first = runner.invoke(args=["send-reminders"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(args=["send-reminders"])
    assert "0 pengingat baru" in second.output
    reminders = [m for m in smtp.messages() if m["Subject"].startswith("Pengingat")]
    assert sorted(m["To"] for m in reminders).count(officer.email) == 1
    assert atasan.email in {m["To"] for m in reminders}
    assert all("terlambat" in m["Subject"] for m in reminders)
