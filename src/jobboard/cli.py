"""The `jobboard` command: parse arguments, run a command, turn user errors into exit code 1."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__
from .build import build
from .errors import JobboardError
from .progress import Progress


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 user error, 2 usage error)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse has printed
        return int(exc.code or 0)
    try:
        return args.run(args)
    except JobboardError as exc:
        site = getattr(args, "site", None)
        for problem in exc.problems:
            print(_from_cwd(problem, site), file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # a folder that cannot be written, a port in use, ...
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{where}{exc.strerror or exc} — check the path and its permissions", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def run() -> None:
    """The `jobboard` command: main(), then exit at once. A build of 100,000 postings leaves
    hundreds of megabytes of objects, and freeing them one by one as Python shuts down took
    1.4 s; every file is written and closed by then (as mypy does, for the same reason)."""
    try:
        code = main()
    except KeyboardInterrupt:  # a second Ctrl-C while main was handling the first
        code = 130
    # The work is over: a Ctrl-C from now on would only print a traceback instead of the exit code.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # os._exit skips multiprocessing's own clean-up: stop any worker still there (a second
    # Ctrl-C while the pool was shutting down could leave its workers waiting for good).
    multiprocessing = sys.modules.get("multiprocessing")
    for child in multiprocessing.active_children() if multiprocessing else ():
        child.terminate()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said there
            code = code or 1
    os._exit(code)


def _port(text: str) -> int:
    """A TCP port for --port: 1 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: use a number from 1 to 65535, e.g. 8000")
    return port


def _from_cwd(problem, site: Path | None):
    """Problems name files relative to the site; show them relative to where the command runs."""
    def moved(path: str) -> str:
        if not path or path.startswith("-") or Path(path).is_absolute():
            return path
        return os.path.normpath(site / path)
    return problem if site is None else replace(problem, path=moved(problem.path), related=moved(problem.related))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobboard", description="A static site generator for job boards.")
    parser.add_argument("--version", action="version", version=f"jobboard {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    cmd = commands.add_parser("build", help="build the site into the output folder")
    cmd.add_argument("--site", type=Path, default=Path("."), help="site folder (default: .)")
    cmd.add_argument("--out", type=Path, help="output folder (default: output/ in the site)")
    cmd.add_argument("--base-url", help="override base_url, e.g. https://example.github.io/board/")
    cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    cmd.add_argument("--skip-invalid", action="store_true",
                     help="leave out postings with errors (reported as warnings) instead of failing")
    cmd.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    cmd.set_defaults(run=_build)

    cmd = commands.add_parser("serve", help="preview the site locally, rebuilding and reloading on change")
    cmd.add_argument("--site", type=Path, default=Path("."), help="site folder (default: .)")
    cmd.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    cmd.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    cmd.set_defaults(run=_serve)

    cmd = commands.add_parser("check", help="report every problem of settings, content and templates; write nothing")
    cmd.add_argument("--site", type=Path, default=Path("."), help="site folder (default: .)")
    cmd.add_argument("--format", choices=("text", "github"), default="text",
                     help="github prints GitHub Actions annotations for pull requests")
    cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    cmd.set_defaults(run=_check)

    cmd = commands.add_parser("import", help="turn raw postings (text, Markdown, HTML) into content files")
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="raw posting files or folders")
    cmd.add_argument("--into", type=Path, required=True, help="folder for the content files, e.g. content/jobs")
    cmd.add_argument("--site", type=Path, help="site whose data/tags.toml and data/cities.tsv to use")
    cmd.add_argument("--force", action="store_true",
                     help="replace files edited since import (keeping <name>.md.bak)")
    cmd.set_defaults(run=_import)

    cmd = commands.add_parser("init", help="create a new site with an example posting and the theme")
    cmd.add_argument("dir", type=Path, help="folder to create (must be empty or absent)")
    cmd.set_defaults(run=_init)
    return parser


def _build(args: argparse.Namespace) -> int:
    result = build(args.site, args.out, args.base_url, strict=args.strict, skip_invalid=args.skip_invalid,
                   progress=Progress(enabled=False if args.quiet else None))
    for warning in result.warnings:
        print(_from_cwd(warning, args.site), file=sys.stderr)
    if not args.quiet:
        print(result.summary())
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve
    return serve(args.site, args.host, args.port)


def _check(args: argparse.Namespace) -> int:
    from .check import check_site, github_annotation  # loads Markdown and Jinja: only when checking
    progress = Progress()
    try:
        problems = [_from_cwd(p, args.site) for p in check_site(args.site, progress=progress)]
    finally:
        progress.done()  # the line is cleared before the problems are printed
    for problem in problems:
        print(github_annotation(problem) if args.format == "github" else problem,
              file=sys.stdout if args.format == "github" else sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    failed = errors + (warnings if args.strict else 0)
    print(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}" + ("" if failed else ": ok"))
    return 1 if failed else 0


def _plural(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _import(args: argparse.Namespace) -> int:
    from .importer import import_postings  # its HTML and encoding libraries load only when importing
    report = import_postings(args.paths, args.into, args.site, force=args.force, progress=Progress())
    for line in report.lines:
        print(line, file=sys.stderr if line.startswith("error:") else sys.stdout)
    print(f"{report.written} written, {report.failed} failed, {len(report.lines) - report.written - report.failed} "
          f"unchanged or kept")
    return 1 if report.failed else 0


def _init(args: argparse.Namespace) -> int:
    from .scaffold import init_site
    created = init_site(args.dir)
    print(f"Created a new site in {args.dir} ({len(created)} files). Next:\n"
          f"  cd {args.dir} && jobboard build && python -m http.server --directory output 8000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
