"""Fixtures for requests: a unit with its officer, API tokens, and a valid request body."""
from __future__ import annotations

import pytest

from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.core.models import utcnow
from tests import factories

VALID_NIK = "3509121507800001"  # Jember (35 09), born 15-07-1980: a well-formed, made-up number


@pytest.fixture
def units(app):
    utama = factories.make_utama()
    return {"utama": utama, "jember": factories.make_unit("UPT-JEMBER", parent=utama),
            "batu": factories.make_unit("UPT-BATU", parent=utama)}


@pytest.fixture
def token_of(units):
    """An API token for a new user of ``role`` in ``unit``."""

    def make(role: Role, unit=None) -> dict:
        user = factories.make_user(role, unit=unit)
        return {"Authorization": f"Bearer {auth.issue_api_token(user, actor=None, now=utcnow())}"}

    return make


@pytest.fixture
def body():
    return {"requester_type": "perorangan", "name": "Siti Aminah", "nik": VALID_NIK,
            "address": "Jl. Mastrip 12, Jember", "phone": "081234567890", "email": "siti@contoh.id",
            "occupation": "Guru", "information": "Daftar penerima bantuan lansia di UPT PSTW Jember tahun 2025",
            "purpose": "Penelitian skripsi", "obtain_method": "salinan_softcopy", "delivery_method": "email",
            "unit": "UPT-JEMBER"}
