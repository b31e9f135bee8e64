"""A citizen, with no account: finds published information, downloads it, files a request, keeps the receipt and
tracks the request with its code."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page
from playwright.sync_api import expect

from tests.browser.journeys import download
from tests.browser.journeys import file_request
from tests.factories import pdf_text

pytestmark = pytest.mark.browser


def test_search_open_an_entry_and_download_its_document(page: Page):
    page.goto("/")
    search = page.get_by_role("searchbox", name="Cari informasi publik")
    search.fill("bantuan sosial")
    search.press("Enter")

    expect(page).to_have_url(re.compile(r"/cari/\?q=bantuan\+sosial"))
    expect(page.get_by_text(re.compile(r"\d+ informasi ditemukan untuk"))).to_be_visible()
    hits = page.locator("ol.entries").get_by_role("heading").get_by_role("link")
    results = page.url
    # The first hit that has an electronic document (the demo's first one has).
    for index in range(min(hits.count(), 5)):
        title = hits.nth(index).inner_text()
        hits.nth(index).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        if page.locator("ul.documents").get_by_role("link").count():
            break
        page.goto(results)
    document = page.locator("ul.documents").get_by_role("link").first
    filename = document.inner_text()
    name, data = download(page, document)
    assert name == filename
    assert len(data) > 100


def test_file_a_request_keep_the_receipt_and_track_it(page: Page):
    number, code = file_request(page, information="Daftar penerima bantuan permakanan lansia UPT PSTW Jember 2025")

    facts = page.locator("dl.facts")
    expect(facts).to_contain_text(number)
    expect(facts).to_contain_text("Diterima")
    name, receipt = download(page, page.get_by_role("link", name="Tanda Bukti Penerimaan Permohonan Informasi Publik"))
    assert name.endswith(".pdf")
    assert receipt.startswith(b"%PDF")
    text = pdf_text(receipt)
    assert number in text
    assert "Siti Aminah" in text

    # Later, from the tracking page, with only the code the confirmation showed.
    page.goto("/")
    page.get_by_role("link", name="Lacak", exact=True).click()
    page.get_by_label("Kode pelacakan").fill(code)
    page.get_by_role("button", name="Lacak").click()
    expect(page.locator("dl.facts").first).to_contain_text(number)
    expect(page.get_by_text("Simpan kode pelacakan Anda")).to_have_count(0)
    expect(page.get_by_role("link", name="Tanda Bukti Penerimaan Permohonan Informasi Publik")).to_be_visible()


def test_an_unknown_tracking_code_is_refused(page: Page):
    page.goto("/permohonan/lacak")
    page.get_by_label("Kode pelacakan").fill("AAAA-BBBB-CCCC-DDDD")
    page.get_by_role("button", name="Lacak").click()
    expect(page.get_by_text("Kode pelacakan tidak dikenal")).to_be_visible()
    expect(page.locator("dl.facts")).to_have_count(0)


def test_switch_to_english_and_back_on_the_page_being_read(page: Page):
    page.goto("/dip/berkala")
    expect(page.get_by_role("heading", level=1)).to_have_text("Informasi Berkala")
    page.get_by_role("link", name="English").click()

    expect(page).to_have_url(re.compile(r"/dip/berkala$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Information published periodically (berkala)")
    page.get_by_role("link", name="Home", exact=True).click()
    search = page.get_by_role("searchbox", name="Search public information")
    search.fill("bantuan sosial")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/cari/\?q=bantuan\+sosial"))
    expect(page.get_by_role("searchbox", name="Search terms")).to_have_value("bantuan sosial")

    page.get_by_role("link", name="Bahasa Indonesia").click()
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.get_by_role("searchbox", name="Kata kunci")).to_have_value("bantuan sosial")
