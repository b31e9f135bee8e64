"""Password policy (ASVS 2.1): 12 characters or more, not a common password, not the email's name."""
from __future__ import annotations

import pytest

from kip_portal.auth import services
from kip_portal.auth.models import Role
from kip_portal.core.exceptions import DomainError
from kip_portal.core.models import utcnow
from kip_portal.demo.seed import DEMO_PASSWORD
from tests import factories


@pytest.mark.parametrize(("email", "password", "message"), [
    ("budi@uji.test", "pendek-123", "Kata sandi minimal 12 karakter."),
    ("budi@uji.test", "Password2026!", "Kata sandi terlalu umum"),
    ("budi@uji.test", "Bismillah123!", "Kata sandi terlalu umum"),
    ("budi@uji.test", "qwertyuiopasdf", "Kata sandi terlalu umum"),
    ("budi@uji.test", "123456789012", "Kata sandi terlalu umum"),
    ("budi@uji.test", "aaaaaaaaaaaaaaaa", "Kata sandi terlalu umum"),
    ("budi.santoso@uji.test", "Santoso-Surabaya-7", "tidak boleh memuat nama akun"),
    ("ppid.jember@uji.test", "kantor-ppid.jember-9", "tidak boleh memuat nama akun"),
])
def test_a_weak_password_is_refused_with_the_reason(app, email, password, message):
    with pytest.raises(DomainError, match=message) as raised:
        services.create_user(email=email, name="Budi", password=password, role=Role.AUDITOR, unit=None,
                             actor=None, now=utcnow())
    assert raised.value.fields["password"]
    assert services.get_by_email(email) is None


@pytest.mark.parametrize(("email", "password"), [
    ("admin@ppid.test", DEMO_PASSWORD),
    ("auditor@ppid.test", factories.PASSWORD),
    ("ppid.utama@ppid.test", "kuda-laut-minum-kopi"),
])
def test_good_passwords_pass_including_the_demo_and_test_ones(app, email, password):
    assert len(DEMO_PASSWORD) == 14
    user = services.create_user(email=email, name="Staf", password=password, role=Role.AUDITOR, unit=None,
                                actor=None, now=utcnow())
    assert services.authenticate(email, password) == user


def test_changing_a_password_follows_the_policy_on_the_admin_page(client, login):
    admin = factories.make_user(Role.ADMIN)
    user = factories.make_user(Role.AUDITOR, email="rina@uji.test")
    login(admin)
    page = client.post(f"/admin/pengguna/{user.id}", data={
        "email": user.email, "name": "Rina", "role": "auditor", "unit_id": 0, "active": "y",
        "password": "rina-rina-rina-1"}).get_data(as_text=True)
    assert "Kata sandi tidak boleh memuat nama akun pada alamat email (bagian sebelum @)." in page
    assert "Kata sandi (minimal 12 karakter)" in page
