"""Read and validate every posting file into Posting objects, collecting all problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import frontmatter_yaml as fm
from .cache import digest
from .dates import as_date
from .errors import Problem, did_you_mean, display_path
from .model import EMPLOYMENT_TYPES, PERIODS, REMOTE_MODES, Posting, Salary, Source
from .parallel import chunked_map
from .progress import QUIET, Progress
from .slugs import slugify
from .vocab import countries

MAX_FILE_BYTES = 1_000_000
ASK_CACHE_FROM = 100  # changed-looking files from which read_postings asks which ones the cache has parsed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")  # never valid in XML feeds


class Invalid(ValueError):
    """A front matter value that does not fit the schema; carries a hint on how to fix it."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.message, self.hint = message, hint


# Part of each parsed posting's cache key: a change to the rules here reads every file anew.
# The slug and country rules count too: a cached posting must not keep an old slug or verdict.
_RULES = hashlib.sha256("".join((Path(__file__).parent / name).read_text(encoding="utf-8")
                                for name in ("reader.py", "frontmatter_yaml.py", "model.py", "slugs.py",
                                             "data/countries.tsv")).encode())


@dataclass
class Read:
    postings: list[Posting]  # the valid ones
    problems: list[Problem]  # every one found
    sources: dict[str, str]  # posting path -> hash of the file (its path and bytes)
    bodiless: set[str]  # paths of postings given without their body (from the cache, or after `then`; see read_body)
    mtimes: dict[str, int]  # posting path -> the file's modification time (ns)
    extras: dict[str, Any] = field(default_factory=dict)  # file hash -> what `then` handed back for it


def read_postings(site: Path, content_dir: str, cache=None, processes: int = 1,
                  then: Callable[[Posting, str], tuple[Posting, Any]] | None = None,
                  progress: Progress = QUIET) -> Read:
    """Read every content/jobs/*.md file: the valid postings and every problem found.

    With a cache, a file whose bytes were read before is not parsed again, and a file whose size
    and change times are those recorded is not even read (as git does for its index). The files
    are read, hashed and parsed on every core. then(posting, file hash), when given, runs in the
    same process right after a file is parsed and returns the posting to keep and what to hand
    back in Read.extras: the body is rendered there, so it never travels between processes.
    """
    started = time.time_ns()
    folder = site / content_dir
    postings, problems = [], []
    files, links = _content_files(folder, site)
    for link in links:
        problems.append(Problem(display_path(link, site), 0, "", "symbolic links are not read from content",
                                "copy the file or folder into the content folder instead"))
    index = cache.file_index(_RULES.hexdigest()) if cache else {}
    keys, stamps, todo = {}, {}, []
    for path, where, stat in files:
        stamps[where] = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns) if stat else None
        known_file = index.get(where)
        if known_file and stamps[where] == known_file[:3]:
            keys[where] = known_file[3]  # its parsed form is taken from the cache, or read below if gone
        else:
            todo.append((path, where))
    # Which files the cache has parsed, so the workers need not parse them again: worth asking only
    # when many files look changed (a fresh clone or checkout); an edit parses its one file.
    cached = cache.parsed_keys() if cache and len(todo) > ASK_CACHE_FROM else set()
    _READ.update(site=site, cached=cached, then=then)
    try:
        read = dict(zip([where for _, where in todo], chunked_map(
            _read_chunk, todo, processes, lambda done, total: progress.update("reading postings", done, total))))
    finally:
        _READ.clear()
    keys.update((where, result[0]) for where, result in read.items())
    known = cache.parsed(list(keys.values())) if cache else {}
    fresh, bodiless, extras = {}, set(), {}
    for path, where, _ in files:
        result = read.get(where)
        from_cache = result is None or result[2] is None  # not parsed above: the cache has its parsed form
        if from_cache and keys[where] not in known:  # ... but could not give it back: parse it here
            result, from_cache = _read_one(path, where, site, set(), then), False
            keys[where] = result[0]
        key = keys[where]
        if from_cache:
            posting, found = known[key]
            bodiless.add(where)
        else:
            _, posting, found, extra = result
            fresh[key] = (posting, found)
            if then is not None and posting is not None:
                extras[key] = extra
                bodiless.add(where)
        problems.extend(found)
        if posting is not None:
            postings.append(posting)
    if cache:
        cache.put_parsed(fresh)
        # Files changed within the last second could change again unseen with the same times: not recorded.
        settled = {where: (*stamp, keys[where]) for where, stamp in stamps.items()
                   if stamp and max(stamp[1:]) < started - 10**9}
        if settled != index:
            cache.set_file_index(_RULES.hexdigest(), settled)
    return Read(postings, problems, keys, bodiless, {where: stamp[1] for where, stamp in stamps.items() if stamp},
                extras)


