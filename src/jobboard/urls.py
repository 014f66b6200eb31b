"""The URL layout (DESIGN.md), in one place: routes, links under base_url, and output paths.

A route is a URL relative to base_url without a leading slash: "" is home, "jobs/x/" a posting,
"feed.xml" a file. Pages end in "/" and are written as <route>index.html.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

HOME = ""
TAXONOMIES = ("tags", "cities", "companies")


def posting(slug: str) -> str:
    return f"jobs/{slug}/"


def taxonomy(kind: str) -> str:
    return f"{kind}/"


def term(kind: str, slug: str) -> str:
    return f"{kind}/{slug}/"


def paged(route: str, number: int) -> str:
    """Page n of a listing: the listing itself for n == 1, else <route>page/<n>/."""
    return route if number == 1 else f"{route}page/{number}/"


def output_path(route: str) -> str:
    """Where a route is written inside the output folder (a relative POSIX path)."""
    if route == "" or route.endswith("/"):
        return route + "index.html"
    return route


@dataclass(frozen=True)
class Linker:
    """Turns routes into links that honour base_url, including a sub-path like /board/."""

    base_url: str  # ends with "/"

    @property
    def base_path(self) -> str:
        return urlsplit(self.base_url).path or "/"

    def path(self, route: str) -> str:
        """Root-relative link for use inside the site: '/board/jobs/x/'."""
        return self.base_path + route

    def absolute(self, route: str) -> str:
        """Full URL for canonical links, feeds and the sitemap."""
        return self.base_url + route
