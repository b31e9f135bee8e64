"""Schemathesis fuzzes every operation of /api/v1/openapi.json in-process (WSGI): no input gives a 500.

Bounded: 25 examples per operation, no deadline, no example database; the whole file runs in well under a minute.
Staff operations get an admin's bearer token, so their bodies reach the services, not only the 401.
(schemathesis.pytest.from_fixture does not run under pytest 9, so each operation drives Hypothesis itself.)
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from schemathesis.checks import not_a_server_error

from kip_portal.api.openapi import openapi_document
from kip_portal.auth import services as auth
from kip_portal.auth.models import Role
from kip_portal.core.models import utcnow
from kip_portal.extensions import db
from tests import factories

SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]
OPERATIONS = [(method.upper(), path) for path, item in openapi_document(server_url="/api/v1")["paths"].items()
              for method in item if method in {"get", "post", "put", "patch", "delete"}]


@pytest.fixture
def fuzz_app(make_app, body):
    """The portal without SERVER_NAME (schemathesis's WSGI client calls it as localhost), with some data: an
    entry with a document, a request (id 1) and an admin's token."""
    app = make_app(SERVER_NAME=None, REQUEST_RATE_LIMIT="10000 per minute", OCR_MODE="off")
    with app.app_context():
        utama = factories.make_utama()
        unit = factories.make_unit("UPT-JEMBER", parent=utama)
        factories.attach(factories.make_entry(unit), factories.pdf_bytes())
        assert app.test_client().post("/api/v1/requests", json=body).status_code == 201
        admin = factories.make_user(Role.ADMIN)
        app.config["FUZZ_TOKEN"] = auth.issue_api_token(admin, actor=None, now=utcnow())
        yield app
        db.session.remove()
        db.engine.dispose()


def test_every_operation_is_fuzzed(fuzz_app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzz_app)
    assert sorted(op.ok().label for op in schema.get_all_operations()) == sorted(f"{m} {p}" for m, p in OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_input_gives_a_server_error(fuzz_app, method, path):
    operation = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzz_app)[path][method]
    headers = {"Authorization": f"Bearer {fuzz_app.config['FUZZ_TOKEN']}"}

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, database=None, derandomize=True, suppress_health_check=SLOW_IS_FINE)
    def call(case):
        response = case.call(headers=headers)
        case.validate_response(response, checks=[not_a_server_error])

    call()
