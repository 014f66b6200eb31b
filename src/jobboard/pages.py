"""Plan every page before rendering: its route, template and context (documented per template).

Two pages planned for one output path is an error, found here before anything is written.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Mapping

from . import urls
from .cache import digest
from .config import Config
from .errors import JobboardError, Problem
from .model import Posting, Taxonomy, Term
from .slugs import slugify
from .urls import Linker
from .jsonld import job_posting
from .views import Link, PostingView, posting_view, taxonomy_links, term_link
from .vocab import Vocabulary

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
    section: str = ""  # "", "tags", "cities", "companies" ("404": none): highlights the navigation
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


@dataclass(frozen=True, eq=False)
class Page:
    """A page to write: `inputs` is everything its context is made from, as text (the page's cache
    key is a hash of it, the theme and the settings), so a rebuild can tell an unchanged page
    without making its context; `make` makes the context when the page is rendered."""

    route: str
    template: str
    inputs: str
    make: Callable[[], dict[str, Any]]

    @property
    def context(self) -> dict[str, Any]:
        return self.make()


def fixed_page(route: str, template: str, context: dict[str, Any]) -> Page:
    """A page whose context is small and made up front (it describes itself)."""
    return Page(route, template, repr(sorted(context.items())), lambda: context)


def _short(ident: str) -> str:
    """A posting's identity as 16 hex digits (64 bits): listing pages join thousands of them into
    their inputs, and at 100,000 postings joining the long form took seconds."""
    return hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Views:
    """PostingViews made on first use (a rebuild renders few pages), and each posting's identity:
    a text that changes whenever anything its view or body shows may change."""

    def __init__(self, live: list[Posting], closed: list[Posting], linker: Linker, vocab: Vocabulary,
                 sources: dict[str, str], live_routes: set[str]):
        self.linker, self.vocab, self.live_routes = linker, vocab, live_routes
        self.postings = {p.slug: p for p in live}
        self.closed = {p.slug: p for p in closed}
        self.sources = sources  # slug -> hash of the posting's file (its bytes and path)
        self._views: dict[str, PostingView] = {}
        self._idents = {p.slug: _short(f"{self._source(p)}:{p.date}:{p.updated}") for p in live}
        # The same by the posting object's id: listing pages name 1.5 million postings at 100,000,
        # and reading each one's slug from memory took twice as long as this.
        self._by_id = {id(p): self._idents[p.slug] for p in live}

    def __getitem__(self, slug: str) -> PostingView:
        view = self._views.get(slug)
        if view is None:
            if slug in self.closed:
                view = posting_view(self.closed[slug], self.linker, self.vocab, True, self.live_routes)
            else:
                view = posting_view(self.postings[slug], self.linker, self.vocab)
            view = self._views[slug] = view
        return view

    def lazy(self, slug: str) -> "LazyView":
        return LazyView(self, slug, slug in self.closed)

    def posting(self, slug: str) -> Posting:
        return self.postings.get(slug) or self.closed[slug]

    def ident(self, slug: str) -> str:
        known = self._idents.get(slug)
        if known is None:
            posting = self.posting(slug)
            known = f"{self._source(posting)}:{posting.date}:{posting.updated}"
            if slug in self.closed:  # links only to the terms that still have a page
                known += ":closed:" + ",".join(sorted(r for r in term_routes(posting) if r in self.live_routes))
            known = self._idents[slug] = _short(known)
        return known

    def _source(self, posting: Posting) -> str:
        """The hash of the posting's file; without one (a posting not read from a file), of the posting."""
        return self.sources.get(posting.slug) or digest(repr(posting))

    def idents(self, postings) -> str:
        """The identities of these postings, in order, as one text (called for every listing page)."""
        try:
            return ",".join(map(self._by_id.__getitem__, map(id, postings)))
        except KeyError:  # a closed posting, or a copy of a live one
            return ",".join([self.ident(p.slug) for p in postings])


