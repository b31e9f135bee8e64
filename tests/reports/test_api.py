"""GET /api/v1/reports/annual/<year>: the figures for staff and auditor tokens, as the OpenAPI document says."""
from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from kip_portal.auth.models import Role
from tests import factories


def _token(user) -> dict:
    return factories.bearer(user)


def test_auditor_token_reads_the_figures(client, people, year_2025):
    response = client.get("/api/v1/reports/annual/2025", headers=_token(people["auditor"]))
    assert response.status_code == 200
    data = response.get_json()
    assert (data["requests_received"], data["granted_full"], data["granted_partial"], data["refused"]) == (8, 1, 1, 2)
    assert data["refusals_by_basis"] == {"17h": 1, "lainnya": 1}
    assert data["median_working_days"] == 10 and data["on_time"] == 4
    assert data["objections"]["filed"] == 3 and data["disputes"]["filed"] == 2

    spec = client.get("/api/v1/openapi.json").get_json()
    schema = spec["paths"]["/reports/annual/{year}"]["get"]["responses"]["200"]["content"]["application/json"]
    validator = Draft202012Validator({**schema["schema"], "components": spec["components"]},
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(data)] == []


@pytest.mark.parametrize("role", [Role.ADMIN, Role.PPID, Role.ATASAN])
def test_every_staff_token_reads_the_figures(client, units, role):
    user = factories.make_user(role, unit=units["jember"] if role == Role.PPID else None)
    response = client.get("/api/v1/reports/annual/2024", headers=_token(user))
    assert response.status_code == 200 and response.get_json()["requests_received"] == 0


def test_without_a_token_the_figures_are_refused(client, app):
    response = client.get("/api/v1/reports/annual/2025")
    assert response.status_code == 401 and "Token" in response.get_json()["error"]


def test_a_year_out_of_range_is_404(client, people):
    response = client.get("/api/v1/reports/annual/1990", headers=_token(people["auditor"]))
    assert response.status_code == 404 and response.get_json()["error"]
