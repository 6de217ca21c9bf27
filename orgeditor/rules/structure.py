"""Structural rules: one tree, heads junior to their parents, spans and layers within limits."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import parent_cycles
from orgeditor.model.aspects import Aspect
from orgeditor.rules.base import TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context
from orgeditor.rules.grades import fitting_grades, graded_above


class StructTreeRule(Rule):
    """STRUCT-TREE."""

    id = "STRUCT-TREE"
    title = QT_TRANSLATE_NOOP("Rule", "Primary lines form one tree")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Primary reporting lines form one tree: no cycle, one primary parent for each unit, and "
        "every unit reaches the top of the organisation.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "sound hierarchy (practice)")

    reads = TREE

    def check(self, ctx: Context) -> Iterable[Finding]:
        """Findings for cycles, a top with a parent, and units that do not reach the top."""
        if not ctx.units:
            return []
        findings = []
        order = ctx.position.__getitem__
        roots = [u.id for u in ctx.units.values() if u.parent is None]
        reached = set().union(*(ctx.subtree(root) for root in roots))
        # Only units that no root reaches can sit on a cycle (a parent chain with no end).
        loose = {u.id: u.parent for u in ctx.units.values() if u.id not in reached}
        top = ctx.top
        for cycle in sorted((sorted(c, key=order) for c in parent_cycles(loose)), key=str):
            path = []
            node = cycle[0]
            for _ in cycle:
                path.append(node)
                node = ctx.units[node].parent or node
            findings.append(
                self.finding(
                    translate("Finding", "Primary reporting lines form a cycle: {path}.").format(
                        path=" → ".join(ctx.label(u) for u in [*path, path[0]])
                    ),
                    units=path,
                    fix=None if top is None else _report_to(ctx, path[0], top),
                )
            )
        if top is None:
            if not roots:
                return findings
            findings.append(
                self.finding(
                    translate(
                        "Finding",
                        "{count} units report to no one ({units}); an organisation has one top: "
                        "set the scenario's top and give the others a parent.",
                    ).format(
                        count=format_number(len(roots)),
                        units=ctx.labels(roots[:5]) + (" …" if len(roots) > 5 else ""),
                    ),
                    units=roots,
                    no_fix=translate("NoFix", "which unit is the top is the planner's choice"),
                )
            )
            return findings
        if ctx.units[top].parent is not None:
            findings.append(
                self.finding(
                    translate(
                        "Finding", "The top of the organisation, {top}, reports to {parent}."
                    ).format(top=ctx.label(top), parent=ctx.label(ctx.units[top].parent or "")),
                    units=[top],
                    no_fix=translate(
                        "NoFix", "the top or its parent must change, which is the planner's choice"
                    ),
                )
            )
        for root in roots:
            if root == top:
                continue
            size = len(ctx.subtree(root)) - 1
            findings.append(
                self.finding(
                    _loose(size).format(
                        unit=ctx.label(root), count=format_number(size), top=ctx.label(top)
                    ),
                    units=[root],
                    fix=_report_to(ctx, root, top),
                )
            )
        return findings


def _report_to(ctx: Context, unit_id: str, top: str) -> Fix:
    """Make ``unit_id`` report to the top of the organisation."""
    return Fix(
        "move-unit",
        translate("Fix", "make {unit} report to {top}").format(
            unit=ctx.label(unit_id), top=ctx.label(top)
        ),
        {"unit": unit_id, "parent": top},
    )


def _loose(size: int) -> str:
    """STRUCT-TREE's message for a unit (``{unit}``) with ``size`` sub-units that reports
    to no one and so does not reach the ``{top}``."""
    if size == 0:
        return translate(
            "Finding", "{unit} does not reach the top ({top}): {unit} reports to no one."
        )
    if size == 1:
        return translate(
            "Finding",
            "{unit} and its 1 sub-unit do not reach the top ({top}): {unit} reports to no one.",
        )
    return translate(
        "Finding",
        "{unit} and its {count} sub-units do not reach the top ({top}): {unit} reports to no one.",
    )


class StructGradeRule(Rule):
    """STRUCT-GRADE."""

    id = "STRUCT-GRADE"
    parameters = ("entry_point_grade", "required_head_grades")
    title = QT_TRANSLATE_NOOP("Rule", "Heads are junior to their parents' heads")
    severity = Severity.WARNING
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "A unit's head is junior to the head of the unit it reports to (the nearest one above "
        "it that has a head grade), by the order of the design's grade ladder.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "grading practice")

    reads = TREE | {Aspect.GRADES, Aspect.PLACES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit whose head is as senior as, or more senior than, its parent's."""
        ctx.require(ctx.design.grades, translate("Skip", "the design has no grade ladder"))
        findings = []
        for unit in ctx.units.values():
            if unit.head_grade not in ctx.rank:
                continue
            above = graded_above(ctx, unit.id)
            if above is None:
                continue
            grade, above_grade = unit.head_grade, ctx.units[above].head_grade
            assert grade is not None and above_grade is not None
            if ctx.rank[grade] <= ctx.rank[above_grade]:
                message = (
                    translate(
                        "Finding",
                        "{unit} is headed at {grade}, as senior as {parent} ({parent_grade}) "
                        "that it reports to.",
                    )
                    if grade == above_grade
                    else translate(
                        "Finding",
                        "{unit} is headed at {grade}, more senior than {parent} ({parent_grade}) "
                        "that it reports to.",
                    )
                )
                fix, why = _regrade(ctx, unit.id)
                findings.append(
                    self.finding(
                        message.format(
                            unit=ctx.label(unit.id),
                            grade=grade,
                            parent=ctx.label(above),
                            parent_grade=above_grade,
                        ),
                        units=[unit.id, above],
                        fix=fix,
                        no_fix=why,
                    )
                )
        return findings