_READ: dict = {}  # what forked workers inherit


def _read_chunk(items: list[tuple[str, str]]) -> list[tuple[str, Posting | None, list[Problem] | None, Any]]:
    return [_read_one(path, where, _READ["site"], _READ["cached"], _READ["then"]) for path, where in items]


def _read_one(path: str, where: str, site: Path, cached: set[str], then) -> tuple:
    """(file hash, posting or None, problems, what `then` handed back); problems is None when the
    cache holds this file's parsed form already (cached: the hashes it holds)."""
    data = Path(path).read_bytes()
    key = digest(where, data, prefix=_RULES)
    if key in cached:
        return key, None, None, None
    posting, found = read_posting(Path(path), site, data)
    extra = None
    if then is not None and posting is not None:
        posting, extra = then(posting, key)
    return key, posting, found, extra


def _content_files(folder: Path, site: Path) -> tuple[list[tuple[str, str, os.stat_result | None]], list[Path]]:
    """(path, path as shown, stat) of the posting files under folder, in path order, and the symbolic
    links found there (never followed).

    Drafts (_name.md) and hidden files (.#name.md, editor lock files) are skipped.
    """
    if folder.is_symlink():
        return [], [folder]
    files, links = [], []
    # A loop over a list of folders, not a recursive inner function: that one referred to itself,
    # and the cycle kept the list of 100,000 files and their stats alive until a garbage collection.
    folders = [(folder, display_path(folder, site))]
    while folders:
        directory, shown = folders.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            hidden = entry.name.startswith((".", "_"))
            if entry.is_symlink():
                if entry.is_dir() or (entry.name.endswith(".md") and not hidden):
                    links.append(directory / entry.name)
            elif entry.is_dir():
                if not hidden:
                    folders.append((directory / entry.name, f"{shown}/{entry.name}"))
            elif entry.name.endswith(".md") and not hidden:
                try:
                    stat = entry.stat()
                except OSError:
                    stat = None
                files.append((entry.path, f"{shown}/{entry.name}", stat))  # a str: 10,000 Paths cost
    return sorted(files, key=lambda f: f[1].split("/")), sorted(links)


def read_posting(path: Path, site: Path, data: bytes | None = None) -> tuple[Posting | None, list[Problem]]:
    """Read one posting file (its bytes when already read): (the posting or None, its problems)."""
    where = display_path(path, site)
    try:
        text, bom = _read_text(path, data)
        front, body = fm.split(text)
        entries, value_errors = fm.load(front)
        body_line = text.count("\n", 0, len(text) - len(body)) + 1
    except fm.FrontMatterError as exc:
        return None, [Problem(where, exc.line, exc.field, exc.message, exc.hint)]
    body = _CONTROL.sub("", body)  # never let control characters reach pages or XML feeds
    posting, problems = _to_posting(entries, body, slugify(path.stem), where, path,
                                    failed={e.field for e in value_errors}, body_line=body_line)
    if bom:
        problems.append(Problem(where, 1, "", "the file starts with a byte order mark (BOM); it was ignored",
                                "save the file as UTF-8 without BOM", severity="warning"))
    if value_errors:
        errors = [Problem(where, e.line, e.field, e.message, e.hint) for e in value_errors]
        return None, sorted(errors + [p for p in problems if p.severity == "error"])
    return posting, problems


