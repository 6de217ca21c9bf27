"""Rules for promises a reform makes about its units: groups kept whole, head grades, leads.

Each reads its promises from the design (``rules.keep_together``,
``rules.required_head_grades``, ``rules.head_grade_from_posts``,
``rules.lead_follows_chart``), so another reform states its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import PresenceType, Unit
from orgeditor.model.aspects import Aspect
from orgeditor.rules.base import LABELS, TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context
from orgeditor.rules.leads import lead_fix


class StructKeepTogetherRule(Rule):
    """STRUCT-KEEP-TOGETHER."""

    id = "STRUCT-KEEP-TOGETHER"
    parameters = ("keep_together",)
    title = QT_TRANSLATE_NOOP("Rule", "Named groups of units stay under one parent")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Each group of units the design names (rules.keep_together: group name -> unit ids) "
        "sits under one parent: a reform that promises to keep the components of an office "
        "together (PBSO's policy, intergovernmental and financing components, under an ASG) "
        "does not split them. Units of a group that a scenario does not have are not checked.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 24; the design's rules.keep_together")

    reads = TREE

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit apart from the parent most of its group shares, or per group
        split evenly."""
        groups = ctx.settings.keep_together
        ctx.require(
            groups, translate("Skip", "the design names no group of units to keep together")
        )
        findings = []
        for name, members in groups.items():
            by_parent: dict[str | None, list[str]] = {}
            for unit_id in members:
                if unit_id in ctx.units:
                    by_parent.setdefault(ctx.units[unit_id].parent, []).append(unit_id)
            if len(by_parent) > 1:
                findings += self._split(ctx, name, by_parent)
        return findings

    def _split(
        self, ctx: Context, name: str, by_parent: dict[str | None, list[str]]
    ) -> list[Finding]:
        ranked = sorted(by_parent.items(), key=lambda item: -len(item[1]))
        (main, held), runner_up = ranked[0], ranked[1][1]
        where = "; ".join(
            (
                translate("Finding", "{units} under {parent}")
                if parent is not None
                else translate("Finding", "{units} under no parent")
            ).format(units=ctx.labels(units), parent=ctx.label(parent or ""))
            for parent, units in ranked
        )
        if main is None or len(held) == len(runner_up):
            units = [u for _, group in ranked for u in group]
            return [
                self.finding(
                    translate("Finding", "The units of {group} are split: {where}.").format(
                        group=name, where=where
                    ),
                    units=units,
                    no_fix=translate(
                        "NoFix", "no parent holds most of the group: choose where it stays together"
                    ),
                )
            ]
        findings = []
        for parent, units in ranked[1:]:
            for unit_id in units:
                message = (
                    translate(
                        "Finding",
                        "{unit} sits under {parent}, apart from the rest of {group} ({units} "
                        "under {main}).",
                    )
                    if parent is not None
                    else translate(
                        "Finding",
                        "{unit} sits under no parent, apart from the rest of {group} ({units} "
                        "under {main}).",
                    )
                )
                fields = {"unit": ctx.label(unit_id), "main": ctx.label(main)}
                findings.append(
                    self.finding(
                        message.format(
                            **fields,
                            parent=ctx.label(parent or ""),
                            group=name,
                            units=ctx.labels(held),
                        ),
                        units=[unit_id, main],
                        fix=Fix(
                            "move-unit",
                            translate("Fix", "move {unit} back under {main}").format(**fields),
                            {"unit": unit_id, "parent": main},
                        ),
                    )
                )
        return findings


def _an(grade: str) -> bool:
    """Whether English says "an" before ``grade`` (an ASG, a D-2, a USG), by its first
    letter as it is said; English texts write the article, so each has both forms."""
    return grade[:1].upper() in "AEFHILMNORSX"


