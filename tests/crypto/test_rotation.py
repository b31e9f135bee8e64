"""`flask rotate-encryption-key`: after it, the new key alone opens every value and identity file."""
from __future__ import annotations

import json

import sqlalchemy as sa
from cryptography.fernet import Fernet

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditEvent
from kip_portal.core.audit import verify_chain
from kip_portal.extensions import db
from kip_portal.inforequests.models import IdentityDocument
from kip_portal.inforequests.models import InfoRequest
from tests import factories
from tests.conftest import VALID_NIK
from tests.crypto.conftest import KTP
from tests.crypto.conftest import new_key
from tests.crypto.conftest import raw_row


def _run(app, *args):
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["rotate-encryption-key", *args])
        db.session.remove()
        db.engine.dispose()
    return result


def test_after_rotation_only_the_new_key_is_needed(app, make_app, units, submitted):
    old, new = app.config["ENCRYPTION_KEYS"], new_key()
    email = factories.make_user(Role.PPID, unit=units["jember"]).email  # read here, on this app's session
    old_digest = db.session.scalar(sa.select(IdentityDocument.sha256))

    result = _run(make_app(ENCRYPTION_KEYS=f"{new},{old}"))
    assert result.exit_code == 0, result.output
    assert "3 dari 3 nilai terenkripsi dan 1 dari 1 berkas identitas dienkripsi ulang" in result.output

    only_new = make_app(ENCRYPTION_KEYS=new)
    with only_new.app_context():
        info_request = db.session.scalar(sa.select(InfoRequest))
        assert (info_request.nik, info_request.phone) == (VALID_NIK, "081234567890")
        assert Fernet(new).decrypt(raw_row("info_requests", info_request.id)["nik"].encode()).decode() == VALID_NIK
        document = db.session.scalar(sa.select(IdentityDocument))
        assert document.sha256 != old_digest
        client = only_new.test_client()
        client.post("/masuk", data={"email": email, "password": factories.PASSWORD})
        response = client.get(f"/staf/permohonan/identitas/{document.id}")
        assert response.status_code == 200 and response.data == KTP
        response.close()
        event = db.session.scalars(sa.select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event.action == "encryption_key_rotated" and event.actor_label == "sistem"
        assert json.loads(event.after) == {"values": 3, "values_rotated": 3, "files": 1, "files_rotated": 1, "keys": 2}
        assert verify_chain().ok
        db.session.remove()
        db.engine.dispose()
    # The blob under the old key is gone: nothing the old key alone could open is left in the store.
    db.session.expire_all()
    from kip_portal.documents.services import blob_store

    assert not blob_store().exists(old_digest)


def test_running_it_again_changes_nothing(app, make_app, submitted):
    keys, request_id = f"{new_key()},{app.config['ENCRYPTION_KEYS']}", submitted.id
    assert _run(make_app(ENCRYPTION_KEYS=keys)).exit_code == 0
    before = raw_row("info_requests", request_id)
    again = _run(make_app(ENCRYPTION_KEYS=keys))
    assert again.exit_code == 0 and "0 dari 3 nilai terenkripsi dan 0 dari 1 berkas" in again.output
    db.session.rollback()
    assert raw_row("info_requests", request_id) == before


def test_a_value_no_key_opens_fails_the_command_and_changes_nothing(app, make_app, submitted):
    before = raw_row("info_requests", submitted.id)
    result = _run(make_app(ENCRYPTION_KEYS=f"{new_key()},{new_key()}"))
    assert result.exit_code == 1 and "tidak dapat dibuka dengan ENCRYPTION_KEYS" in result.output
    assert VALID_NIK not in result.output
    db.session.expire_all()
    assert raw_row("info_requests", submitted.id) == before
    assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                             .where(AuditEvent.action == "encryption_key_rotated")) == 0
