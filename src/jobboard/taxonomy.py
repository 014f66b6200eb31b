"""Group postings into taxonomies: tags, cities and companies, each term with its postings.

Merge rule (documented in the README): names that give the same slug are one term ("São Paulo"
and "Sao Paulo"); the term shows the spelling most postings use; on a tie, the one with more
accented letters ("São Paulo"), then the one that sorts first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from operator import attrgetter
from typing import Callable, Iterable

from .errors import Problem
from .model import Posting, Taxonomy, Term
from .slugs import slugify
from .vocab import City, Vocabulary

KINDS = {  # kind: (title, singular)
    "tags": ("Tags", "tag"),
    "cities": ("Cities", "city"),
    "companies": ("Companies", "company"),
}


def canonical_tags(postings: Iterable[Posting], vocab: Vocabulary) -> tuple[list[Posting], list[Problem]]:
    """Map tag aliases to canonical keys (`k8s` -> kubernetes); warn about tags not in the vocabulary."""
    result, warnings = [], []
    canonical: dict[str, str | None] = {}  # each spelling looked up once
    for posting in postings:
        tags = []
        for tag in posting.tags:
            key = canonical[tag] if tag in canonical else canonical.setdefault(tag, vocab.canonical(tag))
            if key is None:
                warnings.append(Problem(posting.path, posting.lines.get("tags", 1), "tags", f"unknown tag {tag!r}",
                                        "use a key from the tag vocabulary or add it to data/tags.toml",
                                        severity="warning"))
                key = tag  # shown as written, linked by its slug
            tags.append(key)
        tags = tuple(dict.fromkeys(tags))
        result.append(posting if tags == posting.tags else replace(posting, tags=tags))
    return result, warnings


def local_city_names(postings: Iterable[Posting], cities: dict[str, City]) -> list[Problem]:
    """Warn about a city written under another name than the city list's (vocab.city_list) when
    that gives it a page of its own (München at /cities/munchen/, Munich at /cities/munich/);
    Zürich and Zurich share one."""
    warnings = []
    seen: dict[tuple[str, str | None], str | None] = {}  # each spelling looked up once
    for posting in postings:
        for city in posting.cities:
            memo = (city, posting.country)
            if memo not in seen:
                known = cities.get(city.lower())
                name, country = (known.name, known.country) if known else (city, None)
                same = slugify(name) == slugify(city) or (posting.country and country != posting.country)
                seen[memo] = None if same else name
            if seen[memo]:
                name = seen[memo]
                warnings.append(Problem(posting.path, posting.lines.get("cities", 1), "cities",
                                        f"{city!r} is another name of {name} in the city list: its jobs get a page "
                                        f"apart from {name}'s (/cities/{slugify(city)}/)",
                                        f"write {name}, or add {city} to data/cities.tsv to keep its own page",
                                        severity="warning"))
    return warnings


def build_taxonomies(postings: list[Posting], vocab: Vocabulary) -> dict[str, Taxonomy]:
    """All three taxonomies; postings must already be sorted newest first."""
    return {
        "tags": _taxonomy("tags", postings, attrgetter("tags"), vocab.name),
        "cities": _taxonomy("cities", postings, attrgetter("cities"), str),
        "companies": _taxonomy("companies", postings, lambda p: (p.company,) if p.company else (), str),
    }


def _taxonomy(kind: str, postings: list[Posting], values: Callable[[Posting], Iterable[str]],
              display: Callable[[str], str]) -> Taxonomy:
    # Postings by spelling first (slugify once per spelling, not per posting), then spellings by slug.
    by_value: dict[str, list[int]] = defaultdict(list)
    for index, posting in enumerate(postings):
        for value in values(posting):
            by_value[value].append(index)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for value in by_value:
        by_slug[slugify(value)].append(value)
    terms = []
    for slug, spellings in by_slug.items():
        if len(spellings) == 1:
            indices = list(dict.fromkeys(by_value[spellings[0]]))  # in order, each posting once
        else:
            indices = sorted({i for value in spellings for i in by_value[value]})
        name = display(_preferred(Counter({value: len(by_value[value]) for value in spellings})))
        terms.append(Term(kind, slug, name, tuple(map(postings.__getitem__, indices))))
    terms.sort(key=lambda t: (-t.count, t.name.casefold(), t.slug))
    title, singular = KINDS[kind]
    return Taxonomy(kind, title, singular, tuple(terms))


def _preferred(spellings: Counter) -> str:
    """The most used spelling; ties go to the more accented one, then to the one that sorts first."""
    return min(spellings, key=lambda s: (-spellings[s], -sum(not c.isascii() for c in s), s))
