"""`jobboard build`: the whole build as a short story, one step per module."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from . import urls
from .cache import BuildCache, RowStore
from .config import load_config
from .snapshot import input_snapshot
from .parallel import workers
from .progress import QUIET, Progress
from .errors import JobboardError, Problem
from .model import Posting
from .dates import date_problems, is_expired
from .search import BUNDLE, index_search
from .writer import AtomicOutput, InPlaceOutput, check_output_dir, read_build_id, remove_leftovers

# Python's garbage collections scan every object they track, and with 100,000 postings loaded
# they took a quarter of a rebuild (half, with full collections) while freeing next to nothing:
# a build makes no reference cycles that grow with the postings (a test checks), except while
# rendering, where Jinja makes a few for every page. So a build collects only in rendering
# (parallel.chunked_map, in forked workers too), only what it makes there, and less often than usual.
BUILD_GC_THRESHOLDS = (50_000, 20, 1_000_000)

# Up to this many changed pages, or this share of all pages, are updated in place; more go to a fresh folder.
IN_PLACE_PAGES, IN_PLACE_SHARE = 300, 0.2


@dataclass(frozen=True)
class BuildResult:
    postings: int
    pages: int
    files: int
    tags: int
    cities: int
    companies: int
    seconds: float
    warnings: tuple[Problem, ...]
    expired: int = 0
    rendered: int = 0  # pages rendered this time (the others were unchanged)

    def summary(self) -> str:
        closed = f" (+{self.expired} expired)" if self.expired else ""
        return (f"Built {_count(self.postings, 'posting')}{closed}: {_count(self.pages, 'page')} "
                f"({_count(self.files, 'file')}), {_count(self.tags, 'tag')}, {_count(self.cities, 'city', 'cities')}, "
                f"{_count(self.companies, 'company', 'companies')} in {self.seconds:.2f} s")


def build(site: Path, out: Path | None = None, base_url: str | None = None, strict: bool = False,
          skip_invalid: bool = False, today: dt.date | None = None, use_cache: bool = True,
          processes: int | None = None, progress: Progress = QUIET) -> BuildResult:
    """Build the site into `out`; on any error raise JobboardError and leave `out` as it was.

    With skip_invalid, postings with errors are left out and their errors become warnings. The
    cache (.jobboard-cache/) only saves work: without it the output is the same. One build at a
    time in a process: it sets the process's garbage collection (see BUILD_GC_THRESHOLDS).
    """
    started = time.perf_counter()
    processes = processes or workers()
    thresholds, collecting = gc.get_threshold(), gc.isenabled()
    cache = None
    try:
        gc.set_threshold(*BUILD_GC_THRESHOLDS)
        gc.disable()
        if use_cache:
            try:
                cache = BuildCache(site)
            except (OSError, sqlite3.Error):
                cache = None  # a read-only site or a locked cache: build without it
        return _build(site, out, base_url, strict, skip_invalid, today, cache, processes, started, progress)
    finally:
        gc.set_threshold(*thresholds)
        if collecting:
            gc.enable()
        progress.done()
        if cache:
            cache.close()


def _build(site, out, base_url, strict, skip_invalid, today, cache, processes, started, progress) -> BuildResult:
    # 0. Nothing changed since the last build into this output: nothing to do (but clear away
    # what a build killed outright left beside it).
    today = today or dt.date.today()
    config = load_config(site, base_url)
    out = out if out is not None else site / config.output_dir
    check_output_dir(out, site)
    remove_leftovers(out, lambda folder: progress.status(f"removing {folder.name}, left by a build that was stopped"))
    snapshot = input_snapshot(site, config.content_dir, (str(out.resolve()), base_url, strict, skip_invalid), today)
    if cache and (same := _unchanged(cache, out, snapshot)) and (not config.search or (out / BUNDLE).is_dir()):
        return replace(same, seconds=time.perf_counter() - started, rendered=0)
    # Markdown, Jinja and the rest are imported only now: a rebuild with nothing to do starts faster.
    from .content import load_content
    from .pages import Views, plan
    from .taxonomy import build_taxonomies
    from .urls import Linker
    # 1-2. Settings, vocabulary and every posting read and checked; stop with all the problems if any.
    content = load_content(site, base_url, cache, processes, config, progress)
    config, vocab, bodies = content.config, content.vocab, content.bodies
    postings, warnings = _gate(content.problems + date_problems(content.postings, today), content.postings, strict,
                               skip_invalid)
    postings.sort(key=lambda p: p.sort_key)
    # 3. Expired postings leave listings, feeds, sitemap and search; group the live ones into taxonomies.
    live = [p for p in postings if not is_expired(p, today, config.max_age_days)]
    closed = [p for p in postings if is_expired(p, today, config.max_age_days)]
    taxonomies = build_taxonomies(live, vocab)
    # 4. Plan every page.
    linker = Linker(config.base_url)
    routes = {urls.term(t.kind, t.slug) for taxonomy in taxonomies.values() for t in taxonomy.terms}
    views = Views(live, closed, linker, vocab, content.sources, routes)
    pages = plan(live, closed if config.expired_pages == "keep" else [], taxonomies, config, linker, views, bodies)
    # 5-6. Render what changed (on every core) and write it, then the search index.
    output, rendered, previous = _write(site, out, config, pages, linker, views, bodies, cache, processes, progress)
    result = BuildResult(len(live), len(pages), output.files, len(taxonomies["tags"].terms),
                         len(taxonomies["cities"].terms), len(taxonomies["companies"].terms),
                         time.perf_counter() - started, tuple(warnings), len(closed), rendered)
    if cache:
        cache.save_outputs(out, output.manifest, previous)
        cache.prune_rows({p.slug for p in postings})
        cache.set_meta(f"build:{out.resolve()}", output.build_id)
        cache.set_meta(f"snapshot:{out.resolve()}", json.dumps([snapshot, _to_json(result)]))
    return result


def _write(site, out, config, pages, linker, views, bodies, cache, processes, progress):
    """Render and write the pages, static and root files, and the search index; (output, how many
    pages were rendered, what the cache said the output held before or None when it did not know).

    Nothing in `out` changes until every page has rendered: with few changed pages (compared
    with what the cache says the last build wrote) the files are replaced in place, otherwise a
    fresh folder replaces the output, unchanged files hard-linked from the old one.
    """
    from .publish import page_keys, publish
    from .render import make_environment, root_files, static_files, theme_fingerprint
    statics, extras = static_files(site), root_files(site)
    clash = sorted(set(extras) & {urls.output_path(p.route) for p in pages})
    if clash:
        raise JobboardError([Problem(f"root/{name}", 0, "", "would replace a page jobboard writes",
                                     "rename or remove the file") for name in clash])
    env = make_environment(site, config, linker, statics, bodies)
    fingerprint = theme_fingerprint(env, statics, config, site)
    keys = page_keys(pages, fingerprint)
    if cache:
        env.row_store = RowStore(cache, fingerprint, views.ident)  # listing rows kept between builds
    known = bool(cache and read_build_id(out) and read_build_id(out) == cache.get_meta(f"build:{out.resolve()}"))
    previous = cache.outputs(out) if known else {}  # what the last build wrote, if the output is still that build's
    if cache:
        cache.forget(out)  # until this build succeeds, nothing in the cache describes the output
    changed = sum(previous.get(urls.output_path(p.route), ("",))[0] != k for p, k in zip(pages, keys))
    in_place = bool(previous) and changed <= max(IN_PLACE_PAGES, IN_PLACE_SHARE * len(pages))
    with (InPlaceOutput if in_place else AtomicOutput)(out, previous) as output:
        rendered = publish(env, pages, keys, output, site, processes, progress)
        for name, path in statics.items():
            output.copy(f"static/{name}", path)
        for name, path in extras.items():
            output.copy(name, path)
        index_now = config.search and not (rendered == 0 and set(previous) == set(output.manifest)
                                           and output.reuse_tree(BUNDLE))
        if index_now and not in_place:
            index_search(output.tmp, progress)  # in the fresh folder, before the swap
    if index_now and in_place:
        index_search(out, progress)  # after the changed pages are in place
    if not config.search and in_place:
        shutil.rmtree(out / BUNDLE, ignore_errors=True)  # search turned off: no stale index stays public
    # The environment refers to itself (its functions and templates do): without this, the bodies
    # and postings it reaches would stay until a garbage collection (see BUILD_GC_THRESHOLDS).
    env.globals.clear()
    env.row_store = None
    return output, rendered, previous if known else None


def _to_json(result: BuildResult) -> dict:
    data = asdict(result)
    data["warnings"] = [asdict(p) for p in result.warnings]
    return data


def _unchanged(cache, out: Path, snapshot: str) -> BuildResult | None:
    """The last build's result when its snapshot equals this one and its output is all there."""
    stored = cache.get_meta(f"snapshot:{out.resolve()}")
    if not stored or read_build_id(out) != cache.get_meta(f"build:{out.resolve()}"):
        return None
    previous, data = json.loads(stored)
    if previous != snapshot or not all(os.path.exists(os.path.join(out, rel)) for rel in cache.outputs(out)):
        return None
    data["warnings"] = tuple(Problem(**p) for p in data["warnings"])
    return BuildResult(**data)


def _count(number: int, singular: str, plural: str = "") -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _gate(problems: list[Problem], postings: list[Posting], strict: bool,
          skip_invalid: bool) -> tuple[list[Posting], list[Problem]]:
    """Raise on errors (and on warnings when strict), or with skip_invalid leave the bad postings out.

    Returns the postings to build and the warnings to show.
    """
    if strict:
        problems = [replace(p, severity="error") for p in problems]
    errors = [p for p in problems if p.severity == "error"]
    if errors and not skip_invalid:
        raise JobboardError(errors)
    bad = {p.path for p in errors}
    skipped = [replace(p, severity="warning", skipped=True) for p in errors]
    warnings = [p for p in problems if p.severity == "warning"] + skipped
    return [p for p in postings if p.path not in bad], sorted(warnings)

