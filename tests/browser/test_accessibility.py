"""axe-core (bundled by axe-playwright-python, so it runs offline) on the public pages: no violation of impact
"serious" or "critical", on a desktop window and on a 390 px phone, where the home page must not scroll sideways."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PUBLIC_PAGES = ["/", "/dip/", "/dip/berkala", "entry", "/cari/?q=bantuan", "/permohonan/baru", "/permohonan/lacak",
                "/biaya", "/keberatan/baru", "/register/permohonan"]
BLOCKING = ("serious", "critical")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _blocking_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [f"{violation['id']} ({violation['impact']}): {violation['help']} — "
            + "; ".join(node["html"][:160] for node in violation["nodes"][:3])
            for violation in results.response["violations"] if violation["impact"] in BLOCKING]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_serious_accessibility_violation(page: Page, path: str):
    if path == "entry":
        # The first published entry of the DIP, whatever id the demo data gave it.
        page.goto("/dip/")
        path = page.locator("a[href^='/dip/entri/']").first.get_attribute("href")
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.goto(path)
        expect(page.locator("main h1")).to_be_visible()
        assert _blocking_violations(page) == [], f"{path} at {viewport['width']} px"


def test_home_page_fits_a_phone_screen(page: Page):
    page.set_viewport_size(PHONE)
    page.goto("/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    expect(page.get_by_role("searchbox", name="Cari informasi publik")).to_be_in_viewport()
