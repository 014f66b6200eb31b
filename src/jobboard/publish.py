"""Render the planned pages into the output, on every core, rendering only pages whose inputs changed.

A page's key is a hash of everything that goes into it: the templates, static files, settings and
code (the fingerprint), its template name and its inputs (see pages.Page), which name each posting
shown by the hash of its file. The same key as last build means the same bytes, so the old file
is kept instead of rendered.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from jinja2 import Environment

from . import urls
from .cache import digest
from .errors import JobboardError, Problem
from .pages import Page
from .parallel import chunked_map
from .progress import QUIET, Progress
from .render import render_pages

_JOB: dict[str, Any] = {}  # what forked workers inherit: the environment, the pages and the output


def page_keys(pages: list[Page], fingerprint: str) -> list[str]:
    """Each page's key: a hash of the theme and settings (fingerprint), its template and its inputs."""
    prefix = hashlib.sha256(fingerprint.encode() + b"\x00")  # digest(fingerprint, ...) hashed once
    return [digest(page.template, page.route, page.inputs, prefix=prefix) for page in pages]


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
    for rel, key, sha, data in results:
        if data is None:  # written in a worker: record it here too
            output.manifest[rel] = (key, sha)
        else:
            output.write(rel, data, key)
    return len(todo)


def _render_and_write(indices: list[int]) -> list:
    """In a worker (or inline): render pages and write them, or return them for outputs that keep
    changes in memory until the end; (path, key, sha, None or bytes) each, or the first Problem."""
    env, pages, keys, output, site = (_JOB[k] for k in ("env", "pages", "keys", "output", "site"))
    results: list = []
    try:
        for page, data in render_pages(env, [pages[i] for i in indices], site):
            rel = str(urls.output_path(page.route))
            index = indices[len(results)]
            if output.writes_anywhere:
                results.append((rel, keys[index], output.write(rel, data, keys[index]), None))
            else:
                results.append((rel, keys[index], "", data))
    except JobboardError as exc:
        return [exc.problems[0]]
    if env.row_store:
        env.row_store.flush()
    return results
