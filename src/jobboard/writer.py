"""Write the site into a temporary folder beside the output and swap it in only on success."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

from .errors import JobboardError

MARKER = ".jobboard-build"
MARKER_TEXT = b"This folder is written by `jobboard build` and replaced whole on every build.\n"


def check_output_dir(out: Path, site: Path) -> None:
    """Refuse output folders whose replacement would destroy something that is not a build."""
    out, site = out.resolve(), site.resolve()
    if out == site or out in site.parents:
        raise JobboardError(f"{out}: the output folder contains the site itself — choose e.g. --out output")
    for keep in ("content", "templates", "static", "data"):
        if out == site / keep or (site / keep) in out.parents:
            raise JobboardError(f"{out}: the output folder is inside the site's {keep}/ — choose e.g. --out output")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise JobboardError(f"{out}: exists and was not written by jobboard build (no {MARKER} file), so it "
                            "would be replaced — remove it or choose another --out folder")


class AtomicOutput:
    """A context manager: files go to a temporary folder that replaces `out` when the block succeeds."""

    def __init__(self, out: Path):
        self.out = out
        self.files = 0

    def __enter__(self) -> "AtomicOutput":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}-new-", dir=self.out.parent))
        (self.tmp / MARKER).write_bytes(MARKER_TEXT)
        return self

    def write(self, rel: PurePosixPath | str, data: bytes) -> None:
        path = self._inside(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.files += 1

    def copy(self, rel: PurePosixPath | str, source: Path) -> None:
        path = self._inside(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
        self.files += 1

    def _inside(self, rel: PurePosixPath | str) -> Path:
        """The path in the fresh folder; routes come from slugs, but check anyway (no '..', not absolute)."""
        parts = PurePosixPath(rel).parts
        if not parts or PurePosixPath(rel).is_absolute() or ".." in parts or "\x00" in str(rel):
            raise JobboardError(f"refusing to write {rel}: outside the output folder")
        return self.tmp.joinpath(*parts)

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return
        os.chmod(self.tmp, 0o755)  # mkdtemp makes it 0700; static hosts need to read it
        old = None
        if self.out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.out.name}-old-", dir=self.out.parent))
            os.replace(self.out, old / "previous")
        os.replace(self.tmp, self.out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
