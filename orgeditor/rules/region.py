"""Regional rules: one entry point per region, field presences covered, dual reporting
(the leads of presences: :mod:`orgeditor.rules.leads`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import LineKind, Unit
from orgeditor.model.aspects import Aspect
from orgeditor.model.segments import SegmentList
from orgeditor.rules.base import TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context
from orgeditor.rules.entry_points import (
    backstop_for,
    better_entry,
    preferred_entry,
    regional_heads,
    unreached_departments,
)
from orgeditor.rules.grades import grade_fits
from orgeditor.rules.region_words import item_fields, no_entry_reason, unreached_message


def _checked_lists(ctx: Context) -> list[SegmentList]:
    """The segment lists whose items each need one entry point; skips the rule if none."""
    if not ctx.design.segment_kinds:
        ctx.require(
            ctx.settings.regional_entry_points,
            translate(
                "Skip",
                "the design does not ask for one entry point per region "
                "(rules.regional_entry_points)",
            ),
        )
        ctx.require(ctx.design.regions, translate("Skip", "the design defines no regions"))
    checked = [s for s in ctx.segment_lists if s.checked]
    ctx.require(
        checked,
        translate(
            "Skip",
            "the design asks for one entry point in no segment list "
            "(rules.regional_entry_points, segment_kinds[].entry_points)",
        ),
    )
    return checked


def _hand_over(ctx: Context, segments: SegmentList, item: str, point: str, better: str) -> Fix:
    return _with_lines(
        ctx,
        "move-entry-point",
        {"unit": better, "from": point, **segments.fix_params(item)},
        translate("Fix", "make {unit} the entry point of {item} instead of {point}"),
        translate(
            "Fix",
            "make {unit} the entry point of {item} instead of {point}, with dual lines from "
            "{unit} to {departments}",
        ),
        item=segments.brief(item),
        point=ctx.label(point),
    )


def _with_lines(
    ctx: Context, action: str, params: dict[str, Any], plain: str, lines: str, **fields: str
) -> Fix:
    """A fix that makes ``params["unit"]`` an entry point, described by the template
    ``plain``; if the unit is in the shared structure and lacks dual lines to the
    departments, it gets them (``dual_lines_to``), described by ``lines``, which names
    them in ``{departments}``. Both templates name the unit in ``{unit}``."""
    unit = params["unit"]
    fields["unit"] = ctx.label(unit)
    shared = ctx.scenario.roles.shared_structure
    if shared is None or shared not in ctx.units or unit not in ctx.subtree(shared):
        return Fix(action, plain.format(**fields), params)
    departments = unreached_departments(ctx, unit)
    if not departments:
        return Fix(action, plain.format(**fields), params)
    return Fix(
        action,
        lines.format(**fields, departments=ctx.labels(departments)),
        {**params, "dual_lines_to": departments},
    )


class RegionEntryRule(Rule):
    """REGION-ENTRY, for regions and every other segment list that needs entry points."""

    id = "REGION-ENTRY"
    parameters = ("regional_entry_points", "entry_point_grade", "department_roles")
    title = QT_TRANSLATE_NOOP("Rule", "One entry point for every region")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Every region has exactly one headquarters entry point: one unit of the shared regional "
        "structure, led at the design's entry-point grade (an ASG for the UN), designated for "
        "it. None leaves the region uncovered; two or more give field presences conflicting "
        "entry points. The same holds for every item of any other segment list the design "
        "marks as needing entry points (client groups, sectors ...).",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 33-35")

    reads = TREE | {Aspect.GRADES, Aspect.PLACES, Aspect.LINES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per segment with no, several, or a misplaced entry point."""
        findings = []
        for segments in _checked_lists(ctx):
            findings += self._check_list(ctx, segments)
        return findings

    def _check_list(self, ctx: Context, segments: SegmentList) -> list[Finding]:
        shared = ctx.scenario.roles.shared_structure
        grade = segments.grade
        entry_points = ctx.segment_entry_points(segments)
        findings = []
        for item in segments.items:
            points = entry_points.get(item, [])
            if not points:
                findings.append(self._missing(ctx, segments, item))
            elif len(points) > 1:
                findings.append(self._several(ctx, segments, item, points))
            else:
                point = points[0]
                if shared in ctx.units and point not in ctx.subtree(shared):
                    findings.append(self._misplaced(ctx, segments, item, point))
                head = ctx.units[point].head_grade
                if grade is not None and head != grade:
                    findings.append(self._misgraded(ctx, segments, item, point, grade))
        return findings

    def _several(
        self, ctx: Context, segments: SegmentList, item: str, points: list[str]
    ) -> Finding:
        """Keep the entry point in the shared structure, unless that strands presences."""
        keep = preferred_entry(ctx, segments, points)
        others = [p for p in points if p != keep]
        stranded = [
            u.id
            for u in _members(ctx, segments, item)
            if u.backstopped_by in ctx.units
            and u.backstopped_by not in ctx.subtree(keep)
            and any(u.backstopped_by in ctx.subtree(p) for p in others)
        ]
        fix, why = None, ""
        if stranded:
            why = (
                translate(
                    "NoFix",
                    "{units} are backstopped under {others}: choose the entry point and "
                    "re-backstop the others",
                )
                if len(stranded) > 1
                else translate(
                    "NoFix",
                    "{units} is backstopped under {others}: choose the entry point and "
                    "re-backstop the others",
                )
            ).format(
                units=ctx.labels(stranded[:5]) + (" …" if len(stranded) > 5 else ""),
                others=ctx.labels(others),
            )
        else:
            fix = Fix(
                "remove-entry-point",
                translate(
                    "Fix",
                    "keep {unit} as the entry point of {item} and withdraw the designation "
                    "of {others}",
                ).format(
                    unit=ctx.label(keep), item=segments.brief(item), others=ctx.labels(others)
                ),
                {**segments.fix_params(item), "keep": keep, "units": others},
            )
        message = (
            translate("Finding", "Region {region} has {count} entry points: {units}.")
            if segments.is_region
            else translate("Finding", "{Segment} has {count} entry points: {units}.")
        )
        return self.finding(
            message.format(
                **item_fields(segments, item),
                count=format_number(len(points)),
                units=ctx.labels(points),
            ),
            units=points,
            fix=fix,
            no_fix=why,
        )

    def _misplaced(self, ctx: Context, segments: SegmentList, item: str, point: str) -> Finding:
        """The entry point is outside the shared structure: hand the item to a unit
        inside that works on it, else move the entry point in (with its dual lines)."""
        shared = ctx.scenario.roles.shared_structure
        assert shared is not None
        better = better_entry(ctx, segments, item, point)
        if better is not None:
            fix = _hand_over(ctx, segments, item, point, better)
        else:
            departments = list(ctx.departments.values())
            move = (
                translate("Fix", "move {unit} into {parent}, with dual lines to {departments}")
                if departments
                else translate("Fix", "move {unit} into {parent}")
            )
            fix = Fix(
                "move-unit",
                move.format(
                    unit=ctx.label(point),
                    parent=ctx.label(shared),
                    departments=ctx.labels(departments) if departments else "",
                ),
                {"unit": point, "parent": shared},
            )
        message = (
            translate(
                "Finding",
                "The entry point of region {region}, {unit}, is not part of the shared "
                "regional structure ({shared}).",
            )
            if segments.is_region
            else translate(
                "Finding",
                "The entry point of {segment}, {unit}, is not part of the shared structure "
                "({shared}).",
            )
        )
        return self.finding(
            message.format(
                **item_fields(segments, item), unit=ctx.label(point), shared=ctx.label(shared)
            ),
            units=[point, shared],
            fix=fix,
        )

    def _misgraded(
        self, ctx: Context, segments: SegmentList, item: str, point: str, grade: str
    ) -> Finding:
        """The entry point is led at another grade: hand the item to a unit of the shared
        structure at the grade that works on it, else regrade the head if that fits."""
        better = better_entry(ctx, segments, item, point)
        fix, why = None, ""
        if better is not None:
            fix = _hand_over(ctx, segments, item, point, better)
        elif grade_fits(ctx, point, grade):
            fix = _with_lines(
                ctx,
                "set-head-grade",
                {"unit": point, "grade": grade},
                translate("Fix", "grade the head of {unit} {grade}"),
                translate(
                    "Fix",
                    "grade the head of {unit} {grade}, with dual lines from {unit} to "
                    "{departments}",
                ),
                grade=grade,
            )
        else:
            why = translate(
                "NoFix",
                "no unit of the shared structure led by an {grade} works on {item}, and an "
                "{grade} head would not fit between the grades above and below {unit}",
            ).format(grade=grade, item=segments.brief(item), unit=ctx.label(point))
        head = ctx.units[point].head_grade
        if segments.is_region:
            message = (
                translate(
                    "Finding",
                    "The entry point of region {region}, {unit}, is led by {head}, not by an "
                    "{grade}.",
                )
                if head
                else translate(
                    "Finding",
                    "The entry point of region {region}, {unit}, is led by no grade, not by an "
                    "{grade}.",
                )
            )
        else:
            message = (
                translate(
                    "Finding",
                    "The entry point of {segment}, {unit}, is led by {head}, not by an {grade}.",
                )
                if head
                else translate(
                    "Finding",
                    "The entry point of {segment}, {unit}, is led by no grade, not by an {grade}.",
                )
            )
        return self.finding(
            message.format(
                **item_fields(segments, item), unit=ctx.label(point), head=head or "", grade=grade
            ),
            units=[point],
            fix=fix,
            no_fix=why,
        )

    def _missing(self, ctx: Context, segments: SegmentList, item: str) -> Finding:
        """No entry point: designate the unit that the item's members are backstopped
        under (or, outside regions, sit under), if they all are under one (with its dual
        lines, if it lacks them)."""
        grade = segments.grade
        shared = ctx.scenario.roles.shared_structure
        inside = ctx.subtree(shared) if shared is not None and shared in ctx.units else None
        heads = []
        for member in _members(ctx, segments, item):
            anchor = member.backstopped_by
            if anchor is None and not segments.is_region and member.parent is not None:
                anchor = member.id  # a member of the organisation itself, not a presence
            if anchor is None or anchor not in ctx.units:
                continue
            if grade is None and not segments.is_region:
                heads.append(anchor)
                continue
            chain = [anchor, *ctx.scenario.ancestors(anchor)]
            heads.append(next((a for a in chain if ctx.units[a].head_grade == grade), anchor))
        if not heads:
            heads = regional_heads(ctx, segments, item)
        fix, why = None, ""
        choices = sorted(set(heads), key=ctx.position.__getitem__)
        unfit = [
            h
            for h in choices
            if (grade is not None and ctx.units[h].head_grade != grade)
            or (inside is not None and h not in inside)
        ]
        named = item_fields(segments, item)
        if len(choices) == 1 and not unfit:
            best = choices[0]
            params = {"unit": best, **segments.fix_params(item)}
            if segments.is_region:
                fix = _with_lines(
                    ctx,
                    "designate-entry-point",
                    params,
                    translate("Fix", "designate {unit} as the entry point of region {region}"),
                    translate(
                        "Fix",
                        "designate {unit} as the entry point of region {region}, with dual lines "
                        "from {unit} to {departments}",
                    ),
                    **named,
                )
            else:
                fix = _with_lines(
                    ctx,
                    "designate-entry-point",
                    params,
                    translate("Fix", "designate {unit} as the entry point of {segment}"),
                    translate(
                        "Fix",
                        "designate {unit} as the entry point of {segment}, with dual lines from "
                        "{unit} to {departments}",
                    ),
                    **named,
                )
        elif choices:
            why = no_entry_reason(segments.is_region, bool(unfit), grade).format(
                units=ctx.labels(choices), grade=grade or ""
            )
        else:
            why = (
                translate(
                    "NoFix",
                    "no field presence of {item} is backstopped and no unit of the shared "
                    "structure works on it: choose or create the unit that will be its entry point",
                )
                if segments.is_region
                else translate(
                    "NoFix",
                    "no unit of {item} is backstopped and no unit of the shared structure works "
                    "on it: choose or create the unit that will be its entry point",
                )
            ).format(**named)
        message = (
            translate("Finding", "Region {region} has no headquarters entry point.")
            if segments.is_region
            else translate("Finding", "{Segment} has no entry point.")
        )
        return self.finding(
            message.format(**named),
            fix=fix,
            no_fix=why,
        )


