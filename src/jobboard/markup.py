"""Posting bodies: Markdown to HTML, then sanitized, because posting content is untrusted."""

from __future__ import annotations

import html as htmllib
import re

import markdown
import nh3

# Python-Markdown passes raw HTML and javascript: links through; nh3 removes them afterwards.
_TAGS = {"p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "b", "i",
         "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub",
         "dl", "dt", "dd"}
_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
_SCHEMES = {"http", "https", "mailto"}
_md = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"], output_format="html")


def render_body(text: str) -> str:
    """Markdown to safe HTML; headings start at h2 because the page's h1 is the title."""
    html = _md.reset().convert(text)
    html = _demote_headings(html)
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES,
                     link_rel="nofollow ugc noopener", strip_comments=True)


def _demote_headings(html: str) -> str:
    """Shift every heading down one level when the body uses h1, so the outline stays valid."""
    if "<h1" not in html:
        return html
    return re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", html)


def plain_text(html: str) -> str:
    """The text of an HTML fragment, whitespace collapsed (for descriptions and search)."""
    text = nh3.clean(html, tags=set(), strip_comments=True)
    return " ".join(htmllib.unescape(text).split())
