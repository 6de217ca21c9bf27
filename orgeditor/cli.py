"""``orgeditor-cli``: headless commands on design files (no display, no Qt).

Exit codes: 0 success; 1 ``validate`` found findings at or above ``--fail-on``
(or unresolved merge conflicts);
2 a usage, I/O or file-format error, reported as one line on stderr; 3 an
internal error (a bug: the line asks for a report, ``--debug`` shows the
traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, cast

from orgeditor import __version__
from orgeditor.cli_team import (
    TeamCommandError,
    add_team_commands,
    diff_versions,
    unresolved_conflicts,
)
from orgeditor.commands import CommandError, ImportTablesCommand
from orgeditor.commands.autofix import fix_runs_json, fix_runs_text, fix_scenario
from orgeditor.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    current_language,
    set_language,
    speaking,
    translate,
    translation_credits,
)
from orgeditor.io import DesignFileError, load_design, save_design
from orgeditor.io.atomic import ReadOnlyFileError, swept_note
from orgeditor.io.errors import write_failure
from orgeditor.io.graphml import write_graphml
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.schema import DesignFile
from orgeditor.io.tables import tables_csv, write_tables
from orgeditor.io.templates import TEMPLATE_IDS, design_from_template
from orgeditor.io.unit_tables import write_template
from orgeditor.layout.paper_sizes import paper_name
from orgeditor.model import Design, Scenario, ScenarioRoles
from orgeditor.model.names import Translation, in_language, language_tag
from orgeditor.model.text import json_text, terminal_text
from orgeditor.reports.changes import changes_table
from orgeditor.reports.diff import diff_scenarios
from orgeditor.reports.diff_output import diff_json, diff_text
from orgeditor.reports.summary import summary_json, summary_text
from orgeditor.reports.tables import REPORT_TITLES, report_tables, report_title
from orgeditor.rules import RULES, Severity, validate
from orgeditor.rules.catalogue import catalogue, catalogue_text, chosen_rules
from orgeditor.rules.output import reports_json, reports_text
from orgeditor.synthetic import generate, inject_faults

PROG = "orgeditor-cli"
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
Result = tuple[str, int]
REPORT_FORMATS = ("csv", "xlsx", "html", "pdf")
MAX_LISTED = 50  # problems listed on stderr; the rest are counted
MIN_GENERATED, MAX_GENERATED = 40, 200_000
BIG_FILE_BYTES, BIG_DESIGN_UNITS = 5_000_000, 5_000  # past these, progress lines on stderr


class UsageError(Exception):
    """A request the user can correct (unknown scenario, bad option value)."""


PAPER_HELP = (
    "A0-A5, B0-B5, Letter, Legal, Tabloid, Ledger, 'ANSI C'-'ANSI E', 'Arch A'-'Arch E', "
    "or a custom size such as 900x600mm or 36x24in (default A4)"
)


def _paper(text: str) -> str:
    """``--paper``: a paper name or custom size, or a usage error naming the accepted forms."""
    try:
        return paper_name(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None


def design_schema() -> dict[str, Any]:
    """The JSON Schema of the design file format, generated from the file models."""
    return DesignFile.model_json_schema()


def _cmd_summary(args: argparse.Namespace) -> Result:
    design = _load(args.file)
    if args.format == "json":
        return _json(summary_json(design, args.file)), EXIT_OK
    return summary_text(design, args.file), EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> Result:
    return _json(design_schema()), EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> Result:
    # JSON is for programs: its messages stay in the source language, as the rules' JSON does
    with speaking(SOURCE_LANGUAGE if args.format == "json" else None):
        return _cmd_fix(args) if args.fix else _validated(args)


def _validated(args: argparse.Namespace) -> Result:
    if args.rule or args.out:
        raise UsageError("--rule and --out go with --fix")
    try:
        rules = chosen_rules(RULES, args.select, args.ignore)
    except LookupError as error:
        raise UsageError(f"{error}; `{PROG} rules` explains them") from None
    design = _load(args.file)
    scenarios = _chosen_scenarios(design, args.scenario, args.all)
    checked = []
    for scenario in scenarios:
        if len(scenario.units) > BIG_DESIGN_UNITS:
            checking = terminal_text(f"{PROG}: checking {scenario.name}…")
            print(checking, file=sys.stderr, flush=True)
        checked.append((scenario, validate(design, scenario, rules)))
    threshold = Severity(args.fail_on)
    code = EXIT_FINDINGS if any(r.reaches(threshold) for _, r in checked) else EXIT_OK
    undecided, entries = unresolved_conflicts(args.file, design)
    code = EXIT_FINDINGS if undecided else code
    if args.format == "json":
        return _json({**reports_json(args.file, checked), "unresolved_conflicts": entries}), code
    return reports_text(args.file, checked) + undecided, code


def _cmd_fix(args: argparse.Namespace) -> Result:
    """``validate --fix``: apply the fixes, write --out, report what changed and what is left."""
    if not args.out:
        raise UsageError("--fix writes the fixed design: give --out PATH")
    if args.rule is not None and args.rule not in {r.id for r in RULES}:
        raise UsageError(f"there is no rule {args.rule!r}; `{PROG} rules` lists them")
    design = _load(args.file)
    runs = [
        fix_scenario(design, s, args.rule)
        for s in _chosen_scenarios(design, args.scenario, args.all)
    ]
    try:
        save_design(design, args.out)
    except OSError as error:
        raise UsageError(f"cannot write {write_failure(args.out, error)}") from None
    threshold = Severity(args.fail_on)
    left = any(r.report is not None and r.report.reaches(threshold) for r in runs)
    code = EXIT_FINDINGS if left else EXIT_OK
    if args.format == "json":
        return _json(fix_runs_json(args.file, args.out, runs)), code
    return fix_runs_text(args.file, args.out, runs), code


def _cmd_rules(args: argparse.Namespace) -> Result:
    entries = catalogue(RULES, _load(args.file) if args.file else None)
    if args.format == "json":
        return _json([entry.as_json() for entry in entries]), EXIT_OK
    return catalogue_text(entries), EXIT_OK


def _in_language(design: Design, language: str | None) -> tuple[Design, Translation | None]:
    """``design`` with its names in ``language`` (``--lang``); unchanged without one."""
    if language is None:
        return design, None
    translation = in_language(design, language)
    return translation.design, translation


def _missing_line(translation: Translation | None, scenarios: list[Scenario]) -> str:
    """The line that says how many names ``--lang`` found no translation for, or ""."""
    note = translation.missing_note([s.id for s in scenarios]) if translation else ""
    return f"{note}\n" if note else ""


def _cmd_export(args: argparse.Namespace) -> Result:
    loaded = _load(args.file)
    chosen = _chosen_scenarios(loaded, args.scenario, False)[0]
    design, translation = _in_language(loaded, args.lang)
    scenario = design.find_scenario(chosen.id)
    out = Path(args.out)
    fmt = args.format or (out.suffix.lstrip(".").lower() or "pdf")
    if fmt == "graphml":
        try:
            write_graphml(design, scenario, out)
        except OSError as error:
            raise UsageError(f"cannot write {write_failure(out, error)}") from None
        missing = _missing_line(translation, [scenario])
        return _wrote(out, f"GraphML, {scenario.name}") + missing, EXIT_OK
    if fmt not in ("pdf", "svg", "png"):
        raise UsageError(f"cannot tell the format of {out}; give --format pdf, svg, png or graphml")
    fmt = cast(Literal["pdf", "svg", "png"], fmt)
    from orgeditor.layout.pages import PageSetup
    from orgeditor.ui.printing.export import ExportOptions, export_chart

    root = args.zone or args.subtree
    if args.zone is not None:
        zone = scenario.units.get(args.zone)
        if zone is None or zone.parent is None or zone.parent != scenario.roles.top:
            zones = ", ".join(u.id for u in scenario.children(scenario.roles.top))
            raise UsageError(f"{args.zone!r} is not a zone of {scenario.name}; zones: {zones}")
    try:
        turn = args.orientation == "auto"
        setup = PageSetup(
            args.paper, "landscape" if turn else args.orientation, margin_mm=args.margin
        )
        options = ExportOptions(
            format=fmt,
            layout=args.layout,
            setup=setup,
            scale=args.scale,
            dpi=args.dpi,
            draft=args.draft,
            root=root,
            legend=args.legend,
            figures=args.figures,
            turn=turn,
            tables=tuple(args.tables),
            comments=args.comments,
            language=args.lang,
        )
        stage = _stderr_stage if len(scenario.units) > BIG_DESIGN_UNITS else None
        pages = export_chart(design, scenario, out, options, _stderr_progress(), stage)
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot export to {out}: {error}") from None
    what = _pages(pages) if fmt == "pdf" else fmt.upper()
    missing = _missing_line(translation, [scenario])
    return _wrote(out, f"{what}, {scenario.name}") + missing, EXIT_OK


def _cmd_diff(args: argparse.Namespace) -> Result:
    if args.other is not None or args.rev is not None:  # two versions of a design (issue 18)
        output, code = diff_versions(args)
        return (output if isinstance(output, str) else _json(output)), code
    if args.scenario is not None:
        raise UsageError("--scenario goes with two versions (diff OLD NEW, or --rev)")
    design = _load(args.file)
    if args.against is None:
        old, new = _pair(design, args.old, args.new)
        diff = diff_scenarios(old, new)
    else:  # another file: an earlier version of the design, with its own rule settings
        earlier = _load(args.against)
        new = _chosen_scenarios(design, args.new, False)[0]
        same = next((s for s in earlier.scenarios if s.id == new.id), earlier.baseline)
        old = _chosen_scenarios(earlier, args.old, False)[0] if args.old else same
        diff = diff_scenarios(old, new, (earlier.rules, design.rules))
    if args.format == "json":
        return _json(diff_json(diff, args.file)), EXIT_OK
    if args.format == "csv":
        return tables_csv([changes_table(diff)]), EXIT_OK
    return diff_text(diff, args.file), EXIT_OK


def _pair(design: Design, old: str | None, new: str | None) -> tuple[Scenario, Scenario]:
    """The scenarios to compare: by default the baseline and the first proposal."""
    first = _chosen_scenarios(design, old, False)[0] if old else design.baseline
    if new:
        return first, _chosen_scenarios(design, new, False)[0]
    later = [s for s in design.scenarios if s is not first]
    if not later:
        raise UsageError("the design has one scenario only; there is nothing to compare with")
    return first, next((s for s in later if s in design.proposals), later[0])


def _cmd_report(args: argparse.Namespace) -> Result:
    design = _load(args.file)
    out = Path(args.out)
    fmt = args.format or out.suffix.lstrip(".").lower()
    if fmt not in REPORT_FORMATS:
        raise UsageError(
            f"cannot tell the format of {out}; give --format {', '.join(REPORT_FORMATS)}"
        )
    if args.table in ("costs", "sources") and not args.new:  # every scenario, by default
        old = _chosen_scenarios(design, args.old, False)[0] if args.old else design.baseline
        scenarios = [old, *(s for s in design.scenarios if s is not old)]
    else:
        scenarios = list(_pair(design, args.old, args.new))
    design, translation = _in_language(design, args.lang)  # chosen by their own names
    scenarios = [design.find_scenario(s.id) for s in scenarios]
    try:
        with speaking(_document_language(args.lang)):  # headings and numbers: the report's
            if fmt == "pdf":
                from orgeditor.layout.pages import PageSetup
                from orgeditor.ui.printing.base import ensure_application

                ensure_application()
                from orgeditor.ui.printing.report_pdf import write_report_pdf

                setup = PageSetup(args.paper, args.orientation)
                pages = write_report_pdf(design, args.table, scenarios, out, setup)
            else:
                tables = report_tables(design, args.table, scenarios)
                write_tables(tables, report_title(design, args.table), fmt, out)
    except OSError as error:
        raise UsageError(f"cannot write {write_failure(out, error)}") from None
    if fmt == "pdf":
        missing = _missing_line(translation, scenarios)
        return _wrote(out, _pages(pages)) + missing, EXIT_OK
    rows = sum(len(t.rows) for t in tables)
    counted = translate("CLI", "{tables} tables, {rows} rows")
    if len(tables) == 1:
        counted = translate("CLI", "1 table, {rows} rows")
    missing = _missing_line(translation, scenarios)
    return _wrote(out, counted.format(tables=len(tables), rows=rows)) + missing, EXIT_OK


def _cmd_template(args: argparse.Namespace) -> Result:
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv") or not out.stem:
        raise UsageError(f"give --out NAME.xlsx or NAME.csv, not {args.out!r}")
    design = _load(args.file) if args.file else design_from_template(args.template)
    try:
        written = write_template(design, Path(args.out))
    except OSError as error:
        raise UsageError(f"cannot write {write_failure(args.out, error)}") from None
    return "".join(f"wrote {path}\n" for path in written), EXIT_OK


def _cmd_import(args: argparse.Namespace) -> Result:
    if args.into:
        design = _load(args.into)
        scenario = (
            _chosen_scenarios(design, args.scenario, False)[0] if args.scenario else design.baseline
        )
    else:
        design = design_from_template(args.template)
        scenario = design.baseline
        scenario.units.clear()
        scenario.roles = ScenarioRoles()
    try:
        sheets = read_tables(args.tables, design)
    except OSError as error:
        raise UsageError(f"cannot read {error.filename}: {error.strerror or error}") from None
    names = " + ".join(args.tables)
    merged = merge_tables(design, scenario, sheets, names)
    before = (len(scenario.units), len(scenario.posts))
    try:
        ImportTablesCommand(design, scenario.id, merged, names).do(design)
    except CommandError as error:
        raise UsageError(f"{error}; nothing was written") from None
    _save(design, args.out, args.force)
    units, posts = len(merged.units) - before[0], len(merged.posts) - before[1]
    return (
        f"wrote {args.out}: {scenario.name} has {len(merged.units):,} units ({units:+,}) "
        f"and {len(merged.posts):,} posts ({posts:+,})\n",
        EXIT_OK,
    )


def _cmd_generate(args: argparse.Namespace) -> Result:
    if not MIN_GENERATED <= args.units <= MAX_GENERATED:
        raise UsageError(f"--units must be between {MIN_GENERATED} and {MAX_GENERATED:,}")
    design = generate(args.units, args.seed)
    faults = inject_faults(design, args.faults, args.seed) if args.faults else []
    _save(design, args.out, args.force)
    base = design.baseline
    lines = [f"wrote {args.out}: {len(base.units):,} units, {len(base.posts):,} posts"]
    lines += [f"  fault {fault}" for fault in faults]
    return "\n".join(lines) + "\n", EXIT_OK


def _cmd_new(args: argparse.Namespace) -> Result:
    if Path(args.out).exists() and not args.force:
        raise UsageError(f"{args.out} exists; give --force to overwrite it")
    design = design_from_template(args.template)
    _save(design, args.out, args.force)
    base = design.baseline
    return (
        f"wrote {args.out} from the {args.template} template: "
        f"{_count(len(design.grades), 'grade')}, "
        f"{_count(len(design.funding_sources), 'funding source')}, "
        f"{_count(len(base.units), 'unit')}\n",
        EXIT_OK,
    )


def _wrote(path: str | Path, details: str) -> str:
    """The line that says what a command wrote, in the interface's language."""
    return translate("CLI", "wrote {path} ({details})").format(path=path, details=details) + "\n"


