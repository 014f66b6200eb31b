"""The cache never serves stale output: every incremental build equals a clean build, byte for byte."""

import shutil
from pathlib import Path

import pytest

from conftest import write_posting
from jobboard.build import build
from jobboard.cache import CACHE_DIR


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "pagefind" not in p.relative_to(root).parts}


def clean_build(site: Path, tmp: Path) -> dict[str, bytes]:
    copy = tmp / "clean-site"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns(CACHE_DIR, "output"))
    build(copy, out=tmp / "clean-out", use_cache=False, processes=1)
    return files(tmp / "clean-out")


def posting(site, n, **extra):
    fields = {"title": f"Job {n}", "company": "Acme" if n % 2 else "Globex", "cities": "[Berlin]",
              "tags": "[python, go]", "date": f"2026-11-{n:02d}", **extra}
    write_posting(site, f"job-{n}", "\n".join(f"{k}: {v}" for k, v in fields.items()), f"## About\n\nJob {n}.\n")


@pytest.fixture
def board(site):
    for n in range(1, 8):
        posting(site, n)
    result = build(site)
    assert result.rendered == result.pages
    return site


CHANGES = {
    "edit a posting": lambda s: posting(s, 3, title="'Job 3, now senior'"),
    "edit a body only": lambda s: (s / "content/jobs/job-4.md").write_text(
        (s / "content/jobs/job-4.md").read_text() + "\nMore text.\n"),
    "add a posting": lambda s: posting(s, 9, tags="[rust]", cities="[Paris]"),
    "delete a posting": lambda s: (s / "content/jobs/job-5.md").unlink(),
    "rename a posting": lambda s: (s / "content/jobs/job-6.md").rename(s / "content/jobs/job-six.md"),
    "change a template": lambda s: ((s / "templates").mkdir(), (s / "templates/404.html").write_text(
        '{% extends "base.html" %}{% block main %}Gone{% endblock %}')),
    "change the listing row template": lambda s: ((s / "templates").mkdir(), (s / "templates/_job_row.html").write_text(
        '<li>{{ p.title }} ({{ p.tags|length }} tags)</li>\n')),
    "rename a tag in the vocabulary": lambda s: ((s / "data").mkdir(), (s / "data/tags.toml").write_text(
        'python = { name = "Python 3" }\n')),
    "change a static file": lambda s: ((s / "static").mkdir(), (s / "static/style.css").write_text("body{}")),
    "change the config": lambda s: (s / "jobboard.toml").write_text(
        (s / "jobboard.toml").read_text().replace("per_page = 2", "per_page = 3").replace('"Test board"', '"Jobs"')),
}


@pytest.mark.parametrize("change", CHANGES)
def test_incremental_build_equals_a_clean_build(board, tmp_path, change):
    CHANGES[change](board)
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_rebuild_without_changes_renders_nothing_and_keeps_every_file(board):
    before = {p: p.stat().st_ino for p in (board / "output").rglob("*") if p.is_file()}
    result = build(board)
    assert result.rendered == 0
    after = {p: p.stat().st_ino for p in (board / "output").rglob("*") if p.is_file()}
    assert after == before  # the same files (hard links): modification times and inodes kept


def test_an_edit_rewrites_only_the_pages_it_touches(board):
    before = {p.relative_to(board / "output"): p.stat().st_ino for p in (board / "output").rglob("*.html")}
    posting(board, 2, title="'Job 2 (edited)'")
    result = build(board)
    changed = {p.relative_to(board / "output") for p in (board / "output").rglob("*.html")
               if p.stat().st_ino != before.get(p.relative_to(board / "output"))}
    assert Path("jobs/job-2/index.html") in changed and Path("jobs/job-1/index.html") not in changed
    assert Path("tags/index.html") not in changed  # counts did not change
    assert 0 < result.rendered < result.pages


def test_adding_a_posting_renders_only_its_own_listing_row(board, monkeypatch):
    """Listing rows are kept between builds: the home page and the term pages the new posting
    shifts are rendered again, but the rows of the postings already there come from the cache."""
    from jobboard.cache import RowStore
    rendered = []
    monkeypatch.setattr(RowStore, "put", lambda self, name, slug, key, html: rendered.append(slug))
    posting(board, 9)
    result = build(board, processes=1)
    assert 0 < result.rendered < result.pages and rendered == ["job-9"]


def test_deleting_the_cache_gives_the_same_output(board, tmp_path):
    before = files(board / "output")
    shutil.rmtree(board / CACHE_DIR)
    result = build(board)
    assert result.rendered == result.pages and files(board / "output") == before


def test_a_broken_cache_is_thrown_away(board):
    (board / CACHE_DIR / "build.sqlite").write_bytes(b"not a database")
    before = files(board / "output")
    build(board)
    assert files(board / "output") == before


