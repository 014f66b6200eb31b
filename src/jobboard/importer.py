"""`jobboard import`: raw posting files in, reviewed-ready front-matter Markdown files out.

Re-running is safe: an unchanged source is skipped, and a file a person has edited since import
is never overwritten (the new version is written beside it as <slug>.md.new; --force replaces it
after keeping <slug>.md.bak). What import wrote is remembered in <into>/.jobboard-import.json.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter

from .convert import FIELD_ORDER, convert, review_fields
from .decode import DecodeError, decode
from .parallel import chunked_map, workers
from .places import load_gazetteer
from .progress import QUIET, Progress
from .slugs import slugify
from .vocab import load_vocabulary

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".rst", ".eml")
STATE = ".jobboard-import.json"


@dataclass
class ImportReport:
    lines: list[str] = field(default_factory=list)
    failed: int = 0
    written: int = 0


class _State(dict):
    """What import wrote (<into>/.jobboard-import.json: raw file name -> its file, sha256 and the
    sha256 written), with what is looked up for every file kept at hand: the names by source hash
    and the files taken (a search of all entries for each file made 10,000 files quadratic)."""

    def __init__(self, entries: dict):
        super().__init__()
        self.by_sha: dict[str, list[str]] = {}
        self.files: set[str] = set()
        for name, entry in sorted(entries.items()):
            self[name] = entry

    def __setitem__(self, name: str, entry: dict) -> None:
        super().__setitem__(name, entry)
        self.by_sha.setdefault(entry["sha256"], []).append(name)
        self.files.add(entry["file"])

    def twin(self, name: str, digest: str, into: Path) -> str | None:
        """Another raw file with these bytes whose posting is still there."""
        return next((other for other in self.by_sha.get(digest, ()) if other != name and
                     self[other]["sha256"] == digest and (into / self[other]["file"]).exists()), None)


def import_postings(paths: list[Path], into: Path, site: Path | None = None, force: bool = False,
                    progress: Progress = QUIET) -> ImportReport:
    """Import every raw posting under `paths` into `into`; bad files are reported, the rest imported."""
    vocab, gazetteer = load_vocabulary(site), load_gazetteer(site)
    into.mkdir(parents=True, exist_ok=True)
    state = _load_state(into)
    report = ImportReport()
    files = _raw_files(paths, report)
    _JOB.update(vocab=vocab, gazetteer=gazetteer)  # inherited by forked workers
    try:  # reading and extracting use every core; writing stays in this process, in order
        results = chunked_map(_convert_files, [path for path, _ in files], workers(),
                              lambda done, total: progress.update("importing", done, total))
    finally:
        _JOB.clear()
        progress.done()  # cleared before anything else is printed, even after an error
    for number, ((path, name), (digest, converted, error)) in enumerate(zip(files, results), 1):
        if error:
            report.failed += 1
            report.lines.append(f"error: {path}: {error} — fix or remove the file; the others were imported")
            continue
        report.lines.append(_write(name, path.name, digest, converted, into, state, force, report))
        if number % 50 == 0:
            _save_state(into, state)  # an interrupted run still knows what it wrote
    _save_state(into, state)
    return report


_JOB: dict = {}


def _convert_files(paths: list[Path]) -> list[tuple[str, object, str]]:
    """(sha256, converted posting, error message) for each raw file."""
    results = []
    for path in paths:
        try:
            data = path.read_bytes()
            results.append((hashlib.sha256(data).hexdigest(),
                            convert(decode(data), path.name, _JOB["vocab"], _JOB["gazetteer"]), ""))
        except (OSError, DecodeError) as exc:
            results.append(("", None, str(exc.strerror if isinstance(exc, OSError) else exc)))
        except RecursionError:  # HTML nested thousands of elements deep
            results.append(("", None, "its HTML nests too deeply to read (save the page again, or copy its text)"))
        except Exception as exc:  # a fault of jobboard's: this file fails, the others are still imported
            results.append(("", None, f"jobboard could not convert it ({type(exc).__name__}: {exc}), a fault of "
                                      "jobboard's: please report it with the file"))
    return results


def _raw_files(paths: list[Path], report: ImportReport) -> list[tuple[Path, str]]:
    """(file, its name relative to the folder given) for every raw posting: a/job.txt and b/job.txt differ."""
    files: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            files += sorted((p, p.relative_to(path).as_posix()) for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.append((path, path.name))
        else:
            report.failed += 1
            report.lines.append(f"error: {path}: no such file or folder")
    return files


def _write(name: str, file_name: str, digest: str, converted, into: Path, state: _State, force: bool,
           report: ImportReport) -> str:
    previous = state.get(name)
    if previous and previous["sha256"] == digest and (into / previous["file"]).exists():
        return f"unchanged  {previous['file']} (from {name}, skipped)"
    twin = None if previous else state.twin(name, digest, into)
    if twin:
        return f"duplicate  {name} (the same text as {twin}, imported as {state[twin]['file']}; skipped)"
    meta = dict(converted.meta)
    meta["source"] = {"file": file_name, "sha256": digest}
    review = review_fields(meta)
    if review:
        meta["review"] = review
    text = render_file(meta, converted.body)
    target = into / previous["file"] if previous else _free_path(into, meta, name, state)
    if target.exists() and _sha(target.read_bytes()) != (previous or {}).get("written"):
        if not force:
            beside = target.with_name(target.name + ".new")
            beside.write_text(text, encoding="utf-8")
            return f"kept       {target.name} (edited since import; new version in {beside.name})"
        os.replace(target, _free_backup(target))
    target.write_text(text, encoding="utf-8")
    state[name] = {"file": target.name, "sha256": digest, "written": _sha(text.encode("utf-8"))}
    report.written += 1
    flagged = f"  review: {', '.join(review)}" if review else ""
    proposal = target.with_name(target.name + ".new")  # an earlier run's new version, now out of date
    if proposal.is_file():
        proposal.unlink()
        flagged += f" (removed the older {proposal.name})"
    return f"imported   {target.name}{flagged}"


def render_file(meta: dict, body: str) -> str:
    """Front matter in a fixed key order, written by a YAML serializer (quoting what YAML would misread)."""
    ordered = {key: meta[key] for key in FIELD_ORDER if key in meta}
    post = frontmatter.Post(body, **ordered)
    text = frontmatter.dumps(post, sort_keys=False, allow_unicode=True, default_flow_style=None, width=4096)
    return text.rstrip("\n") + "\n"


def _free_backup(target: Path) -> Path:
    """<name>.md.bak, or .bak2, .bak3 ... so that an earlier backup is never overwritten."""
    backup, number = target.with_name(target.name + ".bak"), 2
    while backup.exists():
        backup, number = target.with_name(f"{target.name}.bak{number}"), number + 1
    return backup


def _free_path(into: Path, meta: dict, source_name: str, state: _State) -> Path:
    """<title>-<company>.md, with -2, -3 ... when another posting already has that name."""
    base = slugify(" ".join(filter(None, [meta.get("title"), meta.get("company")])) or Path(source_name).stem)
    candidate, number = f"{base}.md", 2
    while (into / candidate).exists() or candidate in state.files:
        candidate, number = f"{base}-{number}.md", number + 1
    return into / candidate


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _load_state(into: Path) -> _State:
    try:
        return _State(json.loads((into / STATE).read_text(encoding="utf-8")))
    except (OSError, ValueError, AttributeError, KeyError, TypeError):  # none, or not what import writes
        return _State({})


def _save_state(into: Path, state: dict) -> None:
    (into / STATE).write_text(json.dumps(state, indent=1, sort_keys=True) + "\n", encoding="utf-8")
