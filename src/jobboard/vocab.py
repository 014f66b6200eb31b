"""Vocabularies as data: tag keys with display names and aliases, and country names."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .cache import digest
from .config import toml_key_line
from .errors import JobboardError, Problem, did_you_mean

DATA = Path(__file__).parent / "data"  # the data shipped with jobboard

SITE_TAGS = "data/tags.toml"
SITE_CITIES = "data/cities.tsv"
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ENTRY_FIELDS = {"name", "aliases", "detect", "ambiguous", "listed"}


@dataclass(frozen=True)
class Tag:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    detect: bool = True  # whether import may find it in prose (false for broad topics)
    ambiguous: bool = False  # also an ordinary word: import needs it capitalized and among technologies
    listed: bool = False  # ... and beside another technology: "experience" nearby is not enough (implies ambiguous)


@dataclass(frozen=True, eq=False)  # hashed by identity, so per-vocabulary matchers can be cached
class Vocabulary:
    """Canonical tags, looked up by key, display name or alias (case-insensitive)."""

    tags: dict[str, Tag]
    _index: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for tag in self.tags.values():
            for spelling in (tag.key, tag.name, *tag.aliases):
                self._index.setdefault(normalize(spelling), tag.key)

    def canonical(self, spelling: str) -> str | None:
        """The canonical key for a key, name or alias; None when unknown."""
        return self._index.get(normalize(spelling))

    def name(self, key: str) -> str:
        """Display name of a key: 'cpp' shows as 'C++'; unknown keys show as written."""
        tag = self.tags.get(key)
        return tag.name if tag else key

    def spellings(self) -> dict[str, str]:
        """Every lower-cased spelling with the key it means, for finding tags in text."""
        return dict(self._index)


def normalize(spelling: str) -> str:
    return " ".join(str(spelling).lower().split())


def read_site_file(site: Path, name: str) -> str:
    """A data file of the site as text (UTF-8, with or without BOM), or a JobboardError naming it."""
    try:
        return (site / name).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JobboardError([Problem(name, 0, "", f"not UTF-8 text (byte {exc.start + 1} is 0x{exc.object[exc.start]:02x})",
                                     "save it as UTF-8")]) from None


_THIS_CODE = Path(__file__).read_text(encoding="utf-8")  # as loaded (a process outlives an upgrade)


def load_vocabulary(site: Path | None = None, cache=None) -> Vocabulary:
    """The shipped vocabulary, extended (and overridden entry by entry) by the site's data/tags.toml.

    With a cache (cache.BuildCache), the tags parsed by an earlier build from the same files are
    read back from JSON: parsing 500 tags of TOML took a build 10 to 15 ms, the JSON 2 ms.
    """
    own = read_site_file(site, SITE_TAGS) if site is not None and (site / SITE_TAGS).is_file() else None
    files = ""
    if cache is not None and not _shipped_tags.cache_info().currsize:  # a process that has not parsed them yet
        files = digest((DATA / "tags.toml").read_text(encoding="utf-8"), own or "", _THIS_CODE)
        tags = _tags_from_json(cache.get_meta("vocabulary"), files)
        if tags is not None:
            return Vocabulary(tags)
    tags = dict(_shipped_tags())
    if own is not None:
        tags.update(_parse_tags(own, SITE_TAGS))
    if files:
        rows = [[t.key, t.name, list(t.aliases), t.detect, t.ambiguous, t.listed] for t in tags.values()]
        cache.set_meta("vocabulary", json.dumps([files, rows]))
    return Vocabulary(tags)


def _tags_from_json(value: str | None, files: str) -> dict[str, Tag] | None:
    """Tags as load_vocabulary stored them from the same files, or None (a cache is not trusted)."""
    try:
        stored, rows = json.loads(value or "null")
        if stored != files:
            return None
        tags = {}
        for key, name, aliases, detect, ambiguous, listed in rows:
            if not (isinstance(key, str) and isinstance(name, str) and isinstance(aliases, list)
                    and all(isinstance(a, str) for a in aliases) and type(detect) is bool and type(ambiguous) is bool
                    and type(listed) is bool):
                return None
            tags[key] = Tag(key, name, tuple(aliases), detect, ambiguous, listed)
        return tags
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=1)
def _shipped_tags() -> tuple[tuple[str, Tag], ...]:
    text = (DATA / "tags.toml").read_text(encoding="utf-8")
    return tuple(_parse_tags(text, "jobboard/data/tags.toml").items())


def _parse_tags(text: str, where: str) -> dict[str, Tag]:
    """Parse `key = { name = "...", aliases = [...] }` lines; every problem reported at once."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise JobboardError([Problem(where, 0, "", f"not valid TOML: {exc}")]) from None
    tags, problems = {}, []
    for key, entry in data.items():
        if not _KEY.fullmatch(key):
            problems.append(Problem(where, toml_key_line(text, key), key, "tag keys are lowercase letters, digits and hyphens",
                                    "e.g. cpp for C++, ci-cd for CI/CD"))
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            problems.append(Problem(where, toml_key_line(text, key), key, "each tag needs a name",
                                    f'write {key} = {{ name = "Display name", aliases = [] }}'))
            continue
        unknown = sorted(set(entry) - _ENTRY_FIELDS)
        if unknown:
            problems.append(Problem(where, toml_key_line(text, key), key, f"unknown field '{unknown[0]}'",
                                    did_you_mean(unknown[0], _ENTRY_FIELDS) or "the fields are name, aliases, detect, "
                                    "ambiguous and listed"))
            continue
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problems.append(Problem(where, toml_key_line(text, key), key, "aliases must be a list of strings"))
            continue
        flags = {flag: entry[flag] for flag in ("detect", "ambiguous", "listed") if flag in entry}
        if not all(isinstance(value, bool) for value in flags.values()):
            problems.append(Problem(where, toml_key_line(text, key), key, "detect, ambiguous and listed are true or false"))
            continue
        if flags.get("listed"):
            flags["ambiguous"] = True  # (found only beside another technology is found only as written, too)
        tags[key] = Tag(key, entry["name"], tuple(aliases), **flags)
    if problems:
        raise JobboardError(problems)
    return tags


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English short name."""
    return {code: names[0] for code, names in _country_rows()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name of a country (English, local, German, abbreviations) -> its ISO code."""
    return {name: code for code, names in _country_rows() for name in names}


