"""`newsbot serve` in a real browser: headless Chromium (Debian's chromium + chromium-driver,
installed by .ci/run) opens the articles, search and quotes pages of a demo crawl, and the test
checks what a person sees in a 1280x800 window — the search box above the fold, a result row
with a headline, a highlighted snippet after typing a query into that box and pressing Enter.

WebDriver is spoken directly (a few JSON requests to chromedriver), so no driver package and no
download: the test skips, saying why, only where Chromium or ChromeDriver is not installed.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sample_articles import demo_db
from serving import free_port, serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless Chromium not installed (Debian packages chromium and chromium-driver;"
    " .ci/run installs them with apt-get)",
)
ENTER = "\ue007"
WIDTH, HEIGHT = 1280, 800


class Browser:
    """One WebDriver session: open a URL, run JavaScript, find an element, type into it."""

    def __init__(self, driver: str, session: str) -> None:
        self.base = f"{driver}/session/{session}"

    def call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        return _request(method, self.base + path, payload)

    def open(self, url: str) -> None:
        self.call("POST", "/url", {"url": url})

    @property
    def url(self) -> str:
        return self.call("GET", "/url")

    def js(self, script: str, *args: Any) -> Any:
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def type_into(self, css: str, text: str) -> None:
        found = self.call("POST", "/element", {"using": "css selector", "value": css})
        element = next(iter(found.values()))
        self.call("POST", f"/element/{element}/value", {"text": text})

    def wait_for(self, script: str, timeout: float = 20) -> Any:
        deadline = time.monotonic() + timeout
        while not (value := self.js(script)):
            if time.monotonic() > deadline:
                pytest.fail(f"page never satisfied: {script}")
            time.sleep(0.1)
        return value

    def screenshot(self, path: Path) -> None:
        import base64

        path.write_bytes(base64.b64decode(self.call("GET", "/screenshot")))


def _request(method: str, url: str, payload: dict[str, Any] | None = None) -> Any:
    data = json.dumps(payload or {}).encode() if method == "POST" else None
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}").get("value")
    except urllib.error.HTTPError as error:
        pytest.fail(f"WebDriver {method} {url}: {error.read().decode()[:500]}")


@contextlib.contextmanager
def chromium(profile: Path) -> Iterator[Browser]:
    port = free_port()
    driver = subprocess.Popen(
        [str(CHROMEDRIVER), f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if _request("GET", base + "/status").get("ready"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chromedriver did not start")
            time.sleep(0.2)
        options = {
            "binary": str(CHROMIUM),
            # the flags this machine kind needs (closed network, root): see the machine notes
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--window-size={WIDTH},{HEIGHT}",
            ],
        }
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        session = _request("POST", base + "/session", {"capabilities": capabilities})
        browser = Browser(base, session["sessionId"])
        try:
            yield browser
        finally:
            with contextlib.suppress(Exception):
                _request("DELETE", browser.base)
    finally:
        driver.terminate()
        try:
            driver.wait(timeout=10)
        except subprocess.TimeoutExpired:
            driver.kill()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = demo_db(folder)
    with serving(db) as base, chromium(folder / "profile") as browser:
        yield base, db.stem, browser, folder


# What a person sees: where the search box is, and the first result row.
SEEN = """
const box = document.querySelector('input[type=search], input[name=search]');
const row = document.querySelector('table.rows-and-columns tbody tr');
const rect = (el) => el && el.getBoundingClientRect();
return {
  fold: window.innerHeight,
  box_top: box ? rect(box).top : null,
  box_bottom: box ? rect(box).bottom : null,
  box_visible: box ? rect(box).width > 0 && getComputedStyle(box).visibility !== 'hidden' : false,
  row_text: row ? row.innerText : '',
  row_top: row ? rect(row).top + window.scrollY : null,
  marks: [...document.querySelectorAll('td mark')].map((m) => m.innerText),
  title: document.title,
};
"""


def seen(browser: Browser) -> dict[str, Any]:
    browser.wait_for("return document.readyState === 'complete'")
    return browser.js(SEEN)


def assert_search_box_above_the_fold(view: dict[str, Any]) -> None:
    assert view["box_visible"], view
    assert 0 <= view["box_top"] < view["box_bottom"] <= view["fold"], view


def test_articles_page_shows_the_search_box_and_a_row(site):
    base, database, browser, folder = site
    browser.open(f"{base}/{database}/articles")
    view = seen(browser)
    browser.screenshot(folder / "articles.png")
    assert_search_box_above_the_fold(view)
    assert "headline" in browser.js("return document.querySelector('thead').innerText")
    assert "Lampung" in view["row_text"] or "Bali" in view["row_text"], view["row_text"]
    assert view["row_top"] < view["fold"], "the first article is visible without scrolling"
    assert '["' not in view["row_text"]  # JSON cells read as text, not as raw JSON


def test_searching_from_the_box_gives_ranked_results_with_a_snippet(site):
    base, database, browser, folder = site
    browser.open(f"{base}/{database}/articles")
    seen(browser)
    browser.type_into("#_search", "nelayan melaut" + ENTER)
    browser.wait_for("return location.pathname.endsWith('/search_articles')")
    view = seen(browser)
    browser.screenshot(folder / "search.png")
    assert_search_box_above_the_fold(view)  # the query box, holding the words
    assert browser.js("return document.querySelector('input[name=search]').value") == (
        "nelayan melaut"
    )
    assert "Nelayan" in view["row_text"], view["row_text"]
    assert {mark.lower() for mark in view["marks"]} & {"nelayan", "melaut"}, view["marks"]


def test_quotes_page_search_box_row_and_snippet(site):
    base, database, browser, folder = site
    browser.open(f"{base}/{database}/quotes")
    view = seen(browser)
    assert_search_box_above_the_fold(view)
    assert view["row_text"], "a quote row"
    browser.type_into("#_search", "nelayan" + ENTER)
    browser.wait_for("return location.pathname.endsWith('/search_quotes')")
    view = seen(browser)
    browser.screenshot(folder / "quotes.png")
    assert_search_box_above_the_fold(view)
    assert view["row_text"], "a quote that mentions nelayan"
    assert [mark.lower() for mark in view["marks"]][:1] == ["nelayan"], view["marks"]
