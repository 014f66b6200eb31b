"""The immutable model of a job board: postings, salaries and taxonomy terms. No I/O here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

REMOTE_MODES = ("onsite", "hybrid", "remote")
EMPLOYMENT_TYPES = ("full-time", "part-time", "contract", "internship", "temporary")
PERIODS = ("year", "month", "day", "hour")


@dataclass(frozen=True)
class Salary:
    """A pay range; at least one of min and max is set."""

    min: int | float | None  # a float only with cents: 33.47 an hour
    max: int | float | None
    currency: str  # ISO 4217
    period: str = "year"


@dataclass(frozen=True)
class Source:
    """Where an imported posting came from."""

    file: str
    sha256: str = ""


@dataclass(frozen=True)
class Posting:
    """One job posting as read from content/jobs/<slug>.md."""

    slug: str
    path: str  # relative to the site folder, for messages
    title: str
    body: str  # Markdown
    date: dt.date | None = None  # posted; from git when the front matter has none
    company: str | None = None
    cities: tuple[str, ...] = ()
    country: str | None = None
    remote: str | None = None
    employment_type: str | None = None
    salary: Salary | None = None
    equity: bool = False
    tags: tuple[str, ...] = ()
    valid_through: dt.date | None = None
    apply_url: str | None = None
    apply_email: str | None = None
    source: Source | None = None
    review: tuple[str, ...] = ()
    updated: dt.date | None = None  # last changed (git), for feeds and the sitemap
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # field -> line, for messages

    def evolve(self, **changes) -> "Posting":
        """A copy with some fields changed: dataclasses.replace, but fast enough for 100,000 postings."""
        unknown = changes.keys() - self.__dict__.keys()
        if unknown:
            raise TypeError(f"Posting has no field {', '.join(sorted(unknown))}")
        copy = object.__new__(Posting)
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    @property
    def sort_key(self) -> tuple:
        """Newest first, then by slug so equal dates keep a stable order."""
        return (-self.date.toordinal(), self.slug)


@dataclass(frozen=True)
class Term:
    """A tag, city or company with the postings that carry it, newest first."""

    kind: str  # "tags" | "cities" | "companies": also its URL folder
    slug: str
    name: str
    postings: tuple[Posting, ...]

    @property
    def count(self) -> int:
        return len(self.postings)


@dataclass(frozen=True)
class Taxonomy:
    """All terms of one kind, sorted by most postings first, then by name."""

    kind: str
    title: str  # "Tags", "Cities", "Companies"
    singular: str  # "tag", "city", "company"
    terms: tuple[Term, ...]
