"""Regional rules: one entry point per region, field presences covered, dual reporting, leads."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP
from orgeditor.model import LineKind, PresenceType, Unit
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

SPM = PresenceType.SPECIAL_POLITICAL_MISSION


def _checked_lists(ctx: Context) -> list[SegmentList]:
    """The segment lists whose items each need one entry point; skips the rule if none."""
    if not ctx.design.segment_kinds:
        ctx.require(
            ctx.settings.regional_entry_points,
            "the design does not ask for one entry point per region (rules.regional_entry_points)",
        )
        ctx.require(ctx.design.regions, "the design defines no regions")
    checked = [s for s in ctx.segment_lists if s.checked]
    ctx.require(
        checked,
        "the design asks for one entry point in no segment list "
        "(rules.regional_entry_points, segment_kinds[].entry_points)",
    )
    return checked


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _structure(segments: SegmentList) -> str:
    return "shared regional structure" if segments.is_region else "shared structure"


def _hand_over(ctx: Context, segments: SegmentList, item: str, point: str, better: str) -> Fix:
    return _with_lines(
        ctx,
        Fix(
            "move-entry-point",
            f"make {ctx.label(better)} the entry point of {segments.brief(item)} instead of "
            f"{ctx.label(point)}",
            {"unit": better, "from": point, **segments.fix_params(item)},
        ),
    )


def _with_lines(ctx: Context, fix: Fix) -> Fix:
    """``fix``, which makes its unit an entry point of the shared structure, with
    the dual lines it lacks to the departments (``dual_lines_to``), named in its text."""
    unit = fix.params["unit"]
    shared = ctx.scenario.roles.shared_structure
    if shared is None or shared not in ctx.units or unit not in ctx.subtree(shared):
        return fix
    departments = unreached_departments(ctx, unit)
    if not departments:
        return fix
    return Fix(
        fix.action,
        f"{fix.description}, with dual lines from {ctx.label(unit)} to {ctx.labels(departments)}",
        {**fix.params, "dual_lines_to": departments},
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
                f"{ctx.labels(stranded[:5])}{' …' if len(stranded) > 5 else ''} "
                f"{'are' if len(stranded) > 1 else 'is'} backstopped under "
                f"{ctx.labels(others)}: choose the entry point and re-backstop the others"
            )
        else:
            fix = Fix(
                "remove-entry-point",
                f"keep {ctx.label(keep)} as the entry point of {segments.brief(item)} and "
                f"withdraw the designation of {ctx.labels(others)}",
                {**segments.fix_params(item), "keep": keep, "units": others},
            )
        return self.finding(
            f"{_capital(segments.label(item))} has {len(points)} entry points: "
            f"{ctx.labels(points)}.",
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
            lines = f", with dual lines to {ctx.labels(departments)}" if departments else ""
            fix = Fix(
                "move-unit",
                f"move {ctx.label(point)} into {ctx.label(shared)}{lines}",
                {"unit": point, "parent": shared},
            )
        return self.finding(
            f"The entry point of {segments.label(item)}, {ctx.label(point)}, is not "
            f"part of the {_structure(segments)} ({ctx.label(shared)}).",
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
                Fix(
                    "set-head-grade",
                    f"grade the head of {ctx.label(point)} {grade}",
                    {"unit": point, "grade": grade},
                ),
            )
        else:
            why = (
                f"no unit of the shared structure led by an {grade} works on "
                f"{segments.brief(item)}, and an {grade} head would not fit between the grades "
                f"above and below {ctx.label(point)}"
            )
        return self.finding(
            f"The entry point of {segments.label(item)}, {ctx.label(point)}, is led "
            f"by {ctx.units[point].head_grade or 'no grade'}, not by an {grade}.",
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
        noun = "field presence" if segments.is_region else "unit"
        if len(choices) == 1 and not unfit:
            best = choices[0]
            fix = _with_lines(
                ctx,
                Fix(
                    "designate-entry-point",
                    f"designate {ctx.label(best)} as the entry point of {segments.label(item)}",
                    {"unit": best, **segments.fix_params(item)},
                ),
            )
        elif choices:
            why = (
                f"its {noun}s are {'backstopped' if segments.is_region else 'placed'} under "
                f"{ctx.labels(choices)}"
                + (f", not all in the shared structure at {grade}" if unfit and grade else "")
                + (", not all in the shared structure" if unfit and not grade else "")
                + ": choose which unit is its entry point"
            )
        else:
            why = (
                f"no {noun} of {segments.brief(item)} is backstopped and no unit of the "
                "shared structure works on it: choose or create the unit that will be its entry "
                "point"
            )
        return self.finding(
            f"{_capital(segments.label(item))} has no "
            f"{'headquarters ' if segments.is_region else ''}entry point.",
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
            why = f"{region} has no single entry point yet: repair REGION-ENTRY first"
            if backstop is None or backstop not in ctx.units:
                findings.append(
                    self.finding(
                        f"{label} ({region}) is backstopped by no headquarters unit.",
                        units=[presence.id],
                        fix=fix,
                        no_fix=why,
                    )
                )
            elif points and not any(backstop in ctx.subtree(p) for p in points):
                findings.append(
                    self.finding(
                        f"{label} ({region}) is backstopped by {ctx.label(backstop)}, which is not "
                        f"under the region's entry point ({ctx.labels(points)}).",
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
            label, name = ctx.label(unit.id), segments.label(item)
            how = (
                f"is backstopped by {ctx.label(unit.backstopped_by)}, which is not"
                if unit.backstopped_by in ctx.units and unit.backstopped_by is not None
                else "is neither backstopped by a unit nor placed"
            )
            findings.append(
                self.finding(
                    f"{label} belongs to {name} but {how} under its entry point "
                    f"({ctx.labels(points)}).",
                    units=[unit.id, *reach[1:]],
                    fix=self._backstop_fix(ctx, segments, unit.id, item, points),
                    no_fix=f"{name} has several entry points: repair REGION-ENTRY first",
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
            f"have {ctx.label(target)} backstop {ctx.label(unit)}",
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
                f"put {label} in region {ctx.region_name(region)}, the region of "
                f"{ctx.label(backstop or '')} that backstops it",
                {"unit": presence, "region": region},
            )
        return self.finding(
            f"{label} has no region.",
            units=[presence],
            fix=fix,
            no_fix="no unit that backstops it says which region it is in: choose its region",
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
            why = (
                f"the design marks it as reporting to {ctx.labels(departments)}"
                if marked
                else "a regional entry point reports to both department heads"
            )
            for department in unreached:
                how = (
                    f"reports to {ctx.label(department)} only by a dotted line"
                    if department in dotted
                    else f"does not report to {ctx.label(department)}"
                )
                what = (
                    f"turn the dotted line from {ctx.label(point)} to {ctx.label(department)} "
                    "into a dual line"
                    if department in dotted
                    else f"add a dual line from {ctx.label(point)} to {ctx.label(department)}"
                )
                findings.append(
                    self.finding(
                        f"{ctx.label(point)} {how}; {why}.",
                        units=[point, department],
                        fix=Fix(
                            "report-to-departments",
                            what,
                            {"unit": point, "departments": [department]},
                        ),
                    )
                )
            if not unreached and dual and not any(x.condition for x in lines):
                findings.append(
                    self.finding(
                        f"The dual lines of {ctx.label(point)} say nothing about when each "
                        "applies; add a condition (for example: peacekeeping operations).",
                        units=[point],
                        severity=Severity.INFO,
                        no_fix="when each line applies is the planner's to word",
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
        "this scenario has no shared structure (roles.shared_structure)"
        + (
            " and no unit the design marks as reporting to two departments (rules.dual_reporting)"
            if ctx.settings.dual_reporting
            else ""
        ),
    )
    wanted: dict[str, tuple[list[str], bool]] = {}
    if shared in ctx.units:
        assert shared is not None
        ctx.require(len(ctx.departments) >= 2, "this scenario maps fewer than two departments")
        grade = ctx.settings.entry_point_grade
        for units in ctx.entry_points.values():
            for point in units:
                if point in ctx.subtree(shared) and grade in (None, ctx.units[point].head_grade):
                    wanted[point] = (list(ctx.departments.values()), False)
    for unit_id, roles in marked.items():
        departments = [ctx.departments[r] for r in roles if r in ctx.departments]
        ctx.require(
            len(departments) == len(roles),
            f"this scenario maps no department to some role {ctx.label(unit_id)} reports to "
            f"({', '.join(roles)})",
        )
        before = wanted.get(unit_id, ([], True))[0]
        wanted[unit_id] = (before + [d for d in departments if d not in before], True)
    return dict(sorted(wanted.items(), key=lambda item: ctx.position[item[0]]))


class LeadDepartmentRule(Rule):
    """LEAD-DEPT."""

    id = "LEAD-DEPT"
    parameters = ("department_roles", "presence_leads", "mission_default_lead")
    title = QT_TRANSLATE_NOOP("Rule", "Field presences have the right lead department")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Peacekeeping operations are led by the operations department (DPO); regional offices, "
        "envoys and political-process offices by the political department (DPPA); a field "
        "special political mission names its lead, DPO by default.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 21 and 28-29")

    reads = TREE | {Aspect.PLACES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per presence whose lead is missing or not the expected department."""
        leads = ctx.settings.presence_leads
        ctx.require(
            leads or ctx.settings.mission_default_lead,
            "the design maps no field-presence type to a lead department",
        )
        ctx.require(ctx.departments, "this scenario maps no departments")
        departments = set(ctx.departments.values())
        findings = []
        for presence in ctx.presences():
            label, lead = ctx.label(presence.id), presence.lead_department
            if presence.presence_type is SPM:
                if lead is None:
                    # with LEAD-CHART's promise, the department it is drawn under leads it
                    drawn = ctx.settings.lead_follows_chart and ctx.department_of.get(presence.id)
                    default = drawn or ctx.departments.get(ctx.settings.mission_default_lead or "")
                    if default is not None:
                        how = "as the chart draws it" if drawn else "by default"
                        findings.append(
                            self.finding(
                                f"{label} names no lead department; {ctx.label(default)} leads it "
                                f"{how}.",
                                units=[presence.id],
                                severity=Severity.INFO,
                                fix=Fix(
                                    "set-lead",
                                    f"name {ctx.label(default)} as lead of {label}",
                                    {"unit": presence.id, "lead": default},
                                ),
                            )
                        )
                elif lead not in departments:
                    default = ctx.departments.get(ctx.settings.mission_default_lead or "")
                    findings.append(
                        self.finding(
                            f"{label} is led by {ctx.label(lead)}, which is not one of the "
                            f"departments ({ctx.labels(sorted(departments))}).",
                            units=[presence.id, lead],
                            fix=None
                            if default is None
                            else Fix(
                                "set-lead",
                                f"make {ctx.label(default)} the lead of {label}",
                                {"unit": presence.id, "lead": default},
                            ),
                            no_fix="the design names no default lead (rules.mission_default_lead)",
                        )
                    )
                continue
            expected = ctx.expected_lead(presence)
            if expected is None or lead == expected:
                continue
            kind = (presence.presence_type or "").replace("-", " ")
            findings.append(
                self.finding(
                    f"{label} is a {kind} and must be led by {ctx.label(expected)}, not by "
                    f"{ctx.label(lead) if lead else 'no department'}.",
                    units=[presence.id] + ([lead] if lead else []),
                    fix=Fix(
                        "set-lead",
                        f"make {ctx.label(expected)} the lead of {label}",
                        {"unit": presence.id, "lead": expected},
                    ),
                )
            )
        return findings
