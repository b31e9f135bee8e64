"""The annual report's figures, counted by hand from the rows of the year (UU 14/2008 Pasal 12)."""
from __future__ import annotations

import pytest

from kip_portal.reports.services import annual_figures
from kip_portal.reports.services import refusal_bases


def test_request_figures_match_the_register(year_2025):
    figures = annual_figures(2025)
    # Eight requests received in 2025 local time; the one of 1 Jan 2026 06.00 WIB (still 2025 in UTC) is not.
    assert figures["requests_received"] == 8
    assert figures["by_month"] == [0, 1, 2, 0, 1, 0, 1, 0, 0, 0, 1, 2]
    assert figures["by_channel"] == {"web": 3, "langsung": 2, "pos": 1, "email": 1, "telepon": 1}
    assert figures["by_unit"] == {"UPT-JEMBER": 6, "UPT-BATU": 2}
    assert (figures["granted_full"], figures["granted_partial"], figures["refused"], figures["not_held"],
            figures["undocumented"]) == (1, 1, 2, 1, 0)
    # The refusal awaiting the atasan's approval is no refusal yet: that request is still open, with 31 Dec's.
    assert figures["still_open"] == 2
    assert figures["closed_incomplete"] == 1
    assert figures["extended"] == 1


def test_working_days_to_answer_are_counted_on_the_calendar(year_2025):
    """Working days after receipt up to the written notice (2025 holidays and cuti bersama skipped):

    - 3 Feb → 5 Feb: 2 (due 17 Feb).
    - 3 Mar → 17 Mar: 10 (due 17 Mar: on the last day).
    - 26 Mar → approved 10 Apr: 4 — 28 Mar and 2–4, 7 Apr cuti bersama, 31 Mar and 1 Apr Idul Fitri (due 21 Apr).
    - 5 May → 28 May: 15 — 12 May Waisak, 13 May cuti bersama; extended from 21 May to 3 Jun.
    - 7 Jul → approved 4 Aug: 20 (due 21 Jul: late).
    """
    figures = annual_figures(2025)
    assert figures["answered"] == 5
    assert figures["median_working_days"] == 10  # 2, 4, 10, 15, 20
    assert figures["mean_working_days"] == 10.2  # 51 / 5
    assert figures["p90_working_days"] == 20
    assert figures["max_working_days"] == 20
    assert figures["working_days_by_classification"]["ditolak"] == {
        "count": 2, "median": 12, "mean": 12.0, "p90": 20, "max": 20}
    assert figures["working_days_by_classification"]["dikabulkan_seluruhnya"]["median"] == 2
    assert figures["working_days_by_classification"]["tidak_dikuasai"]["median"] == 15
    assert figures["working_days_by_classification"]["belum_didokumentasikan"] == {
        "count": 0, "median": None, "mean": None, "p90": None, "max": None}
    assert figures["working_days_distribution"] == {"0-3": 1, "4-10": 2, "11-17": 1, "18+": 1}
    assert (figures["on_time"], figures["late"], figures["on_time_rate"]) == (4, 1, 0.8)


def test_refusals_are_grouped_by_pasal_17_letter(year_2025):
    assert annual_figures(2025)["refusals_by_basis"] == {"17h": 1, "lainnya": 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("Pasal 17 huruf h UU 14/2008", ["17h"]),
    ("pasal 17 huruf b, d UU 14/2008", ["17b", "17d"]),
    ("Pasal 17 huruf c dan huruf j UU 14/2008", ["17c", "17j"]),
    ("Pasal 17 huruf h angka 2 UU 14/2008", ["17h"]),
    ("Pasal 6 ayat (3) huruf c UU 14/2008", ["lainnya"]),
    ("", ["lainnya"]),
])
def test_refusal_basis_letters(text, expected):
    assert refusal_bases(text) == expected


def test_objections_and_disputes_are_counted_by_filing_year(year_2025):
    figures = annual_figures(2025)
    assert figures["objections"] == {
        "filed": 3, "by_outcome": {"dikuatkan": 1, "dibatalkan": 1, "open": 1},
        "by_ground": {"a": 2, "b": 0, "c": 0, "d": 1, "e": 0, "f": 0, "g": 1}, "answered_late": 1}
    assert figures["disputes"]["filed"] == 2
    assert figures["disputes"]["by_stage"] == {"registrasi": 0, "mediasi": 1, "ajudikasi": 0, "putusan": 1}
    assert figures["disputes"]["by_outcome"]["dikabulkan"] == 1 and figures["disputes"]["by_outcome"]["open"] == 1


def test_the_next_year_has_its_own_requests(year_2025):
    figures = annual_figures(2026)
    assert figures["requests_received"] == 1 and figures["by_month"][0] == 1
    assert figures["objections"]["filed"] == 1 and figures["disputes"]["filed"] == 1


def test_an_empty_year_gives_zeros(app):
    figures = annual_figures(2024)
    assert figures["requests_received"] == 0 and figures["by_month"] == [0] * 12
    assert figures["granted_full"] == figures["refused"] == figures["on_time"] == 0
    assert figures["refusals_by_basis"] == {}
    assert figures["median_working_days"] is None and figures["on_time_rate"] is None
    assert figures["objections"]["filed"] == 0 and figures["disputes"]["filed"] == 0
    assert figures["due_date"] == "2025-03-31"
