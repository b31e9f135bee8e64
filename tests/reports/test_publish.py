"""Publishing the report in the DIP (Perki 1/2021 Pasal 15 ayat 5, 56–58), the public summary, the reminder."""
from __future__ import annotations

import re
from datetime import date

import pytest
import sqlalchemy as sa

from kip_portal.core.audit import AuditEvent
from kip_portal.dip.models import InformationEntry
from kip_portal.documents.services import path_of
from kip_portal.extensions import db
from kip_portal.mail.models import OutboxMail
from kip_portal.reports import publishing
from tests import factories
from tests.reports.conftest import wib

REPORT_TITLE = "Laporan Layanan Informasi Publik Tahun 2025"
SUMMARY_TITLE = "Ringkasan Laporan Akses Informasi Publik Tahun 2025"


def _entries(title: str) -> list[InformationEntry]:
    return list(db.session.scalars(sa.select(InformationEntry).where(InformationEntry.title == title)))


def _report_text(entry: InformationEntry) -> str:
    (document,) = entry.documents
    assert document.mimetype == "application/pdf"
    return factories.pdf_text(path_of(document).read_bytes())


def test_publishing_files_the_report_and_its_summary_in_the_dip(client, login, people, units, year_2025, freeze):
    freeze(wib(2026, 3, 2))
    login(people["ppid_utama"])
    response = client.post("/staf/laporan/2025/terbitkan")
    assert response.status_code == 302
    (full,) = _entries(REPORT_TITLE)
    (summary,) = _entries(SUMMARY_TITLE)
    assert response.headers["Location"].endswith(f"/dip/entri/{full.id}")

    assert (full.category.value, full.legal_item, full.status.value) == ("setiap_saat", "setiap_saat:j", "published")
    assert full.unit_id == units["utama"].id and full.year == 2025
    assert "C. Rincian Pelayanan Informasi Publik" in _report_text(full)

    assert (summary.category.value, summary.legal_item, summary.status.value) == ("berkala", "berkala:e", "published")
    # Pasal 15 ayat 5: requests received, time per request, granted vs refused, refusal reasons.
    assert "menerima 8 permohonan" in summary.summary
    assert "median 10 hari kerja" in summary.summary
    assert "Dikabulkan seluruhnya 1, dikabulkan sebagian 1, ditolak 2" in summary.summary
    assert "Pasal 17 huruf h UU 14/2008 (1)" in summary.summary

    report = publishing.get_report(2025)
    assert report.entry_id == full.id and report.published_at == wib(2026, 3, 2)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(
        AuditEvent.object_type == "annual_reports", AuditEvent.action == "published")) == 1
    # On time: published before 31 March 2026.
    listing = client.get("/staf/laporan/").get_data(as_text=True)
    assert re.search(r">2025</a></td>\s*<td>31 Maret 2026</td>\s*<td>Terbit</td>", listing)

    public = client.get(f"/dip/entri/{full.id}")
    assert public.status_code == 200 and REPORT_TITLE in public.get_data(as_text=True)


def test_republishing_updates_the_entries_instead_of_duplicating(people, year_2025):
    admin = people["admin"]
    publishing.publish(2025, actor=admin, now=wib(2026, 3, 2))
    publishing.save_narrative(2025, {"recommendations": "Membuka loket layanan di setiap UPT."}, actor=admin,
                              now=wib(2026, 3, 5))
    publishing.publish(2025, actor=admin, now=wib(2026, 3, 6))
    (full,) = _entries(REPORT_TITLE)
    (summary,) = _entries(SUMMARY_TITLE)
    assert "Membuka loket layanan di setiap UPT." in _report_text(full), "the republished PDF replaced the old one"
    assert publishing.get_report(2025).entry_id == full.id
    assert publishing.get_report(2025).published_at == wib(2026, 3, 6)
    assert summary.status.value == "published"


def test_the_report_of_a_running_year_cannot_be_published(client, login, people, freeze):
    freeze(wib(2026, 11, 30))
    login(people["admin"])
    page = client.post("/staf/laporan/2026/terbitkan", follow_redirects=True).get_data(as_text=True)
    assert "setelah tahun anggaran 2026 berakhir" in page
    assert _entries("Laporan Layanan Informasi Publik Tahun 2026") == []


def test_public_summary_appears_once_published(client, people, year_2025):
    assert client.get("/laporan/2025").status_code == 404
    publishing.publish(2025, actor=people["admin"], now=wib(2026, 3, 2))
    response = client.get("/laporan/2025")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Ringkasan Laporan Layanan Informasi Publik Tahun 2025" in page and page.count("<svg") == 3
    assert "unduh PDF" in page
    # Aggregates only: no requester's name, NIK or contact reaches the public page.
    for personal in ("Siti Aminah", "3509121507800001", "081234567890", "siti@contoh.id"):
        assert personal not in page


def _reminders() -> list[OutboxMail]:
    return list(db.session.scalars(sa.select(OutboxMail).where(OutboxMail.subject.like("%Laporan Layanan%"))))


def test_reminder_goes_weekly_to_admin_and_ppid_utama_until_published(people):
    monday = date(2026, 1, 5)
    assert publishing.queue_report_reminder(today=monday, now=wib(2026, 1, 5)) == 2
    assert sorted(m.recipient for m in _reminders()) == sorted([people["admin"].email, people["ppid_utama"].email])
    assert "31-03-2026" in _reminders()[0].body
    # The same ISO week: nothing new, however often cron runs.
    assert publishing.queue_report_reminder(today=date(2026, 1, 9), now=wib(2026, 1, 9)) == 0
    assert publishing.queue_report_reminder(today=date(2026, 1, 12), now=wib(2026, 1, 12)) == 2
    publishing.publish(2025, actor=people["admin"], now=wib(2026, 1, 13))
    assert publishing.queue_report_reminder(today=date(2026, 1, 19), now=wib(2026, 1, 19)) == 0
    assert len(_reminders()) == 4


@pytest.mark.parametrize("today", [date(2025, 12, 31), date(2026, 4, 1)])
def test_no_reminder_outside_january_to_march(people, today):
    assert publishing.queue_report_reminder(today=today, now=wib(today.year, today.month, today.day)) == 0


def test_send_reminders_queues_the_report_reminder(runner, people, freeze):
    freeze(wib(2026, 2, 2))
    result = runner.invoke(args=["send-reminders"])
    assert result.exit_code == 0, result.output
    assert "2 pengingat laporan tahunan baru" in result.output
    assert "0 pengingat laporan tahunan baru" in runner.invoke(args=["send-reminders"]).output
