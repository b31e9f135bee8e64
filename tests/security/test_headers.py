"""Security headers on every response (OWASP ASVS 14.4) and no inline script or style for the CSP to allow."""
from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.auth.models import User
from kip_portal.core.models import utcnow
from kip_portal.dip.models import Category
from kip_portal.dip.models import EntryStatus
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from kip_portal.inforequests import services as requests
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from tests import factories

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'self'; frame-ancestors 'none'; form-action 'self'")
DEMO_PASSWORD = "Demo-KIP-2026!"


def _assert_common(response):
    headers = response.headers
    assert headers["Content-Security-Policy"] == CSP
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in headers  # plain http in tests


def test_a_public_page_has_every_header_and_may_be_cached(client):
    response = client.get("/")
    assert response.status_code == 200
    _assert_common(response)
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_a_staff_page_has_every_header_and_is_never_stored(client, login):
    login(factories.make_user(Role.ADMIN))
    response = client.get("/staf")
    assert response.status_code == 200
    _assert_common(response)
    assert response.headers["Cache-Control"] == "private, no-store"


def test_an_api_response_has_every_header(client):
    response = client.get("/api/v1/units")
    assert response.status_code == 200 and response.is_json
    _assert_common(response)


def test_an_error_page_and_the_login_page_have_the_headers(client):
    missing = client.get("/tidak-ada-halaman-ini")
    assert missing.status_code == 404
    _assert_common(missing)
    login_page = client.get("/masuk")
    _assert_common(login_page)
    assert login_page.headers["Cache-Control"] == "private, no-store"


def test_hsts_only_over_https(client):
    secure = client.get("/", base_url="https://portal.test")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Strict-Transport-Security" not in client.get("/").headers


def test_a_tracking_code_never_leaks_in_a_referer_and_its_page_is_not_stored(client, units, body):
    now = utcnow()
    submitted = requests.submit(RequestData.from_mapping(body), channel=Channel.WEB, received_at=now, actor=None,
                                now=now)
    code = submitted.tracking_code
    page = client.get(f"/permohonan/lacak?kode={code}")
    assert page.status_code == 200 and submitted.info_request.register_number in page.get_data(as_text=True)
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert page.headers["Cache-Control"] == "private, no-store"
    objection_form = client.get(f"/keberatan/baru?kode={code}")
    assert objection_form.headers["Referrer-Policy"] == "no-referrer"
    api = client.get(f"/api/v1/track/{code}")
    assert api.headers["Referrer-Policy"] == "no-referrer" and api.headers["Cache-Control"] == "private, no-store"


def test_a_form_echoing_personal_data_is_not_stored(client, units, body):
    response = client.post("/permohonan/baru", data=body | {"information": ""})
    assert response.status_code == 200 and body["nik"] in response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "private, no-store"


def test_an_uploaded_html_document_keeps_its_sandbox_under_the_portal_policy(client):
    entry = factories.make_entry()
    document = factories.attach(entry, factories.HTML, "maklumat.html")
    with client.get(f"/dokumen/{document.id}/{document.filename}") as response:
        assert response.status_code == 200
        assert response.headers["Content-Security-Policy"] == CSP + "; sandbox"


# Inline <script> (no src), <style> blocks, style="" and on*="" handlers: all refused by the CSP above.
INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:", re.IGNORECASE)


def _html_pages(app) -> list[str]:
    return [rule.rule for rule in app.url_map.iter_rules()
            if "GET" in rule.methods and not rule.arguments and not rule.rule.startswith("/api/")
            and not rule.rule.endswith((".csv", ".pdf", ".json")) and rule.endpoint != "health.healthz"]


@pytest.mark.demo
def test_no_inline_script_or_style_on_any_page(app, client, login):
    """Every page without arguments, for the public and for the admin, plus pages with data from the demo."""
    info_request = db.session.scalars(sa.select(InfoRequest).order_by(InfoRequest.id)).first()
    entry_id = db.session.scalar(sa.select(InformationEntry.id).where(
        InformationEntry.status == EntryStatus.PUBLISHED, InformationEntry.category != Category.DIKECUALIKAN))
    extra = ["/cari/?q=bantuan+sosial", "/laporan/2025", "/register/permohonan", "/register/keberatan",
             f"/dip/entri/{entry_id}", f"/permohonan/lacak?kode={requests.tracking_code(info_request)}"]
    staff_extra = [f"/staf/permohonan/{info_request.id}", "/staf/laporan/2025", "/staf/register/permohonan"]
    seen = {}
    for url in _html_pages(app) + extra:
        response = client.get(url)
        if response.mimetype == "text/html":
            seen[url] = response.get_data(as_text=True)
    admin = db.session.scalar(sa.select(User).where(User.role == Role.ADMIN))
    login(admin, password=DEMO_PASSWORD)
    for url in _html_pages(app) + staff_extra:
        response = client.get(url)
        if response.mimetype == "text/html":
            seen["staf " + url] = response.get_data(as_text=True)
    assert len(seen) > 30
    offending = {url: INLINE.findall(html) for url, html in seen.items() if INLINE.search(html)}
    assert offending == {}


@pytest.mark.parametrize(("method", "url", "kwargs"), [
    ("post", "/permohonan/baru", {"data": {"name": "Siti\x00"}}),
    ("post", "/api/v1/requests", {"json": {"name": "Siti\x00"}}),
    ("get", "/api/v1/track/ABCD%00", {}),
])
def test_a_nul_character_in_data_gets_400_not_a_database_error(client, method, url, kwargs):
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == 400
    assert "karakter NUL" in response.get_data(as_text=True)
    assert response.headers["Content-Security-Policy"] == CSP


def test_a_nul_character_in_a_search_or_filter_is_dropped(client):
    factories.make_entry(factories.make_unit("UPT-NUL"), title="Bantuan sosial lansia")
    assert "Bantuan sosial lansia" in client.get("/cari/?q=bantuan%00").get_data(as_text=True)
    response = client.get("/api/v1/dip?unit=UPT-NUL%00")
    assert response.status_code == 200 and response.get_json()["total"] == 1
