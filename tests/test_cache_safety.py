"""Rebuilds that once went wrong (found in a review): each must equal a clean build
(`build(site, use_cache=False)`), and nothing read from the cache may harm the output or the
site. The docstrings describe the fault each test caught."""

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import write_posting
from jobboard import markup
from jobboard.build import build
from jobboard.errors import JobboardError
from jobboard.cache import CACHE_DIR


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "pagefind" not in p.relative_to(root).parts}


def clean_build(site: Path, tmp: Path, **options) -> dict[str, bytes]:
    copy = tmp / "clean-site"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy, symlinks=True, ignore=shutil.ignore_patterns(CACHE_DIR, "output"))
    shutil.rmtree(tmp / "clean-out", ignore_errors=True)
    build(copy, out=tmp / "clean-out", use_cache=False, processes=1, **options)
    return files(tmp / "clean-out")


def posting(site, n, **extra):
    fields = {"title": f"Job {n}", "company": "Acme" if n % 2 else "Globex", "cities": "[Berlin]",
              "tags": "[python, go]", "date": f"2026-11-{n:02d}", **extra}
    write_posting(site, f"job-{n}", "\n".join(f"{k}: {v}" for k, v in fields.items()), f"## About\n\nJob {n}.\n")


@pytest.fixture
def board(site):
    for n in range(1, 6):
        posting(site, n)
    build(site)
    return site


def _upgrade_the_renderer(monkeypatch):
    """What `pip install -U nh3` (or Markdown) does: RENDERER changes, and so does the HTML of bodies."""
    original = markup.render_body
    monkeypatch.setattr(markup, "RENDERER", hashlib.sha256(b"a newer nh3"))
    monkeypatch.setattr(markup, "render_body", lambda text: original(text) + "<p>sanitized anew</p>")


def test_a_markdown_or_nh3_upgrade_alone_rebuilds_the_bodies(board, tmp_path, monkeypatch):
    """snapshot.input_snapshot covers jobboard's code but not the Markdown/nh3 versions that
    markup.RENDERER keys bodies by: the rebuild returns at step 0 and keeps every old body."""
    _upgrade_the_renderer(monkeypatch)
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_markdown_or_nh3_upgrade_reaches_unchanged_posting_pages(board, tmp_path, monkeypatch):
    """Page keys (publish.page_keys) name bodies by their file hash, and the fingerprint
    (render.theme_fingerprint) has no Markdown/nh3 version: once the rebuild runs (here another
    posting is added), the bodies are rendered anew but the pages showing them are kept."""
    _upgrade_the_renderer(monkeypatch)
    posting(board, 9, company="Initech", tags="[rust]", cities="[Paris]")
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)


