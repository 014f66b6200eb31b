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
from .views import PostingView
from .parallel import chunked_map
from .progress import QUIET, Progress
from .render import render_pages

_JOB: dict[str, Any] = {}  # what forked workers inherit: the environment, the pages and the output


def page_key(page: Page, fingerprint: str, bodies: dict[str, str], memo: dict[int, str]) -> str:
    """Everything a page is made from, hashed: any template may show body(posting) for any posting
    in its context, so each posting view is described with its body (once, in memo)."""
    return digest(fingerprint, page.template, _describe(page.context, memo, bodies))


def _describe(value: Any, memo: dict[int, str], bodies: dict[str, str]) -> str:
    """A stable text of a context value; posting views, shared by many pages, are described once."""
    kind = type(value)
    if kind is PostingView:
        known = memo.get(id(value))
        if known is None:
            known = memo[id(value)] = digest(repr(value), bodies.get(value.slug, ""))
        return known
    if kind is dict:
        return "{" + ",".join(f"{k!r}:{_describe(v, memo, bodies)}" for k, v in sorted(value.items())) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(_describe(v, memo, bodies) for v in value) + "]"
    return repr(value)


def page_keys(pages: list[Page], fingerprint: str, bodies: dict[str, str]) -> list[str]:
    memo: dict[int, str] = {}
    return [page_key(page, fingerprint, bodies, memo) for page in pages]


def publish(env: Environment, pages: list[Page], keys: list[str], output, site: Path, processes: int,
            progress: Progress = QUIET) -> int:
    """Write every page; returns how many were rendered (the others were unchanged and kept)."""
    todo = [i for i, page in enumerate(pages) if not output.reuse(urls.output_path(page.route), keys[i])]
    _JOB.update(env=env, pages=pages, keys=keys, output=output, site=site)
    try:
        results = chunked_map(_render_and_write, todo, processes,
                              lambda done, total: progress.update("rendering pages", done, total))
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
