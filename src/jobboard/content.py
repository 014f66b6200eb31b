"""Load a site's content and check all of it, before anything is built: shared by build and check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cache import BuildCache
from .config import Config, load_config
from .errors import Problem
from .dates import assign_dates
from .markup import Bodies, EarlyBodies, render_bodies
from .model import Posting
from .progress import QUIET, Progress
from .reader import read_body, read_postings
from .taxonomy import canonical_tags, local_city_names
from .vocab import City, Vocabulary, city_list, load_vocabulary


@dataclass(frozen=True)
class Content:
    config: Config
    vocab: Vocabulary
    postings: list[Posting]  # the valid ones, tags canonical, body "" (rendered into `bodies`)
    bodies: Bodies  # slug -> sanitized body HTML
    problems: list[Problem]  # errors and warnings, every one found
    sources: dict[str, str]  # slug -> hash of the posting's file (path and bytes)


def load_content(site: Path, base_url: str | None = None, cache: BuildCache | None = None,
                 processes: int = 1, config: Config | None = None, progress: Progress = QUIET) -> Content:
    """Read settings, vocabulary and every posting; render every body (time-limited, cached, on
    every core); find every problem."""
    config = config or load_config(site, base_url)  # the caller may have read the settings already
    vocab = load_vocabulary(site, cache)
    read = read_postings(site, config.content_dir, cache, processes, then=EarlyBodies(cache), progress=progress)
    postings, problems = read.postings, read.problems
    postings, date_warnings = assign_dates(postings, site, config.content_dir, read.mtimes, cache)
    postings, tag_warnings = canonical_tags(postings, vocab)
    cities = city_list(site)
    problems += date_warnings + local_city_names(postings, cities)
    # (not for a remote job: its country says where applicants may live, which its cities do not)
    postings = [_with_country(p, cities) if p.cities and not p.country and p.remote != "remote" else p
                for p in postings]
    bodies, body_problems = render_bodies(postings, read.sources, cache, processes,
                                          lambda path: read_body(site / path, site) if path in read.bodiless else "",
                                          early=read.extras, progress=progress)
    postings = [p.evolve(body="") if p.body else p for p in postings]  # rendered: the Markdown is not needed (350 MB at 100,000)
    problems += tag_warnings + body_problems + duplicate_slugs(postings)
    return Content(config, vocab, postings, bodies, problems, _first_by_slug(postings, read.sources))


def _with_country(posting: Posting, cities: dict[str, City]) -> Posting:
    """A posting that names cities but no country, with the country of its cities when the city list
    knows them all and they are in one country (job search engines need it; readers like it)."""
    countries = {cities[city.lower()].country if city.lower() in cities else "" for city in posting.cities}
    return posting.evolve(country=countries.pop()) if len(countries) == 1 and "" not in countries else posting


def _first_by_slug(postings: list[Posting], sources: dict[str, str]) -> dict[str, str]:
    """slug -> hash of its file; of two files with one slug, the first is the one built (the other
    is an error, or skipped with --skip-invalid)."""
    found: dict[str, str] = {}
    for posting in postings:
        found.setdefault(posting.slug, sources[posting.path])
    return found


def duplicate_slugs(postings: list[Posting]) -> list[Problem]:
    """Two files whose names give one slug would overwrite each other's page: name both."""
    first: dict[str, Posting] = {}
    problems = []
    for posting in postings:
        if posting.slug in first:
            problems.append(Problem(posting.path, 1, "", f"its URL /jobs/{posting.slug}/ is already used by",
                                    "rename one of the two files", related=first[posting.slug].path))
        first.setdefault(posting.slug, posting)
    return problems
