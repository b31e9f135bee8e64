"""NIK, address and phone are Fernet tokens in the database and plain text everywhere in the portal."""
from __future__ import annotations

import stat

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from kip_portal import create_app
from kip_portal.auth.models import Role
from kip_portal.crypto.keys import DecryptionError
from kip_portal.crypto.keys import InvalidKeys
from kip_portal.crypto.keys import is_token
from kip_portal.extensions import db
from kip_portal.inforequests.models import InfoRequest
from tests import factories
from tests.conftest import VALID_NIK
from tests.crypto.conftest import new_key
from tests.crypto.conftest import raw_row


def test_the_database_holds_tokens_and_the_staff_page_shows_the_nik(app, client, login, units, submitted):
    stored = raw_row("info_requests", submitted.id)
    for column, plain in (("nik", VALID_NIK), ("address", "Jl. Mastrip 12, Jember"), ("phone", "081234567890")):
        assert is_token(stored[column]) and plain not in stored[column], column
        assert Fernet(app.config["ENCRYPTION_KEYS"]).decrypt(stored[column].encode()).decode() == plain
    db.session.expire_all()
    info_request = db.session.get(InfoRequest, submitted.id)
    assert (info_request.nik, info_request.address, info_request.phone) == (
        VALID_NIK, "Jl. Mastrip 12, Jember", "081234567890")

    login(factories.make_user(Role.PPID, unit=units["jember"]))
    page = client.get(f"/staf/permohonan/{submitted.id}").get_data(as_text=True)
    assert VALID_NIK in page and "Jl. Mastrip 12, Jember" in page


def test_an_empty_value_stays_empty(client, units, body):
    response = client.post("/permohonan/baru", data=body | {"phone": ""})
    assert response.status_code == 302
    info_request = db.session.scalar(sa.select(InfoRequest))
    assert raw_row("info_requests", info_request.id)["phone"] == ""
    assert info_request.phone == ""


def test_the_proxy_of_a_keberatan_is_encrypted_too(app, submitted, now):
    from kip_portal.keberatan.models import Keberatan

    keberatan = Keberatan(year=2026, sequence=1, number="001/KEB/PPID/XI/2026", info_request=submitted,
                          grounds="a", case="Ditolak", channel=submitted.channel, filed_at=now,
                          proxy_name="Budi", proxy_address="Jl. Kuasa 3, Jember", proxy_phone="081300000001",
                          window_start=now.date(), window_end=now.date(), due_date=now.date())
    db.session.add(keberatan)
    db.session.commit()
    stored = raw_row("keberatan", keberatan.id)
    assert is_token(stored["proxy_address"]) and is_token(stored["proxy_phone"])
    assert "Jl. Kuasa 3" not in stored["proxy_address"] and stored["proxy_name"] == "Budi"
    db.session.expire_all()
    assert db.session.get(Keberatan, keberatan.id).proxy_address == "Jl. Kuasa 3, Jember"


def test_a_wrong_key_raises_a_clear_error_instead_of_garbage(make_app, submitted):
    other = make_app(ENCRYPTION_KEYS=new_key())
    with other.app_context():
        with pytest.raises(DecryptionError) as raised:
            _ = db.session.get(InfoRequest, submitted.id).nik
        db.session.remove()
        db.engine.dispose()
    message = str(raised.value)
    assert "ENCRYPTION_KEYS" in message and "tidak dapat dibuka" in message
    assert VALID_NIK not in message and "gAAAA" not in message


def test_a_malformed_key_stops_the_start_without_showing_it(make_app):
    with pytest.raises(InvalidKeys) as raised:
        make_app(ENCRYPTION_KEYS=f"{new_key()},bukan-kunci-rahasia")
    assert "kunci ke-2" in str(raised.value) and "bukan-kunci-rahasia" not in str(raised.value)


def test_keys_come_as_a_list_or_a_comma_separated_string(make_app):
    first, second = new_key(), new_key()
    for value in ([first, second], f"{first}, {second}"):
        ring = make_app(ENCRYPTION_KEYS=value).extensions["kip_encryption"]
        assert ring.count == 2 and ring.primary.decrypt(ring.encrypt(b"x")) == b"x"


def test_without_configured_keys_one_is_kept_in_the_instance(tmp_path):
    config = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'kip.sqlite'}", "SECRET_KEY": "s"}
    first = create_app(dict(config), instance_path=str(tmp_path / "instance")).config["ENCRYPTION_KEYS"]
    second = create_app(dict(config), instance_path=str(tmp_path / "instance")).config["ENCRYPTION_KEYS"]
    key_file = tmp_path / "instance" / "encryption_key"
    assert first == second == key_file.read_text().strip()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    Fernet(first)  # a valid key
