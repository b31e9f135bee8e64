"""Year (by local date of receipt or filing), unit and status each change the rows a register holds."""
from __future__ import annotations

import csv
import io

import pytest

from kip_portal.auth.models import Role
from tests import factories


@pytest.fixture
def numbers(client, login, world):
    """The request or keberatan numbers of a filtered CSV export, in register order."""
    login(factories.make_user(Role.AUDITOR))

    def read(slug: str, query: str) -> list[str]:
        response = client.get(f"/staf/register/{slug}.csv?{query}")
        assert response.status_code == 200, response.data
        rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
        key = "Nomor pendaftaran" if slug == "permohonan" else "Nomor keberatan"
        return [row[key] for row in rows]

    return read


def test_year_filter_counts_in_local_time(numbers, world):
    assert numbers("permohonan", "year=2024") == [world["old"].register_number]
    # Received 31 Dec 2025 18.00 UTC = 1 Jan 2026 01.00 WIB: a 2026 request.
    assert numbers("permohonan", "year=2026") == [world["new_year"].register_number]
    assert world["new_year"].register_number not in numbers("permohonan", "year=2025")


def test_the_default_year_is_this_year(numbers, world):
    assert numbers("permohonan", "") == [world["new_year"].register_number]


def test_unit_filter(numbers, world):
    assert numbers("permohonan", "year=2025&unit=UPT-BATU") == [world["open_batu"].register_number]
    assert numbers("permohonan", "year=2025&unit=UPT-JEMBER") == [world["granted"].register_number,
                                                                  world["refused"].register_number]
    assert numbers("keberatan", "year=2025&unit=UPT-BATU") == ["002/KEB/PPID/X/2025"]


def test_status_filter(numbers, world):
    assert numbers("permohonan", "year=2025&status=open") == [world["open_batu"].register_number]
    assert numbers("permohonan", "year=2025&status=closed") == [world["granted"].register_number]
    assert numbers("permohonan", "year=2025&status=decided") == [world["refused"].register_number]
    assert numbers("keberatan", "year=2025&status=open") == ["002/KEB/PPID/X/2025"]
    assert numbers("keberatan", "year=2025&status=answered") == ["001/KEB/PPID/IX/2025"]


def test_page_filters_and_download_links_agree(client, login, world):
    login(factories.make_user(Role.ADMIN))
    page = client.get("/staf/register/permohonan?year=2025&unit=UPT-BATU&status=open").get_data(as_text=True)
    assert "1 baris" in page and world["open_batu"].register_number in page
    assert "/staf/register/permohonan.xlsx?year=2025&amp;unit=UPT-BATU&amp;status=open" in page
