"""`jobboard serve`: a local preview that rebuilds when the site changes and reloads open pages.

The preview is built into .jobboard-cache/serve/ (the real output/ is left alone) with base_url
set to the local address. A watcher told of changes by the system (watchdog) rebuilds
incrementally when content, templates, static files, data, root/ or jobboard.toml change. Pages get
a small script that listens on /__jobboard/events: it reloads after a good build and shows the
problems over the page after a failed one, while the last good build keeps being served.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import http.server
import json
import queue
import socket
import sys
import threading
import time
from pathlib import Path

from .build import build
from .cache import CACHE_DIR
from .config import CONFIG_NAME, load_config
from .errors import JobboardError
from .progress import Progress
from .snapshot import input_roots, input_snapshot
from .writer import write_marker

EVENTS = "/__jobboard/events"
CLIENT = b"""<script>(function () {
  var built = "__BUILD__";
  var source = new EventSource("/__jobboard/events");
  source.addEventListener("reload", function (event) { if (event.data !== built) location.reload(); });
  source.addEventListener("problems", function (event) {
    var box = document.getElementById("jobboard-problems") || document.createElement("pre");
    box.id = "jobboard-problems";
    box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;" +
      "background:#2b0d0d;color:#ffd7d7;font:13px/1.5 ui-monospace,monospace;z-index:99999;white-space:pre-wrap";
    box.textContent = "jobboard build failed (the last good build is shown):\\n\\n" + JSON.parse(event.data).join("\\n");
    document.body.appendChild(box);
  });
})();</script>"""


class Preview:
    """The state shared by the server threads and the watcher: listeners and the last problems."""

    def __init__(self, site: Path, out: Path, base_url: str):
        self.site, self.out, self.base_url = site, out, base_url
        self.listeners: list[queue.Queue] = []
        self.problems: list[str] = []
        self.lock = threading.Lock()
        self.generation = 0  # good builds so far: a page knows the one it came from

    def rebuild(self) -> bool:
        """Build; tell open pages to reload, or show them the problems. True when the build worked."""
        try:
            result = build(self.site, out=self.out, base_url=self.base_url, progress=Progress())
        except (JobboardError, OSError, ValueError) as exc:
            problems = [str(p) for p in exc.problems] if isinstance(exc, JobboardError) else [f"error: {exc}"]
            if problems != self.problems:  # an editor saving in steps rebuilds two or three times
                print("\n".join(problems), file=sys.stderr, flush=True)
            self.problems = problems
            self._send("problems", json.dumps(self.problems))
            return False
        self.problems = []
        self.generation += 1
        print(f"{result.summary()} ({result.rendered} rendered)", flush=True)
        self._send("reload", str(self.generation))
        return True

    def _send(self, event: str, data: str) -> None:
        with self.lock:
            for listener in self.listeners:
                listener.put((event, data))


def watched_state(site: Path) -> str:
    """A hash of every input a build reads (content folder from the settings, templates, static, ...)."""
    return input_snapshot(site, _content_dir(site), (), dt.date.today())


def _content_dir(site: Path) -> str:
    try:
        return load_config(site).content_dir
    except JobboardError:
        return "content"  # broken settings: still watch, so fixing them rebuilds


class Watcher:
    """Rebuilds whenever a watched file is added, changed or removed.

    It is told of changes from the moment it is made: make it before the first build, so a file
    saved during that build is not missed. The system tells when something under the inputs
    changed (watchdog: inotify, FSEvents, ...); where it cannot, the inputs are looked at every
    `interval` seconds. Looking at them costs 70 ms at 10,000 postings, so polling kept a seventh
    of a core busy; now it is done only after a change, to tell a real one (a file's contents, not
    its access time) from noise.
    """

    def __init__(self, site: Path, interval: float = 0.5):
        self.site, self.interval = site, interval
        self.changed = threading.Event()
        self.observer = _observe(site, self.changed)
        self.seen = watched_state(site)

    def run(self, preview: Preview) -> None:
        """Watch until interrupted (in the main thread, so the time limit on pathological Markdown works)."""
        try:
            while True:
                if self.observer is not None:
                    if not self.changed.wait(1.0):
                        continue
                    time.sleep(0.05)  # an editor saves in steps: take them as one change
                    self.changed.clear()
                    if self.observer.rearm:  # an input folder came or went
                        self.observer = _observe(self.site, self.changed, self.observer)
                else:
                    time.sleep(self.interval)
                now = watched_state(self.site)
                if now != self.seen:
                    self.seen = now
                    preview.rebuild()
        finally:
            if self.observer is not None:
                self.observer.stop()


def _observe(site: Path, changed: threading.Event, previous=None):
    """An observer that sets `changed` on any change to the site's inputs, or None (poll instead).

    It watches each input folder the snapshot covers (content, templates, static, data, root, the
    theme, jobboard's code) with its subfolders, and for one not there (yet) the nearest folder
    above it, to see it come; never the whole site folder: the outputs (output/,
    .jobboard-cache/serve/) hold a folder per page, more watches than the system allows, and
    change with every build. When an input folder, or one above it, comes, goes or is renamed,
    or jobboard.toml changes (content_dir may move), observer.rearm asks for a new observer.
    """
    if previous is not None:
        previous.stop()
    try:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer
    except ImportError:
        return None
    site = site.resolve()
    roots = {root.resolve() for root in input_roots(site, _content_dir(site))}  # what the snapshot covers
    watched = {site: False}  # folder -> with its subfolders
    for root in roots:
        if root.is_dir():
            watched[root] = True
        else:
            above = next((folder for folder in root.parents if folder.is_dir()), None)
            if above is not None:
                watched.setdefault(above, False)

    def settings(path: Path) -> bool:
        return path.name == CONFIG_NAME and path.parent == site

    def relevant(path: Path) -> bool:
        return settings(path) or ("__pycache__" not in path.parts
                                  and any(path == r or r in path.parents or path in r.parents for r in roots))

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if event.event_type in ("opened", "closed_no_write") or (event.is_directory and event.event_type == "modified"):
                return  # read, not changed (a build reads every input); or a folder whose entry reports itself
            paths = [Path(p).resolve() for p in (event.src_path, getattr(event, "dest_path", "")) if p]
            if not any(relevant(path) for path in paths):
                return  # the site folder's other entries: output/, .jobboard-cache/, .git/ ...
            if any(settings(path) or (event.is_directory and any(path == r or path in r.parents for r in roots))
                   for path in paths):
                observer.rearm = True  # where to watch changed
            changed.set()

    observer = Observer()
    observer.rearm = False
    try:
        for folder, recursive in sorted(watched.items()):
            observer.schedule(Handler(), str(folder), recursive=recursive)
        observer.daemon = True
        observer.start()
    except OSError:  # too many folders for the system's watches (inotify's limit): poll
        observer.stop()
        return None
    return observer


def make_handler(preview: Preview):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            if self.path == EVENTS:
                return self._events()
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix == ".html" and path.is_file():
                return self._html(path)
            missing = Path(self.directory) / "404.html"
            if not path.exists() and missing.is_file():
                return self._html(missing, 404)  # the site's own page, as a static host shows it
            return super().do_GET()

        def _html(self, path: Path, status: int = 200) -> None:
            body = path.read_bytes()
            client = CLIENT.replace(b"__BUILD__", str(preview.generation).encode())
            body = body.replace(b"</body>", client + b"\n</body>", 1) if b"</body>" in body else body + client
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            listener: queue.Queue = queue.Queue()
            with preview.lock:
                preview.listeners.append(listener)
            listener.put(("reload", str(preview.generation)))  # a page served before the last build reloads now
            if preview.problems:
                listener.put(("problems", json.dumps(preview.problems)))
            try:
                while True:
                    try:
                        event, data = listener.get(timeout=15)
                        self.wfile.write(f"event: {event}\ndata: {data}\n\n".encode())
                    except queue.Empty:
                        self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                with preview.lock:
                    preview.listeners.remove(listener)

        def log_message(self, *args) -> None:
            pass

    return Handler


def serve(site: Path, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Build, serve on host:port and rebuild on change, until interrupted."""
    out = site / CACHE_DIR / "serve"
    preview = Preview(site, out, f"http://{host}:{port}/")
    handler = functools.partial(make_handler(preview), directory=str(out))
    try:  # before the first build: a port in use is said at once
        server = http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:  # no such name, not this machine's
            raise JobboardError(f"cannot serve on {host}:{port}: {exc.strerror} — check --host") from None
        raise JobboardError(f"cannot serve on {host}:{port}: {exc.strerror} — choose another --port") from None
    watcher = Watcher(site)
    if not preview.rebuild() and not (out / "index.html").exists():
        out.mkdir(parents=True, exist_ok=True)
        write_marker(out, "first-build-failed")  # so the next build may replace this placeholder
        (out / "index.html").write_text("<!doctype html><title>jobboard</title><body><p>The first build failed; "
                                        "fix the problems and this page reloads.</p></body>", encoding="utf-8")
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Serving {site} at http://{host}:{port}/ — rebuilding on change; Ctrl+C to stop", flush=True)
    try:
        watcher.run(preview)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0
