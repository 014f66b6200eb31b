"""Find markup in built pages that could run script: the check behind the security tests."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

DANGEROUS_TAGS = {"script", "iframe", "frame", "object", "embed", "style", "svg", "math", "img", "form", "input",
                  "button", "base", "meta", "link", "details", "video", "audio", "template"}
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


class _Scanner(HTMLParser):
    def __init__(self, allowed_scripts: set[str], allowed_links: set[str]):
        super().__init__(convert_charrefs=True)
        self.allowed_scripts, self.allowed_links = allowed_scripts, allowed_links
        self.found: list[str] = []
        self.in_body = False
        self.json_data = False

    def handle_data(self, data):
        if self.json_data:
            self.json_data = False
            try:
                json.loads(data)
            except ValueError:
                self.found.append("structured data that is not JSON")
            if re.search(r"<|>", data):
                self.found.append("structured data with a raw < or >")

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "body":
            self.in_body = True
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value is not None:
                # browsers drop tabs and newlines anywhere in a URL and trim control characters and spaces
                cleaned = re.sub(r"[\t\n\r]", "", html.unescape(value)).strip(_C0_AND_SPACE).lower()
                if re.match(r"[a-z][a-z0-9+.-]*:", cleaned) and not cleaned.startswith(SAFE_SCHEMES):
                    self.found.append(f"<{tag} {name}={value!r}>")
                continue
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self.json_data = True  # data, not code: its text is checked in handle_data
        elif tag == "script" and attributes.get("src", "").split("?")[0] not in self.allowed_scripts:
            self.found.append("<script> without an allowed src")
        elif tag in ("input", "select") and attributes.get("id") in ("search-input", "search-sort"):
            return  # the theme's own search box
        elif tag in ("meta", "link") and not self.in_body:
            return  # the page's own head
        elif tag == "link" and attributes.get("rel") in self.allowed_links:
            return
        elif tag in DANGEROUS_TAGS - {"script"} and self.in_body:
            self.found.append(f"<{tag}>")


def unsafe_markup(page: str, allowed_scripts: set[str] = frozenset()) -> list[str]:
    """Every tag, attribute or link in page that could run script, except the allowed script files."""
    scanner = _Scanner(set(allowed_scripts), {"stylesheet", "icon", "canonical", "alternate"})
    scanner.feed(page)
    return scanner.found