def _country_rows() -> list[tuple[str, list[str]]]:
    text = (DATA / "countries.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines()[1:]:
        code, name, aliases = (line.split("\t") + ["", ""])[:3]
        rows.append((code, [name, *filter(None, aliases.split("|"))]))
    return rows


class City(NamedTuple):  # a tuple: 1,800 of them are made in every build
    name: str  # in English
    country: str  # ISO code
    ambiguous: bool = False  # also an ordinary word (Reading, Nice)


def city_list(site: Path | None = None) -> dict[str, City]:
    """Every spelling of a city the shipped data/cities.tsv knows, lower-cased -> the city;
    the site's data/cities.tsv extends and overrides it (import's gazetteer, a build's checks)."""
    cities = dict(_shipped_cities())
    if site is not None and (site / SITE_CITIES).is_file():
        cities.update(_cities(read_site_file(site, SITE_CITIES)))
    return cities


@lru_cache(maxsize=1)
def _shipped_cities() -> tuple[tuple[str, City], ...]:
    return tuple(_cities((DATA / "cities.tsv").read_text(encoding="utf-8")).items())


def _cities(text: str) -> dict[str, City]:
    """Rows of English name, country, other names (|-separated) and flags, after a header line."""
    cities: dict[str, City] = {}
    for line in text.splitlines()[1:]:
        name, country, aliases, flags = (line.split("\t") + ["", "", ""])[:4]
        if not name.strip():
            continue
        city = City(name.strip(), country.strip().upper(), "ambiguous" in flags)
        for spelling in (name, *aliases.split("|")):
            if spelling.strip():
                cities.setdefault(spelling.strip().lower(), city)
    return cities
