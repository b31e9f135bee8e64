"""Browser tests: a real gunicorn serving a copy of the seeded demo instance, driven by Debian's Chromium through
Playwright. A failed test leaves a screenshot in test-artifacts/browser/<test>.png."""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page
from playwright.sync_api import expect
from playwright.sync_api import sync_playwright

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"
# `playwright install` cannot download its own browser here: launch the system one, headless and quiet.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
DEMO_PASSWORD = "Demo-KIP-2026!"
_FAILED = pytest.StashKey[bool]()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn stopped with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer {url} within {seconds} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, demo_seeded, postgres) -> str:
    """gunicorn with two workers on a copy of the seeded demo data (tests/conftest.py ``demo_seeded``): a copy of
    its SQLite file, or on PostgreSQL (KIP_TEST_DATABASE_URL) a database made from its template."""
    seeded_directory, seeded_database = demo_seeded
    directory = tmp_path_factory.mktemp("browser-instance")
    shutil.copytree(seeded_directory, directory, dirs_exist_ok=True, ignore=shutil.ignore_patterns("kip.sqlite"))
    if postgres:
        database_url = postgres.create("browser", template=seeded_database)
    else:
        shutil.copyfile(seeded_database, directory / "kip.sqlite")
        database_url = f"sqlite:///{directory / 'kip.sqlite'}"
    env = {
        **os.environ,
        "FLASK_SQLALCHEMY_DATABASE_URI": database_url,
        "FLASK_DOCUMENTS_DIR": str(directory / "documents"),
        "FLASK_INDEX_DIR": str(directory / "index"),
        "FLASK_SECRET_KEY": "browser-test-secret",
        # The key the demo data was encrypted with (kept in the seeded instance; gunicorn's instance is elsewhere).
        "FLASK_ENCRYPTION_KEYS": (directory / "instance" / "encryption_key").read_text().strip(),
        "FLASK_OCR_MODE": "off",
        "FLASK_REQUEST_RATE_LIMIT": "1000 per minute",
    }
    port = _free_port()
    log = directory / "gunicorn.log"
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    with open(log, "wb") as output:
        # No control socket: its default path is per user, and another gunicorn may be running.
        server = subprocess.Popen([gunicorn, "-w", "2", "-b", f"127.0.0.1:{port}", "--timeout", "60",
                                   "--no-control-socket", "wsgi:app"],
                                  cwd=PROJECT_ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/", server, log)
        yield url
    finally:
        server.send_signal(signal.SIGINT)  # gunicorn's quick shutdown; SIGTERM waits for the workers
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if postgres:
            postgres.drop(database_url)


@pytest.fixture(scope="session")
def browser() -> Browser:
    """Playwright launches Chromium with a fresh temporary profile (user-data dir) and removes it afterwards."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report


@pytest.fixture
def page(request, browser: Browser, live_server: str) -> Page:
    """A new browser context (no cookies) per test, on a 1280 px window; a screenshot when the test fails."""
    context = browser.new_context(base_url=live_server, locale="id-ID", accept_downloads=True,
                                  viewport={"width": 1280, "height": 900})
    # Generous for a busy two-core CI machine; a passing step takes well under a second.
    context.set_default_timeout(15_000)
    expect.set_options(timeout=15_000)
    page = context.new_page()
    yield page
    if request.node.stash.get(_FAILED, False):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        except PlaywrightError as error:  # a crashed page: the test's own failure is what matters
            print(f"no screenshot of {name}: {error}")
    context.close()


@pytest.fixture
def log_in(page: Page):
    """Log in through the form as a demo account."""

    def do_login(email: str) -> None:
        page.goto("/masuk")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Kata sandi").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Masuk", exact=True).click()
        expect(page.get_by_role("button", name="Keluar")).to_be_visible()

    return do_login
