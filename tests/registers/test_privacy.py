"""Masking keeps a row recognisable (initials, region, first digits) without identifying the requester."""
from __future__ import annotations

import pytest

from kip_portal.auth.models import Role
from kip_portal.inforequests.privacy import can_see_personal_data
from kip_portal.inforequests.privacy import mask_address
from kip_portal.inforequests.privacy import mask_email
from kip_portal.inforequests.privacy import mask_name
from kip_portal.inforequests.privacy import mask_phone
from kip_portal.inforequests.privacy import requester_columns
from tests import factories


@pytest.mark.parametrize(("name", "masked"), [
    ("Budi Santoso", "B. S."), ("siti aminah binti ahmad", "S. A. B. A."), ("Madonna", "M."), ("", ""),
    ("Dr. Ir. Hadi", "D. I. H."), ("Agus Salim (demo)", "A. S."), ("Rina (kuasa PT Maju) Dewi", "R. D."),
])
def test_names_become_initials(name, masked):
    assert mask_name(name) == masked


def test_address_keeps_only_the_town():
    assert mask_address("Jl. Mastrip 12 RT 02/RW 03, Kel. Sumbersari, Jember") == "***, Jember"
    assert mask_address("Dusun Krajan") == "***"
    assert mask_address("") == ""


def test_phone_keeps_the_first_four_and_last_two_digits():
    assert mask_phone("0812-3456-7890") == "0812******90"
    assert mask_phone("+62 812 3456 7890") == "6281*******90"
    assert mask_phone("12345") == "*****"


def test_email_keeps_the_first_letter_and_the_domain():
    assert mask_email("siti.aminah@contoh.id") == "s***@contoh.id"
    assert mask_email("") == ""


def test_register_columns_never_carry_the_nik(app):
    class Request:
        name, address, phone, email, occupation = "Siti Aminah", "Jl. Mastrip 12, Jember", "081234567890", "", "Guru"
        nik = "3509121507800001"

    full = requester_columns(Request(), full=True)
    masked = requester_columns(Request(), full=False)
    assert full == {"name": "Siti Aminah", "address": "Jl. Mastrip 12, Jember", "contact": "081234567890",
                    "occupation": "Guru"}
    assert masked == {"name": "S. A.", "address": "***, Jember", "contact": "0812******90", "occupation": "Guru"}


def test_who_sees_personal_data(app):
    utama = factories.make_utama()
    jember, batu = factories.make_unit("UPT-J", parent=utama), factories.make_unit("UPT-B", parent=utama)
    assert can_see_personal_data(factories.make_user(Role.PPID, unit=jember), jember)
    assert not can_see_personal_data(factories.make_user(Role.PPID, unit=jember), batu)
    assert can_see_personal_data(factories.make_user(Role.PPID, unit=utama), batu)
    assert can_see_personal_data(factories.make_user(Role.ADMIN), batu)
    assert can_see_personal_data(factories.make_user(Role.ATASAN, unit=utama), batu)
    assert not can_see_personal_data(factories.make_user(Role.AUDITOR), batu)
    assert not can_see_personal_data(None, batu)
