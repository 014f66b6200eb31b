"""Posting bodies: Markdown to HTML, then sanitized, because posting content is untrusted."""

from __future__ import annotations

import hashlib
import html as htmllib
import re
import signal
import sys
import threading
import xml.etree.ElementTree as etree
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Mapping

import markdown
import nh3
from markdown import util as md_util
from markdown.blockparser import BlockParser
from markdown.blockprocessors import (BlockQuoteProcessor, HashHeaderProcessor, HRProcessor, ReferenceProcessor,
                                      SetextHeaderProcessor)
from markdown.extensions.tables import TableProcessor
from markdown.preprocessors import HtmlBlockPreprocessor, NormalizeWhitespace
from markdown.treeprocessors import InlineProcessor

from .errors import Problem
from .parallel import chunked_map
from .progress import QUIET, Progress


@contextmanager
def _without(module: str):
    """Make `import module` fail inside the block, unless it is imported already."""
    if module in sys.modules:
        yield
        return
    sys.modules[module] = None  # type: ignore[assignment]  # Python's own way to say "not importable"
    try:
        yield
    finally:
        if sys.modules.get(module, "") is None:
            del sys.modules[module]


# fenced_code imports the code highlighter, which imports Pygments when it is installed (16 ms of
# every build that renders a body); jobboard never highlights code, so Pygments is not imported.
with _without("pygments"):
    from markdown.extensions.fenced_code import FencedBlockPreprocessor, FencedCodeExtension

# Python-Markdown passes raw HTML and javascript: links through; nh3 removes them afterwards.
_TAGS = {"p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "b", "i",
         "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub",
         "dl", "dt", "dd"}
_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
_SCHEMES = {"http", "https", "mailto"}

# What each of Python-Markdown's own inline patterns needs in a text before it can match there.
_NEEDS = {"backtick": ("`",), "escape": ("\\",), "reference": ("[",), "link": ("[",), "image_link": ("![",),
          "image_reference": ("![",), "short_reference": ("[",), "short_image_ref": ("![",), "autolink": ("<",),
          "automail": ("<",), "linebreak": ("  \n",), "html": ("<",), "entity": ("&",), "em_strong": ("*", "_")}

_ANY_NEED = re.compile("|".join(sorted({re.escape(need) for needs in _NEEDS.values() for need in needs})))


class QuickInlineProcessor(InlineProcessor):
    """Python-Markdown's inline step with the same output, skipping each pattern on a text that lacks
    the character it needs (most text has no `, [, <, & or *): inline patterns are half of the
    Markdown time, and most of that is patterns failing to match."""

    def run(self, tree, ancestors=None):
        names = {id(self.inlinePatterns[name]): name for name in _NEEDS if name in self.inlinePatterns}
        self._quick = [(pattern, _NEEDS[names[id(pattern)]] if id(pattern) in names
                        and type(pattern).__module__ == "markdown.inlinepatterns" else None)
                       for pattern in self.inlinePatterns]
        self._all_known = all(needs is not None for _, needs in self._quick)
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        if isinstance(data, md_util.AtomicString):
            return data
        if self._all_known and _ANY_NEED.search(data) is None:  # no pattern can match: most text
            return data
        quick, apply, start = self._quick, self._InlineProcessor__applyPattern, 0
        while patternIndex < len(quick):
            pattern, needs = quick[patternIndex]
            if needs is not None:
                for need in needs:  # a loop, not any(): this runs a million times at 10,000 postings
                    if need in data:
                        break
                else:
                    patternIndex, start = patternIndex + 1, 0
                    continue
            data, matched, start = apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data

    def _InlineProcessor__processPlaceholders(self, data, parent, isText=True):  # noqa: N802, N803
        # A text in which no pattern matched holds no placeholder: stock's loop would only append
        # it to the parent's text (or tail) and return no elements. Most text is like that.
        if not data:
            return []
        if self._InlineProcessor__placeholder_prefix in data:
            return super()._InlineProcessor__processPlaceholders(data, parent, isText)
        if isText:
            parent.text = parent.text + data if parent.text else data
        else:
            parent.tail = parent.tail + data if parent.tail else data
        return []


