"""Render the planned pages into the output, on every core, rendering only pages whose inputs changed.

A page's key is a hash of everything that goes into it: the templates and static files (the
theme fingerprint), its template name, its context, and the bodies it shows. The same key as last
build means the same bytes, so the old file is linked instead of rendered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment

from . import urls
from .cache import digest
from .errors import JobboardError, Problem
from .pages import Page
from .parallel import chunked_map
from .render import render_pages
from .writer import AtomicOutput

_JOB: dict[str, Any] = {}  # what forked workers inherit: the environment, the pages and the output


def page_key(page: Page, fingerprint: str, bodies: dict[str, str]) -> str:
    """Everything a page is made from, hashed."""
    context = page.context
    slugs = [context["posting"].slug] if "posting" in context else \
        [e.slug for e in context["entries"]] if page.template == "feed.xml" else []
    return digest(fingerprint, page.template, repr(sorted(context.items())), *(bodies.get(s, "") for s in slugs))


def publish(env: Environment, pages: list[Page], output: AtomicOutput, site: Path, fingerprint: str,
            bodies: dict[str, str], processes: int) -> int:
    """Write every page; returns how many were rendered (the others were unchanged and linked)."""
    keys = [page_key(page, fingerprint, bodies) for page in pages]
    todo = [i for i, page in enumerate(pages) if not output.reuse(urls.output_path(page.route), keys[i])]
    _JOB.update(env=env, pages=pages, keys=keys, output=output, site=site)
    try:
        results = chunked_map(_render_and_write, todo, processes)
    finally:
        _JOB.clear()
    problems = [r for r in results if isinstance(r, Problem)]
    if problems:
        raise JobboardError(problems[:1])
    for rel, key, sha in results:  # written in workers: record them here too
        output.manifest[rel] = (key, sha)
    return len(todo)


def _render_and_write(indices: list[int]) -> list:
    """In a worker (or inline): render and write pages; (path, key, sha) each, or the first Problem."""
    env, pages, keys, output, site = (_JOB[k] for k in ("env", "pages", "keys", "output", "site"))
    results: list = []
    try:
        for page, data in render_pages(env, [pages[i] for i in indices], site):
            rel = str(urls.output_path(page.route))
            index = indices[len(results)]
            results.append((rel, keys[index], output.write(rel, data, keys[index])))
    except JobboardError as exc:
        return [exc.problems[0]]
    return results
