"""The static search index: Pagefind indexes the built posting pages (those marked data-pagefind-body)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .errors import JobboardError
from .progress import QUIET, Progress

BUNDLE = "pagefind"


def index_search(folder: Path, progress: Progress = QUIET) -> None:
    """Write the Pagefind bundle into folder/pagefind/ (a fresh bundle replaces the old one whole).

    A failure is an error naming the cause; the old bundle then stays as it was.
    """
    progress.status("indexing for search (Pagefind)")
    fresh = folder / f".{BUNDLE}-new"
    shutil.rmtree(fresh, ignore_errors=True)
    command = [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(fresh.resolve()),
               "--include-characters", "+#", "--silent"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise JobboardError(f"search: Pagefind did not run ({exc}) — install it with pip install 'pagefind[bin]', "
                            "or set search = false in jobboard.toml") from None
    if run.returncode != 0 or not (fresh / "pagefind.js").is_file():
        shutil.rmtree(fresh, ignore_errors=True)
        detail = " ".join((run.stderr or run.stdout).split())[:300]
        raise JobboardError(f"search: Pagefind failed: {detail} — install it with pip install 'pagefind[bin]', "
                            "or set search = false in jobboard.toml")
    old = folder / f".{BUNDLE}-old"
    if (folder / BUNDLE).exists():
        os.replace(folder / BUNDLE, old)
    os.replace(fresh, folder / BUNDLE)
    shutil.rmtree(old, ignore_errors=True)
