"""Staff see the requester in full (never the NIK); auditors and the public see masked values only."""
from __future__ import annotations

import io

import openpyxl
import pytest

from kip_portal.auth.models import Role
from tests import factories
from tests.registers.conftest import BUDI
from tests.registers.conftest import NIK
from tests.registers.conftest import SITI

SECRETS = [SITI["phone"], SITI["address"], SITI["email"], "Mastrip", BUDI["phone"], BUDI["address"], BUDI["email"],
           "Siti Aminah", "Budi Santoso", "Rahmat Hidayat", NIK]
URLS = ["{prefix}/permohonan?year=2025", "{prefix}/permohonan.csv?year=2025", "{prefix}/keberatan?year=2025",
        "{prefix}/keberatan.csv?year=2025"]


def xlsx_text(data: bytes) -> str:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None)


def assert_masked(client, prefix: str) -> None:
    for url in URLS:
        response = client.get(url.format(prefix=prefix))
        assert response.status_code == 200, url
        for secret in SECRETS:
            assert secret.encode() not in response.data, (url, secret)
        assert b"S. A." in response.data and b"0812******90" in response.data and b"***, Jember" in response.data
    for slug in ("permohonan", "keberatan"):
        text = xlsx_text(client.get(f"{prefix}/{slug}.xlsx?year=2025").data)
        text += factories.pdf_text(client.get(f"{prefix}/{slug}.pdf?year=2025").data)
        assert "S. A." in text
        for secret in SECRETS:
            assert secret not in text, (slug, secret)


def test_staff_see_full_address_and_phone_but_no_nik(client, login, world):
    login(factories.make_user(Role.PPID, unit=world["units"]["utama"]))
    page = client.get("/staf/register/permohonan?year=2025")
    assert page.status_code == 200
    for value in (SITI["name"], SITI["address"], SITI["phone"], SITI["email"], BUDI["address"]):
        assert value.encode() in page.data
    assert NIK.encode() not in page.data and b"3509********0001" not in page.data
    assert f'href="/staf/permohonan/{world["granted"].id}"'.encode() in page.data, "a row opens its request"
    csv_body = client.get("/staf/register/keberatan.csv?year=2025").data
    assert SITI["phone"].encode() in csv_body and b"Rahmat Hidayat" in csv_body and NIK.encode() not in csv_body
    assert client.get("/staf/register/permohonan.csv?year=2025").headers["Cache-Control"] == "private, no-store"


def test_atasan_and_admin_see_full_data(client, login, world):
    for role in (Role.ATASAN, Role.ADMIN):
        login(factories.make_user(role, unit=world["units"]["utama"] if role == Role.ATASAN else None))
        assert SITI["phone"].encode() in client.get("/staf/register/permohonan.csv?year=2025").data


def test_auditor_sees_masked_values(client, login, world):
    login(factories.make_user(Role.AUDITOR))
    assert_masked(client, "/staf/register")


def test_public_register_is_masked(client, world):
    assert_masked(client, "/register")


def test_public_does_not_see_a_refusal_before_the_atasan_approves(client, world):
    from kip_portal.extensions import db

    world["refused"].refusal_approved_at = None
    world["refused"].refusal_approved_by_id = None
    db.session.commit()
    body = client.get("/register/permohonan.csv?year=2025").data.decode("utf-8-sig")
    assert "Pasal 17 huruf h" not in body and "Ditolak" not in body


def test_a_unit_ppid_sees_only_its_own_unit(client, login, world):
    login(world["officer"])  # PPID of UPT Jember
    body = client.get("/staf/register/permohonan.csv?year=2025").data.decode("utf-8-sig")
    assert world["granted"].register_number in body and world["refused"].register_number in body
    assert world["open_batu"].register_number not in body and BUDI["phone"] not in body
    page = client.get("/staf/register/keberatan?year=2025")
    assert b"001/KEB/PPID/IX/2025" in page.data and b"002/KEB/PPID/X/2025" not in page.data
    assert b"UPT PSBL Batu" not in page.data, "the unit filter offers only its own unit"
    for url in ("/staf/register/permohonan?unit=UPT-BATU", "/staf/register/keberatan.csv?unit=UPT-BATU&year=2025"):
        assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", ["/register/permohonan?year=20x5", "/register/keberatan?status=hilang"])
def test_a_malformed_filter_is_explained(client, world, url):
    response = client.get(url)
    assert response.status_code == 400
    assert b"tidak" in response.data


def test_an_unknown_unit_is_404(client, world):
    assert client.get("/register/permohonan?unit=UPT-ATLANTIS").status_code == 404


def test_staff_pages_paginate_and_keep_numbering(app, client, login, world):
    app.config["PER_PAGE"] = 2
    login(factories.make_user(Role.ADMIN))
    second = client.get("/staf/register/permohonan?year=2025&page=2")
    assert second.status_code == 200
    assert b"<td>3</td>" in second.data and world["refused"].register_number.encode() in second.data
    assert world["granted"].register_number.encode() not in second.data
    assert b"Halaman 2 dari 2" in second.data