def read_body(path: Path, site: Path) -> str:
    """The Markdown body of a posting file ("" when it no longer reads as a posting)."""
    posting, _ = read_posting(path, site)
    return posting.body if posting else ""


def _read_text(path: Path, data: bytes | None = None) -> tuple[str, bool]:
    """The file's text with LF line endings, and whether it started with a byte order mark."""
    if path.is_symlink():
        raise fm.FrontMatterError(0, "symbolic links are not read from content",
                                  "copy the file into the content folder instead")
    data = path.read_bytes() if data is None else data
    if len(data) > MAX_FILE_BYTES:
        raise fm.FrontMatterError(0, f"file is {len(data):,} bytes, over the {MAX_FILE_BYTES:,} byte limit",
                                  "shorten the posting")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise fm.FrontMatterError(line, "the file is not UTF-8 text",
                                  "save it as UTF-8 (jobboard import converts other encodings)") from None
    if "\x00" in text:
        raise fm.FrontMatterError(text.count("\n", 0, text.index("\x00")) + 1, "the file contains NUL bytes",
                                  "remove them; is this a binary file?")
    return text.replace("\r\n", "\n"), data.startswith(b"\xef\xbb\xbf")


def _to_posting(entries: dict[str, fm.Entry], body: str, slug: str, where: str, path: Path,
                failed: set[str], body_line: int = 0) -> tuple[Posting | None, list[Problem]]:
    values, problems = {}, []
    for key, entry in entries.items():
        check = _FIELDS.get(key)
        if check is None:
            hint = did_you_mean(key, _FIELDS) or f"known fields: {', '.join(_FIELDS)}"
            problems.append(Problem(where, entry.line, key, "unknown field", hint))
            continue
        try:
            values[key] = check(entry.value)
        except Invalid as exc:
            problems.append(Problem(where, entry.line, key, exc.message, exc.hint))
    if "title" not in entries and "title" not in failed:
        hint = "add a line like 'title: Backend Engineer'"
        if "title" in values.get("review", ()):
            hint = "jobboard import could not find the title: add it, e.g. 'title: Backend Engineer'"
        problems.append(Problem(where, 1, "title", "missing", hint))
    if problems or failed:
        return None, problems
    warnings = _warnings(values, entries, where)
    lines = {key: entry.line for key, entry in entries.items()} | {"body": body_line}
    return Posting(slug=slug, path=where, body=body, lines=lines, **values), warnings


def _warnings(values: dict, entries: dict[str, fm.Entry], where: str) -> list[Problem]:
    found = []
    if "company" not in values:
        found.append(Problem(where, 1, "company", "no company named", "add 'company: Name' when it is known",
                             severity="warning"))
    placeless = not values.get("cities") and "country" not in values and values.get("remote") != "remote"
    if placeless and not {"cities", "country", "remote"} & set(values.get("review", ())):
        found.append(Problem(where, 1, "cities", "no location: job search engines (Google for Jobs) leave out "
                             "a job without one", "add e.g. 'cities: [Berlin]' or 'country: DE', or "
                             "'remote: remote' when the job is fully remote", severity="warning"))
    if values.get("review"):
        found.append(Problem(where, entries["review"].line, "review",
                             f"still to review: {', '.join(values['review'])}",
                             "check these fields, then remove the review line", severity="warning"))
    return found


# --- one check per field: return the value for Posting or raise Invalid ---------------------

def _text(value: Any, example: str = "") -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Invalid(f"expected text, got {_describe(value)}", f"write it as {example}" if example else "")
    text = str(value).strip()
    if not text:
        raise Invalid("is empty", f"write it as {example}" if example else "remove the line")
    if _CONTROL.search(text):
        raise Invalid("contains control characters", "remove them")
    return text