# What each of Python-Markdown's own block processors needs in a block before its test can pass
# (the reference processor's test always passes; its run gives the block back without "]:").
_BLOCK_NEEDS = {HashHeaderProcessor: ("#",), SetextHeaderProcessor: ("\n=", "\n-"), HRProcessor: ("-", "_", "*"),
                BlockQuoteProcessor: (">",), ReferenceProcessor: ("]:",), TableProcessor: ("|",)}


class QuickBlockParser(BlockParser):
    """Python-Markdown's block parser with the same output, not asking a block processor whose test
    cannot pass on a block that lacks what it needs (most blocks have no #, >, | or "]:"), and
    walking the processors in a list made once per document instead of once per block."""

    def parseDocument(self, lines):  # noqa: N802
        self._quick = [(processor, _BLOCK_NEEDS.get(type(processor))) for processor in self.blockprocessors]
        # BlockParser.parseDocument's own three lines, not super(): one more stack frame would
        # change where the blockquote processor stops nesting (it checks the recursion limit).
        self.root = etree.Element(self.md.doc_tag)
        self.parseChunk(self.root, "\n".join(lines))
        return etree.ElementTree(self.root)

    def parseBlocks(self, parent, blocks) -> None:  # noqa: N802
        quick = self.__dict__.get("_quick") or [(processor, None) for processor in self.blockprocessors]
        while blocks:
            for processor, needs in quick:
                if needs is not None:
                    block = blocks[0]
                    for need in needs:
                        if need in block:
                            break
                    else:
                        continue
                if processor.test(parent, blocks[0]) and processor.run(parent, blocks) is not False:
                    break


class QuickNormalizeWhitespace(NormalizeWhitespace):
    """Python-Markdown's first step, with the same output: on a text without tabs, carriage returns,
    its placeholder markers or a line starting with a space, it only adds two empty lines."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        for sign in ("\n ", "\t", "\r", md_util.STX, md_util.ETX):
            if sign in text:
                return super().run(lines)
        return text.split("\n") + ["", ""]


class QuickFencedBlocks(FencedBlockPreprocessor):
    """Fenced code blocks, with the same output: a text without ``` or ~~~ has none."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        return super().run(lines) if "```" in text or "~~~" in text else lines


