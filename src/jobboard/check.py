"""`jobboard check`: every problem of a site's settings, content, vocabulary and templates, nothing written.

Made for a board's CI: `--format github` prints GitHub Actions annotations, so each problem shows
on the line of the pull request's diff it is about.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import TemplateSyntaxError

from .content import load_content
from .dates import date_problems, is_expired
from .errors import Problem, display_path
from .parallel import workers
from .progress import QUIET, Progress
from .render import make_environment
from .urls import Linker


def check_site(site: Path, today: dt.date | None = None, processes: int | None = None,
               progress: Progress = QUIET) -> list[Problem]:
    """All errors and warnings of a site, sorted by file and line; raises only for unreadable settings.

    The postings are read and their bodies rendered on every core, as a build does, but without
    its cache: nothing is written."""
    content = load_content(site, processes=processes or workers(), progress=progress)
    today = today or dt.date.today()
    problems = content.problems + date_problems(content.postings, today)
    max_age = content.config.max_age_days
    for posting in content.postings:
        if posting.valid_through and posting.valid_through < today:
            problems.append(Problem(posting.path, posting.lines.get("valid_through", 1), "valid_through",
                                    f"expired on {posting.valid_through.isoformat()}",
                                    "remove the posting or move valid_through into the future", severity="warning"))
        elif not posting.valid_through and is_expired(posting, today, max_age):
            problems.append(Problem(posting.path, posting.lines.get("date", 1), "date",
                                    f"posted {posting.date.isoformat()}, over max_age_days ({max_age}) ago, so it "
                                    "is closed", "remove the posting, or give it a valid_through in the future",
                                    severity="warning"))
    return sorted(problems + template_problems(site, content.config))


def template_problems(site: Path, config) -> list[Problem]:
    """Syntax errors in any template the site would use (its own and the theme's)."""
    env = make_environment(site, config, Linker(config.base_url), {}, {})
    problems = []
    for name in env.loader.list_templates():
        try:
            env.get_template(name)
        except TemplateSyntaxError as exc:
            path = display_path(Path(exc.filename), site.resolve()) if exc.filename else name
            problems.append(Problem(path, exc.lineno or 0, "", f"template syntax error: {exc.message}",
                                    "fix the template's syntax"))
    return problems


def github_annotation(problem: Problem) -> str:
    """`::error file=...,line=...,title=...::message` for GitHub Actions."""
    kind = "error" if problem.severity == "error" else "warning"
    where = f"file={problem.path}" + (f",line={problem.line}" if problem.line else "")
    title = f",title={problem.field}" if problem.field else ""
    text = problem.text + (f" — {problem.hint}" if problem.hint else "")
    return f"::{kind} {where}{title}::{_escape(text)}"


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

