"""Staff journeys in the browser: the PPID extends and decides a request and issues the written notice, the
Atasan PPID answers a keberatan, the auditor reads the compliance dashboard and the annual report."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page
from playwright.sync_api import expect

from tests.browser.journeys import download
from tests.browser.journeys import file_request
from tests.factories import pdf_text

pytestmark = pytest.mark.browser


def test_officer_extends_decides_and_issues_the_written_notice(page: Page, log_in):
    number, _ = file_request(page, information="Jadwal kunjungan keluarga di UPT PSTW Jember tahun 2026")
    log_in("ppid@demo.test")
    page.goto("/staf/permohonan/")
    page.get_by_role("link", name=number, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Permohonan {number}")

    page.get_by_label("Alasan perpanjangan").fill("Informasi tersebar di beberapa bidang dan perlu dihimpun.")
    page.get_by_role("button", name="Perpanjang 7 hari kerja").click()
    expect(page.get_by_role("status")).to_contain_text("Batas waktu diperpanjang sampai")
    expect(page.get_by_text("Setelah perpanjangan")).to_be_visible()
    expect(page.get_by_role("link", name="Surat Pemberitahuan Perpanjangan Waktu")).to_be_visible()

    page.get_by_role("group", name="Keputusan", exact=True).get_by_role("radio", name="Dikabulkan seluruhnya").check()
    page.get_by_label("Bentuk informasi").select_option(label="Softcopy")
    page.get_by_role("textbox", name="Waktu penyediaan").fill("3")
    page.get_by_role("group", name="Biaya").get_by_role("textbox", name="Fotokopi/cetak A4 hitam putih").fill("12")
    page.get_by_label("Cara pembayaran").select_option(label="Tunai")
    page.get_by_role("button", name="Simpan keputusan").click()

    expect(page.get_by_role("status")).to_contain_text("surat pemberitahuan tertulis diterbitkan")
    expect(page.locator("dl.facts").last).to_contain_text("Dikabulkan seluruhnya")
    expect(page.locator("dl.facts").last).to_contain_text("Rp 6.000")  # 12 sheets × Rp 500 from the fee table
    notice = page.get_by_role("link", name="Surat Pemberitahuan Tertulis", exact=True)
    name, pdf = download(page, notice)
    assert name.endswith(".pdf")
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert number in text
    assert "6.000" in text


def test_atasan_upholds_an_open_keberatan(page: Page, log_in):
    log_in("atasan@demo.test")
    page.goto("/staf/keberatan/")
    expect(page.get_by_role("link", name="Menunggu tanggapan")).to_have_attribute("aria-current", "page")
    page.get_by_role("table").get_by_role("link").first.click()
    expect(page.get_by_text("Menunggu tanggapan Atasan PPID")).to_be_visible()

    page.get_by_role("group", name="Tanggapan", exact=True).get_by_role(
        "radio", name="Menguatkan keputusan PPID").check()
    page.get_by_role("textbox", name="Alasan tertulis").fill(
        "Pemberitahuan tertulis telah disampaikan dan informasi telah diberikan kepada pemohon.")
    page.get_by_role("button", name="Terbitkan tanggapan").click()

    flash = page.get_by_role("status").filter(has_text="Tanggapan nomor")
    expect(flash).to_be_visible()
    answer_number = re.search(r"Tanggapan nomor (\S+) diterbitkan", flash.inner_text()).group(1)
    expect(page.locator("p.meta")).to_contain_text("Menguatkan keputusan PPID")
    expect(page.locator("dl.facts")).to_contain_text(f"Nomor {answer_number}")
    letter = page.locator("ul.documents li").filter(has_text=answer_number).get_by_role(
        "link", name="Tanggapan Atasan PPID atas Keberatan")
    _, pdf = download(page, letter)
    assert pdf.startswith(b"%PDF")
    assert answer_number in pdf_text(pdf)
    expect(page.get_by_role("heading", name="Tanggapan Atasan PPID")).to_have_count(0)


def test_auditor_reads_the_dashboard_and_the_last_annual_report(page: Page, log_in):
    log_in("auditor@demo.test")
    page.goto("/staf/kepatuhan/")
    expect(page.get_by_role("heading", name="Perkiraan predikat")).to_be_visible()
    expect(page.locator("#band")).not_to_be_empty()
    expect(page.locator("#score")).to_have_text(re.compile(r"^\d+\.\d$"))
    assert int(page.locator("#received").inner_text()) > 0

    page.goto("/staf/laporan/")
    closed_years = page.get_by_role("row").filter(has_not_text="Tahun berjalan").filter(has=page.get_by_role("cell"))
    year = closed_years.first.get_by_role("link").inner_text()
    closed_years.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Laporan Layanan Informasi Publik Tahun {year}")
    name, pdf = download(page, page.get_by_role("link", name="Unduh laporan lengkap (PDF)"))
    assert name.endswith(".pdf")
    assert pdf.startswith(b"%PDF")
    assert year in pdf_text(pdf)
