"""Validation reports as text for people and JSON for programs (``orgeditor-cli validate``)."""

from __future__ import annotations

from typing import Any

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Scenario, ScenarioKind
from orgeditor.rules.base import Finding, Severity
from orgeditor.rules.engine import Report
from orgeditor.rules.terminal import terminal_fill

HEADINGS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Validation", "Errors"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Validation", "Warnings"),
    Severity.INFO: QT_TRANSLATE_NOOP("Validation", "Information"),
}
# How many findings of a severity: one, and more (or none)
COUNTS = {
    Severity.ERROR: (
        QT_TRANSLATE_NOOP("Validation", "1 error"),
        QT_TRANSLATE_NOOP("Validation", "{count} errors"),
    ),
    Severity.WARNING: (
        QT_TRANSLATE_NOOP("Validation", "1 warning"),
        QT_TRANSLATE_NOOP("Validation", "{count} warnings"),
    ),
    Severity.INFO: (
        QT_TRANSLATE_NOOP("Validation", "1 info"),
        QT_TRANSLATE_NOOP("Validation", "{count} info"),
    ),
}


def finding_json(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON-ready dictionary."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "units": list(finding.units),
        "posts": list(finding.posts),
        "fix": finding.fix.as_json() if finding.fix else None,
        "no_fix": finding.no_fix,
        "data": dict(finding.data),
    }


def reports_json(file: str, checked: list[tuple[Scenario, Report]]) -> dict[str, Any]:
    """The ``validate --format json`` document."""
    return {
        "file": file,
        "reports": [
            {
                "scenario": scenario.id,
                "scenario_name": scenario.name,
                "kind": scenario.kind.value,
                "findings": [finding_json(f) for f in report.findings],
                "counts": report.counts(),
                "skipped": [{"rule": s.rule, "reason": s.reason} for s in report.skipped],
            }
            for scenario, report in checked
        ],
    }


def _counted(count: int, severity: Severity) -> str:
    one, more = COUNTS[severity]
    return translate("Validation", one if count == 1 else more).format(count=count)


def reports_text(file: str, checked: list[tuple[Scenario, Report]]) -> str:
    """Findings grouped by scenario and severity, with rule ids, fixes and skipped rules."""
    blocks = [file]
    for scenario, report in checked:
        counts = report.counts()
        baseline = scenario.kind is ScenarioKind.BASELINE
        kind = (
            translate("Validation", "baseline") if baseline else translate("Validation", "proposal")
        )
        summary = ", ".join(_counted(counts[s.value], s) for s in Severity)
        lines = [f"{scenario.name}  [{scenario.id}, {kind}]: {summary}"]
        for severity in Severity:
            found = [f for f in report.findings if f.severity is severity]
            if found:
                heading = translate("Validation", HEADINGS[severity])
                lines.append(f"  {heading}")
                lines += [_finding_text(f) for f in found]
        if not report.findings:
            skipped = len(report.skipped)
            none = translate("Validation", "No findings.")
            if skipped:
                none += " " + translate("Validation", "({count} rules not checked)").format(
                    count=skipped
                )
            lines.append(f"  {none}")
        if report.skipped:
            not_checked = translate("Validation", "Not checked")
            lines.append(f"  {not_checked}")
            lines += [_indented(s.rule, s.reason) for s in report.skipped]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _finding_text(finding: Finding) -> str:
    text = _indented(finding.rule, finding.message)
    if finding.fix is not None:
        fix = translate("Validation", "fix: {description}")
        text += "\n" + _indented("", fix.format(description=finding.fix.description))
    elif finding.no_fix and finding.severity is not Severity.INFO:
        no_fix = translate("Validation", "no fix: {reason}")
        text += "\n" + _indented("", no_fix.format(reason=finding.no_fix))
    return text


def _indented(label: str, text: str) -> str:
    first = f"    {label:<21} "  # as wide as the longest rule id
    return terminal_fill(text, first, " " * len(first))
