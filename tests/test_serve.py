"""`jobboard serve` outside the browser: its arguments, its port, its 404 page, its messages."""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import free_port, write_posting
from jobboard.cli import main
from jobboard.serve import Preview

POSTING = """
    title: Data Engineer
    company: Acme
    cities: [Berlin]
    country: DE
    remote: hybrid
    tags: [python]
    date: 2026-11-01
    apply_url: https://example.com/apply
    """


def test_a_port_out_of_range_is_a_usage_error_before_any_build(site, capsys):
    write_posting(site, "data-engineer", POSTING)
    for port in ("99999", "-1", "0", "http"):
        assert main(["serve", "--site", str(site), "--port", port]) == 2
        assert f"'{port}' is not a port: use a number from 1 to 65535" in capsys.readouterr().err
    assert not (site / ".jobboard-cache").exists()


def test_a_port_in_use_is_said_at_once_before_any_build(site, capsys):
    write_posting(site, "data-engineer", POSTING)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--site", str(site), "--port", str(port)]) == 1
    assert f"cannot serve on 127.0.0.1:{port}: Address already in use — choose another --port" in capsys.readouterr().err
    assert not (site / ".jobboard-cache" / "serve").exists()


def test_an_unknown_host_or_another_machines_address_points_at_the_host(site, capsys):
    for host in ("no.such.host.invalid", "192.0.2.1"):  # 192.0.2.1: a documentation address, never this machine's
        assert main(["serve", "--site", str(site), "--host", host]) == 1
        assert capsys.readouterr().err.strip().endswith("— check --host")


def test_an_unknown_address_gets_the_sites_own_404_page(site):
    write_posting(site, "data-engineer", POSTING)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "jobboard", "serve", "--site", str(site), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).close()
                break
            except OSError:
                time.sleep(0.1)
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/jobs/no-such-job/", timeout=5)
            raise AssertionError("no 404")
        except urllib.error.HTTPError as error:
            assert error.code == 404
            page = error.read().decode()
        assert "<h1>This page is not here</h1>" in page and "/__jobboard/events" in page  # it reloads too
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_same_problems_are_printed_once_however_many_rebuilds_find_them(site, tmp_path, capsys):
    write_posting(site, "data-engineer", POSTING.replace("remote: hybrid", "remote: sometimes"))
    preview = Preview(site, tmp_path / "out", "http://127.0.0.1:8000/")
    assert not preview.rebuild() and not preview.rebuild() and not preview.rebuild()
    assert capsys.readouterr().err.count("remote: 'sometimes' is not one of") == 1
    write_posting(site, "data-engineer", POSTING.replace("remote: hybrid", "remote: often"))
    assert not preview.rebuild()
    assert capsys.readouterr().err.count("remote: 'often' is not one of") == 1