def _members(ctx: Context, segments: SegmentList, item: str) -> list[Unit]:
    """The units that belong to ``item``: for regions its field presences (as the rules
    always read them), for other lists every unit that names it."""
    if segments.is_region:
        return [u for u in ctx.presences() if u.region == item]
    return [u for u in ctx.units.values() if segments.member(u) == item]


class RegionCoverageRule(Rule):
    """REGION-COVERAGE, for regions and every other segment list that needs entry points."""

    id = "REGION-COVERAGE"
    parameters = ("regional_entry_points", "entry_point_grade")
    title = QT_TRANSLATE_NOOP("Rule", "Every field presence is covered")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Every field presence (peacekeeping operation, special political mission, regional "
        "office, envoy) has a region and is backstopped by a unit under that region's entry "
        "point, so that headquarters speaks to it with one voice. A unit that belongs to an "
        "item of another segment list (a client group, a sector ...) sits under, or is "
        "backstopped by a unit under, that item's entry point.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 34-35")

    reads = TREE | {Aspect.GRADES, Aspect.PLACES, Aspect.LINES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per presence with no region, no backstop, or a backstop elsewhere,
        and per member of another segment list outside its entry point's reach."""
        findings = []
        for segments in _checked_lists(ctx):
            if segments.is_region:
                findings += self._check_regions(ctx, segments)
            else:
                findings += self._check_segments(ctx, segments)
        return findings

    def _check_regions(self, ctx: Context, segments: SegmentList) -> list[Finding]:
        findings = []
        entry_points = ctx.segment_entry_points(segments)
        for presence in ctx.presences():
            label = ctx.label(presence.id)
            if presence.region is None:
                findings.append(self._no_region(ctx, presence.id))
                continue
            points = entry_points.get(presence.region, [])
            region = segments.name(presence.region)
            backstop = presence.backstopped_by
            fix = self._backstop_fix(ctx, segments, presence.id, presence.region, points)
            why = translate(
                "NoFix", "{region} has no single entry point yet: repair REGION-ENTRY first"
            ).format(region=region)
            if backstop is None or backstop not in ctx.units:
                findings.append(
                    self.finding(
                        translate(
                            "Finding", "{unit} ({region}) is backstopped by no headquarters unit."
                        ).format(unit=label, region=region),
                        units=[presence.id],
                        fix=fix,
                        no_fix=why,
                    )
                )
            elif points and not any(backstop in ctx.subtree(p) for p in points):
                findings.append(
                    self.finding(
                        translate(
                            "Finding",
                            "{unit} ({region}) is backstopped by {backstop}, which is not under "
                            "the region's entry point ({points}).",
                        ).format(
                            unit=label,
                            region=region,
                            backstop=ctx.label(backstop),
                            points=ctx.labels(points),
                        ),
                        units=[presence.id, backstop],
                        fix=fix,
                        no_fix=why,
                    )
                )
        return findings

    def _check_segments(self, ctx: Context, segments: SegmentList) -> list[Finding]:
        """Members of an item with entry points that neither sit nor are backstopped under
        one (an item with no entry point at all is REGION-ENTRY's finding)."""
        findings = []
        entry_points = ctx.segment_entry_points(segments)
        for unit in ctx.units.values():
            item = segments.member(unit)
            points = entry_points.get(item, []) if item is not None else []
            if item is None or not points:
                continue
            reach = [unit.id] + ([unit.backstopped_by] if unit.backstopped_by in ctx.units else [])
            if any(u in ctx.subtree(p) for u in reach for p in points):
                continue
            name = segments.label(item)
            message = (
                translate(
                    "Finding",
                    "{unit} belongs to {segment} but is backstopped by {backstop}, which is not "
                    "under its entry point ({points}).",
                )
                if unit.backstopped_by in ctx.units and unit.backstopped_by is not None
                else translate(
                    "Finding",
                    "{unit} belongs to {segment} but is neither backstopped by a unit nor placed "
                    "under its entry point ({points}).",
                )
            )
            findings.append(
                self.finding(
                    message.format(
                        unit=ctx.label(unit.id),
                        segment=name,
                        backstop=ctx.label(unit.backstopped_by or ""),
                        points=ctx.labels(points),
                    ),
                    units=[unit.id, *reach[1:]],
                    fix=self._backstop_fix(ctx, segments, unit.id, item, points),
                    no_fix=translate(
                        "NoFix", "{segment} has several entry points: repair REGION-ENTRY first"
                    ).format(segment=name),
                )
            )
        return findings

    @staticmethod
    def _backstop_fix(
        ctx: Context, segments: SegmentList, unit: str, item: str, points: list[str]
    ) -> Fix | None:
        """Backstop ``unit`` from under the item's one entry point, if it has one."""
        if len(points) != 1:
            return None
        target = backstop_for(ctx, segments, item, points[0])
        return Fix(
            "set-backstop",
            translate("Fix", "have {backstop} backstop {unit}").format(
                backstop=ctx.label(target), unit=ctx.label(unit)
            ),
            {"unit": unit, "backstop": target},
        )

    def _no_region(self, ctx: Context, presence: str) -> Finding:
        """A presence without a region takes the region of the unit that backstops it."""
        label = ctx.label(presence)
        backstop = ctx.units[presence].backstopped_by
        region = None
        if backstop in ctx.units and backstop is not None:
            for unit_id in [backstop, *ctx.scenario.ancestors(backstop)]:
                unit = ctx.units[unit_id]
                region = unit.region or (
                    unit.entry_point_for[0] if len(unit.entry_point_for) == 1 else None
                )
                if region is not None:
                    break
        fix = None
        if region is not None:
            fix = Fix(
                "set-region",
                translate(
                    "Fix",
                    "put {unit} in region {region}, the region of {backstop} that backstops it",
                ).format(
                    unit=label, region=ctx.region_name(region), backstop=ctx.label(backstop or "")
                ),
                {"unit": presence, "region": region},
            )
        return self.finding(
            translate("Finding", "{unit} has no region.").format(unit=label),
            units=[presence],
            fix=fix,
            no_fix=translate(
                "NoFix", "no unit that backstops it says which region it is in: choose its region"
            ),
        )


class RegionDualRule(Rule):
    """REGION-DUAL."""

    id = "REGION-DUAL"
    parameters = ("entry_point_grade", "department_roles", "dual_reporting")
    title = QT_TRANSLATE_NOOP("Rule", "Units that report to two departments have both lines")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Each regional entry point of the shared structure (at the entry-point grade, when the "
        "design sets one) reports to the heads of both departments, and so does every unit, of "
        "any kind, that the design marks as reporting to two or more departments "
        "(rules.dual_reporting: unit id -> department roles): one line may be primary, the "
        "others dual lines, which may carry a condition (to DPO for peacekeeping operations "
        "and field missions, to DPPA otherwise).",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 36; the design's rules.dual_reporting")

    reads = TREE | {Aspect.GRADES, Aspect.PLACES, Aspect.LINES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit that misses a department, or whose dual lines say no when."""
        wanted = dual_units(ctx)
        findings = []
        for point, (departments, marked) in wanted.items():
            lines = [x for x in ctx.scenario.lines.values() if x.source == point]
            dual = {x.target for x in lines if x.kind is LineKind.DUAL}
            dotted = {x.target for x in lines if x.kind is LineKind.DOTTED}
            unreached = unreached_departments(ctx, point, departments)
            for department in unreached:
                fields = {
                    "unit": ctx.label(point),
                    "department": ctx.label(department),
                    "departments": ctx.labels(departments),
                }
                findings.append(
                    self.finding(
                        unreached_message(department in dotted, marked).format(**fields),
                        units=[point, department],
                        fix=Fix(
                            "report-to-departments",
                            (
                                translate(
                                    "Fix",
                                    "turn the dotted line from {unit} to {department} into a "
                                    "dual line",
                                )
                                if department in dotted
                                else translate("Fix", "add a dual line from {unit} to {department}")
                            ).format(**fields),
                            {"unit": point, "departments": [department]},
                        ),
                    )
                )
            if not unreached and dual and not any(x.condition for x in lines):
                findings.append(
                    self.finding(
                        translate(
                            "Finding",
                            "The dual lines of {unit} say nothing about when each applies; add a "
                            "condition (for example: peacekeeping operations).",
                        ).format(unit=ctx.label(point)),
                        units=[point],
                        severity=Severity.INFO,
                        no_fix=translate(
                            "NoFix", "when each line applies is the planner's to word"
                        ),
                    )
                )
        return findings


def dual_units(ctx: Context) -> dict[str, tuple[list[str], bool]]:
    """Unit id -> (the departments it must report to, whether the design marks it), in
    document order: the regional entry points of the shared structure and the units of
    ``rules.dual_reporting``. Skips the rule when there are none to check."""
    shared = ctx.scenario.roles.shared_structure
    marked = {u: roles for u, roles in ctx.settings.dual_reporting.items() if u in ctx.units}
    ctx.require(
        shared in ctx.units or marked,
        translate(
            "Skip",
            "this scenario has no shared structure (roles.shared_structure) and no unit the "
            "design marks as reporting to two departments (rules.dual_reporting)",
        )
        if ctx.settings.dual_reporting
        else translate("Skip", "this scenario has no shared structure (roles.shared_structure)"),
    )
    wanted: dict[str, tuple[list[str], bool]] = {}
    if shared in ctx.units:
        assert shared is not None
        ctx.require(
            len(ctx.departments) >= 2,
            translate("Skip", "this scenario maps fewer than two departments"),
        )
        grade = ctx.settings.entry_point_grade
        for units in ctx.entry_points.values():
            for point in units:
                if point in ctx.subtree(shared) and grade in (None, ctx.units[point].head_grade):
                    wanted[point] = (list(ctx.departments.values()), False)
    for unit_id, roles in marked.items():
        departments = [ctx.departments[r] for r in roles if r in ctx.departments]
        ctx.require(
            len(departments) == len(roles),
            translate(
                "Skip", "this scenario maps no department to some role {unit} reports to ({roles})"
            ).format(unit=ctx.label(unit_id), roles=", ".join(roles)),
        )
        before = wanted.get(unit_id, ([], True))[0]
        wanted[unit_id] = (before + [d for d in departments if d not in before], True)
    return dict(sorted(wanted.items(), key=lambda item: ctx.position[item[0]]))
