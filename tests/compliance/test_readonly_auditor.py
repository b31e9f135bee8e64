"""An auditor reads everything and writes nothing: every POST route of the portal refuses the auditor's account."""
from __future__ import annotations

import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.core.audit import AuditHead
from kip_portal.extensions import db
from tests import factories

# Logging in and out touches only the session: checked apart below.
SESSION_ROUTES = {"auth.login", "auth.logout"}


def _row_counts() -> dict[str, int]:
    return {table.name: db.session.scalar(sa.select(sa.func.count()).select_from(table))
            for table in db.metadata.sorted_tables}


def _post_routes(app, *, api: bool) -> list[str]:
    """Every POST route, its ids filled with 1."""
    adapter = app.url_map.bind("portal.test")
    return sorted(adapter.build(rule.endpoint, {name: 1 for name in rule.arguments}, method="POST")
                  for rule in app.url_map.iter_rules()
                  if "POST" in rule.methods and rule.endpoint.startswith("api.") == api
                  and rule.endpoint not in SESSION_ROUTES)


def _state() -> tuple[dict[str, int], str | None]:
    db.session.expire_all()
    head = db.session.get(AuditHead, 1)
    return _row_counts(), head.last_hash if head else None


def test_every_web_post_route_refuses_the_auditor(app, client, login, records):
    login(factories.make_user(Role.AUDITOR))
    before = _state()
    routes = _post_routes(app, api=False)
    assert "/staf/permohonan/1/putuskan" in routes and "/staf/dip/baru" in routes
    answers = {url: client.post(url, data={"title": "x", "reason": "x", "decision": "ditolak"}).status_code
               for url in routes}
    assert {url: code for url, code in answers.items() if code != 403} == {}
    assert _state() == before
    # Still logged in, so the login form sends the auditor on, and writes nothing.
    assert client.post("/masuk", data={"email": "x@uji.test", "password": "x"}).status_code == 302
    assert _state() == before


def test_every_api_post_route_refuses_an_auditor_token(app, client, records):
    user = factories.make_user(Role.AUDITOR)
    headers = factories.bearer(user)
    before = _state()
    routes = _post_routes(app, api=True)
    assert "/api/v1/requests" in routes
    body = {"reason": "x", "decision": "ditolak", "requester_type": "perorangan", "name": "Auditor",
            "nik": "3509121507800001", "address": "Surabaya", "email": "a@uji.test", "information": "Data",
            "purpose": "Uji", "obtain_method": "melihat", "delivery_method": "email", "text": "informasi"}
    answers = {url: client.post(url, json=body, headers=headers) for url in routes}
    assert {url: r.status_code for url, r in answers.items() if r.status_code != 403} == {}
    assert all(r.get_json()["error"] for r in answers.values())
    assert _state() == before
