"""The build cache in <site>/.jobboard-cache/: rendered bodies by content hash, and what each output
file was made from, so a rebuild renders and writes only what changed.

It is only ever a shortcut: deleting the folder gives a clean build with the same output. A cache
that cannot be read is thrown away, never an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Iterable

from .errors import Problem
from .model import Posting, Salary, Source

CACHE_DIR = ".jobboard-cache"
_SCHEMA = 7


class BuildCache:
    """A small SQLite file: bodies(key -> html) and outputs(output folder, path -> page key, sha256)."""

    def __init__(self, site: Path):
        folder = site / CACHE_DIR
        self.path = folder / "build.sqlite"
        try:
            folder.mkdir(exist_ok=True)
            self.db = self._open()
        except (OSError, sqlite3.Error):
            self.path.unlink(missing_ok=True)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode = WAL")  # a cache: no need to wait for the disk on every commit
        db.execute("PRAGMA synchronous = NORMAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
            db.executescript("DROP TABLE IF EXISTS bodies; DROP TABLE IF EXISTS outputs; DROP TABLE IF EXISTS parsed; "
                             "DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS files;")
            db.execute(f"PRAGMA user_version = {_SCHEMA}")
        db.execute("CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, html TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, data TEXT NOT NULL, body TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, rules TEXT, size INTEGER, mtime INTEGER, "
                   "ctime INTEGER, key TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS outputs (out TEXT, path TEXT, page_key TEXT, sha TEXT, "
                   "PRIMARY KEY (out, path))")
        return db

    def bodies(self, keys: Iterable[str]) -> dict[str, str]:
        keys, found = list(keys), {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = f"SELECT key, html FROM bodies WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(self.db.execute(query, chunk).fetchall())
        return found

    def known_bodies(self, keys: Iterable[str]) -> set[str]:
        """Which of these bodies are in the cache (without reading them)."""
        keys, found = list(keys), set()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = f"SELECT key FROM bodies WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(key for key, in self.db.execute(query, chunk))
        return found

    def put_bodies(self, bodies: dict[str, str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?)", bodies.items())
        self.db.commit()

    def parsed(self, keys: list[str]) -> dict[str, object]:
        """Postings read before from files with exactly these bytes (see reader.read_postings)."""
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = f"SELECT key, data, body FROM parsed WHERE key IN ({','.join('?' * len(chunk))})"
            for key, data, body in self.db.execute(query, chunk):
                try:
                    found[key] = _decode_parsed(json.loads(data), body)
                except (ValueError, TypeError, KeyError):  # an old or damaged entry: read the file again
                    continue
        return found

    def put_parsed(self, items: dict[str, object]) -> None:
        # JSON, not pickle: a cache file smuggled into a pull request must not be able to run code
        self.db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?)",
                            (_encode_parsed(key, value) for key, value in items.items()))
        self.db.commit()

    def file_index(self, rules: str) -> dict[str, tuple[int, int, int, str]]:
        """{posting path: (size, mtime_ns, ctime_ns, key)} of files read before under these rules."""
        rows = self.db.execute("SELECT path, size, mtime, ctime, key FROM files WHERE rules = ?", (rules,))
        return {path: (size, mtime, ctime, key) for path, size, mtime, ctime, key in rows}

    def set_file_index(self, rules: str, entries: dict[str, tuple[int, int, int, str]]) -> None:
        self.db.execute("DELETE FROM files")
        self.db.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                            ((path, rules, *entry) for path, entry in entries.items()))
        self.db.commit()

    def get_meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
        self.db.commit()

    def forget(self, out: Path) -> None:
        """Drop what is known about an output folder (done before a build starts changing it)."""
        where = str(out.resolve())
        self.db.execute("DELETE FROM meta WHERE name IN (?, ?)", (f"build:{where}", f"snapshot:{where}"))
        self.db.commit()

    def outputs(self, out: Path) -> dict[str, tuple[str, str]]:
        rows = self.db.execute("SELECT path, page_key, sha FROM outputs WHERE out = ?", (str(out.resolve()),))
        return {path: (key, sha) for path, key, sha in rows}

    def save_outputs(self, out: Path, outputs: dict[str, tuple[str, str]],
                     previous: dict[str, tuple[str, str]] | None = None) -> None:
        """Record what the output now holds; with `previous` (what it held), only the differences."""
        where = str(out.resolve())
        if previous is None:
            self.db.execute("DELETE FROM outputs WHERE out = ?", (where,))
            previous = {}
        self.db.executemany("DELETE FROM outputs WHERE out = ? AND path = ?",
                            ((where, path) for path in previous.keys() - outputs.keys()))
        self.db.executemany("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?)",
                            ((where, path, key, sha) for path, (key, sha) in outputs.items()
                             if previous.get(path) != (key, sha)))
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def _encode_parsed(key: str, value) -> tuple[str, str, str | None]:
    """(key, the posting's fields and problems as JSON, its body apart: a long text decodes faster as a column)."""
    posting, problems = value
    data = asdict(posting) if posting is not None else None
    body = None
    if data:
        body = data.pop("body")
        for name in ("date", "valid_through", "updated"):
            data[name] = data[name].isoformat() if data[name] else None
    return key, json.dumps({"posting": data, "problems": [asdict(p) for p in problems]}), body


def _decode_parsed(data: dict, body: str | None):
    problems = [Problem(**p) for p in data["problems"]]
    fields = data["posting"]
    if fields is None:
        return None, problems
    for name in ("date", "valid_through", "updated"):
        fields[name] = dt.date.fromisoformat(fields[name]) if fields[name] else None
    for name in ("cities", "tags", "review"):
        fields[name] = tuple(fields[name])
    fields["salary"] = Salary(**fields["salary"]) if fields["salary"] else None
    fields["source"] = Source(**fields["source"]) if fields["source"] else None
    return Posting(body=body or "", **fields), problems


def digest(*parts: str | bytes, prefix: "hashlib._Hash | None" = None) -> str:
    """A short stable hash of the parts, for cache keys (after a precomputed prefix, when given)."""
    h = prefix.copy() if prefix is not None else hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        h.update(b"\x00")
    return h.hexdigest()[:32]
