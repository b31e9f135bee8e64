"""The auditor's dashboard: every figure counted by hand from the rows of tests/compliance/conftest.py."""
from __future__ import annotations

import re
from datetime import date

import pytest

from kip_portal.auth.models import Role
from kip_portal.compliance import services
from kip_portal.core import clock
from kip_portal.sengketa.models import Stage
from tests import factories
from tests.compliance.conftest import TODAY
from tests.conftest import FIXED_NOW


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: FIXED_NOW)


def test_request_figures_of_the_year(records):
    figures = services.request_figures(year=2026, today=TODAY)
    # r1–r10 and r12 (1 Jan 2026 local time); r11 was received in 2025.
    assert figures.received == 11
    # Notices: r1, r2, r3, r4, r5, r9, r10 (r6's refusal still waits for the atasan). Late: r2 only.
    assert (figures.notified, figures.on_time, figures.on_time_rate) == (7, 6, 85.7)
    # Working days: 3, 12, 16, 3, 4, 10, 1 -> sorted 1 3 3 4 10 12 16: median 4; p90 is the ⌈6.3⌉ = 7th value.
    assert sorted(figures.days) == [1, 3, 3, 4, 10, 12, 16]
    assert (figures.median_days, figures.p90_days) == (4, 16)
    assert sorted(r.register_number for r in figures.overdue) == sorted(
        [records["requests"]["r6"].register_number, records["requests"]["r8"].register_number])
    assert figures.extensions == 1
    assert figures.refusals == 3
    assert figures.refusals_by_letter == {"b": 1, "h": 2, "lain": 1}


def test_unit_filter_narrows_every_request_figure(records):
    figures = services.request_figures(year=2026, today=TODAY, unit_id=records["units"]["a"].id)
    assert (figures.received, figures.notified, figures.on_time) == (10, 6, 5)
    # 3, 12, 16, 3, 4, 10 -> median (4 + 10) / 2 = 7; p90: the ⌈5.4⌉ = 6th value.
    assert (figures.median_days, figures.p90_days) == (7, 16)
    assert services.request_figures(year=2026, today=TODAY, unit_id=records["units"]["b"].id).received == 1


def test_keberatan_and_sengketa_of_the_year(records):
    keberatan = services.keberatan_figures(year=2026)
    assert (keberatan.filed, keberatan.open, keberatan.answered) == (3, 1, 2)
    assert (keberatan.dikuatkan, keberatan.dibatalkan) == (1, 1)
    assert services.sengketa_figures(year=2026) == {Stage.REGISTRASI: 1, Stage.MEDIASI: 1, Stage.AJUDIKASI: 0,
                                                   Stage.PUTUSAN: 0}
    assert services.keberatan_figures(year=2026, unit_id=records["units"]["b"].id).filed == 0


def test_completeness_counts_published_entries_naming_an_item(records):
    completeness = services.dip_completeness()
    by_key = {status.item.key: [e.title for e in status.entries] for status in completeness.items}
    assert len(by_key) == 29  # berkala a–k and setiap saat a–r
    assert by_key["berkala:e"] == ["Ringkasan akses semester I", "Ringkasan akses semester II"]
    assert by_key["berkala:c"] == [] and by_key["berkala:d"] == []  # a draft and a retired entry do not count
    # berkala a and e, setiap saat a and p: 4 of 29 = 13.8 %.
    assert (completeness.fulfilled, completeness.percent) == (4, 13.8)


def test_berkala_not_updated_for_six_months_is_stale(records):
    freshness = services.berkala_freshness(today=TODAY)
    assert freshness.cutoff.isoformat() == "2026-05-30"
    assert freshness.total == 4
    # Oldest first: last touched 1 Dec 2025, and 29 May 2026 23.30 WIB; 30 May 00.30 WIB is still fresh.
    assert [(entry.title, last.isoformat()) for entry, last in freshness.stale] == [
        ("Berita kegiatan", "2025-12-01"), ("Profil Dinas Sosial", "2026-05-29")]
    assert freshness.percent == 50.0


