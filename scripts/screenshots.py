"""Take screenshots of a built site in headless Chromium, at phone and laptop widths.

Usage: python scripts/screenshots.py [OUTPUT_DIR] [SHOTS_DIR]
Serves OUTPUT_DIR (default output/) on localhost and saves PNGs of the home page, a posting,
a tag page and the tags list into SHOTS_DIR (default tests/artifacts/screenshots/).
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
WIDTHS = {"phone": (390, 844), "laptop": (1280, 800)}


def main(out: Path, shots: Path) -> None:
    shots.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 8000), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    posting = sorted((out / "jobs").iterdir())[0].name
    pages = {"home": "/", "posting": f"/jobs/{posting}/", "tag": "/tags/kubernetes/", "tags": "/tags/"}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for device, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in pages.items():
                    page.goto(f"http://127.0.0.1:8000{path}")
                    if name == "home" and page.locator("#search").count():
                        page.wait_for_selector("#search:not([hidden])", timeout=5000)  # the search box
                    page.screenshot(path=shots / f"{name}-{device}.png", full_page=name != "posting")
                page.close()
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0] if args else "output"), Path(args[1] if len(args) > 1 else "tests/artifacts/screenshots"))
