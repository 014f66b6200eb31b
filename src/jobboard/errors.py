"""Problems found in a user's site, reported as `path:line: field: message — hint`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning about a file, with where it is and how to fix it."""

    path: str
    line: int
    field: str
    message: str
    hint: str = ""
    severity: str = "error"  # "error" | "warning"
    related: str = ""  # another file the message is about, named after the message
    skipped: bool = False  # an error turned warning: its posting is left out of the site (--skip-invalid)

    @property
    def text(self) -> str:
        """What is wrong, in words: the message, the other file it names, whether the posting was left out."""
        text = f"{self.message} {self.related}" if self.related else self.message
        return f"{text} (posting skipped)" if self.skipped else text

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        location = f"{where}:" if where else ""
        field = f" {self.field}:" if self.field else ""
        tail = f" — {self.hint}" if self.hint else ""
        label = "warning: " if self.severity == "warning" else ""
        return f"{label}{location}{field} {self.text}{tail}".lstrip()


class JobboardError(Exception):
    """A failure caused by the user's input: printed without a traceback, exit code 1."""

    exit_code = 1

    def __init__(self, problems: Iterable[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem("", 0, "", problems)]
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A "did you mean" hint for a misspelt name, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def display_path(path: Path, root: Path) -> str:
    """The path as the user knows it: relative to the site folder when inside it."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
