"""The fee table is kept by the admin and published at once (Perki 1/2021 Pasal 37–38)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.extensions import db
from kip_portal.fees.models import FeeItem
from tests import factories


def test_admin_adds_a_fee_and_the_public_page_shows_it(client, login):
    login(factories.make_user(Role.ADMIN))
    response = client.post("/admin/biaya", data={"kind": "penyalinan", "name": "Fotokopi A4", "per": "per lembar",
                                                 "price": "500", "legal_source": "Keputusan PPID Nomor 1/2026"})
    assert response.status_code == 302
    page = client.get("/biaya").get_data(as_text=True)
    assert "Fotokopi A4" in page and "Rp 500 per lembar" in page and "Transfer ke rekening resmi" in page


def test_a_fee_needs_its_source_and_a_price_that_is_not_negative(client, login):
    login(factories.make_user(Role.ADMIN))
    client.post("/admin/biaya", data={"kind": "pengiriman", "name": "Pos", "price": "-1", "legal_source": ""})
    assert db.session.scalar(sa.select(sa.func.count()).select_from(FeeItem)) == 0


def test_admin_removes_a_fee(client, login):
    login(factories.make_user(Role.ADMIN))
    client.post("/admin/biaya", data={"kind": "penyalinan", "name": "Cetak warna", "per": "per lembar",
                                      "price": "1500", "legal_source": "Keputusan PPID Nomor 1/2026"})
    item = db.session.scalar(sa.select(FeeItem))
    client.post(f"/admin/biaya/{item.id}/hapus")
    assert "Belum ada tarif" in client.get("/biaya").get_data(as_text=True)


@pytest.mark.demo
def test_seed_demo_publishes_the_demo_fees(runner, client):
    runner.invoke(args=["seed-demo"])
    assert db.session.scalar(sa.select(sa.func.count()).select_from(FeeItem)) == 4
    assert "Rp 15.000 per kiriman" in client.get("/biaya").get_data(as_text=True)
