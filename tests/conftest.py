"""Shared fixtures: small sites written into temp folders, and a local static server."""

from __future__ import annotations

import functools
import os
import http.server
import shutil
import socket
import textwrap
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def private_cache_home(tmp_path_factory):
    """Build caches keep their owner tokens under $XDG_CACHE_HOME: the tests use their own."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


def write_posting(site: Path, name: str, front: str, body: str = "Some text.\n") -> Path:
    """Write content/jobs/<name>.md with the given front matter lines and body."""
    path = site / "content" / "jobs" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{textwrap.dedent(front).strip()}\n---\n{body}", encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An empty site folder with a jobboard.toml: per_page 2, so pagination shows with few postings;
    no search index (tests of search build their own) and no expiry by age."""
    folder = tmp_path / "site"
    (folder / "content" / "jobs").mkdir(parents=True)
    (folder / "jobboard.toml").write_text(
        'title = "Test board"\nbase_url = "https://jobs.example.org/"\nper_page = 2\nsearch = false\n'
        'max_age_days = 0\n', encoding="utf-8")
    return folder


@pytest.fixture
def reference_site(tmp_path: Path) -> Path:
    """A copy of this repository's own site: config, content, templates and static files."""
    folder = tmp_path / "reference"
    folder.mkdir()
    shutil.copy(REPO / "jobboard.toml", folder)
    for name in ("content", "templates", "static"):
        shutil.copytree(REPO / name, folder / name)
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder under a sub-path such as /board/, as GitHub Pages does; 404 elsewhere."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def serve():
    """serve(folder, port, prefix) -> base URL; the server stops after the test."""
    servers = []

    def start(folder: Path, port: int, prefix: str = "/") -> str:
        handler = type("Handler", (_PrefixHandler,), {"prefix": prefix})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                                 functools.partial(handler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{port}{prefix}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