def test_an_edit_that_keeps_size_and_modification_time_is_seen(board, tmp_path):
    """snapshot._stats compares size and mtime only (no ctime, no 'changed within the last second'
    rule, unlike reader.read_postings): an edit of the same length whose mtime is kept (cp -p,
    rsync -t, tar x, touch -r, or the same timestamp granule on a coarse file system) is missed
    and the whole build skipped."""
    path = board / "content/jobs/job-2.md"
    stat = path.stat()
    path.write_text(path.read_text().replace("Job 2.", "Job 2!"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)


def test_an_edit_to_a_symlinked_template_is_seen(board, tmp_path):
    """snapshot._stats uses lstat and does not follow linked folders, while Jinja reads through
    symbolic links: an edit to a shared template behind a link is missed."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "404.html").write_text('{% extends "base.html" %}{% block main %}Gone{% endblock %}')
    (board / "templates").mkdir()
    (board / "templates/404.html").symlink_to(shared / "404.html")
    build(board)
    (shared / "404.html").write_text('{% extends "base.html" %}{% block main %}Vanished{% endblock %}')
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)


def _two_files_one_slug(site):
    write_posting(site, "a/dup", "title: Dup A\ncompany: Acme\ndate: 2026-11-20", "Body A.\n")
    write_posting(site, "b/dup", "title: Dup B\ncompany: Acme\ndate: 2026-11-20", "Body B.\n")


def test_editing_the_kept_posting_of_a_duplicate_slug_is_seen(board, tmp_path):
    """With --skip-invalid the first of two files with one slug is built and the second skipped,
    but content.load_content maps the slug to the *last* file's hash (`sources`, last wins):
    the kept posting's identity is the skipped file's, so edits to it render nothing."""
    _two_files_one_slug(board)
    build(board, skip_invalid=True)
    path = board / "content/jobs/a/dup.md"
    path.write_text(path.read_text().replace("Dup A", "Dup A, edited"))
    build(board, skip_invalid=True)
    assert files(board / "output") == clean_build(board, tmp_path, skip_invalid=True)


def test_a_body_is_never_cached_under_another_files_key(board, tmp_path):
    """markup.render_bodies keys bodies by slug (last file wins) but renders the first file's
    text: a/dup.md's HTML is stored under b/dup.md's key. Once a/dup.md is gone, b/dup.md's
    page shows a/dup.md's body even when every page is rendered again."""
    _two_files_one_slug(board)
    build(board, skip_invalid=True)
    (board / "content/jobs/a/dup.md").unlink()
    (board / "templates").mkdir()  # a template change: every page is rendered again
    (board / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}Gone{% endblock %}')
    build(board)
    page = (board / "output/jobs/dup/index.html").read_text()
    assert "Body B." in page and "Body A." not in page
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_path_from_the_cache_is_never_deleted_outside_the_output(board):
    """writer.InPlaceOutput.__exit__ deletes every path the cache's outputs table lists and the
    new build does not write, without the _check_inside that every write gets."""
    victim = board / "victim.txt"
    victim.write_text("not part of the output")
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("INSERT INTO outputs VALUES (?, ?, ?, ?)", (str((board / "output").resolve()), "../victim.txt", "k", "s"))
    db.commit()
    db.close()
    posting(board, 2, title="'Job 2, edited'")  # a small change: updated in place
    build(board)
    assert victim.exists()


def test_cached_body_html_is_not_trusted(board, tmp_path):
    """Bodies are sanitized once, before they enter the cache; HTML read back from the cache is
    put into pages as Markup unchecked, so a planted cache file injects script."""
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("UPDATE bodies SET html = '<script>alert(1)</script>'")
    db.commit()
    db.close()
    (board / "templates").mkdir()
    (board / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}Gone{% endblock %}')
    build(board)
    assert "<script>alert(1)" not in (board / "output/jobs/job-1/index.html").read_text()


def test_a_cache_that_came_with_the_site_is_not_used(board, tmp_path):
    """A cache file committed with the site (say in a pull request) holds postings that were never
    checked: it has no owner token of this user, so it is emptied, not read."""
    from jobboard.cache import owner_tokens
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("UPDATE bodies SET html = '<p>planted</p>'")
    db.commit()
    db.close()
    shutil.rmtree(owner_tokens())  # as on a fresh machine that checks the site out
    (board / "templates").mkdir()  # a template change: every page is rendered again
    (board / "templates/404.html").write_text('{% extends "base.html" %}{% block main %}Gone{% endblock %}')
    build(board)
    assert "planted" not in (board / "output/jobs/job-1/index.html").read_text()
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_listing_row_written_into_the_cache_by_someone_else_is_not_used(board, tmp_path):
    """Listing rows were put into pages as read from the cache, keyed only by public facts (file
    hashes, dates, the theme), and the cache held its owner token in the clear: anyone who saw
    the cache file could plant a row with a script. Rows are now signed with the token, which
    the cache no longer holds."""
    from jobboard.cache import owner_tokens
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    assert db.execute("SELECT COUNT(*) FROM rows").fetchone()[0] > 0
    db.execute("UPDATE rows SET html = '<li><script>alert(1)</script></li>' WHERE slug = 'job-1'")
    db.commit()
    token_file = owner_tokens() / hashlib.sha256(str(board.resolve()).encode()).hexdigest()[:32]
    assert token_file.read_text() not in {value for value, in db.execute("SELECT value FROM meta")}
    db.close()
    posting(board, 9)  # shifts the listings: their pages are rendered again, rows from the cache
    build(board)
    assert "<script>alert(1)" not in "".join(p.read_text() for p in (board / "output").rglob("*.html"))
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_cache_whose_rows_cannot_be_read_or_written_only_costs_time(board, tmp_path):
    """A row lookup that failed in SQLite surfaced as a "template error", and a failed write as a
    traceback from a worker: the cache is a shortcut, never a reason for a build to fail."""
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("DROP TABLE rows")
    db.execute("CREATE VIEW rows AS SELECT 1 AS name, 2 AS slug, 3 AS key")  # no row can be read or written
    db.commit()
    db.close()
    posting(board, 9)
    build(board)
    assert files(board / "output") == clean_build(board, tmp_path)


def test_a_posting_the_cache_cannot_give_back_is_read_from_its_file(board, tmp_path, monkeypatch):
    """The reader does not parse a file whose hash the cache lists as parsed; when that row then
    fails to decode, the file must be parsed after all, or its posting would leave the site."""
    from jobboard import reader
    monkeypatch.setattr(reader, "ASK_CACHE_FROM", 0)  # ask the cache even for these few files
    db = sqlite3.connect(board / CACHE_DIR / "build.sqlite")
    db.execute("UPDATE parsed SET data = x'00'")
    db.commit()
    db.close()
    for path in (board / "content/jobs").glob("*.md"):
        os.utime(path)  # new times, same bytes: each file is read and hashed again, and found in the cache
    result = build(board)
    assert result.postings == 5
    assert files(board / "output") == clean_build(board, tmp_path)


def test_workers_that_read_the_files_render_and_reuse_bodies_like_one_process(site, tmp_path):
    """Past 256 files the files are read, parsed and their bodies rendered in forked workers, which
    ask the cache through their own connections whether it holds a body; a pathological body is
    reported with its file and line from there too."""
    for n in range(1, 261):
        fields = {"title": f"Job {n}", "company": f"Company {n % 9}", "tags": "[python]", "date": "2026-11-01"}
        write_posting(site, f"job-{n}", "\n".join(f"{k}: {v}" for k, v in fields.items()), f"## Job {n}\n\nBody {n}.\n")
    build(site, processes=2)
    assert files(site / "output") == clean_build(site, tmp_path)
    db = sqlite3.connect(site / CACHE_DIR / "build.sqlite")
    db.execute("DELETE FROM parsed")  # every file is parsed again; its body is still in the cache
    db.commit()
    db.close()
    for path in (site / "content/jobs").glob("*.md"):
        os.utime(path)
    log = tmp_path / "rendered.log"  # the workers are other processes: they count in a file
    original = markup.render_body
    markup.render_body = lambda text: log.open("a").write("body\n") and original(text)
    try:
        build(site, processes=2)
    finally:
        markup.render_body = original
    assert not log.exists()  # every body came from the cache
    assert files(site / "output") == clean_build(site, tmp_path)
    write_posting(site, "job-77", "title: Job 77\ndate: 2026-11-01", "[" * 30000 + "\n")
    with pytest.raises(JobboardError) as caught:
        build(site, processes=2)
    assert "content/jobs/job-77.md:5: body: the Markdown takes over" in str(caught.value)
