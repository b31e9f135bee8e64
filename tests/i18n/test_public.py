"""The public side in English: the chrome, the DIP, search, the request and keberatan forms, fees, reports, login.

Document content (entry titles, unit names) stays as written; the API stays Indonesian whatever the cookie."""
from __future__ import annotations

import re
from datetime import datetime
from datetime import timezone
from html.parser import HTMLParser
from io import BytesIO

import pytest
import sqlalchemy as sa

from kip_portal.auth.models import Role
from kip_portal.dip.models import Category
from kip_portal.dip.models import InformationEntry
from kip_portal.extensions import db
from kip_portal.inforequests import services
from kip_portal.inforequests.models import Channel
from kip_portal.inforequests.models import InfoRequest
from kip_portal.inforequests.validation import RequestData
from kip_portal.keberatan.models import Keberatan
from kip_portal.reports import publishing
from tests import factories

# Indonesian words of headings, menus, labels, buttons and table heads. None of them may show on an English page
# outside parentheses (where the glossary keeps the legal term: "Objection (keberatan)").
INDONESIAN_UI_WORDS = (
    "beranda", "cari", "lacak", "panduan", "masuk", "keluar", "ajukan", "permohonan", "daftar", "kirim",
    "terapkan", "semua", "tahun", "halaman", "nomor", "kode", "alasan", "tanggal", "dokumen", "jenis", "tarif",
    "biaya", "laporan", "ringkasan", "tidak", "pemohon", "salinan", "diterima", "unduh", "kembali", "keterangan",
    "kategori", "informasi", "sebelumnya", "berikutnya", "cara", "standar", "identitas", "kuasa", "surat",
    "kata", "sandi", "layanan", "tabel", "saring", "uraian", "dasar", "waktu", "batas", "tanggapan",
    "penolakan", "keberatan", "pasal", "ayat", "hari", "kerja", "dan", "atau", "yang",
)
# The elements that carry the interface rather than documents.
CHROME = {"title", "nav", "footer", "h1", "h2", "h3", "label", "legend", "button", "th", "caption", "dt", "summary"}
ENTRY_TITLE = "Zeta Omega Rencana 2025"  # document content: stays as written on an English page