def test_six_months_before_a_month_end():
    assert services.six_months_before(TODAY).isoformat() == "2026-05-30"
    assert services.six_months_before(date(2026, 8, 31)).isoformat() == "2026-02-28"
    assert services.six_months_before(date(2026, 3, 15)).isoformat() == "2025-09-15"


def test_score_and_band_of_the_whole_body(records):
    data = services.dashboard(year=2026, today=TODAY)
    # 0.4 × 13.8 + 0.2 × 50 + 0.3 × 85.7 + 0.1 × (100 − 18.2) = 5.52 + 10 + 25.71 + 8.18 = 49.41.
    assert data.requests.overdue_share == 18.2  # 2 of 11
    assert data.score == 49.4
    assert data.band == "Kurang Informatif"


@pytest.mark.parametrize(("score", "band"), [
    (100, "Informatif"), (90, "Informatif"), (89.9, "Menuju Informatif"), (80, "Menuju Informatif"),
    (79.9, "Cukup Informatif"), (60, "Cukup Informatif"), (59.9, "Kurang Informatif"), (40, "Kurang Informatif"),
    (39.9, "Tidak Informatif"), (0, "Tidak Informatif"),
])
def test_band_boundaries(score, band):
    assert services.band(score) == band


def test_the_formula_weighs_its_four_parts():
    assert services.estimate_score(completeness=100, freshness=100, on_time=100, overdue_share=0) == 100
    assert services.estimate_score(completeness=100, freshness=0, on_time=0, overdue_share=100) == 40
    assert services.estimate_score(completeness=0, freshness=100, on_time=0, overdue_share=100) == 20
    assert services.estimate_score(completeness=0, freshness=0, on_time=100, overdue_share=100) == 30
    assert services.estimate_score(completeness=0, freshness=0, on_time=0, overdue_share=0) == 10
    # No notice yet in the year: nothing was late, the on-time part counts in full.
    assert services.estimate_score(completeness=0, freshness=0, on_time=None, overdue_share=100) == 30


def test_nearest_rank():
    assert services.nearest_rank([], 90) is None
    assert services.nearest_rank([5], 90) == 5
    assert services.nearest_rank(list(range(1, 11)), 90) == 9  # ⌈9⌉ = 9th of 10
    assert services.nearest_rank(list(range(1, 12)), 90) == 10  # ⌈9.9⌉ = 10th of 11


def _text(html: str, element_id: str) -> str:
    match = re.search(rf'id="{element_id}"[^>]*>(.*?)</', html, re.S)
    assert match, element_id
    return " ".join(match.group(1).split())


def test_the_auditor_reads_the_page(records, client, login, frozen):
    login(factories.make_user(Role.AUDITOR))
    html = client.get("/staf/kepatuhan/").get_data(as_text=True)  # the current year, 2026, by default
    assert _text(html, "received") == "11"
    assert _text(html, "on-time") == "6 dari 7 (85.7%)"
    assert (_text(html, "median"), _text(html, "p90"), _text(html, "overdue")) == ("4", "16", "2")
    assert _text(html, "band") == "Kurang Informatif" and _text(html, "score") == "49.4"
    assert "bukan nilai SAQ Komisi Informasi" in html and "peringkat terdekat" in html
    assert "40% × kelengkapan DIP" in html
    assert _text(html, "completeness") == "4 dari 29 butir (13.8%)"
    assert "Profil Dinas Sosial" in html.split('id="stale"')[1]
    assert "Pasal 17 huruf h</td><td>2" in html
    assert "1 belum dijawab, 2 dijawab" in _text(html, "keberatan")
    assert "Mediasi: 1" in _text(html, "sengketa")
    html_2025 = client.get("/staf/kepatuhan/?year=2025").get_data(as_text=True)
    assert _text(html_2025, "received") == "1"


def test_an_officer_of_a_ppid_pelaksana_sees_their_unit(records, client, login, frozen):
    login(factories.make_user(Role.PPID, unit=records["units"]["b"]))
    html = client.get("/staf/kepatuhan/?unit=UPT-A").get_data(as_text=True)
    assert _text(html, "received") == "1"  # UPT-B's own request, whatever the address asks
    assert 'name="unit"' not in html
