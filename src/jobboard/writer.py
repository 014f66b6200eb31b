"""Write the site into a temporary folder beside the output and swap it in only on success."""

from __future__ import annotations

import glob
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path, PurePosixPath
from typing import Callable

from .errors import JobboardError

MARKER = ".jobboard-build"
MARKER_TEXT = "This folder is written by `jobboard build`; each build may replace any file in it.\nbuild {}\n"


def manifest_id(manifest: dict[str, tuple[str, str]]) -> str:
    """The id of an output: a hash of every file's path and bytes (same output, same id)."""
    listing = "".join([f"{path}\x00{sha}\n" for path, (_, sha) in sorted(manifest.items())])
    return hashlib.sha256(listing.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def read_build_id(out: Path) -> str | None:
    """The id the last build wrote into the output's marker (None without one)."""
    try:
        return (out / MARKER).read_text(encoding="utf-8").rsplit("build ", 1)[1].strip()
    except (OSError, IndexError, UnicodeDecodeError):
        return None


def write_marker(folder: Path, build_id: str) -> None:
    part = folder / f"{MARKER}.part"
    part.write_text(MARKER_TEXT.format(build_id), encoding="utf-8")
    os.replace(part, folder / MARKER)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


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


class _Output:
    """What both ways of writing the output share: a manifest {path: (key, sha256)} of the new output."""

    manifest: dict[str, tuple[str, str]]
    writes_anywhere = True  # whether write() works in any process (forked workers too)

    def write(self, rel: PurePosixPath | str, data: bytes, key: str = "") -> str:
        raise NotImplementedError

    def copy(self, rel: PurePosixPath | str, source: Path) -> None:
        self.write(rel, source.read_bytes())

    @property
    def files(self) -> int:
        return len(self.manifest)


class AtomicOutput(_Output):
    """A context manager: files go to a temporary folder that replaces `out` when the block succeeds.

    `previous` ({path: (key, sha256)}, from the build cache) describes the current output: a file
    whose bytes are unchanged is hard-linked from it instead of written, so it keeps its
    modification time (static hosts and rsync then upload only what changed). `manifest`
    collects the same for the new output.
    """

    def __init__(self, out: Path, previous: dict[str, tuple[str, str]] | None = None):
        self.out = out
        self.build_id = ""
        self.previous = _inside_only(previous) if previous is not None and (out / MARKER).exists() else {}
        self.manifest: dict[str, tuple[str, str]] = {}
        self.lock: int | None = None  # held on the fresh folder while the build runs (see remove_leftovers)

    def __enter__(self) -> "AtomicOutput":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}-new-", dir=self.out.parent))
        self.lock = _hold(self.tmp)  # until the build ends: see remove_leftovers
        return self

    def write(self, rel: PurePosixPath | str, data: bytes, key: str = "") -> str:
        """Write data at rel (or link the unchanged old file); returns its sha256."""
        path = self._inside(rel)
        sha = hashlib.sha256(data).hexdigest()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self._link_previous(str(rel), path, sha):
            path.write_bytes(data)
        self.manifest[str(rel)] = (key, sha)
        return sha

    def reuse(self, rel: PurePosixPath | str, key: str) -> bool:
        """Link the old file when it was made from the same inputs (key); False when it must be rendered."""
        old = self.previous.get(str(rel))
        if not old or not key or old[0] != key:
            return False
        path = self._inside(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self._link_previous(str(rel), path, old[1]):
            return False
        self.manifest[str(rel)] = old
        return True

    def reuse_tree(self, rel: str) -> bool:
        """Hard-link a whole folder of the old output (the search bundle) into the new one."""
        old = self.out / rel
        if not old.is_dir():
            return False
        shutil.copytree(old, self._inside(rel), copy_function=_link_or_copy)
        return True

    def _link_previous(self, rel: str, path: Path, sha: str) -> bool:
        old = self.previous.get(rel)
        if not old or old[1] != sha:
            return False
        try:
            os.link(self.out / rel, path)
            return True
        except OSError:
            return False

    def _inside(self, rel: PurePosixPath | str) -> Path:
        """The path in the fresh folder; routes come from slugs, but check anyway (no '..', not absolute)."""
        _check_inside(rel)
        return self.tmp.joinpath(*PurePosixPath(rel).parts)

    def __exit__(self, kind, value, traceback) -> None:
        try:
            if kind is not None:
                shutil.rmtree(self.tmp, ignore_errors=True)
                return
            self.build_id = manifest_id(self.manifest)
            write_marker(self.tmp, self.build_id)
            os.chmod(self.tmp, 0o755)  # mkdtemp makes it 0700; static hosts need to read it
            old = None
            if os.path.lexists(self.out):
                old = _old_name(self.out)  # the old output on its way out (see remove_leftovers)
                os.rename(self.out, old)
            os.replace(self.tmp, self.out)
            if old is not None:
                _remove(old)
        finally:
            if self.lock is not None:
                os.close(self.lock)


class InPlaceOutput(_Output):
    """For a rebuild that changes a few files: collect them in memory, then replace them in place.

    Same interface as AtomicOutput. Nothing is touched until every page has rendered, so a failed
    build still leaves the previous output as it was; unchanged files are not touched at all
    (a rebuild with no change writes nothing). Each file is replaced atomically (write + rename).
    """

    writes_anywhere = False  # pending files are kept in this process's memory

    def __init__(self, out: Path, previous: dict[str, tuple[str, str]]):
        self.out = self.tmp = out
        self.build_id = ""
        self.previous = _inside_only(previous)  # it lists files to delete: never anything outside
        self.manifest: dict[str, tuple[str, str]] = {}
        self.pending: dict[str, bytes] = {}

    def __enter__(self) -> "InPlaceOutput":
        return self

    def write(self, rel: PurePosixPath | str, data: bytes, key: str = "") -> str:
        _check_inside(rel)
        sha = hashlib.sha256(data).hexdigest()
        if self.previous.get(str(rel), ("", ""))[1] != sha or not (self.out / rel).exists():
            self.pending[str(rel)] = data
        self.manifest[str(rel)] = (key, sha)
        return sha

    def reuse(self, rel: PurePosixPath | str, key: str) -> bool:
        old = self.previous.get(str(rel))
        if not old or not key or old[0] != key or not os.path.exists(os.path.join(self.out, rel)):
            return False
        self.manifest[str(rel)] = old
        return True

    def reuse_tree(self, rel: str) -> bool:
        return (self.out / rel).is_dir()

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            return
        for rel, data in sorted(self.pending.items()):
            path = self.out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f".{path.name}.part")
            part.write_bytes(data)
            os.replace(part, path)
        for rel in sorted(set(self.previous) - set(self.manifest), reverse=True):
            path = self.out / rel
            path.unlink(missing_ok=True)
            for parent in path.parents:  # remove folders the deleted pages leave empty
                if parent == self.out or any(parent.iterdir()):
                    break
                parent.rmdir()
        self.build_id = manifest_id(self.manifest)
        if read_build_id(self.out) != self.build_id:  # the same output: nothing at all is written
            write_marker(self.out, self.build_id)