class GradeHeadRule(Rule):
    """GRADE-HEAD."""

    id = "GRADE-HEAD"
    parameters = ("required_head_grades", "head_grade_from_posts")
    title = QT_TRANSLATE_NOOP("Rule", "Head grades keep their promised level and match the posts")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "A unit the design requires to be led at a grade (rules.required_head_grades: unit id "
        "-> grade; an ASG for PBSO and the Office of Military Affairs) keeps that head grade. "
        "When the design asks for it (rules.head_grade_from_posts), a unit's head grade is the "
        "grade of its most senior post: a head without a post of its grade, or a post more "
        "senior than the head, is a warning.",
    )
    source = QT_TRANSLATE_NOOP(
        "Rule", "A/72/525 paras. 24, 31-32; the design's rules.required_head_grades"
    )

    reads = LABELS | {Aspect.STRUCTURE, Aspect.GRADES, Aspect.POSTS}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per required unit led at another grade, then per unit whose head grade
        is not its most senior post's."""
        required = ctx.settings.required_head_grades
        ctx.require(
            required or ctx.settings.head_grade_from_posts,
            translate(
                "Skip",
                "the design requires no head grade (rules.required_head_grades, "
                "rules.head_grade_from_posts)",
            ),
        )
        findings = []
        for unit_id, grade in required.items():
            if unit_id not in ctx.units:  # a scenario without the unit promises nothing of it
                continue
            head = ctx.units[unit_id].head_grade
            if head != grade:
                fields = {"unit": ctx.label(unit_id), "head": head or "", "grade": grade}
                findings.append(
                    self.finding(
                        _headed(bool(head), _an(grade)).format(**fields),
                        units=[unit_id],
                        fix=Fix(
                            "set-head-grade",
                            translate("Fix", "grade the head of {unit} {grade}").format(**fields),
                            {"unit": unit_id, "grade": grade},
                        ),
                    )
                )
        if ctx.settings.head_grade_from_posts:
            ctx.require(ctx.design.grades, translate("Skip", "the design has no grade ladder"))
            flagged = {f.units[0] for f in findings}
            findings += [
                self._against_posts(ctx, unit, post_grade)
                for unit, post_grade in self._senior_posts(ctx)
                if unit.id not in flagged and unit.head_grade != post_grade
            ]
        return findings

    @staticmethod
    def _senior_posts(ctx: Context) -> list[tuple[Unit, str]]:
        """(unit, grade of its most senior post) for each unit with a graded head and posts,
        in document order."""
        rank = ctx.rank
        best: dict[str, str] = {}
        for post in ctx.scenario.posts.values():
            held = best.get(post.unit)
            if post.grade in rank and (held is None or rank[post.grade] < rank[held]):
                best[post.unit] = post.grade
        return [
            (unit, best[unit.id])
            for unit in ctx.units.values()
            if unit.id in best and unit.head_grade in rank
        ]

    def _against_posts(self, ctx: Context, unit: Unit, post_grade: str) -> Finding:
        head = unit.head_grade or ""
        fields = {"unit": ctx.label(unit.id), "head": head, "grade": post_grade}
        if ctx.rank[head] < ctx.rank[post_grade]:
            message = translate(
                "Finding",
                "{unit} is headed at {head} but holds no {head} post (its most senior post is "
                "{grade}).",
            )
        else:
            message = translate(
                "Finding", "{unit} is headed at {head} but holds a more senior {grade} post."
            )
        promised = ctx.settings.required_head_grades.get(unit.id)
        fix, why = None, ""
        if promised is None:
            fix = Fix(
                "set-head-grade",
                translate(
                    "Fix", "grade the head of {unit} {grade}, as its most senior post"
                ).format(**fields),
                {"unit": unit.id, "grade": post_grade},
            )
        elif _an(promised):
            why = translate("NoFix", "the design requires an {grade} head: give it an {grade} post")
        else:
            why = translate("NoFix", "the design requires a {grade} head: give it a {grade} post")
        return self.finding(
            message.format(**fields),
            units=[unit.id],
            fix=fix,
            no_fix=why.format(grade=promised),
            severity=Severity.WARNING,
        )


def _headed(head: bool, an: bool) -> str:
    """GRADE-HEAD's message for a unit (``{unit}``) headed at another grade (``{head}``)
    or at none, when the design requires a ``{grade}`` head."""
    if head and an:
        return translate(
            "Finding", "{unit} is headed at {head}; the design requires an {grade} head."
        )
    if head:
        return translate(
            "Finding", "{unit} is headed at {head}; the design requires a {grade} head."
        )
    if an:
        return translate(
            "Finding", "{unit} is headed at no grade; the design requires an {grade} head."
        )
    return translate("Finding", "{unit} is headed at no grade; the design requires a {grade} head.")


class LeadChartRule(Rule):
    """LEAD-CHART."""

    id = "LEAD-CHART"
    parameters = ("lead_follows_chart", "department_roles", "presence_leads")
    title = QT_TRANSLATE_NOOP("Rule", "Field presences sit under their lead department")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "When the design asks for it (rules.lead_follows_chart), a field presence's lead "
        "department is the department it sits under on the chart, unless it is backstopped "
        "across: a dual or dotted line from it to its lead department (or a unit in it) says "
        "so. A chart that draws a peacekeeping operation under the political department while "
        "the operations department leads it tells two stories.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 21 and 28-29")

    reads = TREE | {Aspect.PLACES, Aspect.LINES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per presence drawn under one department and led by another."""
        ctx.require(
            ctx.settings.lead_follows_chart,
            translate(
                "Skip",
                "the design does not ask that leads follow the chart (rules.lead_follows_chart)",
            ),
        )
        ctx.require(ctx.departments, translate("Skip", "this scenario maps no departments"))
        departments = set(ctx.departments.values())
        across: dict[str, set[str]] = {}
        for line in ctx.scenario.lines.values():
            across.setdefault(line.source, set()).add(line.target)
        findings = []
        for presence in ctx.presences():
            lead, chart = presence.lead_department, ctx.department_of.get(presence.id)
            if lead not in departments or chart is None or chart == lead:
                continue
            assert lead is not None
            if any(target in ctx.subtree(lead) for target in across.get(presence.id, ())):
                continue
            findings.append(self._apart(ctx, presence, lead, chart))
        return findings

    def _apart(self, ctx: Context, presence: Unit, lead: str, chart: str) -> Finding:
        fields = {
            "unit": ctx.label(presence.id),
            "lead": ctx.label(lead),
            "chart": ctx.label(chart),
        }
        expected = (
            None
            if presence.presence_type is PresenceType.SPECIAL_POLITICAL_MISSION
            else ctx.expected_lead(presence)
        )
        fix, why = None, ""
        if expected == lead:
            fix = Fix(
                "move-unit",
                translate("Fix", "move {unit} under {lead}, its lead department").format(**fields),
                {"unit": presence.id, "parent": lead},
            )
        elif expected == chart:
            fix = lead_fix(ctx, presence.id, chart)
        else:
            why = translate(
                "NoFix",
                "move it under {lead}, make {chart} its lead, or draw a dotted line from it to "
                "{lead} to mark it backstopped across",
            ).format(**fields)
        return self.finding(
            translate(
                "Finding",
                "{unit} sits under {chart} on the chart, but its lead department is {lead}, and "
                "no line from it to {lead} marks it as backstopped across.",
            ).format(**fields),
            units=[presence.id, chart, lead],
            fix=fix,
            no_fix=why,
        )
