"""The command line's team commands (issue 18): ``merge``, ``textconv``, ``git-setup``.

They share ``orgeditor.cli``'s conventions (exit 0 success, 1 conflicts or
findings, 2 a usage, I/O or file-format error) and raise :class:`TeamCommandError`
for what the user can correct; ``orgeditor.cli`` registers them and reports errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from orgeditor.io import load_design, loads, save_design
from orgeditor.io.errors import write_failure
from orgeditor.io.tables import tables_csv
from orgeditor.merge.designs import MergeError, merge_designs, merge_findings
from orgeditor.merge.git import GitError, file_at_revision, set_up
from orgeditor.model import Design, MergeConflict, Metadata, Scenario
from orgeditor.reports.changes import changes_table
from orgeditor.reports.diff import ScenarioDiff, diff_scenarios
from orgeditor.reports.diff_output import diff_json, diff_text
from orgeditor.reports.listing import design_listing

PROG = "orgeditor-cli"
EXIT_OK, EXIT_FINDINGS = 0, 1
Result = tuple[str, int]


class TeamCommandError(Exception):
    """A request the user can correct, or a git failure; the message says what to do."""


def read_design(path: str) -> Design:
    """Load a design file, turning an unreadable file into a :class:`TeamCommandError`."""
    try:
        return load_design(path)
    except OSError as error:
        raise TeamCommandError(f"cannot read {path}: {error.strerror or error}") from None


def design_at_revision(path: str, revision: str) -> Design:
    """The design ``path`` as committed at git ``revision``."""
    try:
        data = file_at_revision(path, revision)
    except GitError as error:
        raise TeamCommandError(str(error)) from None
    return loads(data, f"{path} at {revision}")


def diff_versions(args: argparse.Namespace) -> tuple[str | dict[str, object], int]:
    """``diff OLD NEW`` or ``diff FILE --rev REV``: each scenario of one version against
    the same scenario (by id) of the other, or only ``--scenario``'s.

    Returns the text or CSV output, or the JSON document, and the exit code.
    """
    if args.other is not None and args.rev is not None:
        raise TeamCommandError("compare with another file or with a git revision, not both")
    if args.against is not None or args.old is not None or args.new is not None:
        raise TeamCommandError(
            "--against, --from and --to compare scenarios of one file; "
            "with two versions, give --scenario to pick one"
        )
    if args.rev is not None:
        earlier, later = design_at_revision(args.file, args.rev), read_design(args.file)
        names = f"{args.file} at {args.rev} -> {args.file}"
    else:
        earlier, later = read_design(args.file), read_design(args.other)
        names = f"{args.file} -> {args.other}"
    diffs, added, removed = _version_pairs(earlier, later, args.scenario)
    if args.format == "json":
        return {
            "from": args.file if args.rev is None else f"{args.file}@{args.rev}",
            "to": args.other or args.file,
            "scenarios": [diff_json(d, names) for d in diffs],
            "added_scenarios": [{"id": s.id, "name": s.name} for s in added],
            "removed_scenarios": [{"id": s.id, "name": s.name} for s in removed],
        }, EXIT_OK
    if args.format == "csv":
        return tables_csv([changes_table(d) for d in diffs]), EXIT_OK
    parts = [diff_text(d, names) for d in diffs]
    parts += [f"{names}: scenario {s.name} [{s.id}] added\n" for s in added]
    parts += [f"{names}: scenario {s.name} [{s.id}] removed\n" for s in removed]
    return "\n".join(parts), EXIT_OK


def _version_pairs(
    earlier: Design, later: Design, key: str | None
) -> tuple[list[ScenarioDiff], list[Scenario], list[Scenario]]:
    """Diffs of the scenarios both versions have (by id), and those only one has."""
    if key is not None:
        try:
            new = later.find_scenario(key)
            old = earlier.find_scenario(new.id if new.id in _ids(earlier) else key)
        except LookupError as error:
            raise TeamCommandError(str(error)) from None
        return [diff_scenarios(old, new, (earlier.rules, later.rules))], [], []
    before = {s.id: s for s in earlier.scenarios}
    diffs = [
        diff_scenarios(before[s.id], s, (earlier.rules, later.rules))
        for s in later.scenarios
        if s.id in before
    ]
    added = [s for s in later.scenarios if s.id not in before]
    removed = [s for s in earlier.scenarios if s.id not in _ids(later)]
    return diffs, added, removed


def _ids(design: Design) -> set[str]:
    return {s.id for s in design.scenarios}


def _cmd_merge(args: argparse.Namespace) -> Result:
    ours = read_design(args.ours)
    theirs = read_design(args.theirs)
    base = _base(args.base, ours)
    named = args.path or args.out  # git's merge driver writes to a temporary file
    try:
        result = merge_designs(base, ours, theirs)
    except MergeError as error:
        sides = f"{args.ours} and {args.theirs}" if args.path is None else f"two sides of {named}"
        raise TeamCommandError(
            f"the merge of {sides} would not be a sound design "
            f"({error}); nothing was written: merge these two versions by hand"
        ) from None
    try:
        save_design(result.design, args.out, backup=False)
    except OSError as error:
        raise TeamCommandError(f"cannot write {write_failure(args.out, error)}") from None
    if not result.clean:
        return _conflicts_text(named, result.conflicts), EXIT_FINDINGS
    result.findings = merge_findings(result, ours, theirs)
    text = f"merged cleanly into {named}\n"
    if result.findings:
        text += f"{len(result.findings)} finding(s) neither side had:\n"
        for scenario, finding in result.findings:
            text += f"  [{scenario}] {finding.rule} {finding.severity.value}: {finding.message}\n"
        return text, EXIT_FINDINGS if args.strict else EXIT_OK
    return text, EXIT_OK


def _base(path: str, ours: Design) -> Design:
    """The common ancestor; git passes an empty file when both sides added the design."""
    if Path(path).exists() and Path(path).stat().st_size == 0:
        return Design(Metadata(ours.metadata.title))
    return read_design(path)


def _conflicts_text(out: str, conflicts: list[MergeConflict], what: str = "conflict(s)") -> str:
    lines = [
        f"{len(conflicts)} {what}, kept in {out} (each lists both values; open it in "
        "orgeditor and decide them in the Conflicts dock):"
    ]
    for conflict in conflicts:
        lines.append(f"  {'/'.join(conflict.path)}: {conflict.reason}; kept {conflict.kept.value}")
    return "\n".join(lines) + "\n"


def unresolved_conflicts(file: str, design: Design) -> tuple[str, list[dict[str, object]]]:
    """What ``validate`` says about conflicts a merge left undecided: a text (empty when
    none) and the JSON entries. Undecided conflicts make ``validate`` exit 1."""
    if not design.conflicts:
        return "", []
    entries: list[dict[str, object]] = [
        {"path": c.path, "reason": c.reason, "kept": c.kept.value} for c in design.conflicts
    ]
    return _conflicts_text(file, design.conflicts, "unresolved merge conflict(s)"), entries


def _cmd_textconv(args: argparse.Namespace) -> Result:
    return design_listing(read_design(args.file), args.file), EXIT_OK


def _cmd_git_setup(args: argparse.Namespace) -> Result:
    try:
        steps = set_up(Path.cwd(), everywhere=args.everywhere)
    except GitError as error:
        raise TeamCommandError(
            f"{error}; run git-setup inside the repository, or give --global"
        ) from None
    lines = ["git now merges and diffs .orgdesign files with orgeditor; wrote:"]
    for step in steps:
        lines.append(f"  {step.where}: {step.what}")
    return "\n".join(lines) + "\n", EXIT_OK


def add_team_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``merge``, ``textconv`` and ``git-setup`` on the command line's parser."""
    merge = commands.add_parser(
        "merge",
        help="three-way merge of two versions of a design (a git merge driver)",
        description="Merge OURS and THEIRS, two versions of a design made from BASE, by "
        "identity (units, posts, lines, bodies, roles, scenarios, settings), field by field. "
        "Conflicts are kept in the written design, with both values; exit 1 when there are "
        "any. After a clean merge, findings neither side had are listed (--strict: exit 1).",
    )
    merge.add_argument("base", metavar="BASE", help="the common ancestor (empty: none)")
    merge.add_argument("ours", metavar="OURS")
    merge.add_argument("theirs", metavar="THEIRS")
    merge.add_argument("--out", required=True, metavar="MERGED", help="the design to write")
    merge.add_argument(
        "--strict", action="store_true", help="exit 1 when the merge brings new findings"
    )
    merge.add_argument(
        "--path",
        metavar="NAME",
        help="the design's name in messages (git's %%P: MERGED is then a temporary file)",
    )
    merge.add_argument(
        "--marker-size",
        type=int,
        metavar="N",
        help="git's %%L, accepted for the merge driver; unused (a design holds no markers)",
    )
    merge.set_defaults(run=_cmd_merge)

    textconv = commands.add_parser(
        "textconv",
        help="a design as reviewable text (for git diff)",
        description="Print the summary and each scenario's structure, one line per unit; "
        "git-setup makes `git diff` and `git log -p` show this for .orgdesign files.",
    )
    textconv.add_argument("file", metavar="FILE", help="a .orgdesign file")
    textconv.set_defaults(run=_cmd_textconv)

    setup = commands.add_parser(
        "git-setup",
        help="make git merge and diff .orgdesign files with orgeditor",
        description="Write the .gitattributes line (*.orgdesign merge=orgdesign "
        "diff=orgdesign) and the git config of the merge driver and the diff textconv, "
        "for this repository or, with --global, for every repository of the user.",
    )
    setup.add_argument(
        "--global", dest="everywhere", action="store_true", help="the user's global git config"
    )
    setup.set_defaults(run=_cmd_git_setup)
