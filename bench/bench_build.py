"""Benchmark `jobboard build` on synthetic corpora: clean build, no-change rebuild, one posting
edited, one posting added.

Usage: python bench/bench_build.py [SIZES...] [--runs N] [--search] [--compare] [--pelican PATH] [--shared DIR]
Default sizes: 1000 10000. Each corpus is written once by ../shared/bench/gen_corpus.py into
bench/.corpus/<N>/ (git-ignored; listing pages of 50, no expiry, search off unless --search).
Every build runs in a fresh process; the table gives the median wall time of --runs runs and
the largest peak memory (max RSS, the search indexer included).

With --compare, Hugo (when installed: apt-get install hugo) and Pelican (when found: --pelican,
else pelican on PATH or in /tmp/pelican-venv, made with `python -m venv /tmp/pelican-venv &&
/tmp/pelican-venv/bin/pip install pelican markdown`) build the same postings (gen_corpus.py
--anchors) with the minimal sites in bench/hugo/ and bench/pelican/, and the table gives
jobboard's time as a multiple of theirs. Both are timed on full builds only: Hugo has no cache,
and Pelican's is off. Hugo is timed twice: with the minimal site (a page per posting, tag and city
pages, the home page paginated by 50), and with feeds for the home page and every term, company
pages and a sitemap besides (bench/hugo/feeds.toml), which jobboard makes too.

Two things this machine does are kept out of the figures, for every tool alike:
- Its disk is ext4 without a journal, where the kernel avoids reusing an inode for a minute (five
  while its table block is unwritten) after the file is deleted, and every new file first steps
  over those inodes: a clean build started just after `rm -rf output` spent over half its time
  creating files. So a clean build's old output (and Hugo's and Pelican's) is renamed aside, not
  deleted, and all of them are deleted when the benchmark ends.
- PYTHONDONTWRITEBYTECODE=1 is set here, so an editable install would compile jobboard's modules
  in every process (about 0.1 s). They are compiled once first, as pip does when it installs
  the package.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def corpus(size: int, shared: Path, search: bool) -> Path:
    """A site folder with `size` generated postings, made once and reused."""
    site = HERE / ".corpus" / str(size)
    jobs = site / "content" / "jobs"
    if not jobs.is_dir() or len(list(jobs.glob("*.md"))) != size:
        shutil.rmtree(site, ignore_errors=True)
        jobs.mkdir(parents=True)
        subprocess.run([sys.executable, str(shared / "bench" / "gen_corpus.py"), str(size), str(jobs)], check=True)
    (site / "jobboard.toml").write_text('title = "Benchmark board"\nbase_url = "https://bench.example/"\n'
                                        f'per_page = 50\nmax_age_days = 0\nsearch = {str(search).lower()}\n')
    return site


def timed_build(site: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of one `jobboard build` in a fresh process."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "jobboard", "build", "--site", str(site), "-q"],
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"build of {site} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


ASIDE = HERE / ".corpus" / "aside"  # old outputs, deleted when the benchmark ends (see above)


def set_aside(folder: Path) -> None:
    """Move folder out of the way without deleting it: deleting makes the next files slow to create."""
    if folder.exists():
        ASIDE.mkdir(parents=True, exist_ok=True)
        # A fresh name each time: a count of what is there could name one already there while a
        # previous run's clean-up is still deleting.
        place = tempfile.mkdtemp(prefix=f"{folder.parent.name}-{folder.name}-", dir=ASIDE)
        folder.rename(Path(place) / folder.name)


def clean(site: Path) -> None:
    shutil.rmtree(site / ".jobboard-cache", ignore_errors=True)  # one SQLite file
    set_aside(site / "output")


def cases(site: Path):
    """(name, prepare, undo) for each case; each case starts from a built site with a warm cache."""
    jobs = sorted((site / "content" / "jobs").glob("*.md"))
    edited, original = jobs[len(jobs) // 2], jobs[len(jobs) // 2].read_text()
    added = site / "content" / "jobs" / "zz-added-posting.md"
    yield "clean build, no cache", lambda: clean(site), lambda: None
    yield "rebuild, nothing changed", lambda: None, lambda: None
    yield "rebuild, one posting edited", lambda: edited.write_text(original.replace("\n## ", "\nEdited.\n\n## ", 1)), \
        lambda: edited.write_text(original)
    yield "rebuild, one posting added", lambda: added.write_text(jobs[0].read_text().replace("title: \"", "title: \"New ")), \
        lambda: added.unlink()


def anchored_corpus(tool: str, size: int, shared: Path) -> Path:
    """The postings with flat front matter, in the minimal site bench/<tool>/."""
    site = HERE / ".corpus" / f"{tool}-{size}"
    jobs = site / "content" / "jobs"
    if not jobs.is_dir() or len(list(jobs.glob("*.md"))) != size:
        shutil.rmtree(site, ignore_errors=True)
        jobs.mkdir(parents=True)
        subprocess.run([sys.executable, str(shared / "bench" / "gen_corpus.py"), str(size), str(jobs), "--anchors"],
                       check=True)
    shutil.copytree(HERE / tool, site, dirs_exist_ok=True)
    return site


def hugo_corpus(size: int, shared: Path) -> Path:
    return anchored_corpus("hugo", size, shared)


def hugo_seconds(site: Path, runs: int, feeds: bool = False) -> float:
    """Hugo's median build time; with feeds, making what jobboard makes besides the minimal site's pages
    (bench/hugo/feeds.toml): feeds for the home page and every term, company pages, a sitemap."""
    config = "config.toml,feeds.toml" if feeds else "config.toml"
    times = []
    for _ in range(runs):
        set_aside(site / "public")
        started = time.perf_counter()
        subprocess.run(["hugo", "--quiet", "--source", str(site), "--destination", str(site / "public"),
                        "--config", config], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pelican_corpus(size: int, shared: Path) -> Path:
    return anchored_corpus("pelican", size, shared)


def pelican_seconds(site: Path, runs: int, pelican: str) -> float:
    times = []
    for _ in range(runs):
        set_aside(site / "output")
        started = time.perf_counter()
        subprocess.run([pelican, "--quiet", "--settings", str(site / "pelicanconf.py"), str(site / "content"),
                        "--output", str(site / "output")], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--search", action="store_true", help="build the Pagefind index too")
    parser.add_argument("--compare", action="store_true", help="also time Hugo and Pelican on the same postings")
    parser.add_argument("--pelican", default=shutil.which("pelican") or "/tmp/pelican-venv/bin/pelican",
                        help="the pelican command (default: on PATH, else in /tmp/pelican-venv)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    import jobboard  # compiled once, as a pip install does (see above)
    compileall.compile_dir(Path(jobboard.__file__).parent, quiet=1)
    try:
        run(args)
    finally:
        shutil.rmtree(ASIDE, ignore_errors=True)


def run(args: argparse.Namespace) -> None:
    print(f"{'postings':>9}  {'case':<28} {'median':>8}  {'runs':<24} {'peak':>9}")
    for size in args.sizes:
        site = corpus(size, args.shared, args.search)
        hugo = hugo_feeds = None
        if args.compare and shutil.which("hugo"):
            hugo = hugo_seconds(hugo_corpus(size, args.shared), args.runs)
            print(f"{size:>9,}  {'Hugo, any build':<28} {hugo:>6.2f} s", flush=True)
            hugo_feeds = hugo_seconds(hugo_corpus(size, args.shared), args.runs, feeds=True)
            print(f"{size:>9,}  {'Hugo, with feeds (as ours)':<28} {hugo_feeds:>6.2f} s", flush=True)
        pelican = None
        if args.compare and shutil.which(args.pelican):
            pelican = pelican_seconds(pelican_corpus(size, args.shared), args.runs, args.pelican)
            print(f"{size:>9,}  {'Pelican, clean build':<28} {pelican:>6.2f} s", flush=True)
        clean(site)
        timed_build(site)  # warm the cache for the rebuild cases
        for name, prepare, undo in cases(site):
            results = []
            for _ in range(args.runs):
                prepare()
                results.append(timed_build(site))
                undo()
                timed_build(site)  # back to the warm, unchanged state
            times = [s for s, _ in results]
            runs = ", ".join(f"{s:.2f}" for s in times)
            ratio = f"  {statistics.median(times) / hugo:.2f}x Hugo ({statistics.median(times) / hugo_feeds:.2f}x with feeds)" \
                if hugo else ""
            ratio += f"  {statistics.median(times) / pelican:.2f}x Pelican" if pelican else ""
            print(f"{size:>9,}  {name:<28} {statistics.median(times):>6.2f} s  {runs:<24} "
                  f"{max(m for _, m in results):>5.0f} MiB{ratio}", flush=True)


if __name__ == "__main__":
    main()
