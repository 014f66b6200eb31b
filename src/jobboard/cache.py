"""The build cache in <site>/.jobboard-cache/: rendered bodies by content hash, and what each output
file was made from, so a rebuild renders and writes only what changed.

It is only ever a shortcut: deleting the folder gives a clean build with the same output. A cache
that cannot be read is thrown away, never an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import os
import pickle
import secrets
import sqlite3
from dataclasses import astuple, fields
from pathlib import Path
from typing import Callable, Iterable

from .errors import Problem
from .model import Posting, Salary, Source

CACHE_DIR = ".jobboard-cache"
_SCHEMA = 12


class BuildCache:
    """A small SQLite file: bodies(key -> html) and outputs(output folder, path -> page key, sha256)."""

    def __init__(self, site: Path):
        folder = site / CACHE_DIR
        self.path = folder / "build.sqlite"
        self._pid = os.getpid()
        try:
            folder.mkdir(exist_ok=True)
            self.db = self._open()
        except (OSError, sqlite3.Error):
            self.path.unlink(missing_ok=True)
            self.db = self._open()
        self._claim(site)

    def _claim(self, site: Path) -> None:
        """Use only a cache this user's own builds wrote: its random owner token must match the one
        kept outside the site (in the user's cache folder). A cache file that arrived with the
        site, say committed in a pull request, does not match and is emptied before use. The
        cache holds only a hash of the token; the token itself signs the listing rows (RowStore),
        so even a copy of this cache file cannot be used to forge them."""
        token_file = owner_tokens() / hashlib.sha256(str(site.resolve()).encode()).hexdigest()[:32]
        try:
            token = token_file.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            token = ""
        if token and self.get_meta("owner") == _token_hash(token):
            self.secret = token.encode()
            return
        for table in ("bodies", "parsed", "blobs", "meta", "outputs", "rows"):
            self.db.execute(f"DELETE FROM {table}")
        token = secrets.token_hex(16)
        token_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(token)
        self.set_meta("owner", _token_hash(token))
        self.secret = token.encode()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode = WAL")  # a cache: no need to wait for the disk on every commit
        db.execute("PRAGMA synchronous = NORMAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
            db.executescript("DROP TABLE IF EXISTS bodies; DROP TABLE IF EXISTS outputs; DROP TABLE IF EXISTS parsed; "
                             "DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS blobs; "
                             "DROP TABLE IF EXISTS rows;")
            db.execute(f"PRAGMA user_version = {_SCHEMA}")
        db.execute("CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, html TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS outputs (out TEXT, path TEXT, page_key TEXT, sha TEXT, "
                   "PRIMARY KEY (out, path))")
        db.execute("CREATE TABLE IF NOT EXISTS rows (name TEXT, slug TEXT, key TEXT NOT NULL, html TEXT NOT NULL, "
                   "signature TEXT NOT NULL, PRIMARY KEY (name, slug))")
        return db

    def connection(self) -> sqlite3.Connection:
        """This process's connection: a forked worker opens its own, never using the parent's."""
        if os.getpid() == self._pid:
            return self.db
        if _WORKER_DB.get("pid") != os.getpid():
            _WORKER_DB.update(pid=os.getpid(), db=sqlite3.connect(self.path, timeout=60))
        return _WORKER_DB["db"]

    def bodies(self, keys: Iterable[str]) -> dict[str, str]:
        keys, found = list(keys), {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = f"SELECT key, html FROM bodies WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(self.db.execute(query, chunk).fetchall())
        return found

    def has_body(self, key: str) -> bool:
        """Whether the cache holds this body (asked from any process, forked workers too)."""
        try:
            return self.connection().execute("SELECT 1 FROM bodies WHERE key = ?", (key,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def known_bodies(self, keys: Iterable[str]) -> set[str]:
        """Which of these bodies are in the cache (without reading them)."""
        keys, found = list(keys), set()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            query = f"SELECT key FROM bodies WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(key for key, in self.db.execute(query, chunk))
        return found

    def prune_bodies(self, keep: set[str]) -> None:
        """Forget bodies no posting has any more, once they outnumber the ones in use."""
        stale = [(key,) for key, in self.db.execute("SELECT key FROM bodies") if key not in keep]
        if len(stale) > len(keep):
            self.db.executemany("DELETE FROM bodies WHERE key = ?", stale)
            self.db.commit()

    def put_bodies(self, bodies: dict[str, str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO bodies VALUES (?, ?)", bodies.items())
        self.db.commit()

    def parsed(self, keys: list[str]) -> dict[str, object]:
        """Postings read before from files with exactly these bytes (see reader.read_postings),
        without their bodies (body ""): most builds need few of them (see reader.read_body)."""
        wanted, found, stale = set(keys), {}, []
        for key, data in self.db.execute("SELECT key, data FROM parsed"):  # one pass beats 10,000 lookups
            if key not in wanted:
                stale.append((key,))
                continue
            try:
                found[key] = _decode_parsed(data)
            except (pickle.UnpicklingError, ValueError, TypeError, KeyError, EOFError):  # old or damaged
                continue
        if len(stale) > len(wanted):  # files since changed or removed: keep the table near the site's size
            self.db.executemany("DELETE FROM parsed WHERE key = ?", stale)
            self.db.commit()
        return found

    def parsed_keys(self) -> set[str]:
        """The hashes of the files whose parsed postings the cache holds."""
        return {key for key, in self.db.execute("SELECT key FROM parsed")}

    def put_parsed(self, items: dict[str, object]) -> None:
        if items:
            self.db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?)",
                                (_encode_parsed(key, value) for key, value in items.items()))
            self.db.commit()

    def file_index(self, rules: str) -> dict[str, tuple[int, int, int, str]]:
        """{posting path: (size, mtime_ns, ctime_ns, key)} of files read before under these rules."""
        row = self.db.execute("SELECT value FROM blobs WHERE name = ?", (f"files:{rules}",)).fetchone()
        try:
            index = _PlainUnpickler(io.BytesIO(row[0])).load() if row else {}
        except (pickle.UnpicklingError, ValueError, TypeError, EOFError):
            return {}
        valid = isinstance(index, dict) and all(type(v) is tuple and len(v) == 4 for v in index.values())
        return index if valid else {}

    def set_file_index(self, rules: str, entries: dict[str, tuple[int, int, int, str]]) -> None:
        self.db.execute("DELETE FROM blobs WHERE name LIKE 'files:%'")
        self.db.execute("INSERT INTO blobs VALUES (?, ?)", (f"files:{rules}", pickle.dumps(entries, protocol=5)))
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

    def prune_rows(self, slugs: set[str]) -> None:
        """Forget the rows of postings that are gone, once they are many."""
        stale = [(slug,) for slug, in self.db.execute("SELECT DISTINCT slug FROM rows") if slug not in slugs]
        if len(stale) > max(100, len(slugs) // 10):
            self.db.executemany("DELETE FROM rows WHERE slug = ?", stale)
            self.db.commit()

    def close(self) -> None:
        self.db.close()


_WORKER_DB: dict = {}  # a forked worker's own connection to the cache


class RowStore:
    """Listing rows rendered by render_cached(name, posting), kept between builds, in any process.

    A row is stored by template and posting slug with a key: a hash of the salt (the theme and
    settings fingerprint), the template name, the posting's identity (ident(slug): its file's hash
    and dates) and whether it is expired. A row template sees only the posting and the globals,
    all covered by that key, so a stored row with the same key is the row it would render.
    Rows are HTML put into pages as they are, so each is signed with the cache owner's secret
    (kept outside the site): a row that was not written by this user's builds is not used. A
    cache that cannot be read or written only means rows are rendered again.
    """

    def __init__(self, cache: BuildCache, salt: str, ident: Callable[[str], str]):
        self.cache, self.salt, self.ident = cache, salt, ident
        self.pending: list[tuple[str, str, str, str, str]] = []

    def key(self, name: str, slug: str, expired: bool) -> str:
        return digest(self.salt, name, self.ident(slug), str(expired))

    def _sign(self, key: str, html: str) -> str:
        return hmac.new(self.cache.secret, f"{key}\x00{html}".encode("utf-8", "surrogatepass"), "sha256").hexdigest()

    def get(self, name: str, slug: str, key: str) -> str | None:
        try:
            row = self.cache.connection().execute(
                "SELECT html, signature FROM rows WHERE name = ? AND slug = ? AND key = ?", (name, slug, key)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or not all(isinstance(value, str) for value in row):
            return None
        if not hmac.compare_digest(row[1].encode("utf-8", "surrogatepass"), self._sign(key, row[0]).encode()):
            return None
        return row[0]

    def put(self, name: str, slug: str, key: str, html: str) -> None:
        self.pending.append((name, slug, key, html, self._sign(key, html)))

    def flush(self) -> None:
        """Store the rows rendered since the last flush (workers call it after each batch of pages)."""
        if self.pending:
            try:
                db = self.cache.connection()
                db.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?, ?)", self.pending)
                db.commit()
            except sqlite3.Error:
                pass  # not stored: rendered again next time
            self.pending.clear()


# Parsed postings are stored as pickles of plain values (str, int, bool, None, tuple, list, dict),
# read back by an unpickler that refuses every class and function: a cache file smuggled into a pull
# request cannot run code. Dates are ISO strings.
_FIELDS = tuple(f.name for f in fields(Posting) if f.name != "body")
_DATES = ("date", "valid_through", "updated")


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name}: only plain values are read from the cache")


def _token_hash(token: str) -> str:
    return hashlib.sha256(f"jobboard owner {token}".encode()).hexdigest()


def owner_tokens() -> Path:
    """Where the owner tokens of this user's build caches are kept: $XDG_CACHE_HOME/jobboard/owners."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jobboard" / "owners"