class LazyView:
    """Stands for views[slug] in listings and makes it on first use: a row that render_cached finds
    in the cache needs only the slug, and a PostingView takes a while to make."""

    __slots__ = ("slug", "expired", "_views", "_view")

    def __init__(self, views: Views, slug: str, expired: bool):
        self.slug, self.expired, self._views, self._view = slug, expired, views, None

    def real(self) -> PostingView:
        if self._view is None:
            self._view = self._views[self.slug]
        return self._view

    def __getattr__(self, name: str):
        if name.startswith("_"):  # a slot not set (a copy made without __init__): no view to ask
            raise AttributeError(name)
        return getattr(self.real(), name)

    def __repr__(self) -> str:
        return repr(self.real())

    def __eq__(self, other) -> bool:
        return self.real() == (other.real() if isinstance(other, LazyView) else other)

    def __hash__(self) -> int:
        return hash(self.real())


def term_routes(posting: Posting) -> list[str]:
    return [urls.term(kind, slugify(name)) for kind, names in
            (("companies", (posting.company,) if posting.company else ()), ("cities", posting.cities),
             ("tags", posting.tags)) for name in names]


def plan(postings: list[Posting], closed: list[Posting], taxonomies: dict[str, Taxonomy], config: Config,
         linker: Linker, views: Views, bodies: Mapping[str, str]) -> list[Page]:
    """Every page of the site, in a fixed order; raises when two pages share an output path.

    `postings` are the live ones (listings, feeds, sitemap, search); `closed` the expired ones,
    which keep a page of their own, marked closed and without structured data.
    """
    facets = tuple((t.title, linker.path(urls.taxonomy(kind)), taxonomy_links(t, linker)[:FACET_TERMS])
                   for kind, t in taxonomies.items() if t.terms)
    pages = _listing(urls.HOME, "Latest jobs", postings, "", config, linker, views,
                     {"term": None, "parent": None, "facets": facets})
    pages.append(_feed("feed.xml", config.title, urls.HOME, postings, views, linker))
    companies = {term.slug: term for term in taxonomies["companies"].terms}
    for posting in postings:
        pages.append(_posting_page(posting, views, companies, bodies, config, live=True))
    for posting in closed:
        pages.append(_posting_page(posting, views, companies, bodies, config, live=False))
    for kind, taxonomy in taxonomies.items():
        pages.append(_terms_page(taxonomy, linker))
        for term in taxonomy.terms:
            pages.extend(_term_pages(taxonomy, term, views, config, linker))
    pages.append(fixed_page("404.html", "404.html", {"page": Meta("Page not found", "", linker.path("404.html"),
                                                                  linker.absolute("404.html"), "404")}))
    pages.append(fixed_page("sitemap.xml", "sitemap.xml", {"entries": _sitemap(pages, postings, linker)}))
    pages.append(fixed_page("robots.txt", "robots.txt", {"sitemap": linker.absolute("sitemap.xml")}))
    _check_unique(pages)
    return pages


def _listing(route: str, heading: str, postings: list[Posting], section: str, config: Config,
             linker: Linker, views: Views, extra: dict[str, Any]) -> list[Page]:
    """A paginated list of postings: list.html (its context is documented in the template)."""
    count = max(1, math.ceil(len(postings) / config.per_page))
    pages = []
    for number in range(1, count + 1):
        route_n = urls.paged(route, number)
        prev_url = linker.path(urls.paged(route, number - 1)) if number > 1 else None
        next_url = linker.path(urls.paged(route, number + 1)) if number < count else None
        title = heading if number == 1 else f"{heading} (page {number})"
        description = f"{heading}: {len(postings)} job{'s' if len(postings) != 1 else ''}" + \
            ("." if count == 1 else f", page {number} of {count}.")  # each page its own description
        meta = Meta(title, description, linker.path(route_n), linker.absolute(route_n), section,
                    linker.path(route + "feed.xml"))
        chunk = postings[(number - 1) * config.per_page: number * config.per_page]
        fixed = {"page": meta, "heading": heading, "total": len(postings), **extra,
                 "pager": Pager(number, count, prev_url, next_url)}
        pages.append(Page(route_n, "list.html", f"{sorted(fixed.items())!r}|{views.idents(chunk)}",
                          partial(_listing_context, fixed, chunk, views)))
    return pages


