"""Validation reports as text for people and JSON for programs (``orgeditor-cli validate``)."""

from __future__ import annotations

import textwrap
from typing import Any

from orgeditor.model import Scenario, ScenarioKind
from orgeditor.rules.base import Finding, Severity
from orgeditor.rules.engine import Report

WIDTH = 100
HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Information"}


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


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 or word == 'info' else 's'}"


def reports_text(file: str, checked: list[tuple[Scenario, Report]]) -> str:
    """Findings grouped by scenario and severity, with rule ids, fixes and skipped rules."""
    blocks = [file]
    for scenario, report in checked:
        counts = report.counts()
        kind = "baseline" if scenario.kind is ScenarioKind.BASELINE else "proposal"
        summary = ", ".join(_plural(counts[s.value], s.value) for s in Severity)
        lines = [f"{scenario.name}  [{scenario.id}, {kind}]: {summary}"]
        for severity in Severity:
            found = [f for f in report.findings if f.severity is severity]
            if found:
                lines.append(f"  {HEADINGS[severity]}")
                lines += [_finding_text(f) for f in found]
        if not report.findings:
            ran = len(report.skipped)
            lines.append(f"  No findings.{'' if not ran else f' ({ran} rules not checked)'}")
        if report.skipped:
            lines.append("  Not checked")
            lines += [_indented(s.rule, s.reason) for s in report.skipped]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _finding_text(finding: Finding) -> str:
    text = _indented(finding.rule, finding.message)
    if finding.fix is not None:
        text += "\n" + _indented("", f"fix: {finding.fix.description}")
    elif finding.no_fix and finding.severity is not Severity.INFO:
        text += "\n" + _indented("", f"no fix: {finding.no_fix}")
    return text


def _indented(label: str, text: str) -> str:
    first = f"    {label:<21} "  # as wide as the longest rule id
    return textwrap.fill(text, WIDTH, initial_indent=first, subsequent_indent=" " * len(first))
