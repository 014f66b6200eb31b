"""The `jobboard` command: parse arguments, run a command, turn user errors into exit code 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .build import build
from .errors import JobboardError
from .scaffold import init_site


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 user error, 2 usage error)."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except JobboardError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobboard", description="A static site generator for job boards.")
    parser.add_argument("--version", action="version", version=f"jobboard {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    cmd = commands.add_parser("build", help="build the site into the output folder")
    cmd.add_argument("--site", type=Path, default=Path("."), help="site folder (default: .)")
    cmd.add_argument("--out", type=Path, help="output folder (default: output/ in the site)")
    cmd.add_argument("--base-url", help="override base_url, e.g. https://example.github.io/board/")
    cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    cmd.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    cmd.set_defaults(run=_build)

    cmd = commands.add_parser("init", help="create a new site with an example posting and the theme")
    cmd.add_argument("dir", type=Path, help="folder to create (must be empty or absent)")
    cmd.set_defaults(run=_init)
    return parser


def _build(args: argparse.Namespace) -> int:
    result = build(args.site, args.out, args.base_url, strict=args.strict)
    for warning in result.warnings:
        print(str(warning), file=sys.stderr)
    if not args.quiet:
        print(result.summary())
    return 0


def _init(args: argparse.Namespace) -> int:
    created = init_site(args.dir)
    print(f"Created a new site in {args.dir} ({len(created)} files). Next:\n"
          f"  cd {args.dir} && jobboard build && python -m http.server --directory output 8000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
