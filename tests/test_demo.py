"""``seed-demo`` loads a realistic, clearly-marked demo DIP, and loading it again changes nothing."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.audit import AuditEvent
from kip_portal.core.audit import verify_chain
from kip_portal.core.dates import local_date
from kip_portal.demo import catalog
from kip_portal.demo.seed import DEMO_PASSWORD
from kip_portal.demo.seed import FILES_DIR
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.documents.models import Document
from kip_portal.extensions import db
from kip_portal.inforequests.models import Decision
from kip_portal.inforequests.models import InfoRequest
from kip_portal.keberatan.models import Keberatan
from kip_portal.keberatan.models import Outcome
from kip_portal.mail.models import OutboxMail
from kip_portal.sengketa.models import Sengketa
from kip_portal.units.models import Unit
from kip_portal.units.models import UnitKind

REAL_PDFS = {path.name for path in FILES_DIR.glob("*.pdf")}


def _count(model, *where) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


def test_seed_demo_builds_the_organisation_and_dip(runner):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output

    assert _count(Unit, Unit.kind == UnitKind.UTAMA) == 1
    assert _count(Unit, Unit.kind == UnitKind.PELAKSANA) == 30
    assert _count(Unit, Unit.is_demo.is_(False)) == 0, "every demo unit is marked demo"
    published = InformationEntry.status == EntryStatus.PUBLISHED
    assert _count(InformationEntry, published) >= 60
    for category in Category:
        assert _count(InformationEntry, published, InformationEntry.category == category) >= 5, category
    units_with_entries = db.session.scalar(sa.select(sa.func.count(sa.distinct(InformationEntry.unit_id))))
    assert units_with_entries >= 10
    assert _count(InformationEntry, InformationEntry.is_demo.is_(False)) == 0

    attached = set(db.session.scalars(sa.select(Document.filename)))
    assert len(REAL_PDFS) == 8 and REAL_PDFS <= attached
    assert {name.rsplit(".", 1)[1] for name in attached} == {"pdf", "docx", "odt", "xlsx", "html", "txt"}

    for role in Role:
        assert _count(User, User.role == role) >= 1
    assert auth.authenticate("ppid.upt@demo.test", DEMO_PASSWORD).unit.code == catalog.PELAKSANA[0]["code"]


@pytest.mark.demo
def test_seed_demo_twice_changes_nothing(runner):
    counts = [_count(model) for model in (Unit, User, InformationEntry, Document, AuditEvent)]
    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0, second.output
    assert "0 baru" in second.output
    assert [_count(model) for model in (Unit, User, InformationEntry, Document, AuditEvent)] == counts


@pytest.mark.demo
def test_demo_exempt_documents_are_not_public(client):
    exempt_documents = db.session.scalars(
        sa.select(Document).join(Document.entry).where(InformationEntry.category == Category.DIKECUALIKAN)
    ).all()
    assert len(exempt_documents) >= 3
    for document in exempt_documents:
        response = client.get(f"/dokumen/{document.id}/{document.filename}")
        assert response.status_code == 404
        response.close()


@pytest.mark.demo
def test_seed_demo_files_recent_requests_in_every_stage_once(runner):
    second = runner.invoke(args=["seed-demo"])
    assert "Permohonan demo: 0 baru" in second.output
    requests = db.session.scalars(sa.select(InfoRequest).order_by(InfoRequest.id)).all()[-4:]
    assert [r.status.value for r in requests] == ["received", "extended", "decided", "received"]
    assert requests[3].awaiting_refusal_approval and requests[3].consequence_test_id
    assert requests[2].fee_total == 24 * 500, "24 pages at the demo table's Rp500"
    assert all(r.letters for r in requests), "each has at least its receipt"


@pytest.mark.demo
def test_demo_history_spans_two_years_with_keberatan_and_a_sengketa(app, now):
    today = local_date(now)
    requests = db.session.scalars(sa.select(InfoRequest)).all()
    years = {local_date(r.received_at).year for r in requests}
    assert years == {today.year - 1, today.year}
    decisions = {r.decision for r in requests if r.notified_at}
    assert set(Decision) <= decisions, "every kind of decision occurs"
    late = [r for r in requests if r.notified_at and local_date(r.notified_at) > r.current_due_date]
    assert 0 < len(late) < len(requests) / 4, "a few late notices, for the auditor to find"
    keberatan = db.session.scalars(sa.select(Keberatan)).all()
    assert len(keberatan) >= 3
    assert {k.outcome for k in keberatan} >= {Outcome.DIKUATKAN, Outcome.DIBATALKAN}
    reopened = next(k.info_request for k in keberatan if k.outcome == Outcome.DIBATALKAN)
    assert reopened.status.open and reopened.decision is None, "an overturned refusal is back with the PPID"
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Sengketa)) == 1
    # Past steps' mail is not sent today; only the recent requests' mail waits in the outbox.
    addresses = {m.recipient for m in db.session.scalars(sa.select(OutboxMail))}
    assert not any(a.startswith("pemohon") for a in addresses)
    assert verify_chain().ok