class QuickHtmlBlocks(HtmlBlockPreprocessor):
    """Raw HTML blocks set aside, with the same output: a text without < or & has none (Python's
    HTML parser, which this step runs over the whole text, stops only at those two)."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        return super().run(lines) if "<" in text or "&" in text else lines


_QUICK_STEPS = {NormalizeWhitespace: QuickNormalizeWhitespace, FencedBlockPreprocessor: QuickFencedBlocks,
                HtmlBlockPreprocessor: QuickHtmlBlocks}


def _markdown() -> markdown.Markdown:
    # Extensions as instances, not names: by name, Python-Markdown first scans every installed
    # package's entry points (importlib.metadata), which costs a fresh process more than the rest.
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    md = markdown.Markdown(extensions=[FencedCodeExtension(), TableExtension(), SaneListExtension()],
                           output_format="html")
    if hasattr(InlineProcessor, "_InlineProcessor__applyPattern"):  # else a new Markdown: the stock step
        md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)
    if type(md.parser) is BlockParser:
        md.parser.__class__ = QuickBlockParser
    for step in md.preprocessors:
        if type(step) in _QUICK_STEPS:
            step.__class__ = _QUICK_STEPS[type(step)]
    # Python-Markdown asks is_block_level of every element, twice, and looks the tag up in a list
    # of 50; the list is complete once the extensions are loaded, so a set answers the same.
    # Answers are kept by tag name: the elements of a body have a handful of tags, asked about many
    # times. Raw HTML in a posting can name any tag, so only the first 200 names are kept.
    blocks, known = frozenset(md.block_level_elements), {}

    def is_block_level(tag) -> bool:
        if type(tag) is not str:  # ElementTree's Comment, a QName (equal to its text, answered False)
            return isinstance(tag, str) and tag.lower().rstrip("/") in blocks
        answer = known.get(tag)
        if answer is None:
            answer = tag.lower().rstrip("/") in blocks
            if len(known) < 200:
                known[tag] = answer
        return answer
    md.is_block_level = is_block_level
    return md


_MD: list[markdown.Markdown] = []  # made on first use: a rebuild often renders no body at all


def _renderer() -> markdown.Markdown:
    if not _MD:
        _MD.append(_markdown())
    return _MD[0]


RENDER_SECONDS = 2.0  # a real posting renders in milliseconds; "[" * 20000 would take minutes


class RenderTimeout(Exception):
    """A body whose Markdown takes too long to render (pathological input)."""


@contextmanager
def time_limit(seconds: float):
    """Raise RenderTimeout when the block runs longer than seconds (main thread on POSIX; else no limit)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise RenderTimeout()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render_body_limited(text: str, seconds: float = RENDER_SECONDS) -> str:
    """render_body, or RenderTimeout when the Markdown is pathological: it takes too long, or nests
    deeper than Python's recursion limit. The renderer is thrown away then: reset() leaves the
    block parser's state as the interrupted body left it, which would change the next body."""
    try:
        with time_limit(seconds):
            return render_body(text)
    except (RenderTimeout, RecursionError):
        _MD.clear()
        raise RenderTimeout() from None


# Part of every body's cache key: a new Markdown, nh3 or rule here renders every body anew.
RENDERER = hashlib.sha256("|".join([markdown.__version__, getattr(nh3, "__version__", ""), str(RENDER_SECONDS),
                                    Path(__file__).read_text(encoding="utf-8")]).encode())


KEEP_CHARS = 64_000_000  # bodies just rendered are kept in memory up to this size (about 12,000 postings)