class _Chrome(HTMLParser):
    """Collect the text inside the interface elements of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in CHROME:
            self.depth += 1
        if self.depth:
            for name, value in attrs:
                if name in ("aria-label", "placeholder", "title") and value:
                    self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in CHROME and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.texts.append(data)


def indonesian_words(html: str, content: tuple[str, ...] = ()) -> set[str]:
    parser = _Chrome()
    parser.feed(html)
    text = " ".join(parser.texts)
    for piece in content:
        text = text.replace(piece, " ")
    text = re.sub(r"\([^()]*\)", " ", re.sub(r"\([^()]*\([^()]*\)[^()]*\)", " ", text))
    words = set(re.findall(r"[a-z]+", text.lower()))
    return words & set(INDONESIAN_UI_WORDS)


@pytest.fixture
def world(units, freeze, body):
    """An entry, a request with its tracking code, a fee, a published annual report."""
    entry = factories.make_entry(units["jember"], title=ENTRY_TITLE, summary="Zeta omega")
    factories.make_fee_item()
    admin = factories.make_user(Role.ADMIN)
    publishing.publish(2025, actor=admin, now=datetime(2026, 3, 2, 2, tzinfo=timezone.utc))
    moment = freeze(datetime(2026, 8, 10, 3, tzinfo=timezone.utc))
    submitted = services.submit(RequestData.from_mapping(body), channel=Channel.WEB, received_at=moment, actor=None,
                                now=moment)
    return {"entry": entry, "code": submitted.tracking_code, "units": units}


def _pages(world) -> list[str]:
    return ["/", "/tentang", "/dip/", "/dip/berkala", "/dip/dikecualikan", f"/dip/entri/{world['entry'].id}",
            "/dip/tabel", "/cari/?q=zeta", "/permohonan/baru", "/permohonan/lacak",
            f"/permohonan/lacak?kode={world['code']}", "/keberatan/baru", f"/keberatan/baru?kode={world['code']}",
            "/biaya", "/register/permohonan", "/register/keberatan", "/laporan/2025", "/masuk", "/tidak-ada"]


def test_the_checker_catches_an_untranslated_interface(client, world):
    """The site-wide check below means something: on the Indonesian pages it finds the Indonesian words."""
    assert {"beranda", "cari", "lacak"} <= indonesian_words(client.get("/").get_data(as_text=True))
    assert "kirim" in indonesian_words(client.get("/permohonan/baru").get_data(as_text=True))
    assert "keberatan" in indonesian_words("<h2>Keberatan</h2><h2>Objection (keberatan)</h2>")


def test_no_indonesian_interface_word_is_left_on_the_english_public_pages(english, world):
    # Document content stays as written: every entry's title (the report's entries too) and every unit's name.
    titles = db.session.scalars(sa.select(InformationEntry.title)).all()
    content = (*sorted(titles, key=len, reverse=True), "Zeta omega", *(u.name for u in world["units"].values()))
    left = {}
    for url in _pages(world):
        response = english.get(url)
        assert response.status_code == (404 if url == "/tidak-ada" else 200), url
        html = response.get_data(as_text=True)
        assert '<html lang="en">' in html, url
        found = indonesian_words(html, content)
        if found:
            left[url] = sorted(found)
    assert left == {}


def test_english_chrome_and_home(english):
    html = english.get("/").get_data(as_text=True)
    for text in ("Skip to content", "Home", "Search", "Public Information List (DIP)", "Submit a request", "Track",
                 "Staff log in", "Four categories of public information", "Information published periodically"):
        assert text in html
    for text in ("Langsung ke isi", ">Beranda<", "Ajukan Permohonan", "Empat kategori informasi publik"):
        assert text not in html


def test_indonesian_stays_the_default(client, world):
    html = client.get(f"/dip/entri/{world['entry'].id}").get_data(as_text=True)
    assert "Keterangan (Perki 1/2021 Lampiran I)" in html and "Informasi Berkala" in html
    assert "Details (Perki 1/2021 Annex I)" not in html


def test_dip_entry_and_table_in_english_keep_the_document_as_written(english, world):
    html = english.get(f"/dip/entri/{world['entry'].id}").get_data(as_text=True)
    assert ENTRY_TITLE in html and "Details (Perki 1/2021 Annex I)" in html and "Law 14/2008 Article 9" in html
    assert "Ringkasan isi informasi" not in html
    table = english.get("/dip/tabel").get_data(as_text=True)
    assert "Summary of the information" in table and "Retention period of the record" in table
    assert "Jangka waktu penyimpanan atau retensi arsip" not in table


def test_dip_pdf_table_stays_indonesian_on_an_english_visit(english, world):
    text = factories.pdf_text(english.get("/dip/tabel.pdf").data)
    assert "Ringkasan isi informasi" in text and "Summary of the information" not in text


def test_search_page_and_its_errors_in_english(english, world):
    html = english.get("/cari/?q=zeta").get_data(as_text=True)
    assert "Search public information" in html and "items of information found for" in html
    bad = english.get("/cari/?q=zeta&year=abc")
    assert bad.status_code == 400 and "The year must be a number." in bad.get_data(as_text=True)


def test_an_english_requester_with_a_bad_nik_is_told_in_english_and_nothing_is_stored(english, units, body):
    response = english.post("/permohonan/baru", data=body | {"nik": "123"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "The NIK must be 16 digits." in html and "NIK harus 16 angka." not in html
    assert "Type of requester" in html and "Individual" in html and "Send the request" in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0


def test_the_api_answers_in_indonesian_whatever_the_language_cookie(english, units, body):
    response = english.post("/api/v1/requests", json=body | {"nik": "123"})
    assert response.status_code == 422
    data = response.get_json()
    assert data["fields"]["nik"] == "NIK harus 16 angka."
    assert "Permohonan belum lengkap atau belum benar" in data["error"] and "must" not in data["error"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0


def test_an_english_requester_is_stored_like_an_indonesian_one(english, units, body, freeze):
    freeze(datetime(2026, 8, 10, 3, tzinfo=timezone.utc))
    response = english.post("/permohonan/baru", data=body, follow_redirects=True)
    html = response.get_data(as_text=True)
    info_request = db.session.scalar(sa.select(InfoRequest))
    assert f"Your request was received with registration number {info_request.register_number}." in html
    assert "Keep your tracking code:" in html and "Received" in html
    assert info_request.status.label == "Diterima"  # what is stored stays Indonesian


def test_a_bad_identity_file_is_refused_in_english(english, units, body):
    data = body | {"identity": (BytesIO(b"MZ not a scan"), "ktp.exe")}
    html = english.post("/permohonan/baru", data=data, content_type="multipart/form-data").get_data(as_text=True)
    assert "The identity file must be a PDF, JPG or PNG." in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InfoRequest)) == 0


def test_tracking_with_an_unknown_code_in_english(english):
    html = english.get("/permohonan/lacak?kode=SALAH").get_data(as_text=True)
    assert "Unknown tracking code." in html and "Kode pelacakan tidak dikenal" not in html


def test_keberatan_form_in_english_refuses_before_the_window_and_files_nothing(english, world):
    page = english.get(f"/keberatan/baru?kode={world['code']}").get_data(as_text=True)
    assert "Grounds of the objection" in page and "The information request was not answered" in page
    response = english.post("/keberatan/baru", data={"kode": world["code"], "grounds": ["c"], "case": "Belum dijawab."})
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "There is no decision yet and no missed deadline to object to" in html
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Keberatan)) == 0
    empty = english.post("/keberatan/baru", data={"kode": world["code"], "case": "x"}).get_data(as_text=True)
    assert "Choose at least one ground of objection" in empty


def test_login_in_english(english, units):
    redirected = english.get("/staf", follow_redirects=True).get_data(as_text=True)
    assert "Please log in to open that page." in redirected
    user = factories.make_user(Role.PPID, unit=units["jember"])
    html = english.post("/masuk", data={"email": user.email, "password": "salah-sekali"}).get_data(as_text=True)
    assert "Wrong email or password." in html and "PPID staff log in" in html and "Password" in html
    response = english.post("/masuk", data={"email": user.email, "password": factories.PASSWORD},
                            follow_redirects=True)
    assert f"Welcome, {user.name}." in response.get_data(as_text=True)


def test_fees_and_report_in_english(english, world):
    fees = english.get("/biaya").get_data(as_text=True)
    assert "Copying fees for obtaining copies of information" in fees and "Copying fee" in fees
    assert "Transfer to the official account" in fees
    report = english.get("/laporan/2025").get_data(as_text=True)
    assert "Summary of the Public Information Service Report for 2025" in report
    assert "Requests received" in report and "Permohonan diterima" not in report


def test_error_pages_in_english_and_in_indonesian(client):
    assert "Halaman tidak ditemukan" in client.get("/tidak-ada").get_data(as_text=True)
    client.get("/bahasa/en")
    html = client.get("/tidak-ada").get_data(as_text=True)
    assert "Page not found" in html and "Back to the home page" in html
    assert client.get("/api/v1/tidak-ada").get_json()["error"].startswith("Halaman atau data")


def test_category_labels_stay_indonesian_in_exports(english, world):
    assert Category.BERKALA.label == "Informasi Berkala"
    csv = english.get("/dip/tabel.csv").get_data(as_text=True)
    assert "Information published periodically" not in csv
