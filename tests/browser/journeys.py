"""Steps several browser journeys share: filing a request as a citizen, downloading a linked file."""
from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator
from playwright.sync_api import Page
from playwright.sync_api import expect

REGISTER_NUMBER = re.compile(r"\d{3}/PPID/[IVX]+/\d{4}")
TRACKING_CODE = re.compile(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}")
NIK = "3509121507800001"  # Jember (35 09), born 15-07-1980: well-formed and made up, as in tests/conftest.py
# A rendered PDF (a letter, the annual report) may take a few seconds on a busy two-core machine.
DOWNLOAD_TIMEOUT_MS = 30_000


def file_request(page: Page, *, information: str) -> tuple[str, str]:
    """Fill in every required item of the public request form (Perki 1/2021 Lampiran VI) and send it; returns
    the register number and tracking code shown on the confirmation."""
    page.goto("/permohonan/baru")
    page.get_by_role("group", name="Jenis pemohon").get_by_role("radio", name="Perorangan").check()
    page.get_by_role("textbox", name="Nama lengkap").fill("Siti Aminah")
    page.get_by_role("textbox", name="NIK").fill(NIK)
    page.get_by_role("textbox", name="Alamat").fill("Jl. Mastrip 12, Jember")
    page.get_by_role("textbox", name="Nomor telepon").fill("081234567890")
    page.get_by_role("textbox", name="Email").fill("siti@contoh.id")
    page.get_by_role("textbox", name="Pekerjaan").fill("Guru")
    page.get_by_label("Unit PPID yang dituju").select_option(label="UPT Pelayanan Sosial Tresna Werdha Jember")
    page.get_by_role("textbox", name="Rincian informasi yang dibutuhkan").fill(information)
    page.get_by_role("textbox", name="Tujuan penggunaan informasi").fill("Penelitian skripsi")
    page.get_by_role("group", name="Cara memperoleh informasi").get_by_role(
        "radio", name="Mendapatkan salinan (softcopy)").check()
    page.get_by_role("group", name="Cara mendapatkan salinan informasi").get_by_role("radio", name="Email").check()
    page.get_by_role("button", name="Kirim permohonan").click()

    confirmation = page.get_by_role("status").filter(has_text="nomor pendaftaran")
    expect(confirmation).to_be_visible()
    number = REGISTER_NUMBER.search(confirmation.inner_text())
    assert number, confirmation.inner_text()
    code = page.locator("code.tracking-code").inner_text()
    assert TRACKING_CODE.fullmatch(code), code
    return number.group(0), code


def download(page: Page, link: Locator) -> tuple[str, bytes]:
    """Download what ``link`` points to, as a person would with Alt+click (Chromium's "download the linked
    file"): a plain click on a PDF served inline would open it in the viewer instead."""
    with page.expect_download(timeout=DOWNLOAD_TIMEOUT_MS) as info:
        link.click(modifiers=["Alt"])
    downloaded = info.value
    assert downloaded.failure() is None, downloaded.failure()
    return downloaded.suggested_filename, Path(downloaded.path()).read_bytes()