class Bodies(Mapping[str, str]):
    """Every valid posting's body HTML by slug. Bodies rendered before are read from the cache only
    when a page being rendered uses them: a rebuild needs few of them."""

    def __init__(self, keys: dict[str, str], html: dict[str, str], cache=None):
        self.keys, self.cache = keys, cache  # slug -> key
        # With a cache, the bodies just rendered (and written to it) are kept in memory up to
        # KEEP_CHARS; beyond that (100,000 bodies are 500 MB) they are read back when a page needs
        # them, and being this build's own, they are not sanitized a second time.
        keep = cache is None or sum(map(len, html.values())) <= KEEP_CHARS
        self.html = html if keep else {}  # key -> HTML
        self.fresh = set() if keep else set(html)

    def __getitem__(self, slug: str) -> str:
        key = self.keys[slug]
        if key in self.html:
            return self.html[key]
        found = self._read(key)
        if found is None:
            raise KeyError(slug)
        if key in self.fresh:
            return found
        self.html[key] = sanitize(found)  # again: a cache file is not trusted to hold only what we wrote
        return self.html[key]

    def _read(self, key: str) -> str | None:
        if self.cache is None:
            return None
        row = self.cache.connection().execute("SELECT html FROM bodies WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)


class EarlyBodies:
    """reader.read_postings' `then`: renders a posting's body in the process that has just parsed
    it, unless the cache holds it, and drops the Markdown from the posting. The body then never
    travels between processes (at 10,000 postings, sending 40 MB of Markdown to the workers and
    back kept the main process as busy as a worker). Gives back (HTML or None when it timed
    out,) or None when the body was not rendered; render_bodies takes them as `early`."""

    def __init__(self, cache=None):
        self.renderer, self.cache = RENDERER.hexdigest()[:16], cache

    def __call__(self, posting, source: str):
        if self.cache is not None and self.cache.has_body(f"{self.renderer}:{source}"):
            return posting.evolve(body=""), None
        return posting.evolve(body=""), (_render_or_none(posting.body),)


def render_bodies(postings, sources: dict[str, str], cache=None, processes: int = 1,
                  load_body: Callable[[str], str] | None = None,
                  early: Mapping[str, tuple[str | None] | None] | None = None,
                  progress: Progress = QUIET) -> tuple[Bodies, list[Problem]]:
    """Every posting's body as safe HTML, by slug; a pathological body is a problem, not a hang.

    A body's key is the hash of its file (sources, by path; the body is made from the file alone)
    and of the renderer. Bodies already in the cache are not rendered again, nor those rendered
    while the files were read (early: file hash -> (HTML or None,), see EarlyBodies); the others
    are rendered on every core. A posting without its body (from the cache, or after
    EarlyBodies) has an empty body: load_body(path) reads it again when it must be rendered.
    """
    renderer = RENDERER.hexdigest()[:16]
    early = early or {}
    keys: dict[str, str] = {}  # slug -> key; of two files with one slug the first (the one built)
    for posting in postings:
        keys.setdefault(posting.slug, f"{renderer}:{sources[posting.path]}")
    known = cache.known_bodies(set(keys.values())) if cache else set()
    todo, seen, rendered = [], set(), {}
    for posting in postings:
        key = keys[posting.slug]
        if key == f"{renderer}:{sources[posting.path]}" and key not in known and key not in seen:
            seen.add(key)
            done = early.get(sources[posting.path])
            if done is not None:
                rendered[key] = done[0]
                continue
            text = posting.body or (load_body(posting.path) if load_body else "")
            todo.append((key, text))
    if todo:
        _renderer()  # made once here, before workers are forked, not in each of them
    rendered.update(chunked_map(_render_chunk, todo, processes,
                                lambda done, total: progress.update("rendering bodies", done, total)))
    good = {key: html for key, html in rendered.items() if html is not None}  # None: it timed out
    if cache:
        cache.put_bodies(good)
        cache.prune_bodies(set(keys.values()))
    problems = []
    for posting in postings:
        key = f"{renderer}:{sources[posting.path]}"
        if keys.get(posting.slug) == key and key not in known and rendered.get(key) is None:  # "" is a body
            problems.append(Problem(posting.path, posting.lines.get("body", 0), "body",
                                    f"the Markdown takes over {RENDER_SECONDS:g} s to render, or nests too deeply",
                                    "simplify it: long runs of [ ( ` or deeply nested lists are the usual cause"))
            del keys[posting.slug]
    return Bodies(keys, good, cache), problems


def _render_chunk(items: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """(key, HTML) for each (key, Markdown); None for a body that hit the time limit."""
    return [(key, _render_or_none(text)) for key, text in items]


def _render_or_none(text: str) -> str | None:
    """render_body_limited, or None for a pathological body (render_bodies reports it)."""
    try:
        return render_body_limited(text)
    except RenderTimeout:
        return None


def render_body(text: str) -> str:
    """Markdown to safe HTML; headings start at h2 because the page's h1 is the title."""
    return sanitize(_demote_headings(_renderer().reset().convert(text)))


# nh3's cleaner made once: nh3.clean builds a new one from these sets for every body (a fifth of its time)
_CLEANER = nh3.Cleaner(tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES, link_rel="nofollow ugc noopener",
                       strip_comments=True)


def sanitize(html: str) -> str:
    """Only the tags, attributes and link schemes a posting may use; links get rel=nofollow ugc noopener."""
    return _CLEANER.clean(html)


def _demote_headings(html: str) -> str:
    """Shift every heading down one level when the body uses h1, so the outline stays valid."""
    if "<h1" not in html:
        return html
    return re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", html)


def plain_text(html: str) -> str:
    """The text of an HTML fragment, whitespace collapsed (for descriptions and search)."""
    text = nh3.clean(html, tags=set(), strip_comments=True)
    return " ".join(htmllib.unescape(text).split())
