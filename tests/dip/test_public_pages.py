"""The public DIP pages: home counts, category lists, filters, pagination, entry detail and page basics."""
from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest

from kip_portal.dip import services
from kip_portal.dip.models import Category
from kip_portal.dip.models import InfoFormat
from tests import factories

ENTRY_LINK = re.compile(r"^/dip/entri/(\d+)$")
SELF_DESCRIBING_INPUTS = {"hidden", "submit", "button", "reset", "image"}


class Page(HTMLParser):
    """What the tests read from a page: its text, links, headings, meta tags and form controls."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.metas: list[dict] = []
        self.h1_count = 0
        self.links: list[tuple[str, str]] = []  # (href, text)
        self.controls: list[dict] = []  # attributes of each control, plus "_in_label"
        self.label_targets: set[str] = set()
        self._text: list[str] = []
        self._label_depth = 0
        self._link: tuple[str, list[str]] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "meta":
            self.metas.append(attrs)
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "a" and "href" in attrs:
            self._link = (attrs["href"], [])
        elif tag == "label":
            self._label_depth += 1
            if attrs.get("for"):
                self.label_targets.add(attrs["for"])
        elif tag in ("input", "select", "textarea"):
            self.controls.append({**attrs, "_tag": tag, "_in_label": self._label_depth > 0})

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            href, text = self._link
            self.links.append((href, " ".join(" ".join(text).split())))
            self._link = None
        elif tag == "label":
            self._label_depth = max(0, self._label_depth - 1)

    def handle_data(self, data):
        self._text.append(data)
        if self._link is not None:
            self._link[1].append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self._text).split())

    def entry_ids(self) -> list[int]:
        """Ids of the DIP entries the page links to, in order."""
        path_ids = [ENTRY_LINK.match(urlsplit(href).path) for href, _ in self.links]
        return [int(m.group(1)) for m in path_ids if m]

    def link_with_text(self, needle: str) -> str:
        hrefs = [href for href, text in self.links if needle in text]
        assert hrefs, f"no link with text {needle!r}"
        return hrefs[0]


def get_page(client, url: str) -> Page:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return Page(response.get_data(as_text=True))


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


@pytest.fixture
def units(app):
    utama = factories.make_utama()
    return {"utama": utama, "a": factories.make_unit("UPT-A", parent=utama),
            "b": factories.make_unit("UPT-B", parent=utama)}


# --- home page ----------------------------------------------------------------------------------------------

def test_home_shows_each_category_with_its_published_count(client, units, now):
    for _ in range(3):
        factories.make_entry(units["a"], category="berkala")
    factories.make_entry(units["a"], category="serta_merta")
    for _ in range(2):
        factories.make_entry(units["b"], category="dikecualikan")
    factories.make_entry(units["a"], category="berkala", status="draft")
    retired = factories.make_entry(units["a"], category="setiap_saat")
    services.retire(retired, actor=None, now=now)

    text = get_page(client, "/").text

    expected = {Category.BERKALA: 3, Category.SERTA_MERTA: 1, Category.SETIAP_SAAT: 0,
                Category.DIKECUALIKAN: 2}
    for category, count in expected.items():
        assert f"{category.label} {count} informasi" in text, category


def test_home_links_each_category_to_its_list(client, units):
    page = get_page(client, "/")
    for category in Category:
        assert urlsplit(page.link_with_text(category.label)).path == f"/dip/{category.slug}"


# --- category lists -----------------------------------------------------------------------------------------

@pytest.fixture
def one_of_each(units):
    return {category: factories.make_entry(units["a"], category=category, title=f"Entri {category.value}")
            for category in Category}


def test_category_page_lists_only_that_category(client, one_of_each):
    page = get_page(client, "/dip/berkala")
    assert page.entry_ids() == [one_of_each[Category.BERKALA].id]
    assert "Informasi Berkala" in page.text


def test_category_slug_uses_a_hyphen(client, one_of_each):
    page = get_page(client, "/dip/serta-merta")
    assert page.entry_ids() == [one_of_each[Category.SERTA_MERTA].id]


def test_all_categories_list_shows_every_published_entry(client, one_of_each, units):
    factories.make_entry(units["a"], status="draft")
    page = get_page(client, "/dip/")
    assert sorted(page.entry_ids()) == sorted(e.id for e in one_of_each.values())


@pytest.mark.parametrize("slug", ["tidak-ada", "berkala-x", "BERKALA_"])
def test_unknown_category_slug_is_404(client, units, slug):
    assert client.get(f"/dip/{slug}").status_code == 404


def test_drafts_and_retired_entries_are_not_listed(client, units, now):
    published = factories.make_entry(units["a"])
    factories.make_entry(units["a"], status="draft")
    retired = factories.make_entry(units["a"])
    services.retire(retired, actor=None, now=now)
    assert get_page(client, "/dip/berkala").entry_ids() == [published.id]


# --- filters ------------------------------------------------------------------------------------------------

@pytest.fixture
def spread(units):
    """Entries across two units and two years."""
    return {
        ("a", 2024): factories.make_entry(units["a"], year=2024),
        ("a", 2025): factories.make_entry(units["a"], year=2025),
        ("b", 2024): factories.make_entry(units["b"], year=2024),
        ("b", 2025): factories.make_entry(units["b"], year=2025),
    }


def test_unit_filter_narrows_the_list(client, spread):
    ids = get_page(client, "/dip/berkala?unit=UPT-A").entry_ids()
    assert sorted(ids) == sorted([spread["a", 2024].id, spread["a", 2025].id])


def test_year_filter_narrows_the_list(client, spread):
    ids = get_page(client, "/dip/?year=2024").entry_ids()
    assert sorted(ids) == sorted([spread["a", 2024].id, spread["b", 2024].id])


def test_unit_and_year_filters_combine(client, spread):
    assert get_page(client, "/dip/berkala?unit=UPT-B&year=2025").entry_ids() == [spread["b", 2025].id]


@pytest.mark.parametrize("year", ["abc", "20x4", "-1", ""])
def test_malformed_year_is_ignored(client, spread, year):
    ids = get_page(client, f"/dip/berkala?year={year}").entry_ids()
    assert sorted(ids) == sorted(e.id for e in spread.values())


def test_filter_form_keeps_the_chosen_values(client, spread):
    html = client.get("/dip/?unit=UPT-B&year=2024").get_data(as_text=True)
    assert re.search(r'<option value="UPT-B"\s+selected', html)
    assert re.search(r'<option value="2024"\s+selected', html)


# --- pagination ---------------------------------------------------------------------------------------------

@pytest.fixture
def many(units):
    """25 berkala entries of UPT-A (more than one page of 20) and one of UPT-B."""
    entries = [factories.make_entry(units["a"], title=f"Laporan bulanan {n:02d}") for n in range(25)]
    factories.make_entry(units["b"], title="Laporan UPT-B")
    return entries


def test_first_page_holds_per_page_entries_and_links_to_the_next(client, many, app):
    assert app.config["PER_PAGE"] == 20
    page = get_page(client, "/dip/berkala?unit=UPT-A")
    assert len(page.entry_ids()) == 20
    assert "Sebelumnya" not in page.text
    next_href = page.link_with_text("Berikutnya")
    assert urlsplit(next_href).path == "/dip/berkala"
    assert query_of(next_href) == {"unit": ["UPT-A"], "page": ["2"]}


def test_second_page_holds_the_rest_and_links_back(client, many):
    first = get_page(client, "/dip/berkala?unit=UPT-A").entry_ids()
    page = get_page(client, "/dip/berkala?unit=UPT-A&page=2")
    second = page.entry_ids()
    assert len(second) == 5
    assert set(first).isdisjoint(second)
    assert sorted(first + second) == sorted(e.id for e in many)
    prev_href = page.link_with_text("Sebelumnya")
    assert urlsplit(prev_href).path == "/dip/berkala"
    assert query_of(prev_href) == {"unit": ["UPT-A"], "page": ["1"]}
    assert "Berikutnya" not in page.text


def test_page_links_keep_the_year_filter(client, units):
    for n in range(21):
        factories.make_entry(units["a"], year=2024, title=f"Arsip {n:02d}")
    page = get_page(client, "/dip/?year=2024")
    assert query_of(page.link_with_text("Berikutnya")) == {"year": ["2024"], "page": ["2"]}


def test_page_past_the_end_is_empty_not_an_error(client, many):
    assert get_page(client, "/dip/berkala?page=9").entry_ids() == []


# --- entry detail -------------------------------------------------------------------------------------------

def test_detail_shows_every_lampiran_i_field_and_document_links(client, units):
    entry = factories.make_entry(
        units["a"], title="Laporan Keuangan Tahunan", year=2025,
        summary="Realisasi anggaran dan neraca tahun 2025.",
        holder="Sub Bagian Keuangan", responsible="Kepala UPT Pelayanan Sosial",
        produced_at=date(2025, 8, 17), produced_place="Surabaya", retention="10 tahun",
        formats=(InfoFormat.SOFTCOPY, InfoFormat.HARDCOPY),
    )
    document = factories.attach(entry, factories.pdf_bytes(), "laporan-keuangan.pdf")

    page = get_page(client, f"/dip/entri/{entry.id}")

    for expected in ("Laporan Keuangan Tahunan", "Realisasi anggaran dan neraca tahun 2025.",
                     "Sub Bagian Keuangan", "Kepala UPT Pelayanan Sosial", "17 Agustus 2025, Surabaya",
                     "10 tahun", "Softcopy, Hardcopy", units["a"].name, "Informasi Berkala"):
        assert expected in page.text, expected
    href = page.link_with_text("laporan-keuangan.pdf")
    assert urlsplit(href).path == f"/dokumen/{document.id}/laporan-keuangan.pdf"
    with client.get(href) as download:
        assert download.status_code == 200


def test_detail_without_documents_points_to_a_request(client, units):
    entry = factories.make_entry(units["a"])
    assert "Dokumen belum tersedia" in get_page(client, f"/dip/entri/{entry.id}").text


def test_draft_retired_and_unknown_entries_are_404(client, units, now):
    draft = factories.make_entry(units["a"], status="draft")
    retired = factories.make_entry(units["a"])
    services.retire(retired, actor=None, now=now)
    for entry_id in (draft.id, retired.id, 999_999):
        assert client.get(f"/dip/entri/{entry_id}").status_code == 404, entry_id


def test_exempt_entry_shows_its_reasons_but_never_its_documents(client, units):
    entry = factories.make_entry(
        units["b"], category="dikecualikan", title="Data penerima manfaat",
        legal_basis="UU 14/2008 Pasal 17 huruf h angka 1",
        consequence_test="Membuka data ini mengungkap identitas anak terlantar.",
        exempt_until=date(2030, 12, 31),
    )
    document = factories.attach(entry, factories.pdf_bytes("rahasia"), "daftar-penerima-rahasia.pdf")

    response = client.get(f"/dip/entri/{entry.id}")
    html = response.get_data(as_text=True)
    page = Page(html)

    assert response.status_code == 200
    assert "UU 14/2008 Pasal 17 huruf h angka 1" in page.text
    assert "Membuka data ini mengungkap identitas anak terlantar." in page.text
    assert "31 Desember 2030" in page.text
    assert "daftar-penerima-rahasia" not in html
    assert f"/dokumen/{document.id}/" not in html
    assert not [href for href, _ in page.links if href.startswith("/dokumen/")]


def test_exempt_entry_in_list_does_not_advertise_documents(client, units):
    entry = factories.make_entry(units["b"], category="dikecualikan")
    factories.attach(entry, factories.pdf_bytes("rahasia"), "rahasia.pdf")
    html = client.get("/dip/dikecualikan").get_data(as_text=True)
    assert "rahasia.pdf" not in html
    assert "1 dokumen" not in html


# --- page basics --------------------------------------------------------------------------------------------

@pytest.fixture
def public_urls(units):
    entry = factories.make_entry(units["a"], summary="Ringkasan")
    return ["/", "/dip/", "/dip/berkala", "/dip/dikecualikan?unit=UPT-A", f"/dip/entri/{entry.id}",
            "/dip/tabel", "/dip/tidak-ada"]


def test_pages_are_indonesian_responsive_and_have_one_h1(client, public_urls):
    for url in public_urls:
        page = Page(client.get(url).get_data(as_text=True))
        assert page.lang == "id", url
        viewports = [m for m in page.metas if m.get("name") == "viewport"]
        assert viewports and "width=device-width" in viewports[0].get("content", ""), url
        assert page.h1_count == 1, url


@pytest.mark.parametrize("url", ["/dip/", "/dip/berkala?unit=UPT-A&year=2025", "/dip/tabel"])
def test_every_form_control_on_the_list_page_has_a_label(client, units, url):
    factories.make_entry(units["a"], year=2025)
    page = get_page(client, url)
    controls = [c for c in page.controls
                if not (c["_tag"] == "input" and c.get("type") in SELF_DESCRIBING_INPUTS)]
    assert controls, "the list page should offer filters"
    unlabelled = [
        c for c in controls
        if not (c["_in_label"] or c.get("id") in page.label_targets
                or c.get("aria-label") or c.get("aria-labelledby"))
    ]
    assert unlabelled == []


def test_html_in_a_title_is_escaped(client, units):
    entry = factories.make_entry(units["a"], title="<script>alert(1)</script> Laporan",
                                 summary="<b>tebal</b> & ringkas")
    for url in ("/dip/", "/dip/berkala", f"/dip/entri/{entry.id}", "/dip/tabel"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
        assert "<b>tebal</b>" not in html, url


def test_home_page_without_demo_data_says_nothing_of_it(client):
    assert "Data demo." not in client.get("/").get_data(as_text=True)


@pytest.mark.demo
def test_home_page_says_when_the_portal_shows_demo_data(client):
    assert "Data demo." in client.get("/").get_data(as_text=True)
