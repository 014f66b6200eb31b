"""Benchmark `jobboard import` on many raw postings in every input shape.

Usage: python bench/bench_import.py [N] [--shared DIR]
Copies the labelled fixtures (tests/fixtures/import/raw: text, Markdown, front matter, HTML,
reStructuredText, UTF-16, Windows-1252, mojibake) and the five shared seeds under N names into
bench/.corpus/import-N/ (git-ignored), imports them once into a fresh folder in a new process,
and prints postings per second and that process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def corpus(size: int, shared: Path) -> Path:
    folder = HERE / ".corpus" / f"import-{size}"
    if folder.is_dir() and len(list(folder.iterdir())) == size:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sources = sorted((REPO / "tests" / "fixtures" / "import" / "raw").iterdir())
    sources += sorted((shared / "postings").iterdir()) if (shared / "postings").is_dir() else []
    for number in range(size):
        source = sources[number % len(sources)]
        shutil.copyfile(source, folder / f"{number:06d}-{source.name}")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", nargs="?", type=int, default=10000)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    raw = corpus(args.size, args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "jobboard", "import", str(raw), "--into", str(Path(tmp) / "out")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"import failed with status {status}")
    print(f"{args.size:,} raw postings imported in {seconds:.1f} s: {args.size / seconds:,.0f} postings/s, "
          f"peak memory {usage.ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
