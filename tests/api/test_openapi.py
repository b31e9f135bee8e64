"""/api/v1/openapi.json is valid OpenAPI and describes the routes and responses the API really has."""
from __future__ import annotations

import re
from datetime import date

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests import factories

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


@pytest.fixture
def spec(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.is_json
    return response.get_json()


def validator_for(spec: dict, schema: dict) -> Draft202012Validator:
    """A validator for ``schema`` whose ``#/components/...`` references resolve inside ``spec``.

    The references are relative to the document's root, so the document's components ride along in the root
    schema: JSON Schema ignores the unknown keyword but resolves JSON pointers into it.
    """
    return Draft202012Validator({**schema, "components": spec["components"]},
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_matches(spec: dict, schema: dict, instance) -> None:
    validator = validator_for(spec, schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]
    assert errors == []


def component(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def response_schema(spec: dict, path: str, status: str) -> dict:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


@pytest.fixture
def dip(app):
    utama = factories.make_utama()
    upt = factories.make_unit("UPT-A", parent=utama)
    report = factories.make_entry(upt, title="Laporan Keuangan 2025", summary="Neraca", holder="Keuangan",
                                  produced_at=date(2025, 3, 1), external_id="lk-2025")
    factories.attach(report, factories.pdf_bytes(), "laporan-keuangan.pdf")
    exempt = factories.make_entry(upt, category="dikecualikan", year=None, exempt_until=date(2030, 12, 31))
    return {"report": report, "exempt": exempt}


def test_document_is_valid_openapi(spec):
    validate(spec)
    assert spec["openapi"].startswith("3.")


def test_document_names_the_server_it_is_served_from(spec):
    assert spec["servers"] == [{"url": "http://portal.test/api/v1"}]


def route_pattern(path: str, operation: dict) -> re.Pattern:
    """The Flask rule a documented path should have: /dip/{id} is /api/v1/dip/<int:...> for an integer id."""
    types = {p["name"]: p["schema"].get("type") for p in operation.get("parameters", []) if p["in"] == "path"}

    def converter(match: re.Match) -> str:
        return r"<int:[^>]+>" if types.get(match.group(1)) == "integer" else r"<[^>]+>"

    return re.compile("/api/v1" + re.sub(r"\\\{(\w+)\\\}", converter, re.escape(path)))


def test_every_documented_operation_is_a_route(spec, app):
    routed = [(rule.rule, {m.lower() for m in rule.methods}) for rule in app.url_map.iter_rules()]
    operations = [(path, method, operation) for path, item in spec["paths"].items()
                  for method, operation in item.items() if method in HTTP_METHODS]
    assert operations, "the document describes no operation"
    for path, method, operation in operations:
        pattern = route_pattern(path, operation)
        assert any(pattern.fullmatch(rule) and method in methods for rule, methods in routed), (
            f"{method.upper()} {path} is documented but not routed")


def test_every_api_route_is_documented(spec, app):
    """The other way round: a new endpoint under /api/v1 needs its operation in the document."""
    documented = {(re.sub(r"\{[^}]+\}", "{}", path), method) for path, item in spec["paths"].items()
                  for method in item if method in HTTP_METHODS}
    routes = {(re.sub(r"<[^>]+>", "{}", rule.rule.removeprefix("/api/v1")), method.lower())
              for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes - documented == {("/openapi.json", "get")}, "only the document itself is not described"


def test_dip_list_response_matches_the_document(client, spec, dip):
    body = client.get("/api/v1/dip").get_json()
    assert len(body["items"]) == 2
    assert any(item["documents"] for item in body["items"])
    assert_matches(spec, response_schema(spec, "/dip", "200"), body)


def test_entry_with_a_document_matches_the_entry_schema(client, spec, dip):
    item = client.get(f"/api/v1/dip/{dip['report'].id}").get_json()
    assert item["documents"] and "external_id" in item
    assert_matches(spec, component("Entry"), item)
    assert_matches(spec, response_schema(spec, "/dip/{id}", "200"), item)


def test_exempt_entry_matches_the_entry_schema(client, spec, dip):
    item = client.get(f"/api/v1/dip/{dip['exempt'].id}").get_json()
    assert "legal_basis" in item
    assert_matches(spec, component("Entry"), item)


def test_entry_schema_documents_every_field_returned(client, spec, dip):
    schemas = spec["components"]["schemas"]
    entry_schema, document_schema = schemas["Entry"], schemas["Document"]
    for entry in dip.values():
        item = client.get(f"/api/v1/dip/{entry.id}").get_json()
        assert set(item) <= set(entry_schema["properties"])
        for document in item["documents"]:
            assert set(document) <= set(document_schema["properties"])


def test_schema_rejects_a_malformed_entry(spec):
    """The schema check above is not vacuous: a wrong entry fails it."""
    bad = {"id": "1", "title": "x", "summary": "", "category": "rahasia", "unit": "A", "year": 2025,
           "documents": [{"filename": "a.pdf"}]}
    assert len(list(validator_for(spec, component("Entry")).iter_errors(bad))) >= 3


def test_units_response_matches_the_document(client, spec, dip):
    body = client.get("/api/v1/units").get_json()
    assert len(body["items"]) == 2
    assert_matches(spec, response_schema(spec, "/units", "200"), body)


@pytest.mark.parametrize("url, path, status", [
    ("/api/v1/dip?year=abc", "/dip", "422"),
    ("/api/v1/dip/999999", "/dip/{id}", "404"),
])
def test_error_responses_match_the_document(client, spec, app, url, path, status):
    response = client.get(url)
    assert str(response.status_code) == status
    assert_matches(spec, response_schema(spec, path, status), response.get_json())