def _pages(count: int) -> str:
    return (
        translate("CLI", "1 page")
        if count == 1
        else translate("CLI", "{count} pages").format(count=count)
    )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _save(design: Design, out: str, force: bool) -> None:
    """Save to ``out``; a read-only file only with ``--force``; say what a sweep removed."""
    try:
        swept = save_design(design, out, force=force)
    except ReadOnlyFileError as error:
        raise UsageError(
            f"cannot write {write_failure(out, error)}; give --force to overwrite it"
        ) from None
    except OSError as error:
        raise UsageError(f"cannot write {write_failure(out, error)}") from None
    note = swept_note(out, swept)
    if note:
        print(f"{PROG}: {note}", file=sys.stderr)


def _stderr_stage(what: str) -> None:
    print(f"{PROG}: {what}…", file=sys.stderr, flush=True)


def _stderr_progress() -> Callable[[int, int], bool]:
    """Report pages on stderr once an export has taken more than a second."""
    started = time.monotonic()

    def report(done: int, total: int) -> bool:
        if time.monotonic() - started > 1.0 and (done % 20 == 0 or done == total - 1):
            end = "\n" if done == total - 1 else ""
            print(f"\r{PROG}: page {done + 1} of {total}", end=end, file=sys.stderr, flush=True)
        return True

    return report