# What a build leaves beside the output when it is killed outright: its fresh folder (mkdtemp's
# 8-character suffix), or the old output it had just moved aside.
_LEFTOVER = re.compile(r"-(new|old)-[a-z0-9_]{8}")
LEFTOVER_GRACE = 60.0  # seconds: a fresh folder younger than this may belong to a build not yet holding its lock


def remove_leftovers(out: Path, removing: Callable[[Path], None] = lambda folder: None) -> list[Path]:
    """Clear away what builds killed outright left beside `out` (calling removing(folder) before
    deleting one); returns what was deleted.

    A running build holds a lock on its fresh -new- folder (_hold) until it ends, so one whose
    lock can be taken is a dead build's; a build merely paused (Ctrl-Z, a sleeping laptop) still
    holds it. An -old- folder is the old output, moved aside just before the new one is moved in:
    garbage once `out` exists again, and otherwise the last output, which is put back (a build
    killed between the two moves), unless a build still running is about to move its own in.
    """
    prefix = f".{out.name}"
    new, old = [], []
    for entry in sorted(out.parent.glob(f"{glob.escape(prefix)}-*-*")):
        kind = _LEFTOVER.fullmatch(entry.name[len(prefix):])
        if kind and kind.group(1) == "old":
            old.append(entry)
        elif kind and entry.is_dir() and not entry.is_symlink():
            new.append(entry)
    dead = [entry for entry in new if _dead(entry)]
    if old and not os.path.lexists(out):  # listed first, then looked at: see the docstring
        if len(dead) < len(new):
            return []  # a build is still running: it may be between its two moves
        last = max(old, key=lambda entry: entry.lstat().st_mtime)
        inside = last / "previous"  # where earlier versions of jobboard moved it
        source = inside if not last.is_symlink() and inside.is_dir() else last
        if (source / MARKER).exists():
            os.rename(source, out)
    removed = []
    for entry in dead + [entry for entry in old if os.path.lexists(entry)]:
        removing(entry)
        _remove(entry)
        removed.append(entry)
    return removed


def _remove(folder: Path) -> None:
    """Delete an old output folder, or the symbolic link that stood for it."""
    if folder.is_symlink():
        folder.unlink()
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _hold(folder: Path) -> int | None:
    """Lock folder for as long as the returned descriptor is open (None where locks are not available)."""
    try:
        import fcntl
        fd = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _dead(folder: Path) -> bool:
    """Whether folder is a fresh folder whose build is gone: old enough and its lock free."""
    try:
        if time.time() - folder.stat().st_mtime < LEFTOVER_GRACE:
            return False
    except OSError:
        return False
    fd = _hold(folder)
    if fd is None:
        return False  # locked by a live build, or locks are not available here: keep it
    os.close(fd)
    return True


def _old_name(out: Path) -> Path:
    """A name beside out, unused, for the old output on its way out."""
    while True:
        old = out.with_name(f".{out.name}-old-{secrets.token_hex(4)}")
        if not os.path.lexists(old):
            return old


def _inside_only(manifest: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The entries of a manifest read from the cache that name a path inside the output."""
    return {rel: entry for rel, entry in manifest.items() if _is_inside(rel)}


def _is_inside(rel: str) -> bool:
    """Whether a relative POSIX path names something inside the output folder (not the folder
    itself): not empty, not absolute, no '..'."""
    parts = [part for part in rel.split("/") if part not in ("", ".")]
    return bool(parts) and rel[0] != "/" and "\x00" not in rel and ".." not in parts


def _check_inside(rel: PurePosixPath | str) -> None:
    if not _is_inside(str(rel)):
        raise JobboardError(f"refusing to write {rel}: outside the output folder")
