"""Apply every suggested fix to a scenario, like a linter's ``--fix`` (``validate --fix``).

One fix at a time, re-checking after each: a fix is kept only if the finding that
offered it is gone and no error was added; otherwise it is undone and the finding is
reported with the reason. The same fix is never tried twice, and the number of fixes
is bounded, so the loop always ends.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from orgeditor.commands.base import CommandError
from orgeditor.commands.fixes import command_for_fix
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Design, Scenario
from orgeditor.rules import Finding, Report, Severity, validate
from orgeditor.rules.terminal import columns, terminal_fill

# Rules whose fixes change what other rules see go first (the tree, then entry points
# before coverage, functions and bodies before costs), errors before warnings.
FIX_ORDER = (
    "STRUCT-TREE",
    "REGION-ENTRY",
    "REGION-DUAL",
    "REGION-COVERAGE",
    "LEAD-DEPT",
    "FUNC-HOME",
    "FUNC-KEPT",
    "FUNC-GENDER",
    "GOV-SPG",
    "GOV-PBF-LINK",
    "COST-FUNDING",
    "COST-TOTAL",
    "COST-GRADES",
    "STRUCT-GRADE",
    "STRUCT-SPAN",
)
MAX_FIXES = 2_000
# A scenario's heading in validate --fix's text, by (one fix applied, errors left: 0, 1, more)
RUN_HEADINGS = {
    (True, 0): QT_TRANSLATE_NOOP("Validation", "{name}  [{id}]: 1 fix applied, no error left"),
    (False, 0): QT_TRANSLATE_NOOP(
        "Validation", "{name}  [{id}]: {count} fixes applied, no error left"
    ),
    (True, 1): QT_TRANSLATE_NOOP("Validation", "{name}  [{id}]: 1 fix applied, 1 error left"),
    (False, 1): QT_TRANSLATE_NOOP(
        "Validation", "{name}  [{id}]: {count} fixes applied, 1 error left"
    ),
    (True, 2): QT_TRANSLATE_NOOP("Validation", "{name}  [{id}]: 1 fix applied, {left} errors left"),
    (False, 2): QT_TRANSLATE_NOOP(
        "Validation", "{name}  [{id}]: {count} fixes applied, {left} errors left"
    ),
}


def finding_key(finding: Finding) -> Hashable:
    """What identifies a finding across edits: its rule, units and funding source.

    Messages carry amounts and counts that an unrelated edit changes.
    """
    return (finding.rule, finding.units, finding.data.get("funding"))


def errors(report: Report) -> Counter[Hashable]:
    """The report's errors, counted by :func:`finding_key`."""
    return Counter(finding_key(f) for f in report.findings if f.severity is Severity.ERROR)


@dataclass(frozen=True)
class AppliedFix:
    """A fix that was applied and kept."""

    rule: str
    finding: str
    description: str


@dataclass(frozen=True)
class Unfixed:
    """A finding left in the scenario, and why no fix removed it."""

    finding: Finding
    reason: str


@dataclass
class FixRun:
    """What ``fix_scenario`` did to one scenario and what is left."""

    scenario: str
    scenario_name: str
    applied: list[AppliedFix] = field(default_factory=list)
    unfixed: list[Unfixed] = field(default_factory=list)
    report: Report | None = None

    @property
    def errors_left(self) -> int:
        """The errors the scenario still has."""
        return self.report.counts()["error"] if self.report else 0


def _order(finding: Finding) -> tuple[int, int]:
    place = FIX_ORDER.index(finding.rule) if finding.rule in FIX_ORDER else len(FIX_ORDER)
    return (finding.severity.rank, place)


def _fix_key(finding: Finding) -> str:
    assert finding.fix is not None
    return json.dumps([finding.rule, finding.fix.action, finding.fix.params], sort_keys=True)


