"""Upgrading a database from before encryption at rest encrypts the NIKs, addresses, phones and KTP files in it."""
from __future__ import annotations

from datetime import date

from flask_migrate import downgrade
from flask_migrate import upgrade

from kip_portal import create_app
from kip_portal.core.storage import BlobStore
from kip_portal.crypto import files
from kip_portal.crypto.keys import is_token
from kip_portal.crypto.types import raw_table
from kip_portal.extensions import db
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Keberatan
from tests import factories
from tests.conftest import FIXED_NOW
from tests.conftest import VALID_NIK
from tests.conftest import _config
from tests.crypto.conftest import KTP
from tests.crypto.conftest import files_containing
from tests.crypto.conftest import raw_row

BEFORE = "32f5d9225b95"  # the last revision that kept these values in the clear


def _old_rows(app) -> tuple[int, int, str]:
    """A request, its keberatan with a proxy, and its KTP file, written as the portal wrote them before."""
    unit = factories.make_utama()
    requests = raw_table(InfoRequest.__table__)
    db.session.execute(requests.insert().values(
        id=1, year=2026, sequence=1, register_number="001/PPID/XI/2026", tracking_hash="a" * 64, unit_id=unit.id,
        channel="web", received_at=FIXED_NOW, requester_type="perorangan", name="Siti Aminah", nik=VALID_NIK,
        legal_entity_number="", address="Jl. Mastrip 12, Jember", phone="", email="siti@contoh.id", occupation="",
        information="Daftar penerima bantuan", purpose="Penelitian", obtain_method="membaca", delivery_method="email",
        status="received", due_date=date(2026, 12, 14), extension_reason="", completeness_note="",
        information_form="", redaction_note="", other_body="", undocumented_note="", refusal_basis="",
        consequence_test="", fee_copy=0, fee_delivery=0, submission_key="", created_at=FIXED_NOW,
        updated_at=FIXED_NOW))
    objections = raw_table(Keberatan.__table__)
    db.session.execute(objections.insert().values(
        id=1, year=2026, sequence=1, number="001/KEB/PPID/XI/2026", info_request_id=1, grounds="a", case="Ditolak",
        channel="web", filed_at=FIXED_NOW, proxy_name="Budi", proxy_address="Jl. Kuasa 3", proxy_phone="0813000001",
        window_start=date(2026, 11, 30), window_end=date(2027, 1, 14), due_date=date(2027, 1, 14), reasons="",
        atasan_name="", atasan_position="", requester_reaction="", created_at=FIXED_NOW, updated_at=FIXED_NOW))
    digest = BlobStore(app.config["DOCUMENTS_DIR"]).save(KTP)
    db.session.execute(raw_table(IdentityDocument.__table__).insert().values(
        id=1, info_request_id=1, sha256=digest, mimetype="image/png", size=len(KTP), created_at=FIXED_NOW,
        updated_at=FIXED_NOW))
    db.session.commit()
    return 1, 1, digest


def test_upgrading_encrypts_what_was_stored_in_the_clear(tmp_path, postgres):
    database = postgres.create("before_encryption") if postgres else tmp_path / "kip.sqlite"
    app = create_app(_config(tmp_path, database), instance_path=str(tmp_path / "instance"))
    try:
        with app.app_context():
            upgrade(revision=BEFORE)
            request_id, keberatan_id, plain_digest = _old_rows(app)
            assert raw_row("info_requests", request_id)["nik"] == VALID_NIK
            db.session.remove()  # the migration alters the table: hold no lock on it (PostgreSQL)

            upgrade()
            stored = raw_row("info_requests", request_id)
            assert is_token(stored["nik"]) and VALID_NIK not in stored["nik"]
            assert is_token(stored["address"]) and stored["phone"] == ""
            assert is_token(raw_row("keberatan", keberatan_id)["proxy_address"])
            assert files_containing(app.config["DOCUMENTS_DIR"], KTP) == []
            assert not BlobStore(app.config["DOCUMENTS_DIR"]).exists(plain_digest)

            db.session.expire_all()
            info_request = db.session.get(InfoRequest, request_id)
            assert (info_request.nik, info_request.address) == (VALID_NIK, "Jl. Mastrip 12, Jember")
            assert db.session.get(Keberatan, keberatan_id).proxy_phone == "0813000001"
            document = db.session.get(IdentityDocument, 1)
            assert files.read(document.sha256) == KTP

            db.session.remove()
            downgrade(revision=BEFORE)  # and back: the old schema gets its values in the clear again
            assert raw_row("info_requests", request_id)["nik"] == VALID_NIK
            assert BlobStore(app.config["DOCUMENTS_DIR"]).exists(plain_digest)
            db.session.remove()
            db.engine.dispose()
    finally:
        if postgres:
            postgres.drop(database)
