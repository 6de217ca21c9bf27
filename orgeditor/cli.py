"""``orgeditor-cli``: headless commands on design files (no display, no Qt).

Exit codes: 0 success; 2 a usage, I/O or file-format error, reported as one
line on stderr; 3 an internal error (a bug: the line asks for a report, and
``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from orgeditor import __version__
from orgeditor.io import DesignFileError, load_design
from orgeditor.io.schema import DesignFile
from orgeditor.model import Design
from orgeditor.reports.summary import summary_json, summary_text

PROG = "orgeditor-cli"
EXIT_OK, EXIT_USAGE, EXIT_INTERNAL = 0, 2, 3


class UsageError(Exception):
    """A request the user can correct (unknown scenario, bad option value)."""


def design_schema() -> dict[str, Any]:
    """The JSON Schema of the design file format, generated from the file models."""
    return DesignFile.model_json_schema()


def _cmd_summary(args: argparse.Namespace) -> str:
    design = _load(args.file)
    if args.format == "json":
        return _json(summary_json(design, args.file))
    return summary_text(design, args.file)


def _cmd_schema(args: argparse.Namespace) -> str:
    return _json(design_schema())


def _load(path: str) -> Design:
    try:
        return load_design(path)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None


def _json(document: object) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each sub-command sets ``run`` to a function returning its output."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Headless commands on orgeditor design files (.orgdesign).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summary = commands.add_parser(
        "summary",
        help="units, posts by grade and funding source, and annual costs of every scenario",
        description="Print, for each scenario (baseline first), its units, its posts by grade "
        "and funding source, and its annual cost by funding source and in total.",
    )
    summary.add_argument("file", metavar="FILE", help="a .orgdesign file")
    summary.add_argument("--format", choices=["text", "json"], default="text")
    summary.set_defaults(run=_cmd_summary)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the .orgdesign format",
        description="Print the JSON Schema of the design file format.",
    )
    schema.set_defaults(run=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code instead of exiting (tests call this)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    run: Callable[[argparse.Namespace], str] = args.run
    try:
        output = run(args)
    except (DesignFileError, UsageError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # a bug: one line for the user, the rest on request
        if args.debug:
            traceback.print_exc()
        print(
            f"{PROG}: internal error: {type(error).__name__}: {error} "
            "(please report it; --debug shows details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
    return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