def _chosen_scenarios(design: Design, key: str | None, everything: bool) -> list[Scenario]:
    """One scenario by id or name; else every proposal, and the baseline first with --all."""
    if key is not None:
        try:
            return [design.find_scenario(key)]
        except LookupError as error:
            raise UsageError(str(error)) from None
    if everything:
        return [design.baseline, *design.proposals]
    return design.proposals or [design.baseline]


def _load(path: str) -> Design:
    try:
        size = Path(path).stat().st_size
        if size > BIG_FILE_BYTES:  # seconds of work: say so on stderr, not stdout
            print(f"{PROG}: reading {path} ({size / 1e6:,.0f} MB)…", file=sys.stderr, flush=True)
        return load_design(path)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None


def _json(document: object) -> str:
    # C1 controls and lone surrogates as \u escapes: still JSON, never live on a terminal
    return json_text(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each sub-command sets ``run`` to a function returning its output."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Headless commands on orgeditor design files (.orgdesign).",
    )
    credits = translation_credits()
    version = f"%(prog)s {__version__}" + (f"\n{credits}" if credits else "")
    parser.add_argument("--version", action="version", version=version)
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

    check = commands.add_parser(
        "validate",
        help="check proposals against the rule catalogue",
        description="Check every proposal (or one scenario, or all with the baseline) against "
        "the rules. Exit 0 when no finding reaches --fail-on, 1 when some do, or when a "
        "merge left conflicts undecided (they are listed after the findings).",
    )
    check.add_argument("file", metavar="FILE", help="a .orgdesign file")
    which = check.add_mutually_exclusive_group()
    which.add_argument("--scenario", metavar="NAME", help="one scenario, by id or name")
    which.add_argument("--all", action="store_true", help="the baseline too")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        default="error",
        help="the least severe finding that makes the exit code 1 (default: error)",
    )
    check.add_argument(
        "--fix",
        action="store_true",
        help="apply every suggested fix, one at a time, and write the result to --out; "
        "exit 0 only if no finding reaching --fail-on is left",
    )
    check.add_argument(
        "--select", metavar="RULE,...", help="check only these rules (comma-separated ids)"
    )
    check.add_argument("--ignore", metavar="RULE,...", help="do not check these rules")
    check.add_argument("--rule", metavar="RULE-ID", help="with --fix: only this rule's fixes")
    check.add_argument("--out", metavar="PATH", help="with --fix: the design file to write")
    check.set_defaults(run=_cmd_validate)

    export = commands.add_parser(
        "export",
        help="draw a scenario's chart as PDF, SVG or PNG (no display needed)",
        description="Draw the chart of one scenario (by default the first proposal) into a "
        "file. PDF pages carry a header, a footer and page numbers; tiles carry crop marks "
        "and a sheet label.",
    )
    export.add_argument("file", metavar="FILE", help="a .orgdesign file")
    export.add_argument("--scenario", metavar="NAME", help="by id or name")
    export.add_argument("--out", required=True, metavar="PATH")
    export.add_argument(
        "--format",
        choices=["pdf", "svg", "png", "graphml"],
        help="default: from the --out suffix; graphml writes the units and lines for yEd or Gephi",
    )
    export.add_argument(
        "--layout",
        choices=["fit", "tile", "booklet"],
        default="fit",
        help="PDF: the whole chart on one page, tiled across pages, or a booklet of one "
        "page per department or division",
    )
    export.add_argument("--paper", type=_paper, default="A4", help=PAPER_HELP)
    export.add_argument(
        "--orientation",
        choices=["auto", "portrait", "landscape"],
        default="auto",
        help="auto (default): whichever prints larger (fit), else landscape",
    )
    export.add_argument("--scale", type=float, default=0.75, help="tile scale (default 0.75)")
    export.add_argument(
        "--margin",
        type=float,
        default=10.0,
        metavar="MM",
        help="page margins in millimetres (default 10)",
    )
    export.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    export.add_argument("--draft", action="store_true", help="print DRAFT across every page")
    export.add_argument(
        "--legend",
        choices=["none", "first", "every"],
        default="first",
        help="a legend under the chart on the first page (default), every page, or none",
    )
    export.add_argument(
        "--figures",
        choices=["cost", "grades", "funding", "none"],
        default="cost",
        help="the last line of each card: posts and cost "
        "(default), posts by grade, posts by funding source, or nothing",
    )
    export.add_argument(
        "--tables",
        nargs="+",
        default=[],
        choices=["posts", "redeployment", "costs"],
        help="PDF: add pages of these tables after the chart (baseline against the scenario)",
    )
    export.add_argument(
        "--comments",
        action="store_true",
        help="PDF: add a review appendix listing every comment by unit, open ones first",
    )
    part = export.add_mutually_exclusive_group()
    part.add_argument("--zone", metavar="ID", help="only this zone (a unit below the top)")
    part.add_argument("--subtree", metavar="ID", help="only this unit and its sub-units")
    _add_lang(export)
    export.set_defaults(run=_cmd_export)

    compare = commands.add_parser(
        "diff",
        help="what changed between two scenarios: units, posts, lines, bodies, roles",
        description="List the units added, abolished, moved, renamed, changed, succeeding or "
        "succeeded, the posts established, abolished, redeployed, moved with their unit, "
        "reclassified or moved "
        "between funding sources, the dual and dotted lines, bodies and roles that changed, "
        "from one scenario to another (by default the baseline to the first proposal).",
    )
    compare.add_argument("file", metavar="FILE", help="a .orgdesign file (or OLD, with NEW)")
    compare.add_argument("other", metavar="NEW", nargs="?", help="a later version of FILE")
    compare.add_argument("--rev", metavar="REV", help="compare with FILE at a git revision")
    compare.add_argument("--scenario", metavar="NAME", help="with two versions: only this one")
    _add_pair(compare)
    compare.add_argument(
        "--against",
        metavar="OTHER",
        help="compare with a scenario of another file (say, an earlier version): --from names "
        "it there (default: the scenario with --to's id, else the baseline); the rule "
        "settings are compared too",
    )
    compare.add_argument("--format", choices=["text", "json", "csv"], default="text")
    compare.set_defaults(run=_cmd_diff)

    report = commands.add_parser(
        "report",
        help="write a post, redeployment, cost, change or sources table (CSV, XLSX, HTML, PDF)",
        description="Write one of the tables budget reports carry, comparing two scenarios "
        "(by default the baseline and the first proposal; the cost table compares the "
        "baseline with every other scenario unless --to is given; the sources table lists "
        "every scenario's units, lines, bodies and functions with their source, or the "
        "scenarios --from and --to).",
    )
    report.add_argument("file", metavar="FILE", help="a .orgdesign file")
    report.add_argument("--table", choices=list(REPORT_TITLES), required=True)
    _add_pair(report)
    report.add_argument("--out", required=True, metavar="PATH")
    report.add_argument(
        "--format", choices=list(REPORT_FORMATS), help="default: from the --out suffix"
    )
    report.add_argument("--paper", type=_paper, default="A4", help=PAPER_HELP)
    report.add_argument(
        "--orientation", choices=["portrait", "landscape"], default="landscape", help="PDF"
    )
    _add_lang(report)
    report.set_defaults(run=_cmd_report)

    template = commands.add_parser(
        "template",
        help="write empty Units and Posts tables to fill in and import",
        description="Write the import template: an XLSX workbook with Units, Posts and a Read "
        "me sheet (grades and funding sources of FILE, or of a blank design), or two CSV files "
        "NAME-units.csv and NAME-posts.csv.",
    )
    template.add_argument("file", metavar="FILE", nargs="?", help="a .orgdesign file (optional)")
    template.add_argument("--out", required=True, metavar="PATH", help="NAME.xlsx or NAME.csv")
    _add_template(template, "without FILE: the design whose grades and sources to list")
    template.set_defaults(run=_cmd_template)

    load = commands.add_parser(
        "import",
        help="merge units and posts from CSV or XLSX into a design (or start a new one)",
        description="Merge the Units and Posts tables into a scenario of --into (by id: known "
        "ids are replaced, new ones added), or into a new design, and save to --out. If any "
        "row is wrong, every bad row is listed and nothing is written.",
    )
    load.add_argument("tables", metavar="TABLE", nargs="+", help=".xlsx or .csv files")
    load.add_argument("--into", metavar="FILE", help="a .orgdesign file (default: a new design)")
    load.add_argument("--scenario", metavar="NAME", help="by id or name (default: the baseline)")
    load.add_argument("--out", required=True, metavar="PATH", help="the design file to write")
    _add_template(load, "without --into: the design the tables go into")
    _add_force(load)
    load.set_defaults(run=_cmd_import)

    make = commands.add_parser(
        "generate",
        help="write a synthetic design of any size (for trials and benchmarks)",
        description="Write a synthetic, UN-like design: departments, offices, divisions, "
        "sections and teams, a shared regional structure with dual lines, field presences, "
        "about five posts per unit over three funding sources, and a proposal that passes "
        "every rule unless --faults asks for broken ones. Same --units and --seed, same file.",
    )
    make.add_argument("--units", type=int, required=True, metavar="N")
    make.add_argument("--seed", type=int, default=1)
    make.add_argument(
        "--faults",
        type=int,
        default=0,
        metavar="K",
        help="break the proposal K times (an extra post, a second entry point, a dropped dual "
        "line, a function in the wrong department, a presence led by the wrong department)",
    )
    make.add_argument("--out", required=True, metavar="PATH")
    _add_force(make)
    make.set_defaults(run=_cmd_generate)

    start = commands.add_parser(
        "new",
        help="write a new design from a template",
        description="Write a new design made from a template: blank (a five-step ladder and "
        "one funding source to rename), un-secretariat (UN grades and funding sources) or "
        "ministry (civil-service grades, one departmental budget). An existing --out is "
        "overwritten only with --force.",
    )
    start.add_argument("--template", choices=TEMPLATE_IDS, required=True)
    start.add_argument("--out", required=True, metavar="PATH", help="the design file to write")
    start.add_argument(
        "--force", action="store_true", help="overwrite --out if it exists, even if read-only"
    )
    start.set_defaults(run=_cmd_new)

    rules = commands.add_parser(
        "rules",
        help="explain every rule",
        description="Explain every rule: its id, severity, source and parameters; with FILE, "
        "the design's values and whether it turns the rule off or changes its severity.",
    )
    rules.add_argument("file", metavar="FILE", nargs="?", help="a .orgdesign file")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.set_defaults(run=_cmd_rules)
    add_team_commands(commands)  # merge, textconv, git-setup (issue 18)
    for command in (parser, *commands.choices.values()):  # before or after the command
        command.add_argument(
            "--ui-lang",
            type=_ui_lang,
            metavar="LANG",
            default=None if command is parser else argparse.SUPPRESS,
            help=f"the language of messages and headings ({', '.join(LANGUAGES)}; default: the "
            "locale's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG); --lang picks the names",
        )
    return parser


