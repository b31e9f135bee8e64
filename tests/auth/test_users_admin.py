"""The admin manages staff accounts and units; the rules hold whatever the form sends."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from kip_portal.auth import services
from kip_portal.auth.forms import NO_UNIT
from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.audit import AuditEvent
from kip_portal.extensions import db
from kip_portal.units.models import Unit
from tests import factories


@pytest.fixture
def admin(app, login):
    user = factories.make_user(Role.ADMIN)
    login(user)
    return user


def _user_form(**overrides):
    return {"email": "baru@uji.test", "name": "Petugas Baru", "role": "ppid", "unit_id": NO_UNIT,
            "password": "kata-sandi-panjang", "active": "y", **overrides}


def test_admin_creates_a_ppid_officer_for_a_unit(client, admin):
    unit = factories.make_unit("UPT-JEMBER")
    response = client.post("/admin/pengguna/baru", data=_user_form(unit_id=unit.id))
    assert response.status_code == 302
    user = services.get_by_email("baru@uji.test")
    assert user.role == Role.PPID and user.unit_id == unit.id
    assert db.session.scalar(sa.select(AuditEvent).where(AuditEvent.object_type == "users",
                                                         AuditEvent.object_id == user.id)).action == "created"


@pytest.mark.parametrize(("overrides", "message"), [
    ({}, "Petugas PPID harus terdaftar pada satu unit."),
    ({"role": "auditor", "password": "pendek"}, "Kata sandi minimal 12 karakter."),
    ({"role": "auditor", "email": "bukan-email"}, "Alamat email tidak valid."),
])
def test_invalid_user_is_refused_with_a_message_and_not_created(client, admin, overrides, message):
    response = client.post("/admin/pengguna/baru", data=_user_form(**overrides))
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 1


def test_duplicate_email_is_refused(client, admin):
    factories.make_user(Role.AUDITOR, email="baru@uji.test")
    response = client.post("/admin/pengguna/baru", data=_user_form(role="auditor"))
    assert "sudah terdaftar" in response.get_data(as_text=True)


def test_admin_deactivates_a_user_and_keeps_the_password_when_left_empty(client, admin):
    user = factories.make_user(Role.AUDITOR)
    old_hash = user.password_hash
    response = client.post(f"/admin/pengguna/{user.id}", data=_user_form(
        email=user.email, role="auditor", password="", active=""))
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.active is False and user.password_hash == old_hash


def test_admin_cannot_lock_themselves_out(client, admin):
    response = client.post(f"/admin/pengguna/{admin.id}", data=_user_form(
        email=admin.email, role="auditor", password=""))
    assert "akun Anda sendiri" in response.get_data(as_text=True)
    db.session.refresh(admin)
    assert admin.role == Role.ADMIN


def test_admin_creates_a_unit_under_the_ppid_utama(client, admin):
    utama = factories.make_utama()
    response = client.post("/admin/unit/baru", data={"code": "UPT-BATU", "name": "UPT Petirahan Anak Batu",
                                                     "kind": "pelaksana"})
    assert response.status_code == 302
    unit = db.session.scalar(sa.select(Unit).where(Unit.code == "UPT-BATU"))
    assert unit.parent_id == utama.id


@pytest.mark.parametrize(("form", "message"), [
    ({"code": "DINSOS", "name": "Duplikat", "kind": "pelaksana"}, "sudah dipakai"),
    ({"code": "LAIN", "name": "PPID Utama kedua", "kind": "utama"}, "Sudah ada PPID Utama"),
    ({"code": "kode kecil", "name": "X", "kind": "pelaksana"}, "Huruf besar, angka dan tanda hubung saja."),
])
def test_invalid_unit_is_refused(client, admin, form, message):
    factories.make_utama()
    response = client.post("/admin/unit/baru", data=form)
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Unit)) == 1
