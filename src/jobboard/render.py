"""Jinja2 rendering: the theme and the site's own templates, autoescaped, strictly undefined."""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from jinja2 import (Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, TemplateError,
                    TemplateSyntaxError, UndefinedError)
from markupsafe import Markup

from . import urls
from .config import Config, theme_dir
from .cache import digest
from .errors import JobboardError, Problem, display_path
from .pages import Page
from .urls import Linker
from . import __version__


_TEMPLATE_SUFFIXES = (".html", ".xml", ".txt", ".j2", ".jinja")


@dataclass(frozen=True)
class SiteView:
    """The site as every template sees it (context name `site`)."""

    title: str
    description: str
    language: str
    base_url: str
    home: str  # root-relative link to the home page
    feed: str  # root-relative link to the main Atom feed
    nav: tuple[tuple[str, str, str], ...]  # (label, link, section)
    search: bool = False  # whether the Pagefind search bundle is built


def static_files(site: Path) -> dict[str, Path]:
    """Static files by output name: the theme's, overridden file by file by the site's."""
    files: dict[str, Path] = {}
    for root in (theme_dir() / "static", site / "static"):
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    files[path.relative_to(root).as_posix()] = path
    return files


def root_files(site: Path) -> dict[str, Path]:
    """Files of the site's root/ folder, copied to the top of the output (CNAME, .nojekyll, ...)."""
    root = site / "root"
    if not root.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


def theme_fingerprint(env: Environment, statics: dict[str, Path], config: Config, site: Path) -> str:
    """A hash of every template and static file, the settings, the site's data (tag vocabulary) and
    jobboard's own code and data: any change renders every page anew."""
    from .markup import RENDERER
    from .snapshot import libraries
    parts = [__version__, repr(config), RENDERER.hexdigest(), libraries()]
    code = Path(__file__).parent
    for path in sorted([*code.glob("*.py"), *code.glob("data/*"), *(site / "data").glob("*")]):
        if path.is_file():
            parts += [path.name, hashlib.sha256(path.read_bytes()).hexdigest()]
    for name in sorted(env.loader.list_templates()):
        source, filename, _ = env.loader.get_source(env, name)
        parts += [name, source]
    parts += [f"{name}:{hashlib.sha256(path.read_bytes()).hexdigest()}" for name, path in sorted(statics.items())]
    return digest(*parts)


def make_environment(site: Path, config: Config, linker: Linker, statics: dict[str, Path],
                     bodies: dict[str, str]) -> Environment:
    """A Jinja environment where a site template overrides the theme's template of the same name."""
    env = Environment(
        loader=FileSystemLoader([str((site / "templates").resolve()), str(theme_dir() / "templates")]),
        autoescape=True,  # every template, whatever its file name: feeds and sitemaps too
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no need to stat the template files for every page
        # Compiled templates are kept between builds in Jinja's own per-user folder (checked to be
        # private), never in the site, where a pull request could plant code.
        # Jinja keys them by source only: jobboard's version in the name keeps them apart from other
        # tools' and from a jobboard release with other options.
        bytecode_cache=FileSystemBytecodeCache(pattern=f"__jobboard_{__version__}_%s.cache"),
    )
    nav = (("Jobs", linker.path(urls.HOME), ""),
           *((kind.capitalize(), linker.path(urls.taxonomy(kind)), kind) for kind in urls.TAXONOMIES))
    env.globals.update(
        site=SiteView(config.title, config.description, config.language, config.base_url,
                      linker.path(urls.HOME), linker.path("feed.xml"), nav, config.search),
        asset=_asset_function(statics, linker),
        body=lambda posting: Markup(bodies[posting.slug]),
        render_cached=_render_cached(env),
    )
    env.extend(row_store=None)  # set by the build once the pages' keys are known
    return env


def _render_cached(env: Environment) -> Callable[..., Markup]:
    """render_cached(template, posting, keep=True): the template rendered with p = the posting,
    once per posting and build in each process (a listing row shows on the home page and on every
    tag, city and company page of its posting; a feed entry in the feed of each), and with keep,
    kept between builds when env.row_store holds a cache.RowStore. The template sees only p and
    the globals, so its output is the same wherever it is used. Feed entries are not kept: each
    holds its posting's whole body, which the cache holds already."""
    done: dict[tuple[str, str, bool], Markup] = {}

    def render_cached(name: str, posting, keep: bool = True) -> Markup:
        memo = (name, posting.slug, posting.expired)
        html = done.get(memo)
        if html is None:
            rows = env.row_store if keep else None
            if rows is None:
                found = env.get_template(name).render(p=posting)
            else:
                key = rows.key(name, posting.slug, posting.expired)
                found = rows.get(name, posting.slug, key)
                if found is None:
                    found = env.get_template(name).render(p=posting)
                    rows.put(name, posting.slug, key, found)
            html = done[memo] = Markup(found)
        return html
    return render_cached


def _asset_function(statics: dict[str, Path], linker: Linker) -> Callable[[str], str]:
    """asset('style.css') -> '/board/static/style.css?v=1a2b3c4d': cache-busting by content hash."""
    versions = {name: hashlib.sha256(path.read_bytes()).hexdigest()[:10] for name, path in statics.items()}

    def asset(name: str) -> str:
        if name not in versions:
            raise TemplateError(f"asset({name!r}): no such file in static/")
        return linker.path(f"static/{name}") + f"?v={versions[name]}"
    return asset


def render_pages(env: Environment, pages: list[Page], site: Path) -> Iterator[tuple[Page, bytes]]:
    """Render each page in turn (a generator, so pages need not all be held in memory)."""
    for page in pages:
        try:
            template = env.get_template(page.template)
            yield page, template.render(page.context).encode("utf-8")
        except Exception as exc:  # a bug in a template, not in content: say which file and line
            raise JobboardError([_template_problem(exc, page, site)]) from None


def _template_problem(exc: Exception, page: Page, site: Path) -> Problem:
    if isinstance(exc, TemplateSyntaxError):
        name, line, hint = exc.filename or exc.name or page.template, exc.lineno, "fix the template's syntax"
    else:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(_TEMPLATE_SUFFIXES)]
        name, line = (frames[-1].filename, frames[-1].lineno) if frames else (page.template, 0)
        hint = ("every variable a template uses must be in its documented context"
                if isinstance(exc, UndefinedError) else "fix the template")
    message = getattr(exc, "message", None) or str(exc)
    where = display_path(Path(name), site.resolve()) if Path(name).is_absolute() else str(name)
    return Problem(where, line or 0, "", f"template error while rendering /{page.route}: {message}", hint)

