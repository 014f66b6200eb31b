"""The fast path of a rebuild: when no input changed since the last build, there is nothing to do.

A snapshot is a hash of everything a build reads: every file of the site that the build uses
(path, size, modification time), the theme, jobboard's own code, the git commit (dates come from
git), today's date (expiry) and the build's options. Equal snapshots and an intact output mean
the output is already what a build would write.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from .cache import digest
from .config import theme_dir

SITE_INPUTS = ("jobboard.toml", "templates", "static", "data", "root")


def input_snapshot(site: Path, content_dir: str, options: tuple, today: dt.date) -> str:
    """A hash that changes whenever anything a build reads may have changed."""
    parts = [repr(options), today.isoformat(), _git_head(site)]
    code = Path(__file__).parent
    for root in (site / content_dir, *(site / name for name in SITE_INPUTS), theme_dir() / "templates",
                 theme_dir() / "static", code):
        parts.extend(_stats(root))
    return digest(*parts)


def _stats(root: Path) -> list[str]:
    if root.is_file():
        stat = root.stat()
        return [f"{root}:{stat.st_size}:{stat.st_mtime_ns}"]
    found = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            try:
                stat = os.lstat(os.path.join(folder, name))
            except OSError:
                continue
            found.append(f"{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return found


def _git_head(site: Path) -> str:
    try:
        run = subprocess.run(["git", "-C", str(site), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=30)
        return run.stdout.strip() if run.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""
