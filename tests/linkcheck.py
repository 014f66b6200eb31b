"""Check that every link inside a built site resolves to a file of the site."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def links_of(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".xml":  # feeds and sitemap: <link href>, <id>, <loc>
        return re.findall(r'<link[^>]* href="([^"]+)"', text) + re.findall(r"<loc>([^<]+)</loc>", text)
    parser = _Links()
    parser.feed(text)
    return parser.links


def broken_links(out: Path, base_url: str) -> list[str]:
    """Every internal link (as 'page -> link') that does not resolve to a file in `out`."""
    base = urlsplit(base_url)
    broken = []
    for page in sorted(out.rglob("*")):
        if page.suffix not in (".html", ".xml"):
            continue
        page_url = base_url + page.relative_to(out).as_posix().removesuffix("index.html")
        for link in links_of(page):
            url = urlsplit(urljoin(page_url, link))
            if url.scheme not in ("http", "https") or url.netloc != base.netloc:
                continue  # external, mailto: or a fragment-only link
            if not url.path.startswith(base.path):
                broken.append(f"{page.relative_to(out)} -> {link} (outside the base path {base.path})")
                continue
            target = out / unquote(url.path[len(base.path):])
            if url.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(out)} -> {link}")
    return broken
