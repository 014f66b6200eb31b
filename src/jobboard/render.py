"""Jinja2 rendering: the theme and the site's own templates, autoescaped, strictly undefined."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError
from markupsafe import Markup

from . import urls
from .config import Config
from .errors import JobboardError, Problem
from .markup import render_body
from .pages import Page
from .urls import Linker


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


def theme_dir() -> Path:
    """The default theme: packaged in the wheel, or the repository's top level in a source checkout."""
    packaged = Path(__file__).parent / "theme"
    if (packaged / "templates").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def static_files(site: Path) -> dict[str, Path]:
    """Static files by output name: the theme's, overridden file by file by the site's."""
    files: dict[str, Path] = {}
    for root in (theme_dir() / "static", site / "static"):
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    files[path.relative_to(root).as_posix()] = path
    return files


def make_environment(site: Path, config: Config, linker: Linker,
                     statics: dict[str, Path]) -> Environment:
    """A Jinja environment where a site template overrides the theme's template of the same name."""
    env = Environment(
        loader=FileSystemLoader([str(site / "templates"), str(theme_dir() / "templates")]),
        autoescape=True,  # every template, whatever its file name: feeds and sitemaps too
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    nav = (("Jobs", linker.path(urls.HOME), ""),
           *((kind.capitalize(), linker.path(urls.taxonomy(kind)), kind) for kind in urls.TAXONOMIES))
    env.globals.update(
        site=SiteView(config.title, config.description, config.language, config.base_url,
                      linker.path(urls.HOME), linker.path("feed.xml"), nav),
        asset=_asset_function(statics, linker),
        body=_body_function(),
    )
    return env


def _asset_function(statics: dict[str, Path], linker: Linker) -> Callable[[str], str]:
    """asset('style.css') -> '/board/static/style.css?v=1a2b3c4d': cache-busting by content hash."""
    versions = {name: hashlib.sha256(path.read_bytes()).hexdigest()[:10] for name, path in statics.items()}

    def asset(name: str) -> str:
        if name not in versions:
            raise TemplateError(f"asset({name!r}): no such file in static/")
        return linker.path(f"static/{name}") + f"?v={versions[name]}"
    return asset


def _body_function() -> Callable[[object], Markup]:
    """body(posting) -> the posting's sanitized HTML, rendered once per build and reused by feeds."""
    cache: dict[str, Markup] = {}

    def body(posting) -> Markup:
        if posting.slug not in cache:
            cache[posting.slug] = Markup(render_body(posting.markdown))
        return cache[posting.slug]
    return body


def render_pages(env: Environment, pages: list[Page]) -> Iterator[tuple[Page, bytes]]:
    """Render each page in turn (a generator, so pages need not all be held in memory)."""
    for page in pages:
        try:
            template = env.get_template(page.template)
            yield page, template.render(page.context).encode("utf-8")
        except TemplateError as exc:
            raise JobboardError([_template_problem(exc, page)]) from None


def _template_problem(exc: TemplateError, page: Page) -> Problem:
    name = getattr(exc, "filename", None) or f"templates/{page.template}"
    line = getattr(exc, "lineno", 0) or 0
    return Problem(str(name), line, "", f"template error while rendering /{page.route}: {exc.message}",
                   "fix the template; every variable a template uses must be in its documented context")