def _text_list(value: Any, example: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise Invalid(f"expected a list, got {_describe(value)}", f"write it as {example}")
    return tuple(dict.fromkeys(_text(item, example) for item in value))


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in options:
            hint = did_you_mean(str(value), options) or f"use one of: {', '.join(options)}"
            raise Invalid(f"{value!r} is not one of {', '.join(options)}", hint)
        return value
    return check


def _date(value: Any) -> dt.date:
    day = as_date(value)
    if day is not None:
        return day
    raise Invalid(f"{value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-20")


def _country(value: Any) -> str:
    code = _text(value, '"DE"').upper()
    if code not in countries():
        hint = did_you_mean(code, countries()) or "use the two-letter ISO 3166 code, e.g. DE, GB, US"
        raise Invalid(f"{value!r} is not an ISO 3166 country code", hint)
    return code


def _salary(value: Any) -> Salary:
    example = "{min: 75000, max: 100000, currency: EUR, period: year}"
    if not isinstance(value, dict):
        raise Invalid(f"expected a mapping, got {_describe(value)}", f"write it as {example}")
    unknown = set(value) - {"min", "max", "currency", "period"}
    if unknown:
        raise Invalid(f"unknown salary field {sorted(unknown)[0]!r}", f"write it as {example}")
    low, high = (_amount(value.get(k), k) for k in ("min", "max"))
    if low is None and high is None:
        raise Invalid("needs min or max", f"write it as {example}")
    if low is not None and high is not None and low > high:
        raise Invalid(f"min {low} is above max {high}", "swap them")
    currency = value.get("currency")
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        raise Invalid(f"currency {currency!r} is not an ISO 4217 code", "use e.g. EUR, USD, GBP, CHF")
    period = value.get("period", "year")
    if period not in PERIODS:
        raise Invalid(f"period {period!r} is not one of {', '.join(PERIODS)}", f"write it as {example}")
    return Salary(low, high, currency, period)


def _amount(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise Invalid(f"{name} {value!r} is not an amount", "write a plain number such as 75000")
    return int(value) if float(value).is_integer() else value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"expected true or false, got {value!r}", "write true or false")
    return value


def _url(value: Any) -> str:
    url = _text(value, "https://example.com/apply")
    if not re.match(r"(?:https?://[^\s/]+|mailto:[^\s@]+@[^\s@]+)\S*$", url, re.IGNORECASE):
        raise Invalid(f"{url!r} is not an http(s) or mailto link", "write a full link such as https://…")
    return url


def _email(value: Any) -> str:
    email = _text(value, "jobs@example.com")
    if not re.fullmatch(r"[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\"]+", email):
        raise Invalid(f"{email!r} is not an e-mail address", "write it as jobs@example.com")
    return email


def _source(value: Any) -> Source:
    if not isinstance(value, dict) or not isinstance(value.get("file"), str):
        raise Invalid("expected {file: name, sha256: hex}", "this is written by jobboard import")
    return Source(value["file"], str(value.get("sha256", "")))


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": lambda v: _text(v, "'Backend Engineer'"),
    "company": lambda v: _text(v, "'ACME GmbH'"),
    "cities": lambda v: tuple({slugify(c): c for c in reversed(_text_list(v, "[Berlin, Munich]"))}.values())[::-1],
    "country": _country,
    "remote": _choice(REMOTE_MODES),
    "employment_type": _choice(EMPLOYMENT_TYPES),
    "salary": _salary,
    "equity": _bool,
    "tags": lambda v: _text_list(v, "[python, kubernetes]"),
    "date": _date,
    "valid_through": _date,
    "apply_url": _url,
    "apply_email": _email,
    "source": _source,
    "review": lambda v: _text_list(v, "[title, company]"),
}


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)
