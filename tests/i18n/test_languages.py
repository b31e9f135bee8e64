"""Languages: Indonesian by default, English on request on every page; letters and the API stay Indonesian."""
from __future__ import annotations

import subprocess
from datetime import date
from datetime import datetime
from datetime import timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from kip_portal.extensions import db
from kip_portal.inforequests import services
from kip_portal.inforequests.models import InfoRequest
from kip_portal.templating import tanggal
from kip_portal.templating import ukuran
from tests.factories import pdf_text

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "kip_portal/i18n/translations/en/LC_MESSAGES"


def _read(reader, path: Path):
    with path.open("rb") as f:
        return reader(f)


def test_a_first_visit_is_in_indonesian_with_a_switch_to_english(client):
    html = client.get("/").get_data(as_text=True)
    assert '<html lang="id">' in html and "Beranda" in html
    assert 'href="/bahasa/en?next=/"' in html and 'hreflang="en"' in html


def test_a_browser_asking_for_english_still_gets_indonesian_until_the_visitor_switches(client):
    html = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"}).get_data(as_text=True)
    assert '<html lang="id">' in html


def test_the_switch_remembers_english_and_returns_to_the_page(english):
    cookie = english.get_cookie("kip_lang", domain="portal.test")
    assert cookie.value == "en" and cookie.http_only and cookie.same_site == "Lax"
    html = english.get("/").get_data(as_text=True)
    assert '<html lang="en">' in html
    assert 'href="/bahasa/id?next=/"' in html and ">Bahasa Indonesia<" in html
    english.get("/bahasa/id")
    assert '<html lang="id">' in english.get("/").get_data(as_text=True)


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example", ""])
def test_the_switch_never_leaves_the_site(client, target):
    response = client.get("/bahasa/en", query_string={"next": target})
    assert response.headers["Location"] == "/"


def test_an_unknown_language_is_not_found_and_a_forged_cookie_is_ignored(client):
    assert client.get("/bahasa/fr").status_code == 404
    client.set_cookie("kip_lang", "fr")
    assert '<html lang="id">' in client.get("/").get_data(as_text=True)


def test_pages_vary_by_the_language_cookie_for_shared_caches(client):
    assert "Cookie" in client.get("/").headers["Vary"]


def test_dates_follow_the_language_of_the_page(app):
    with app.test_request_context("/"):
        app.preprocess_request()
        assert tanggal(date(2025, 8, 17)) == "17 Agustus 2025"
        assert tanggal(datetime(2025, 8, 17, 3, 30, tzinfo=timezone.utc)) == "17 Agustus 2025, 10.30"
    with app.test_request_context("/", headers={"Cookie": "kip_lang=en"}):
        app.preprocess_request()
        assert tanggal(date(2025, 8, 17)) == "17 August 2025"
        assert tanggal(datetime(2025, 8, 17, 3, 30, tzinfo=timezone.utc)) == "17 August 2025, 10:30"


def test_file_sizes_follow_the_language_of_the_page(app):
    with app.test_request_context("/"):
        app.preprocess_request()
        assert (ukuran(980), ukuran(1_782_579)) == ("980 byte", "1,7 MB")
    with app.test_request_context("/", headers={"Cookie": "kip_lang=en"}):
        app.preprocess_request()
        assert (ukuran(980), ukuran(1_782_579)) == ("980 bytes", "1.7 MB")


def test_the_receipt_stays_in_indonesian_on_an_english_visit(english, units, body, freeze):
    freeze(datetime(2026, 8, 10, 3, tzinfo=timezone.utc))
    assert english.post("/permohonan/baru", data=body).status_code == 302
    info_request = db.session.scalar(sa.select(InfoRequest))
    code = services.tracking_code(info_request)
    pdf = english.get(f"/permohonan/lacak/surat/{info_request.letters[0].id}?kode={code}")
    text = pdf_text(pdf.data)
    assert "TANDA BUKTI" in text.upper() and "Agustus 2026" in text
    assert "August" not in text


def test_every_string_marked_for_translation_has_its_english(tmp_path):
    """A string added to a page without its English would show Indonesian on an English page."""
    pot = tmp_path / "messages.pot"
    subprocess.run([str(ROOT / ".venv/bin/pybabel"), "-q", "extract", "-F", "babel.cfg", "-k", "_l", "-k",
                    "lazy_gettext", "-o", str(pot), "."], cwd=ROOT, check=True)
    marked = {m.id for m in _read(read_po, pot) if m.id}
    english = {m.id: m.string for m in _read(read_po, CATALOGUE / "messages.po") if m.id}
    assert sorted(marked - {k for k, v in english.items() if v}) == []


def test_the_compiled_catalogue_is_the_current_one():
    """messages.mo is committed: it must hold exactly what messages.po says (scripts/translations compile)."""
    source = {m.id: m.string for m in _read(read_po, CATALOGUE / "messages.po") if m.id and m.string}
    compiled = {m.id: m.string for m in _read(read_mo, CATALOGUE / "messages.mo") if m.id}
    assert compiled == source
