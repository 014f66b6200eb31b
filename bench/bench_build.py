"""Benchmark `jobboard build` on synthetic corpora.

Usage: python bench/bench_build.py [SIZES...] [--runs N] [--shared DIR]
Default sizes: 1000 10000. Each corpus is written once by ../shared/bench/gen_corpus.py into
bench/.corpus/<N>/ (git-ignored); each build runs in a fresh process and reports wall seconds
(median of --runs) and that process's peak memory (max RSS).
"""

from __future__ import annotations

import argparse
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
CONFIG = 'title = "Benchmark board"\nbase_url = "https://bench.example/"\nper_page = 50\n'


def corpus(size: int, shared: Path) -> Path:
    """A site folder with `size` generated postings, made once and reused."""
    site = HERE / ".corpus" / str(size)
    jobs = site / "content" / "jobs"
    if not jobs.is_dir() or len(list(jobs.glob("*.md"))) != size:
        shutil.rmtree(site, ignore_errors=True)
        jobs.mkdir(parents=True)
        subprocess.run([sys.executable, str(shared / "bench" / "gen_corpus.py"), str(size), str(jobs)], check=True)
        (site / "jobboard.toml").write_text(CONFIG, encoding="utf-8")
    return site


def timed_build(site: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of one `jobboard build` in a fresh process."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "jobboard", "build", "--site", str(site), "--out", str(out), "-q"],
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"build of {site} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    print(f"{'postings':>9} {'clean build (median)':>21} {'runs':>26} {'peak memory':>12}")
    for size in args.sizes:
        site = corpus(size, args.shared)
        results = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                results.append(timed_build(site, Path(tmp) / "out"))
        times = [s for s, _ in results]
        runs = ", ".join(f"{s:.2f}" for s in times)
        print(f"{size:>9,} {statistics.median(times):>19.2f} s {runs:>26} {max(m for _, m in results):>8.0f} MiB")


if __name__ == "__main__":
    main()
