"""The build cache in <site>/.jobboard-cache/: rendered bodies by content hash, and what each output
file was made from, so a rebuild renders and writes only what changed.

It is only ever a shortcut: deleting the folder gives a clean build with the same output. A cache
that cannot be read is thrown away, never an error.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import Iterable

CACHE_DIR = ".jobboard-cache"
_SCHEMA = 4


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
        if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
            db.executescript("DROP TABLE IF EXISTS bodies; DROP TABLE IF EXISTS outputs; DROP TABLE IF EXISTS parsed; "
                             "DROP TABLE IF EXISTS meta;")
            db.execute(f"PRAGMA user_version = {_SCHEMA}")
        db.execute("CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, html TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
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

    def put_bodies(self, bodies: dict[str, str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?)", bodies.items())
        self.db.commit()

    def parsed(self, keys: list[str]) -> dict[str, object]:
        """Postings read before from files with exactly these bytes (see reader.read_postings)."""
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = f"SELECT key, data FROM parsed WHERE key IN ({','.join('?' * len(chunk))})"
            for key, data in self.db.execute(query, chunk):
                try:
                    found[key] = pickle.loads(data)
                except Exception:  # an old or damaged entry: read the file again
                    continue
        return found

    def put_parsed(self, items: dict[str, object]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?)",
                            ((key, pickle.dumps(value, protocol=5)) for key, value in items.items()))
        self.db.commit()

    def get_meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
        self.db.commit()

    def outputs(self, out: Path) -> dict[str, tuple[str, str]]:
        rows = self.db.execute("SELECT path, page_key, sha FROM outputs WHERE out = ?", (str(out.resolve()),))
        return {path: (key, sha) for path, key, sha in rows}

    def save_outputs(self, out: Path, outputs: dict[str, tuple[str, str]]) -> None:
        where = str(out.resolve())
        self.db.execute("DELETE FROM outputs WHERE out = ?", (where,))
        self.db.executemany("INSERT INTO outputs VALUES (?, ?, ?, ?)",
                            ((where, path, key, sha) for path, (key, sha) in outputs.items()))
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def digest(*parts: str | bytes, prefix: "hashlib._Hash | None" = None) -> str:
    """A short stable hash of the parts, for cache keys (after a precomputed prefix, when given)."""
    h = prefix.copy() if prefix is not None else hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        h.update(b"\x00")
    return h.hexdigest()[:32]