def _encode_parsed(key: str, value) -> tuple[str, bytes]:
    """(key, the posting's fields and problems without the body: builds seldom need it, and it is in the file)."""
    posting, problems = value
    row = None
    if posting is not None:
        row = tuple(_plain(name, getattr(posting, name)) for name in _FIELDS)
    data = pickle.dumps((row, [astuple(p) for p in problems]), protocol=pickle.HIGHEST_PROTOCOL)
    return key, data


def _plain(name: str, value):
    if name in _DATES:
        return value.isoformat() if value else None
    if isinstance(value, (Salary, Source)):
        return astuple(value)
    return value


def _decode_parsed(data: bytes):
    row, problems = _PlainUnpickler(io.BytesIO(data)).load()
    problems = [Problem(*p) for p in problems]
    if row is None:
        return None, problems
    values = dict(zip(_FIELDS, row, strict=True))
    for name in _DATES:
        values[name] = dt.date.fromisoformat(values[name]) if values[name] else None
    values["salary"] = Salary(*values["salary"]) if values["salary"] else None
    values["source"] = Source(*values["source"]) if values["source"] else None
    posting = object.__new__(Posting)  # every field is set here: faster than Posting(...) for 100,000
    posting.__dict__.update(values, body="")
    return posting, problems


def digest(*parts: str | bytes, prefix: "hashlib._Hash | None" = None) -> str:
    """A short stable hash of the parts, for cache keys (after a precomputed prefix, when given)."""
    h = prefix.copy() if prefix is not None else hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        h.update(b"\x00")
    return h.hexdigest()[:32]
