"""Site settings from `jobboard.toml`, validated all at once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import JobboardError, Problem, did_you_mean


def theme_dir() -> Path:
    """The default theme: packaged in the wheel, or the repository's top level in a source checkout."""
    packaged = Path(__file__).parent / "theme"
    if (packaged / "templates").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


CONFIG_NAME = "jobboard.toml"


@dataclass(frozen=True)
class Config:
    """What a site can set in jobboard.toml; every field has a sensible default."""

    title: str = "Job board"
    description: str = "Jobs, freshly posted."
    base_url: str = "http://localhost:8000/"
    language: str = "en"
    per_page: int = 20
    content_dir: str = "content/jobs"
    output_dir: str = "output"
    max_age_days: int = 60  # a posting without valid_through expires this long after its date; 0: never
    expired_pages: str = "keep"  # "keep": an expired posting's page stays, marked closed; "drop": removed
    search: bool = True  # build the Pagefind search index


_CHECKS = {
    "title": (str, lambda v: bool(v.strip()), "a non-empty string, e.g. title = \"Rust Jobs\""),
    "description": (str, lambda v: True, "a string"),
    "base_url": (str, lambda v: bool(re.match(r"https?://[^/\s?#]+(/[^\s?#]*)?$", v)),
                 "an absolute http(s) URL, e.g. base_url = \"https://example.org/board/\""),
    "language": (str, lambda v: bool(re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", v)),
                 "a language tag such as \"en\" or \"de-CH\""),
    "per_page": (int, lambda v: 1 <= v <= 1000, "a whole number from 1 to 1000"),
    "content_dir": (str, lambda v: bool(v) and not Path(v).is_absolute() and ".." not in Path(v).parts,
                    "a folder inside the site, e.g. \"content/jobs\""),
    "output_dir": (str, lambda v: bool(v), "a folder, e.g. \"output\""),
    "max_age_days": (int, lambda v: 0 <= v <= 3650, "a number of days from 0 (never expire) to 3650"),
    "expired_pages": (str, lambda v: v in ("keep", "drop"), "\"keep\" or \"drop\""),
    "search": (bool, lambda v: True, "true or false"),
}


def load_config(site: Path, base_url: str | None = None) -> Config:
    """Read jobboard.toml in the site folder (defaults when absent); raise every problem at once."""
    path = site / CONFIG_NAME
    raw: dict = {}
    if not site.is_dir() or not path.exists():
        raise JobboardError(f"{site}: no {CONFIG_NAME} here, so this is not a jobboard site — "
                            f"pass --site with the site's folder, or create one with jobboard init")
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            line = _toml_line(str(exc))
            raise JobboardError([Problem(CONFIG_NAME, line, "", f"not valid TOML: {exc}",
                                         "see https://toml.io for the syntax")]) from None
    problems = []
    if base_url is not None:
        kind, ok, expected = _CHECKS["base_url"]
        if not ok(base_url):
            problems.append(Problem("--base-url", 0, "", f"{base_url!r} is not valid", f"expected {expected}"))
        raw["base_url"] = base_url
    known = [f.name for f in fields(Config)]
    for key, value in raw.items():
        if key == "base_url" and base_url is not None:
            continue
        if key not in _CHECKS:
            problems.append(Problem(CONFIG_NAME, _key_line(path, key), key, "unknown setting",
                                    did_you_mean(key, known) or f"known settings: {', '.join(known)}"))
            continue
        kind, ok, expected = _CHECKS[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool) or not ok(value):
            problems.append(Problem(CONFIG_NAME, _key_line(path, key), key,
                                    f"{value!r} is not valid", f"expected {expected}"))
    if problems:
        raise JobboardError(problems)
    config = Config(**raw)
    if not config.base_url.endswith("/"):
        config = replace(config, base_url=config.base_url + "/")
    return config


def _toml_line(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 0


def _key_line(path: Path, key: str) -> int:
    return toml_key_line(path.read_text(encoding="utf-8-sig"), key) if path.exists() else 0


def toml_key_line(text: str, key: str) -> int:
    """The line where a top-level TOML key is set, for error messages (0 when not found)."""
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number
    return 0