def _regrade(ctx: Context, unit_id: str) -> tuple[Fix | None, str]:
    """Grade the head one step below the head above, if that stays above the heads below.

    An entry point of the shared structure keeps its grade: REGION-ENTRY asks for it; so
    does a unit whose head grade the design promises: GRADE-HEAD asks for it.
    """
    fitting = fitting_grades(ctx, unit_id)
    if not fitting:
        return None, translate(
            "NoFix",
            "no grade fits between the head above and the heads below: move the unit or "
            "regrade the heads around it",
        )
    grade = ctx.settings.entry_point_grade
    if grade is not None and ctx.units[unit_id].entry_point_for and fitting[0] != grade:
        return None, translate(
            "NoFix", "it is a regional entry point, which keeps an {grade} head"
        ).format(grade=grade)
    promised = ctx.settings.required_head_grades.get(unit_id)
    if promised is not None and fitting[0] != promised:  # GRADE-HEAD's promise, an error
        return None, translate(
            "NoFix",
            "the design promises its head the grade {grade} (rules.required_head_grades): "
            "regrade the head above instead",
        ).format(grade=promised)
    return Fix(
        "set-head-grade",
        translate("Fix", "grade the head of {unit} {grade}").format(
            unit=ctx.label(unit_id), grade=fitting[0]
        ),
        {"unit": unit_id, "grade": fitting[0]},
    ), ""


class StructSpanRule(Rule):
    """STRUCT-SPAN."""

    id = "STRUCT-SPAN"
    parameters = ("max_span", "max_layers")
    title = QT_TRANSLATE_NOOP("Rule", "Span of control and layers within limits")
    severity = Severity.WARNING
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "No unit has more direct reports than the design's span limit, and no unit sits deeper "
        "than the design's number of layers (the top is layer 1).",
    )
    source = QT_TRANSLATE_NOOP("Rule", "organisation design practice")

    reads = TREE

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit over the span limit, and per unit that opens a layer too many."""
        span, layers = ctx.settings.max_span, ctx.settings.max_layers
        ctx.require(span or layers, translate("Skip", "the design sets no span or layer limit"))
        findings = []
        if span:
            children = ctx.children
            for unit_id in ctx.units:
                count = len(children.get(unit_id, ()))
                if count > span:
                    findings.append(
                        self.finding(
                            translate(
                                "Finding",
                                "{unit} has {count} units reporting to it directly; the limit is "
                                "{limit}.",
                            ).format(
                                unit=ctx.label(unit_id),
                                count=format_number(count),
                                limit=format_number(span),
                            ),
                            units=[unit_id],
                            data={"span": count, "limit": span},
                            no_fix=translate(
                                "NoFix", "how to split its reports into groups is a design choice"
                            ),
                        )
                    )
        top = ctx.top
        if layers and top is not None:
            for unit_id, level in ctx.levels(top).items():
                if level + 1 == layers + 1:
                    findings.append(
                        self.finding(
                            translate(
                                "Finding",
                                "{unit} sits at layer {layer}; the design allows {limit} layers.",
                            ).format(
                                unit=ctx.label(unit_id),
                                layer=format_number(level + 1),
                                limit=format_number(layers),
                            ),
                            units=[unit_id],
                            data={"layer": level + 1, "limit": layers},
                            no_fix=translate(
                                "NoFix", "which layer to remove above it is a design choice"
                            ),
                        )
                    )
        findings.sort(key=lambda f: ctx.position[f.units[0]])
        return findings
