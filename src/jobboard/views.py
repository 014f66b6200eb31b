"""What templates see: display-ready views of postings and terms, separate from the model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from . import urls
from .model import Posting, Salary, Taxonomy, Term
from .slugs import slugify
from .urls import Linker
from .vocab import Vocabulary, countries

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_REMOTE = {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}
_EMPLOYMENT = {"full-time": "Full-time", "part-time": "Part-time", "contract": "Contract",
               "internship": "Internship", "temporary": "Temporary"}
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}
_PER = {"year": "a year", "month": "a month", "day": "a day", "hour": "an hour"}


@dataclass(frozen=True)
class Link:
    """A named link: a company, city or tag, with its number of postings when listed."""

    name: str
    url: str
    count: int = 0


@dataclass(frozen=True)
class PostingView:
    """A posting as templates show it. `url` is root-relative, `absolute_url` for canonical links."""

    slug: str
    title: str
    url: str
    absolute_url: str
    company: Link | None
    cities: tuple[Link, ...]
    country: str | None  # display name, "Germany"
    remote: str | None  # "Remote", "Hybrid", "On-site"
    employment_type: str | None  # "Full-time"
    salary: str | None  # "€75,000–100,000 a year"
    equity: bool
    tags: tuple[Link, ...]
    date: str  # ISO date, for <time datetime>
    date_text: str  # "18 Nov 2026"
    apply_url: str | None
    apply_email: str | None
    description: str  # one sentence for meta descriptions and feeds
    updated: str = ""  # ISO date of the last change
    updated_text: str = ""
    expired: bool = False  # no longer accepting applications
    valid_through_text: str = ""  # "31 Jan 2027" when the posting states it

    @property
    def where(self) -> str:
        """'Berlin, Düsseldorf · Germany · Hybrid' — the places and remote mode in one line."""
        parts = [", ".join(c.name for c in self.cities), self.country or "", self.remote or ""]
        return " · ".join(p for p in parts if p)


def posting_view(posting: Posting, linker: Linker, vocab: Vocabulary, expired: bool = False,
                 live_terms: set[str] | None = None) -> PostingView:
    """Everything a template shows about a posting, formatted for people.

    Links go to term pages; for an expired posting only to those that still exist (live_terms
    holds their routes), others show as plain text (a Link with an empty url).
    """
    route = urls.posting(posting.slug)

    def link(name: str, kind: str) -> Link:
        term_route = urls.term(kind, slugify(name))
        return Link(name, linker.path(term_route) if live_terms is None or term_route in live_terms else "")
    company = link(posting.company, "companies") if posting.company else None
    updated = posting.updated or posting.date
    view = PostingView(
        slug=posting.slug, title=posting.title, url=linker.path(route), absolute_url=linker.absolute(route),
        company=company,
        cities=tuple(link(c, "cities") for c in posting.cities),
        country=countries().get(posting.country or "", posting.country),
        remote=_REMOTE.get(posting.remote or ""),
        employment_type=_EMPLOYMENT.get(posting.employment_type or ""),
        salary=format_salary(posting.salary) if posting.salary else None,
        equity=posting.equity,
        tags=tuple(Link(vocab.name(t), link(t, "tags").url) for t in posting.tags),
        date=posting.date.isoformat(), date_text=format_date(posting.date),
        apply_url=posting.apply_url, apply_email=posting.apply_email, description="",
        updated=updated.isoformat(), updated_text=format_date(updated), expired=expired,
        valid_through_text=format_date(posting.valid_through) if posting.valid_through else "",
    )
    return _with_description(view)


def _with_description(view: PostingView) -> PostingView:
    at = f" at {view.company.name}" if view.company else ""
    where = f" in {view.where}" if view.where else ""
    pay = f", {view.salary}" if view.salary else ""
    return replace(view, description=f"{view.title}{at}{where}{pay}. Posted {view.date_text}.")


def term_link(term: Term, linker: Linker) -> Link:
    return Link(term.name, linker.path(urls.term(term.kind, term.slug)), term.count)


def taxonomy_links(taxonomy: Taxonomy, linker: Linker) -> tuple[Link, ...]:
    return tuple(term_link(t, linker) for t in taxonomy.terms)


def format_salary(salary: Salary) -> str:
    """'€75,000–100,000 a year', 'from $60 an hour', 'up to CHF 120,000 a year'."""
    symbol = _SYMBOLS.get(salary.currency)
    low, high = salary.min, salary.max
    cents = any(isinstance(n, float) for n in (low, high))  # "$33.47–41.84", "€3,548.60", "$33.50–41.00"
    figure = (lambda n: f"{n:,.2f}") if cents else (lambda n: f"{n:,}")
    money = (lambda n: f"{symbol}{figure(n)}") if symbol else (lambda n: f"{salary.currency} {figure(n)}")
    if low is not None and high is not None and low != high:
        amount = f"{money(low)}–{figure(high)}"
    elif low is not None and high is not None:
        amount = money(low)
    elif low is not None:
        amount = f"from {money(low)}"
    else:
        amount = f"up to {money(high)}"
    return f"{amount} {_PER[salary.period]}"


def format_date(day: dt.date) -> str:
    """'18 Nov 2026': the same in every locale, so builds are reproducible."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