def _listing_context(fixed: dict[str, Any], chunk: list[Posting], views: Views) -> dict[str, Any]:
    return {**fixed, "postings": [views.lazy(p.slug) for p in chunk]}


def _posting_page(posting: Posting, views: Views, companies: dict[str, Term], bodies: Mapping[str, str],
                  config: Config, live: bool) -> Page:
    """posting.html. Context: page, posting (PostingView), related (other live postings of the company),
    job_posting (schema.org JobPosting data, none for an expired posting)."""
    term = companies.get(slugify(posting.company)) if posting.company else None
    related = [p for p in term.postings[:RELATED + 1] if p.slug != posting.slug][:RELATED] if term else []
    return Page(urls.posting(posting.slug), "posting.html", f"{views.ident(posting.slug)}|{live}|{views.idents(related)}",
                partial(_posting_context, posting, related, views, bodies, config, live))


def _posting_context(posting: Posting, related: list[Posting], views: Views, bodies: Mapping[str, str],
                     config: Config, live: bool) -> dict[str, Any]:
    view = views[posting.slug]
    meta = Meta(f"{view.title} at {view.company.name}" if view.company else view.title,
                view.description, view.url, view.absolute_url)
    job = job_posting(posting, bodies[posting.slug], config, view.absolute_url) if live else None
    return {"page": meta, "posting": view, "related": [views[p.slug] for p in related], "job_posting": job}


def _terms_page(taxonomy: Taxonomy, linker: Linker) -> Page:
    """terms.html. Context: page, taxonomy (title, singular, kind), terms (Links with counts)."""
    route = urls.taxonomy(taxonomy.kind)
    meta = Meta(f"Jobs by {taxonomy.singular}", f"All {taxonomy.title.lower()} with their number of jobs.",
                linker.path(route), linker.absolute(route), taxonomy.kind)
    kind = TaxonomyView(taxonomy.kind, taxonomy.title, taxonomy.singular)
    return fixed_page(route, "terms.html", {"page": meta, "taxonomy": kind, "terms": taxonomy_links(taxonomy, linker)})


def _term_pages(taxonomy: Taxonomy, term: Term, views: Views, config: Config, linker: Linker) -> list[Page]:
    route = urls.term(term.kind, term.slug)
    heading = {"tags": f"{term.name} jobs", "cities": f"Jobs in {term.name}",
               "companies": f"Jobs at {term.name}"}[term.kind]
    parent = Link(f"All {taxonomy.title.lower()}", linker.path(urls.taxonomy(taxonomy.kind)))
    pages = _listing(route, heading, list(term.postings), term.kind, config, linker, views,
                     {"term": term_link(term, linker), "parent": parent, "facets": ()})
    pages.append(_feed(route + "feed.xml", f"{heading} — {config.title}", route, list(term.postings),
                       views, linker))
    return pages


def _feed(route: str, title: str, html_route: str, postings: list[Posting], views: Views, linker: Linker) -> Page:
    """feed.xml (Atom). Context: title, id, self_url, html_url, updated, entries (PostingViews)."""
    shown = postings[:FEED_ENTRIES]
    updated = max(((p.updated or p.date) for p in shown), default=None)
    fixed = {"title": title, "self_url": linker.absolute(route), "html_url": linker.absolute(html_route),
             "updated": updated.isoformat() if updated else "1970-01-01"}
    return Page(route, "feed.xml", f"{sorted(fixed.items())!r}|{views.idents(shown)}",
                partial(_feed_context, fixed, shown, views))


def _feed_context(fixed: dict[str, Any], shown: list[Posting], views: Views) -> dict[str, Any]:
    return {**fixed, "entries": [views[p.slug] for p in shown]}


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