def test_parallel_and_single_process_builds_are_identical(board, tmp_path):
    for n in range(10, 300):
        write_posting(board, f"bulk-{n}", f"title: Bulk {n}\ncompany: C{n % 7}\ntags: [python]\ndate: 2026-10-01",
                      f"## About\n\n*Posting* {n} with [a link](https://example.com/{n}).\n")
    build(board, out=tmp_path / "one", use_cache=False, processes=1)
    build(board, out=tmp_path / "two", use_cache=False, processes=2)
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_bodies_over_the_memory_budget_are_read_back_from_the_cache(board, tmp_path, monkeypatch):
    """Past KEEP_CHARS, bodies just rendered are not held in memory: pages read them back from
    the cache, in forked workers too, and the output is the same."""
    from jobboard import markup
    monkeypatch.setattr(markup, "KEEP_CHARS", 0)
    reads = []
    monkeypatch.setattr(markup.Bodies, "_read", lambda self, key, read=markup.Bodies._read: reads.append(key) or read(self, key))
    for n in range(10, 300):
        write_posting(board, f"bulk-{n}", f"title: Bulk {n}\ncompany: C{n % 7}\ndate: 2026-10-01", f"Posting *{n}*.\n")
    build(board, processes=1)
    assert reads and files(board / "output") == clean_build(board, tmp_path)
    shutil.rmtree(board / CACHE_DIR)
    build(board, processes=2)
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_template_showing_bodies_on_listings_sees_body_edits(board, tmp_path):
    (board / "templates").mkdir()
    (board / "templates/list.html").write_text("{% for p in postings %}{{ body(p) }}{% endfor %}\n")
    build(board)
    (board / "content/jobs/job-7.md").write_text((board / "content/jobs/job-7.md").read_text().replace(
        "Job 7.", "Job 7, rewritten."))
    build(board)
    assert "Job 7, rewritten." in (board / "output/index.html").read_text()
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_body_that_sanitizes_to_nothing_builds_again_from_the_cache(board):
    write_posting(board, "empty", "title: Empty\ncompany: A\ndate: 2026-11-01", "<script>alert(1)</script>\n")
    build(board)
    (board / "content/jobs/job-1.md").write_text((board / "content/jobs/job-1.md").read_text() + "\nMore.\n")
    assert build(board).postings == 8


def test_another_site_built_into_the_same_folder_is_not_mistaken_for_ours(board, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(board, other, ignore=shutil.ignore_patterns(CACHE_DIR, "output"))
    (other / "content/jobs/job-1.md").write_text((other / "content/jobs/job-1.md").read_text().replace(
        "Job 1.", "Other site."))
    build(other, out=board / "output")
    build(board)
    assert "Other site." not in (board / "output/jobs/job-1/index.html").read_text()
    assert files(board / "output") == clean_build(board, tmp_path)


def test_turning_search_off_removes_the_index(board):
    (board / "jobboard.toml").write_text((board / "jobboard.toml").read_text().replace("search = false", "search = true"))
    build(board)
    assert (board / "output/pagefind/pagefind.js").is_file()
    (board / "jobboard.toml").write_text((board / "jobboard.toml").read_text().replace("search = true", "search = false"))
    build(board)
    assert not (board / "output/pagefind").exists()


def test_unchanged_files_are_not_read_again_and_an_edit_is_seen(board, tmp_path, monkeypatch):
    import time
    time.sleep(1.1)  # files changed within the last second are never trusted by their times
    (board / "jobboard.toml").write_text((board / "jobboard.toml").read_text() + "# a comment\n")
    build(board)  # reads the settings again, and records the posting files' sizes and times
    (board / "content/jobs/job-2.md").write_text((board / "content/jobs/job-2.md").read_text().replace("Job 2.", "Job 2!"))
    reads = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or original(self))
    result = build(board)
    monkeypatch.undo()
    assert [name for name in reads if name.endswith(".md")] == ["job-2.md"]
    assert result.rendered < result.pages
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_cache_file_carrying_code_is_not_run(board, tmp_path):
    import os
    import pickle
    import sqlite3

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {tmp_path / 'pwned'}",))
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("UPDATE parsed SET data = ?", (pickle.dumps(Exploit()),))
    db.commit()
    db.close()
    posting(board, 3, title="'Job 3, now senior'")
    build(board)
    assert not (tmp_path / "pwned").exists()
    assert files(board / "output") == clean_build(board, tmp_path)


def test_bodies_missing_from_the_cache_are_read_from_the_files_again(board, tmp_path):
    import sqlite3
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("DELETE FROM bodies")  # postings are still cached (without their Markdown), their HTML is not
    db.commit()
    db.close()
    (board / "templates").mkdir()
    (board / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}Gone{% endblock %}')
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)
    assert "Job 4." in (board / "output/jobs/job-4/index.html").read_text()


def test_postings_expiring_between_builds_equal_a_clean_build(board, tmp_path):
    import datetime as dt
    toml = board / "jobboard.toml"
    toml.write_text("\n".join(line for line in toml.read_text().splitlines() if "max_age_days" not in line)
                    + "\nmax_age_days = 30\n")
    posting(board, 2, valid_through="2026-11-20")
    build(board, today=dt.date(2026, 11, 10))  # all live
    build(board, today=dt.date(2026, 12, 5))  # job-2 past valid_through, jobs 1-4 older than 30 days
    copy = tmp_path / "clean-site"
    shutil.copytree(board, copy, ignore=shutil.ignore_patterns(CACHE_DIR, "output"))
    build(copy, out=tmp_path / "clean-out", use_cache=False, processes=1, today=dt.date(2026, 12, 5))
    assert files(board / "output") == files(tmp_path / "clean-out")
    assert "closed" in (board / "output/jobs/job-2/index.html").read_text().lower()


def test_forked_workers_read_cached_bodies_on_their_own(site, tmp_path):
    """Enough pages for the workers: after a template change every page renders again in forked
    processes, which read the bodies from the cache through their own connections."""
    for n in range(1, 151):
        fields = {"title": f"Job {n}", "company": f"Company {n % 7}", "tags": "[python]", "date": "2026-11-01"}
        write_posting(site, f"job-{n}", "\n".join(f"{k}: {v}" for k, v in fields.items()), f"Body of job {n}.\n")
    build(site, processes=2)
    (site / "templates").mkdir()
    (site / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}Gone{% endblock %}')
    result = build(site, processes=2)
    assert result.rendered == result.pages > 256
    assert files(site / "output") == clean_build(site, tmp_path)
    assert "Body of job 77." in (site / "output/jobs/job-77/index.html").read_text()
