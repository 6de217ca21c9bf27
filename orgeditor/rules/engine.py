"""Run the rule catalogue over a scenario: ``validate(design, scenario) -> Report``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Design, Scenario
from orgeditor.model.aspects import EVERYTHING, Aspect
from orgeditor.perf import paused_gc
from orgeditor.rules.base import Finding, Rule, Severity, Skip
from orgeditor.rules.context import Context, CostFunction
from orgeditor.rules.cost import CostFundingRule, CostGradesRule, CostTotalRule
from orgeditor.rules.functions import FuncGenderRule, FuncHomeRule, FuncKeptRule
from orgeditor.rules.governance import GovFundLinkRule, GovPrincipalsRule
from orgeditor.rules.leads import LeadDepartmentRule
from orgeditor.rules.promises import GradeHeadRule, LeadChartRule, StructKeepTogetherRule
from orgeditor.rules.region import RegionCoverageRule, RegionDualRule, RegionEntryRule
from orgeditor.rules.spread import RegionDualConditionRule, RegionSpreadRule
from orgeditor.rules.structure import StructGradeRule, StructSpanRule, StructTreeRule

RULES: tuple[Rule, ...] = (
    CostTotalRule(),
    CostFundingRule(),
    CostGradesRule(),
    RegionEntryRule(),
    RegionCoverageRule(),
    RegionDualRule(),
    RegionDualConditionRule(),
    RegionSpreadRule(),
    LeadDepartmentRule(),
    LeadChartRule(),
    StructTreeRule(),
    StructGradeRule(),
    StructSpanRule(),
    StructKeepTogetherRule(),
    GradeHeadRule(),
    FuncKeptRule(),
    FuncHomeRule(),
    FuncGenderRule(),
    GovPrincipalsRule(),
    GovFundLinkRule(),
)
# The engine reads the rule overrides and every rule the design's catalogues and parameters.
EVERY_RULE_READS = frozenset({Aspect.SETTINGS, Aspect.RULE_SETTINGS})
# Why a rule did not run (translated where a report is made: the core's language then)
NOT_FOR_BASELINE = QT_TRANSLATE_NOOP(
    "Skip", "it compares a proposal with the baseline and does not apply to the baseline"
)
TURNED_OFF = QT_TRANSLATE_NOOP("Skip", "this design turns it off (rules.rule_overrides)")


@dataclass(frozen=True)
class SkippedRule:
    """A rule that did not run on a scenario, and why (said once per rule)."""

    rule: str
    reason: str


@dataclass
class Report:
    """The findings of every rule on one scenario, errors first, in a stable order."""

    scenario: str
    scenario_name: str
    findings: list[Finding] = field(default_factory=list)
    skipped: list[SkippedRule] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Findings per severity: ``{"error": n, "warning": n, "info": n}``."""
        counts = {severity.value: 0 for severity in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def reaches(self, threshold: Severity) -> bool:
        """Whether any finding is at least as severe as ``threshold``."""
        return any(f.severity.rank <= threshold.rank for f in self.findings)

    def for_unit(self, unit_id: str) -> list[Finding]:
        """The findings that concern ``unit_id``."""
        return [f for f in self.findings if unit_id in f.units]


def rule_by_id(rule_id: str) -> Rule:
    """The rule with this stable id."""
    for rule in RULES:
        if rule.id == rule_id:
            return rule
    raise LookupError(f"no rule {rule_id!r}")


def validate(
    design: Design,
    scenario: Scenario,
    rules: Sequence[Rule] = RULES,
    costs: CostFunction | None = None,
    kept: Report | None = None,
    touched: Collection[Aspect] = EVERYTHING,
) -> Report:
    """Check ``scenario`` against ``rules``; pure, deterministic, never changes the design.

    ``costs`` may pass a function that gives a scenario's cost breakdown from the
    caller's cache; ``kept`` an earlier report of this scenario and ``touched`` the
    aspects edits have touched since (see :func:`validation_steps`). The cyclic
    garbage collector is paused while the rules run: they allocate much and free it
    all at the end.
    """
    with paused_gc():
        steps = validation_steps(design, scenario, rules, costs, kept, touched)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                report: Report = done.value
                return report


def validation_steps(
    design: Design,
    scenario: Scenario,
    rules: Sequence[Rule] = RULES,
    costs: CostFunction | None = None,
    kept: Report | None = None,
    touched: Collection[Aspect] = EVERYTHING,
) -> Generator[str, None, Report]:
    """:func:`validate` in slices: yields each rule's id before running it, returns the report.

    An editor runs one slice per turn of its event loop, so a big design is
    checked without freezing the window; it drops the generator when the design
    changes under it. The slices must not be interleaved with edits.

    ``kept`` is an earlier report of this scenario and ``touched`` every aspect
    edits touched since: a rule that reads none of them (:attr:`Rule.reads`, and
    the settings every rule reads) keeps its findings from ``kept``.
    """
    ctx = Context(design, scenario, costs)
    report = Report(scenario.id, scenario.name)
    kept_findings: dict[str, list[Finding]] = defaultdict(list)
    if kept is not None and kept.scenario != scenario.id:
        kept = None
    for finding in kept.findings if kept is not None else []:
        kept_findings[finding.rule].append(finding)
    touched = frozenset(touched)
    for rule in rules:
        choice = design.rules.override(rule.id)
        if not choice.enabled:
            report.skipped.append(SkippedRule(rule.id, translate("Skip", TURNED_OFF)))
            continue
        if rule.compares_with_baseline and ctx.baseline is None:
            report.skipped.append(SkippedRule(rule.id, translate("Skip", NOT_FOR_BASELINE)))
            continue
        if kept is not None and touched.isdisjoint(rule.reads | EVERY_RULE_READS):
            report.findings.extend(kept_findings[rule.id])
            report.skipped.extend(s for s in kept.skipped if s.rule == rule.id)
            continue
        yield rule.id
        try:
            report.findings.extend(regraded(rule, choice.severity, rule.check(ctx)))
        except Skip as skip:
            report.skipped.append(SkippedRule(rule.id, str(skip)))
    report.findings.sort(key=lambda f: _sort_key(ctx, f))
    return report


def regraded(rule: Rule, severity: str | None, findings: Iterable[Finding]) -> Iterator[Finding]:
    """``findings`` of ``rule`` with the design's ``severity`` in place of the rule's own.

    Findings the rule grades differently from its own severity (a lesser note
    beside its errors) keep theirs; ``severity`` None changes nothing.
    """
    new = Severity(severity) if severity is not None else rule.severity
    for finding in findings:
        if finding.severity is rule.severity and new is not rule.severity:
            yield replace(finding, severity=new)
        else:
            yield finding


def _sort_key(ctx: Context, finding: Finding) -> tuple[int, str, list[int], str]:
    """Errors first, then by rule id, then by the units' places in the document."""
    places = [ctx.position.get(u, len(ctx.position)) for u in finding.units]
    return (finding.severity.rank, finding.rule, places, finding.message)