def _add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="overwrite --out even if it is a read-only file"
    )


def _add_template(parser: argparse.ArgumentParser, use: str) -> None:
    parser.add_argument(
        "--template",
        choices=TEMPLATE_IDS,
        default="un-secretariat",
        help=f"{use} (default: un-secretariat)",
    )


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="TAG",
        help="names in this language (a BCP 47 tag: ar, zh, en, fr, ru, es ...); "
        "a name missing there is shown in the design's language, and counted; in en, zh, fr, "
        "es, ru or ar the headings and numbers of a report follow it too (else --ui-lang)",
    )


def _language(text: str) -> str:
    try:
        return language_tag(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None


def _ui_lang(text: str) -> str:
    if _document_language(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r}: choose one of {', '.join(LANGUAGES)}")
    return text


def _document_language(tag: str | None) -> str | None:
    """``tag`` if the core speaks its language, else None (a report keeps --ui-lang's)."""
    known = tag is not None and tag.replace("_", "-").split("-")[0].lower() in LANGUAGES
    return tag if known else None


def _add_pair(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="old", metavar="NAME", help="by id or name (default: the baseline)"
    )
    parser.add_argument(
        "--to", dest="new", metavar="NAME", help="by id or name (default: the first proposal)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code instead of exiting (tests call this)."""
    earlier = current_language()
    try:
        set_language(_ui_language(sys.argv[1:] if argv is None else argv))
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as stop:
            return int(stop.code or 0)
        return _run(args, args.run)
    finally:
        set_language(earlier)


def _ui_language(argv: Sequence[str]) -> str | None:
    """``--ui-lang``'s value, read before parsing so that the parser's texts follow it too."""
    chosen = None
    for index, word in enumerate(argv):
        if word == "--ui-lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif word.startswith("--ui-lang="):
            chosen = word.partition("=")[2]
    return chosen


def _run(args: argparse.Namespace, run: Callable[[argparse.Namespace], Result]) -> int:
    """Run the command; print its output, or its error as one line on stderr."""
    try:
        output, code = run(args)
    except DesignFileError as error:
        print(terminal_text(f"{PROG}: error: {error}"), file=sys.stderr)
        if len(error.problems) > 1:
            for problem in error.problems[:MAX_LISTED]:
                print(terminal_text(f"  {problem}"), file=sys.stderr)
            if len(error.problems) > MAX_LISTED:
                print(f"  ... {len(error.problems) - MAX_LISTED} more", file=sys.stderr)
        return EXIT_USAGE
    except (UsageError, TeamCommandError) as error:
        print(terminal_text(f"{PROG}: error: {error}"), file=sys.stderr)
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
        sys.stdout.write(terminal_text(output))
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`
        pass
    return code


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
