"""Progress on a terminal for long work: counts that update in place, a quiet mode, clean logs."""

import hashlib
import io
import sys
import time

from conftest import REPO, write_posting
from jobboard.build import build
from jobboard.importer import import_postings
from jobboard.progress import Progress


def test_a_long_build_shows_each_step_in_turn_and_clears_its_line(site, capsys):
    (site / "jobboard.toml").write_text((site / "jobboard.toml").read_text().replace("search = false", "search = true"))
    for n in range(3):
        write_posting(site, f"job-{n}", f"title: Job {n}\ncompany: Acme\ndate: 2026-11-0{n + 1}")
    build(site, processes=1, progress=Progress(enabled=True, delay=0))
    err = capsys.readouterr().err
    lines = err.split("\r")
    assert "reading postings: 3/3 (100%)\x1b[K" in lines
    rendering = [n for n, line in enumerate(lines) if line.startswith("rendering pages: ")]
    assert rendering and lines[rendering[-1]].endswith("(100%)\x1b[K")
    searching = lines.index("indexing for search (Pagefind)…\x1b[K")
    assert lines.index("reading postings: 3/3 (100%)\x1b[K") < rendering[0] < searching
    assert err.endswith("\r\x1b[K")  # cleared: the summary line starts clean


def test_a_short_build_and_a_quiet_one_show_nothing(site, capsys):
    write_posting(site, "job", "title: Job\ndate: 2026-11-01")
    build(site, processes=1, progress=Progress(enabled=True))  # done within the two seconds
    build(site, processes=1, progress=Progress(enabled=False, delay=0))  # --quiet
    assert capsys.readouterr().err == ""


def test_an_import_counts_the_files(tmp_path, capsys):
    raw = sorted(p for p in (REPO / "tests/fixtures/import/raw").iterdir() if p.is_file())[:3]
    report = import_postings(raw, tmp_path / "jobs", progress=Progress(enabled=True, delay=0))
    err = capsys.readouterr().err
    assert report.written == len(raw) == 3
    assert f"\rimporting: {len(raw)}/{len(raw)} (100%)\x1b[K" in err and err.endswith("\r\x1b[K")


def test_progress_shows_only_on_a_terminal(monkeypatch):
    """Logs (CI, a pipe, a file) get no progress line; a terminal does."""
    class Stream(io.StringIO):
        def __init__(self, tty):
            super().__init__()
            self.tty = tty

        def isatty(self):
            return self.tty
    for tty in (False, True):
        monkeypatch.setattr(sys, "stderr", Stream(tty))
        progress = Progress(delay=0)
        progress.update("reading postings", 1, 2)
        assert sys.stderr.getvalue() == ("\rreading postings: 1/2 (50%)\x1b[K" if tty else "")


def test_a_step_without_counts_is_named_at_once(capsys):
    progress = Progress(enabled=True)  # within its first two seconds
    progress.update("rendering pages", 1, 2)
    progress.status("indexing for search (Pagefind)")
    progress.done()
    assert capsys.readouterr().err == "\rindexing for search (Pagefind)…\x1b[K\r\x1b[K"


def test_bodies_rendered_again_are_counted(site, capsys, monkeypatch):
    """Postings still parsed in the cache but bodies to render anew (a new Markdown or nh3)."""
    from jobboard import markup
    for n in range(3):
        write_posting(site, f"job-{n}", f"title: Job {n}\ncompany: Acme\ndate: 2026-11-0{n + 1}")
    time.sleep(1.1)  # files changed within the last second are read again, not taken from the cache
    build(site, processes=1)
    monkeypatch.setattr(markup, "RENDERER", hashlib.sha256(b"another renderer"))
    (site / "jobboard.toml").write_text((site / "jobboard.toml").read_text().replace("Test board", "Board"))
    build(site, processes=1, progress=Progress(enabled=True, delay=0))
    assert "\rrendering bodies: 3/3 (100%)\x1b[K" in capsys.readouterr().err
