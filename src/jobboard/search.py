"""The static search index: Pagefind indexes the built posting pages (those marked data-pagefind-body)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import JobboardError

BUNDLE = "pagefind"


def index_search(folder: Path) -> None:
    """Write the Pagefind bundle into folder/pagefind/; a failure is an error, so the build keeps the old site."""
    command = [sys.executable, "-m", "pagefind", "--site", str(folder), "--output-subdir", BUNDLE,
               "--include-characters", "+#", "--silent"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise JobboardError(f"search: Pagefind did not run ({exc}) — install it with pip install 'pagefind[bin]', "
                            "or set search = false in jobboard.toml") from None
    if run.returncode != 0 or not (folder / BUNDLE / "pagefind.js").is_file():
        detail = " ".join((run.stderr or run.stdout).split())[:300]
        raise JobboardError(f"search: Pagefind failed: {detail} — install it with pip install 'pagefind[bin]', "
                            "or set search = false in jobboard.toml")