def fix_scenario(
    design: Design, scenario: Scenario, rule: str | None = None, limit: int = MAX_FIXES
) -> FixRun:
    """Apply the offered fixes (of ``rule`` only, if given) to ``scenario``, in place.

    Returns what was applied, the final report, and every error or warning left with
    the reason it was not fixed.
    """
    run = FixRun(scenario.id, scenario.name)
    tried: set[str] = set()
    refused: dict[Hashable, str] = {}
    report = validate(design, scenario)
    while len(run.applied) < limit:
        offered = sorted(
            (
                f
                for f in report.findings
                if f.fix is not None
                and (rule is None or f.rule == rule)
                and _fix_key(f) not in tried
            ),
            key=_order,
        )
        if not offered:
            break
        finding = offered[0]
        assert finding.fix is not None
        tried.add(_fix_key(finding))
        try:
            command = command_for_fix(design, scenario.id, finding.fix)
            command.do(design)
        except CommandError as error:
            refused[finding_key(finding)] = translate(
                "NoFix", "its fix cannot be applied: {error}"
            ).format(error=error)
            continue
        after = validate(design, scenario)
        key = finding_key(finding)
        still = Counter(finding_key(f) for f in after.findings)[key]
        before = Counter(finding_key(f) for f in report.findings)[key]
        added = errors(after) - errors(report)
        if still >= before or added:
            command.undo(design)
            new = next((f.message for f in after.findings if finding_key(f) in added), "")
            refused[key] = (
                translate("NoFix", "its fix ({fix}) would add an error: {error}")
                if added
                else translate("NoFix", "its fix ({fix}) did not remove it")
            ).format(fix=finding.fix.description, error=new)
            continue
        run.applied.append(AppliedFix(finding.rule, finding.message, finding.fix.description))
        refused.pop(key, None)
        report = after
    run.report = report
    for finding in report.findings:
        if finding.severity is Severity.INFO:
            continue
        if rule is not None and finding.rule != rule:
            reason = translate("NoFix", "only {rule}'s fixes were asked for").format(rule=rule)
            run.unfixed.append(Unfixed(finding, reason))
            continue
        reason = refused.get(finding_key(finding)) or finding.no_fix
        if not reason and finding.fix is not None:
            reason = (
                translate(
                    "NoFix",
                    "its fix was applied and a later fix brought it back; repair it by hand",
                )
                if _fix_key(finding) in tried
                else translate("NoFix", "the limit of {limit} fixes was reached").format(
                    limit=format_number(limit)
                )
            )
        reason = reason or translate("NoFix", "the rule offers no automatic fix")
        run.unfixed.append(Unfixed(finding, reason))
    return run


def fix_runs_text(file: str, out: str, runs: list[FixRun]) -> str:
    """What ``validate --fix`` prints: per scenario, the fixes applied and what is left."""
    blocks = [f"{file} -> {out}"]
    for run in runs:
        count, left = len(run.applied), run.errors_left
        heading = translate("Validation", RUN_HEADINGS[count == 1, min(left, 2)])
        lines = [
            heading.format(
                name=run.scenario_name,
                id=run.scenario,
                count=format_number(count),
                left=format_number(left),
            )
        ]
        for fix in run.applied:
            label = translate("Validation", "fixed {rule}").format(rule=fix.rule)
            lines.append(_wrapped(label, fix.finding))
            by = translate("Validation", "by: {fix}").format(fix=fix.description)
            lines.append(_wrapped("", by))
        for item in run.unfixed:
            finding = item.finding
            label = translate("Validation", "not fixed {severity}").format(
                severity=translate("Severity", finding.severity.value)
            )
            lines.append(_wrapped(label, finding.rule))
            lines.append(_wrapped("", finding.message))
            why = translate("Validation", "why: {reason}").format(reason=item.reason)
            lines.append(_wrapped("", why))
        blocks.append("\n".join(lines))
    wrote = translate("Validation", "wrote {path}").format(path=out)
    return "\n\n".join(blocks) + f"\n\n{wrote}\n"


def _wrapped(label: str, text: str) -> str:
    """``text`` after ``label`` padded to 22 terminal columns (a Chinese label's characters
    take two), wrapped to the terminal's width in every script."""
    first = f"  {label}{' ' * max(0, 22 - columns(label))} "
    return terminal_fill(text, first, " " * columns(first))


def fix_runs_json(file: str, out: str, runs: list[FixRun]) -> dict[str, Any]:
    """The ``validate --fix --format json`` document."""
    return {
        "file": file,
        "out": out,
        "scenarios": [
            {
                "scenario": run.scenario,
                "scenario_name": run.scenario_name,
                "applied": [
                    {"rule": a.rule, "finding": a.finding, "fix": a.description}
                    for a in run.applied
                ],
                "not_fixed": [
                    {
                        "rule": u.finding.rule,
                        "severity": u.finding.severity.value,
                        "message": u.finding.message,
                        "units": list(u.finding.units),
                        "reason": u.reason,
                    }
                    for u in run.unfixed
                ],
                "counts": run.report.counts() if run.report else {},
            }
            for run in runs
        ],
    }
