"""The fast path of a rebuild: when no input changed since the last build, there is nothing to do.

A snapshot is a hash of everything a build reads: every file of the site that the build uses
(path, size, modification time), the theme, jobboard's own code, the git commit (dates come from
git), today's date (expiry) and the build's options. Equal snapshots and an intact output mean
the output is already what a build would write.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import subprocess
import time
from pathlib import Path

from .cache import digest
from .config import theme_dir

SITE_INPUTS = ("jobboard.toml", "templates", "static", "data", "root")
# The libraries whose upgrade can change the output (Markdown, sanitizer, templates, YAML, search).
LIBRARIES = ("markdown", "nh3", "jinja2", "markupsafe", "yaml", "pagefind")


def input_snapshot(site: Path, content_dir: str, options: tuple, today: dt.date) -> str:
    """A hash that changes whenever anything a build reads may have changed.

    Files are known by size and modification and change times (links followed, as the build
    reads through them). A file changed within the last second could change again unseen with
    the same times, so then the snapshot matches nothing.
    """
    parts = [repr(options), today.isoformat(), _git_head(site), libraries()]
    recent = time.time_ns() - 10**9
    for root in input_roots(site, content_dir):
        for path, stat in _stats(root):
            if max(stat.st_mtime_ns, stat.st_ctime_ns) >= recent:
                return f"unsettled:{time.time_ns()}"
            parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}")
    return digest(*parts)


def input_roots(site: Path, content_dir: str) -> list[Path]:
    """Every file and folder a build reads (a folder with everything in it): the site's content,
    settings, templates, static files, data and root/, the theme, and jobboard's own code."""
    return [site / content_dir, *(site / name for name in SITE_INPUTS), theme_dir() / "templates",
            theme_dir() / "static", Path(__file__).parent]


def libraries() -> str:
    """Where each library that shapes the output is installed, with its file times: an upgrade
    changes them (found without importing the libraries, which is slow)."""
    found = []
    for name in LIBRARIES:
        spec = importlib.util.find_spec(name)
        try:
            stat = os.stat(spec.origin) if spec and spec.origin else None
        except OSError:
            stat = None
        found.append(f"{name}:{spec and spec.origin}:{stat and (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)}")
    return "|".join(found)


def _stats(root: Path) -> list[tuple[str, os.stat_result]]:
    if root.is_file():
        return [(str(root), root.stat())]
    found, seen = [], set()
    for folder, dirs, names in os.walk(root, followlinks=True):
        seen.add(os.path.realpath(folder))
        dirs[:] = sorted(d for d in dirs if os.path.realpath(os.path.join(folder, d)) not in seen)  # no loops
        for name in sorted(names):
            try:
                found.append((f"{folder}/{name}", os.stat(os.path.join(folder, name))))
            except OSError:
                continue
    return found


def _git_head(site: Path) -> str:
    try:
        run = subprocess.run(["git", "-C", str(site), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=30)
        return run.stdout.strip() if run.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""
