"""When postings were posted and last changed: from git, as a board run from git would expect.

`date` defaults to the day a posting's file was first committed, `updated` to its last commit.
Outside git (or for a file not committed yet) the file's modification time stands in, with a
warning, since it changes with every checkout.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

from .errors import Problem
from .model import Posting


def as_date(value: Any) -> dt.date | None:
    """A YAML date, a datetime or an ISO 'YYYY-MM-DD' string as a date; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def git_dates(site: Path, content_dir: str, cache=None) -> dict[str, tuple[dt.date, dt.date]] | None:
    """{path relative to the site: (first commit day, last commit day)}, or None outside git.

    Reading the whole history takes a while (80 ms at 500 commits, seconds at tens of thousands),
    so with a cache (cache.BuildCache) the dates are kept with the commit they were read at: the
    same commit reads nothing, a later one only the commits since.
    """
    found = _git(site, "rev-parse", "HEAD", "--is-shallow-repository")
    if not found:
        return None
    head, shallow = found.split()
    if shallow == "true":  # a clone without its history: dates from it would stay after a fetch of the rest
        cache = None
    name = f"git-dates:{content_dir}"
    known = _stored(cache.get_meta(name)) if cache is not None else None
    if known and known[0] == head:
        return known[1]
    since = known[0] if known and _git(site, "merge-base", "--is-ancestor", known[0], head) is not None else None
    log = _git(site, "log", "--format=%x1e%cs", "--name-only", "--relative", "--no-renames",
               f"{since}..{head}" if since else head, "--", content_dir)
    if log is None:
        return None
    dates = dict(known[1]) if since else {}
    for record in log.split("\x1e")[1:]:
        day, *names = record.strip().split("\n")
        when = dt.date.fromisoformat(day.strip())
        for path in filter(None, (n.strip() for n in names)):
            first, last = dates.get(path, (when, when))
            dates[path] = (min(first, when), max(last, when))
    if cache is not None:
        cache.set_meta(name, json.dumps([head, {path: [a.isoformat(), b.isoformat()] for path, (a, b) in dates.items()}]))
    return dates


def _git(site: Path, *args: str) -> str | None:
    """What a git command prints, or None when it fails (not a repository, no git, no commits)."""
    try:
        run = subprocess.run(["git", "-C", str(site), *args], capture_output=True, text=True, timeout=120,
                             check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return run.stdout if run.returncode == 0 else None


def _stored(value: str | None) -> tuple[str, dict[str, tuple[dt.date, dt.date]]] | None:
    """The commit and dates a cache holds, or None when it holds none (or something else)."""
    try:
        head, dates = json.loads(value or "null")
        return head, {path: (dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for path, (a, b) in dates.items()}
    except (TypeError, ValueError, AttributeError):
        return None


def assign_dates(postings: list[Posting], site: Path, content_dir: str,
                 mtimes: dict[str, int] | None = None, cache=None) -> tuple[list[Posting], list[Problem]]:
    """Fill in `date` (when missing) and `updated` for every posting, with warnings for guesses.

    mtimes: the files' modification times (ns) by posting path, when already known.
    """
    history = git_dates(site, content_dir, cache)
    result, warnings = [], []
    for posting in postings:
        first_last = history.get(posting.path) if history else None
        if first_last:
            first, last = first_last
        else:
            mtime = (mtimes or {}).get(posting.path)
            first = last = dt.date.fromtimestamp(mtime / 1e9 if mtime else (site / posting.path).stat().st_mtime)
            if posting.date is None:
                why = "the site is not in git" if history is None else "the file is not committed yet"
                warnings.append(Problem(posting.path, 1, "date", f"no date and {why}; using the file's "
                                        "modification time", "add 'date: YYYY-MM-DD' or commit the file",
                                        severity="warning"))
        date = posting.date or first
        result.append(posting.evolve(date=date, updated=max(last, date)))
    return result, warnings


def is_expired(posting: Posting, today: dt.date, max_age_days: int) -> bool:
    """Past valid_through, or (without one) older than max_age_days; 0 means never by age."""
    if posting.valid_through is not None:
        return posting.valid_through < today
    return max_age_days > 0 and (today - posting.date).days > max_age_days


def date_problems(postings: list[Posting], today: dt.date) -> list[Problem]:
    """Dates that are surely mistakes: posted in the future (it would top the board until then),
    or closing before it was posted."""
    problems = []
    for posting in postings:
        if posting.date and posting.date > today:
            problems.append(Problem(posting.path, posting.lines.get("date", 1), "date",
                                    f"{posting.date.isoformat()} is in the future, so the posting is listed "
                                    "above every other until then", "write the day it was posted",
                                    severity="warning"))
        if posting.date and posting.valid_through and posting.valid_through < posting.date:
            problems.append(Problem(posting.path, posting.lines.get("valid_through", 1), "valid_through",
                                    f"{posting.valid_through.isoformat()} is before the posting's date, "
                                    f"{posting.date.isoformat()}", "check both dates", severity="warning"))
    return problems