def test_a_page_served_before_the_last_build_reloads_as_soon_as_it_listens(site, tmp_path):
    """A page knows the build it came from; a build that ends before its script connects to the
    events (a busy machine, a quick edit) is not missed: the first event names the current build."""
    import functools
    import http.server
    import threading
    from jobboard.serve import make_handler
    write_posting(site, "data-engineer", POSTING)
    preview = Preview(site, tmp_path / "out", "http://127.0.0.1:8000/")
    assert preview.rebuild()
    handler = functools.partial(make_handler(preview), directory=str(preview.out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = urllib.request.urlopen(base + "/jobs/data-engineer/", timeout=5).read().decode()
        assert 'var built = "1";' in page
        write_posting(site, "data-engineer", POSTING.replace("Data Engineer", "Data Architect"))
        assert preview.rebuild()  # before the page's script connects
        with urllib.request.urlopen(base + "/__jobboard/events", timeout=5) as events:
            assert events.readline() == b"event: reload\n" and events.readline() == b"data: 2\n"
        page = urllib.request.urlopen(base + "/jobs/data-engineer/", timeout=5).read().decode()
        assert 'var built = "2";' in page and "Data Architect" in page
    finally:
        server.shutdown()
        server.server_close()


def _serve(site, port):
    return subprocess.Popen([sys.executable, "-m", "jobboard", "serve", "--site", str(site), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def _next_build(server, seconds=20.0, starting="Built"):
    """The summary line of the next build serve prints (or the next line starting so).

    Lines are read by a thread into a queue: a select() on the pipe misses lines that a read has
    already taken into the stream's buffer (two lines printed together: "Built", then "Serving")."""
    import queue
    import threading
    if not hasattr(server, "lines"):
        server.lines = queue.Queue()

        def read():
            try:
                for line in server.stdout:
                    server.lines.put(line)
            except (ValueError, OSError):
                pass  # the test closed the pipe: the server is gone
        threading.Thread(target=read, daemon=True).start()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            line = server.lines.get(timeout=max(0.01, end - time.monotonic()))
        except queue.Empty:
            break
        if line.startswith(starting):
            return line
    raise AssertionError(f"no line starting {starting!r}")


def test_serve_watches_an_input_folder_made_after_it_started(site):
    """The system's file events watch each input folder: one made later is watched from then on."""
    write_posting(site, "data-engineer", POSTING)
    time.sleep(1.1)  # files changed within the last second make every look a change (snapshot.py)
    port = free_port()
    server = _serve(site, port)
    try:
        assert _next_build(server).startswith("Built 1 posting")
        _next_build(server, starting="Serving")
        time.sleep(0.5)  # the watcher starts: templates/ is not there yet
        (site / "templates").mkdir()
        time.sleep(0.5)  # watched from now on (an empty folder changes no page: no build)
        (site / "templates" / "404.html").write_text("<!doctype html><title>Lost</title><p>Not here, sorry.</p>")
        _next_build(server)
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/nope/", timeout=5)
        except urllib.error.HTTPError as error:
            assert "Not here, sorry." in error.read().decode()
        write_posting(site, "data-engineer", POSTING.replace("Data Engineer", "Staff Data Engineer"))
        _next_build(server)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/jobs/data-engineer/", timeout=5).read().decode()
        assert "Staff Data Engineer" in page
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def test_without_file_events_serve_polls(site, monkeypatch):
    import threading

    from jobboard import serve
    monkeypatch.setitem(sys.modules, "watchdog.observers", None)  # as if watchdog could not be imported
    assert serve._observe(site, threading.Event()) is None


def _page(port, path):
    return urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5).read().decode()


def test_serve_follows_input_folders_that_go_come_back_or_move(site):
    """The content folder (content/jobs, two levels down) removed and made again, templates/ renamed
    into place, jobboard.toml replaced by a rename with another content_dir: each change rebuilds,
    and so does every later change inside the folders now in use."""
    import os
    import shutil
    write_posting(site, "data-engineer", POSTING)
    time.sleep(1.1)  # files changed within the last second make every look a change (snapshot.py)
    port = free_port()
    server = _serve(site, port)
    try:
        _next_build(server)
        _next_build(server, starting="Serving")
        time.sleep(0.5)
        shutil.rmtree(site / "content")
        assert _next_build(server).startswith("Built 0 postings")
        write_posting(site, "data-engineer", POSTING.replace("Data Engineer", "Back Again Engineer"))
        assert _next_build(server).startswith("Built 1 posting")
        write_posting(site, "second", POSTING.replace("Data Engineer", "Second Engineer"))  # in the new folder
        assert _next_build(server).startswith("Built 2 postings")

        (site / "templates.new").mkdir()
        (site / "templates.new" / "404.html").write_text("<p>Moved in.</p>")
        os.rename(site / "templates.new", site / "templates")
        _next_build(server)
        (site / "templates" / "404.html").write_text("<p>Edited after the move.</p>")
        _next_build(server)
        try:
            _page(port, "/nope/")
        except urllib.error.HTTPError as error:
            assert "Edited after the move." in error.read().decode()

        write_posting(site.parent / "offers-site", "offer", POSTING.replace("Data Engineer", "Offer Engineer"))
        shutil.move(site.parent / "offers-site" / "content" / "jobs", site / "offers")
        settings = (site / "jobboard.toml").read_text() + 'content_dir = "offers"\n'
        (site / "jobboard.toml.tmp").write_text(settings)
        os.replace(site / "jobboard.toml.tmp", site / "jobboard.toml")  # as editors save
        assert _next_build(server).startswith("Built 1 posting")
        write_posting(site.parent / "offers-site", "later", POSTING.replace("Data Engineer", "Later Engineer"))
        shutil.move(site.parent / "offers-site" / "content" / "jobs" / "later.md", site / "offers" / "later.md")
        assert _next_build(server).startswith("Built 2 postings")
        assert "Later Engineer" in _page(port, "/")
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def test_where_the_system_cannot_watch_serve_looks_every_half_second(site):
    write_posting(site, "data-engineer", POSTING)
    time.sleep(1.1)
    port = free_port()
    script = ("import sys; sys.modules['watchdog.observers'] = None; from jobboard.cli import run; "
              f"sys.argv = ['jobboard', 'serve', '--site', {str(site)!r}, '--port', '{port}']; run()")
    server = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True)
    try:
        _next_build(server)
        write_posting(site, "data-engineer", POSTING.replace("Data Engineer", "Polled Engineer"))
        _next_build(server)
        assert "Polled Engineer" in _page(port, "/jobs/data-engineer/")
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()
