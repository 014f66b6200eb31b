"""Progress on a terminal for long work: counts that update in place, a quiet mode, clean logs."""

import subprocess
import sys

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


def test_the_command_writes_no_progress_into_a_log(site):
    """stderr is not a terminal here, as in CI: no progress, however long the build."""
    write_posting(site, "job", "title: Job\ncompany: Acme\ndate: 2026-11-01")
    run = subprocess.run([sys.executable, "-m", "jobboard", "build", "--site", str(site)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stderr == "" and run.stdout.startswith("Built 1 posting")
