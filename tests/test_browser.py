"""Drive the built reference site in headless Chromium, served under a sub-path as on GitHub Pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import free_port
from jobboard.build import build

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
SHOTS = Path(__file__).resolve().parent / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run the README's test command, which installs Debian's chromium")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def board(reference_site, tmp_path, serve):
    """The reference site built for and served at http://127.0.0.1:<port>/board/."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/board/"
    build(reference_site, out=tmp_path / "out", base_url=base)
    return serve(tmp_path / "out", port, "/board/")


def fits(page, width) -> bool:
    """Whether the page is no wider than the window: nothing to scroll sideways on a phone."""
    return page.evaluate("document.documentElement.scrollWidth") <= width


def open_page(browser, width, height=900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(5000)
    problems = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("request", lambda r: problems.append(f"third-party request {r.url}")
            if not r.url.startswith("http://127.0.0.1") else None)
    return page, problems


@pytest.mark.parametrize("width", [390, 1280])
def test_home_tag_posting_city_click_through(browser, board, width):
    page, problems = open_page(browser, width)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(board)
    assert page.locator("h1").inner_text() == "Latest jobs"
    assert page.locator("li.job").count() == 5
    page.screenshot(path=SHOTS / f"home-{width}.png", full_page=True)
    assert fits(page, width)

    page.locator(".facets").get_by_role("link", name="Kubernetes 4").click()
    page.wait_for_url(board + "tags/kubernetes/")
    assert page.locator("h1").inner_text() == "Kubernetes jobs"
    assert page.locator(".lead").inner_text().startswith("4 jobs")
    assert page.locator("li.job").count() == 4
    page.screenshot(path=SHOTS / f"tag-{width}.png", full_page=True)
    assert fits(page, width)

    page.get_by_role("link", name="Senior Backend Engineer").click()
    page.wait_for_url(board + "jobs/senior-backend-engineer-hellofresh/")
    assert page.locator("h1").inner_text() == "Senior Backend Engineer"
    facts = page.locator(".facts").inner_text()
    assert "HelloFresh" in facts and "Berlin, Germany" in facts and "Hybrid" in facts
    assert page.locator(".prose h2").first.inner_text() == "The role and the team"
    assert "ago" in page.locator(".facts .age").inner_text()  # the script added the relative age
    page.screenshot(path=SHOTS / f"posting-{width}.png", full_page=True)
    assert fits(page, width)

    page.locator(".facts").get_by_role("link", name="Berlin").click()
    page.wait_for_url(board + "cities/berlin/")
    assert page.locator("h1").inner_text() == "Jobs in Berlin"
    assert page.locator("li.job").count() == 4
    page.screenshot(path=SHOTS / f"city-{width}.png", full_page=True)
    assert fits(page, width)
    assert problems == []
    page.close()


def test_every_kind_of_page_fits_a_small_phone(browser, board):
    """320 px wide (an iPhone SE): nothing to scroll sideways, the navigation included."""
    page, problems = open_page(browser, 320, 640)
    for path in ("", "jobs/senior-backend-engineer-hellofresh/", "tags/", "tags/kubernetes/", "cities/berlin/",
                 "companies/", "no-such-page/"):
        page.goto(board + path)
        assert fits(page, 320), path
    assert [p for p in problems if not p.startswith("console error: Failed to load resource")] == [
        f"404 {board}no-such-page/"]  # only the page asked for on purpose
    page.close()


def test_apply_button_stays_in_reach_on_a_phone(browser, board):
    page, problems = open_page(browser, 390, 844)
    page.goto(board + "jobs/engineering-manager-infrastructure-choco/")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(200)
    button = page.get_by_role("link", name="Apply for this job")
    box = button.bounding_box()
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 844
    assert button.get_attribute("href") == "https://www.choco.com/position-details?gh_jid=4196126003"
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_timeout(200)
    footer = page.locator(".site-footer a").last.bounding_box()  # scrolled to the end: not under the bar
    assert footer["y"] + footer["height"] <= page.locator(".apply-bar").bounding_box()["y"]
    assert problems == []
    page.close()


def test_pages_work_without_javascript(browser, board):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(5000)
    page.goto(board + "tags/")
    page.get_by_role("link", name="Python 2 jobs").click()
    page.wait_for_url(board + "tags/python/")
    assert page.locator("li.job").count() == 2
    context.close()


def test_no_payload_runs_in_the_browser_on_any_page(browser, tmp_path, serve):
    """Every page of a site built from hostile postings, opened in Chromium: no dialog, no payload ran."""
    payloads = Path(__file__).resolve().parent / "payloads"
    port = free_port()
    base = f"http://127.0.0.1:{port}/board/"
    out = tmp_path / "out"
    build(payloads, out=out, base_url=base)
    serve(out, port, "/board/")
    page = browser.new_page()
    page.set_default_timeout(5000)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(p for p in out.rglob("*.html"))
    assert len(pages) >= 15
    for path in pages:
        url = base + path.relative_to(out).as_posix().removesuffix("index.html")
        page.goto(url)
        page.evaluate("""() => document.querySelectorAll('body *').forEach(el => {
            for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error'])
                el.dispatchEvent(new Event(type, {bubbles: true}));
        })""")  # fire the events inline handlers would listen to
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    assert dialogs == []
    page.set_viewport_size({"width": 390, "height": 844})  # long unbroken words wrap on a phone
    for path in ("", "jobs/links/"):
        page.goto(base + path)
        assert fits(page, 390), path
    page.close()


def test_search_and_filters_on_the_home_page(browser, board):
    page, problems = open_page(browser, 1280)
    page.goto(board)
    page.wait_for_selector("#search:not([hidden])")
    page.fill("#search-input", "kubernetes")
    page.wait_for_function("document.querySelector('.search-status').textContent === '4 jobs'")
    titles = sorted(page.locator(".search-results .job-title").all_inner_texts())
    assert titles == ["Cloud Back End Developer", "Infrastructure Engineer", "Senior Backend Engineer",
                      "Site Reliability Engineer"]
    assert not page.locator("#listing").is_visible()

    page.select_option("select[name=city]", "Berlin")
    page.wait_for_function("document.querySelector('.search-status').textContent === '3 jobs'")
    assert all("Berlin" in where for where in page.locator(".search-results .job-where").all_inner_texts())
    page.screenshot(path=SHOTS / "search-1280.png", full_page=True)

    page.fill("#search-input", "")
    page.wait_for_function("document.querySelector('.search-status').textContent === '4 jobs'")  # filter alone
    page.get_by_role("button", name="Clear").click()
    assert page.locator("#listing").is_visible()
    assert page.locator("#listing li.job").count() == 5
    assert page.locator(".search-results li").count() == 0

    page.fill("#search-input", "engineer")
    page.select_option("select[name=remote]", "Hybrid")
    page.wait_for_function("document.querySelector('.search-status').textContent === '2 jobs'")
    assert page.url == board + "?q=engineer&remote=Hybrid"  # kept in the address
    page.locator(".search-results .job-title a").first.click()
    page.wait_for_url(board + "jobs/**")
    assert page.locator(".facts").inner_text().count("Hybrid") == 1
    page.go_back()  # the same search, filter and results, not an empty box
    page.wait_for_function("document.querySelector('.search-status').textContent === '2 jobs'")
    assert page.input_value("#search-input") == "engineer"
    assert page.input_value("select[name=remote]") == "Hybrid"
    page.get_by_role("button", name="Clear").click()
    assert page.url == board
    page.goto(board + "?utm_source=news#listing")  # others' parameters and the fragment stay
    page.wait_for_selector("#search:not([hidden])")
    page.fill("#search-input", "kafka")
    page.wait_for_function("document.querySelector('.search-status').textContent.endsWith('job')")
    assert page.url == board + "?utm_source=news&q=kafka#listing"
    assert problems == []
    page.close()


def test_serve_rebuilds_and_reloads_the_open_page(browser, reference_site):
    import subprocess
    import sys
    import time
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "jobboard", "serve", "--site", str(reference_site),
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/jobs/senior-backend-engineer-hellofresh/"
        page = browser.new_page()
        page.set_default_timeout(15000)
        for _ in range(100):
            try:
                page.goto(url)
                break
            except Exception:
                time.sleep(0.2)
        assert page.locator("h1").inner_text() == "Senior Backend Engineer"
        posting = reference_site / "content/jobs/senior-backend-engineer-hellofresh.md"
        text = posting.read_text()
        posting.write_text(text.replace("title: Senior Backend Engineer", "title: Staff Backend Engineer"))
        page.wait_for_function("document.querySelector('h1').textContent === 'Staff Backend Engineer'")

        posting.write_text(text.replace("remote: hybrid", "remote: sometimes"))
        page.wait_for_selector("#jobboard-problems")
        assert "remote: 'sometimes' is not one of onsite, hybrid, remote" in page.locator("#jobboard-problems").inner_text()
        assert page.locator("h1").inner_text() == "Staff Backend Engineer"  # the last good build stays

        posting.write_text(text)
        page.wait_for_function("document.querySelector('h1').textContent === 'Senior Backend Engineer'")
        assert page.locator("#jobboard-problems").count() == 0
        page.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
