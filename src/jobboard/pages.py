"""Plan every page before rendering: its route, template and context (documented per template).

Two pages planned for one output path is an error, found here before anything is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from . import urls
from .config import Config
from .errors import JobboardError, Problem
from .model import Posting, Taxonomy, Term
from .slugs import slugify
from .urls import Linker
from .jsonld import job_posting
from .views import Link, PostingView, taxonomy_links, term_link

FEED_ENTRIES = 20
RELATED = 5
FACET_TERMS = 12


@dataclass(frozen=True)
class Meta:
    """Facts about the page itself, for <head> and navigation (context name `page`)."""

    title: str  # without the site title
    description: str
    url: str  # root-relative link to this page
    canonical: str  # absolute URL
    section: str = ""  # "", "tags", "cities", "companies": highlights the navigation
    feed: str | None = None  # root-relative link to this page's Atom feed


@dataclass(frozen=True)
class Pager:
    """Where a listing page is among its pages (context name `pager`)."""

    number: int
    count: int
    prev_url: str | None
    next_url: str | None


@dataclass(frozen=True)
class TaxonomyView:
    """Which list of terms a page shows (context name `taxonomy` in terms.html)."""

    kind: str  # "tags", "cities", "companies"
    title: str  # "Tags"
    singular: str  # "tag"


@dataclass(frozen=True)
class Page:
    route: str
    template: str
    context: dict[str, Any] = field(hash=False)


def plan(postings: list[Posting], closed: list[Posting], taxonomies: dict[str, Taxonomy], config: Config,
         linker: Linker, views: dict[str, PostingView], bodies: dict[str, str]) -> list[Page]:
    """Every page of the site, in a fixed order; raises when two pages share an output path.

    `postings` are the live ones (listings, feeds, sitemap, search); `closed` the expired ones,
    which keep a page of their own, marked closed and without structured data.
    """
    facets = tuple((t.title, linker.path(urls.taxonomy(kind)), taxonomy_links(t, linker)[:FACET_TERMS])
                   for kind, t in taxonomies.items() if t.terms)
    pages = _listing(urls.HOME, "Latest jobs", [views[p.slug] for p in postings], "", config, linker,
                     {"term": None, "parent": None, "facets": facets})
    pages.append(_feed("feed.xml", config.title, urls.HOME, postings, views, linker))
    companies = {term.slug: term for term in taxonomies["companies"].terms}
    for posting in postings:
        job = job_posting(posting, bodies[posting.slug], config, views[posting.slug].absolute_url)
        pages.append(_posting_page(posting, views, companies, linker, job))
    for posting in closed:
        pages.append(_posting_page(posting, views, companies, linker, None))
    for kind, taxonomy in taxonomies.items():
        pages.append(_terms_page(taxonomy, linker))
        for term in taxonomy.terms:
            pages.extend(_term_pages(taxonomy, term, views, config, linker))
    pages.append(Page("404.html", "404.html", {"page": Meta("Page not found", "", linker.path("404.html"),
                                                              linker.absolute("404.html"))}))
    pages.append(Page("sitemap.xml", "sitemap.xml", {"entries": _sitemap(pages, postings, linker)}))
    pages.append(Page("robots.txt", "robots.txt", {"sitemap": linker.absolute("sitemap.xml")}))
    _check_unique(pages)
    return pages


def _listing(route: str, heading: str, items: list[PostingView], section: str, config: Config,
             linker: Linker, extra: dict[str, Any]) -> list[Page]:
    """A paginated list of postings: list.html (its context is documented in the template)."""
    count = max(1, math.ceil(len(items) / config.per_page))
    pages = []
    for number in range(1, count + 1):
        route_n = urls.paged(route, number)
        prev_url = linker.path(urls.paged(route, number - 1)) if number > 1 else None
        next_url = linker.path(urls.paged(route, number + 1)) if number < count else None
        title = heading if number == 1 else f"{heading} (page {number})"
        description = f"{heading}: {len(items)} job{'s' if len(items) != 1 else ''}."
        meta = Meta(title, description, linker.path(route_n), linker.absolute(route_n), section,
                    linker.path(route + "feed.xml"))
        chunk = items[(number - 1) * config.per_page: number * config.per_page]
        pages.append(Page(route_n, "list.html", {"page": meta, "heading": heading, "postings": chunk,
                                                  "total": len(items), **extra,
                                                  "pager": Pager(number, count, prev_url, next_url)}))
    return pages


def _posting_page(posting: Posting, views: dict[str, PostingView], companies: dict[str, Term],
                  linker: Linker, job: dict | None) -> Page:
    """posting.html. Context: page, posting (PostingView), related (other live postings of the company),
    job_posting (schema.org JobPosting data, none for an expired posting)."""
    view = views[posting.slug]
    related: list[PostingView] = []
    term = companies.get(slugify(posting.company)) if posting.company else None
    if term:
        related = [views[p.slug] for p in term.postings if p.slug != posting.slug][:RELATED]
    meta = Meta(f"{view.title} at {view.company.name}" if view.company else view.title,
                view.description, view.url, view.absolute_url)
    return Page(urls.posting(posting.slug), "posting.html",
                {"page": meta, "posting": view, "related": related, "job_posting": job})


def _terms_page(taxonomy: Taxonomy, linker: Linker) -> Page:
    """terms.html. Context: page, taxonomy (title, singular, kind), terms (Links with counts)."""
    route = urls.taxonomy(taxonomy.kind)
    meta = Meta(f"Jobs by {taxonomy.singular}", f"All {taxonomy.title.lower()} with their number of jobs.",
                linker.path(route), linker.absolute(route), taxonomy.kind)
    kind = TaxonomyView(taxonomy.kind, taxonomy.title, taxonomy.singular)
    return Page(route, "terms.html", {"page": meta, "taxonomy": kind, "terms": taxonomy_links(taxonomy, linker)})


def _term_pages(taxonomy: Taxonomy, term: Term, views: dict[str, PostingView], config: Config,
                linker: Linker) -> list[Page]:
    route = urls.term(term.kind, term.slug)
    heading = {"tags": f"{term.name} jobs", "cities": f"Jobs in {term.name}",
               "companies": f"Jobs at {term.name}"}[term.kind]
    items = [views[p.slug] for p in term.postings]
    parent = Link(f"All {taxonomy.title.lower()}", linker.path(urls.taxonomy(taxonomy.kind)))
    pages = _listing(route, heading, items, term.kind, config, linker,
                     {"term": term_link(term, linker), "parent": parent, "facets": ()})
    pages.append(_feed(route + "feed.xml", f"{heading} — {config.title}", route, list(term.postings),
                       views, linker))
    return pages


def _feed(route: str, title: str, html_route: str, postings: list[Posting],
          views: dict[str, PostingView], linker: Linker) -> Page:
    """feed.xml (Atom). Context: title, id, self_url, html_url, updated, entries (PostingViews)."""
    entries = [views[p.slug] for p in postings[:FEED_ENTRIES]]
    updated = max(((p.updated or p.date) for p in postings[:FEED_ENTRIES]), default=None)
    return Page(route, "feed.xml", {"title": title, "self_url": linker.absolute(route),
                                    "html_url": linker.absolute(html_route),
                                    "updated": updated.isoformat() if updated else "1970-01-01",
                                    "entries": entries})


def _sitemap(pages: list[Page], postings: list[Posting], linker: Linker) -> list[tuple[str, str | None]]:
    """(absolute URL, lastmod) for every page of live postings and listings (no 404, no closed postings)."""
    dates = {urls.posting(p.slug): (p.updated or p.date).isoformat() for p in postings}
    return [(linker.absolute(p.route), dates.get(p.route)) for p in pages
            if p.template in ("list.html", "terms.html") or p.route in dates]


def _check_unique(pages: list[Page]) -> None:
    seen: dict[Any, Page] = {}
    problems = []
    for page in pages:
        path = urls.output_path(page.route)
        if path in seen:
            problems.append(Problem(str(path), 0, "", "two pages would be written here",
                                    f"rename one of them ({seen[path].template}, {page.template})"))
        seen[path] = page
    if problems:
        raise JobboardError(problems)
