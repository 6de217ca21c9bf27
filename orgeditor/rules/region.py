"""Regional rules: one entry point per region, field presences covered, dual reporting, leads."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.model import LineKind, PresenceType, UnitKind
from orgeditor.rules.base import Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context

SPM = PresenceType.SPECIAL_POLITICAL_MISSION


def _require_regions(ctx: Context) -> None:
    ctx.require(
        ctx.settings.regional_entry_points,
        "the design does not ask for one entry point per region (rules.regional_entry_points)",
    )
    ctx.require(ctx.design.regions, "the design defines no regions")


def _preferred_entry(ctx: Context, candidates: list[str]) -> str:
    """The candidate inside the shared structure and at the entry-point grade, else the first."""
    shared = ctx.scenario.roles.shared_structure
    grade = ctx.settings.entry_point_grade

    def score(unit_id: str) -> tuple[bool, bool]:
        inside = shared is not None and shared in ctx.units and unit_id in ctx.subtree(shared)
        return (not inside, grade is not None and ctx.units[unit_id].head_grade != grade)

    return min(candidates, key=score)


def _backstop_for(ctx: Context, region: str, entry: str) -> str:
    """The division of ``region`` under ``entry`` if there is exactly one, else ``entry``."""
    divisions = [
        u
        for u in ctx.subtree(entry)
        if ctx.units[u].region == region
        and ctx.units[u].kind is not UnitKind.FIELD_PRESENCE
        and u != entry
    ]
    return divisions[0] if len(divisions) == 1 else entry


class RegionEntryRule(Rule):
    """REGION-ENTRY."""

    id = "REGION-ENTRY"
    title = "One entry point for every region"
    severity = Severity.ERROR
    explanation = (
        "Every region has exactly one headquarters entry point: one unit of the shared regional "
        "structure, led at the design's entry-point grade (an ASG for the UN), designated for "
        "it. None leaves the region uncovered; two or more give field presences conflicting "
        "entry points."
    )
    source = "A/72/525 paras. 33-35"

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per region with no, several, or a misplaced entry point."""
        _require_regions(ctx)
        shared = ctx.scenario.roles.shared_structure
        grade = ctx.settings.entry_point_grade
        findings = []
        for region in ctx.design.regions:
            points = ctx.entry_points.get(region.id, [])
            if not points:
                findings.append(self._missing(ctx, region.id, region.name))
            elif len(points) > 1:
                keep = _preferred_entry(ctx, points)
                others = [p for p in points if p != keep]
                findings.append(
                    self.finding(
                        f"Region {region.name} has {len(points)} entry points: "
                        f"{ctx.labels(points)}.",
                        units=points,
                        fix=Fix(
                            "remove-entry-point",
                            f"keep {ctx.label(keep)} as the entry point of {region.name} and "
                            f"withdraw the designation of {ctx.labels(others)}",
                            {"region": region.id, "keep": keep, "units": others},
                        ),
                    )
                )
            else:
                point = points[0]
                if shared in ctx.units and point not in ctx.subtree(shared):
                    findings.append(
                        self.finding(
                            f"The entry point of region {region.name}, {ctx.label(point)}, is not "
                            f"part of the shared regional structure ({ctx.label(shared)}).",
                            units=[point, shared],
                            fix=Fix(
                                "move-unit",
                                f"move {ctx.label(point)} into {ctx.label(shared)}",
                                {"unit": point, "parent": shared},
                            ),
                        )
                    )
                head = ctx.units[point].head_grade
                if grade is not None and head != grade:
                    findings.append(
                        self.finding(
                            f"The entry point of region {region.name}, {ctx.label(point)}, is led "
                            f"by {head or 'no grade'}, not by an {grade}.",
                            units=[point],
                        )
                    )
        return findings

    def _missing(self, ctx: Context, region: str, name: str) -> Finding:
        backstops = [
            u.backstopped_by
            for u in ctx.presences()
            if u.region == region and u.backstopped_by in ctx.units
        ]
        heads = [
            next(
                (
                    a
                    for a in [b, *ctx.scenario.ancestors(b)]
                    if ctx.units[a].head_grade == ctx.settings.entry_point_grade
                ),
                b,
            )
            for b in backstops
            if b is not None
        ]
        fix = None
        if heads:
            best = max(sorted(set(heads)), key=heads.count)
            fix = Fix(
                "designate-entry-point",
                f"designate {ctx.label(best)} as the entry point of region {name}",
                {"unit": best, "region": region},
            )
        return self.finding(f"Region {name} has no headquarters entry point.", fix=fix)


class RegionCoverageRule(Rule):
    """REGION-COVERAGE."""

    id = "REGION-COVERAGE"
    title = "Every field presence is covered"
    severity = Severity.ERROR
    explanation = (
        "Every field presence (peacekeeping operation, special political mission, regional "
        "office, envoy) has a region and is backstopped by a unit under that region's entry "
        "point, so that headquarters speaks to it with one voice."
    )
    source = "A/72/525 paras. 34-35"

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per presence with no region, no backstop, or a backstop elsewhere."""
        _require_regions(ctx)
        findings = []
        for presence in ctx.presences():
            label = ctx.label(presence.id)
            if presence.region is None:
                findings.append(self.finding(f"{label} has no region.", units=[presence.id]))
                continue
            points = ctx.entry_points.get(presence.region, [])
            region = ctx.region_name(presence.region)
            backstop = presence.backstopped_by
            fix = None
            if len(points) == 1:
                target = _backstop_for(ctx, presence.region, points[0])
                fix = Fix(
                    "set-backstop",
                    f"have {ctx.label(target)} backstop {label}",
                    {"unit": presence.id, "backstop": target},
                )
            if backstop is None or backstop not in ctx.units:
                findings.append(
                    self.finding(
                        f"{label} ({region}) is backstopped by no headquarters unit.",
                        units=[presence.id],
                        fix=fix,
                    )
                )
            elif points and not any(backstop in ctx.subtree(p) for p in points):
                findings.append(
                    self.finding(
                        f"{label} ({region}) is backstopped by {ctx.label(backstop)}, which is not "
                        f"under the region's entry point ({ctx.labels(points)}).",
                        units=[presence.id, backstop],
                        fix=fix,
                    )
                )
        return findings


class RegionDualRule(Rule):
    """REGION-DUAL."""

    id = "REGION-DUAL"
    title = "Regional entry points report to both departments"
    severity = Severity.ERROR
    explanation = (
        "Each regional entry point of the shared structure (at the entry-point grade, when the "
        "design sets one) reports to the heads of both "
        "departments: one line may be primary, the other a dual line, which may carry a "
        "condition (to DPO for peacekeeping operations and field missions, to DPPA otherwise)."
    )
    source = "A/72/525 para. 36"

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per entry point that misses a department, or whose dual lines say no when."""
        shared = ctx.scenario.roles.shared_structure
        ctx.require(
            shared in ctx.units, "this scenario has no shared structure (roles.shared_structure)"
        )
        assert shared is not None
        ctx.require(len(ctx.departments) >= 2, "this scenario maps fewer than two departments")
        grade = ctx.settings.entry_point_grade
        points = sorted(
            {
                p
                for units in ctx.entry_points.values()
                for p in units
                if p in ctx.subtree(shared) and grade in (None, ctx.units[p].head_grade)
            },
            key=ctx.position.__getitem__,
        )
        findings = []
        for point in points:
            lines = [x for x in ctx.scenario.lines.values() if x.source == point]
            dual = {x.target for x in lines if x.kind is LineKind.DUAL}
            dotted = {x.target for x in lines if x.kind is LineKind.DOTTED}
            reports_to = dual | {ctx.units[point].parent}
            missing = False
            for department in ctx.departments.values():
                if department in reports_to:
                    continue
                missing = True
                how = " only by a dotted line" if department in dotted else ""
                findings.append(
                    self.finding(
                        f"{ctx.label(point)} reports to {ctx.label(department)}{how}; a regional "
                        "entry point reports to both department heads.",
                        units=[point, department],
                        fix=Fix(
                            "add-line",
                            f"add a dual line from {ctx.label(point)} to {ctx.label(department)}",
                            {
                                "source": point,
                                "target": department,
                                "kind": "dual",
                                "caption": f"Reports to {ctx.label(department)}",
                            },
                        ),
                    )
                )
            if not missing and dual and not any(x.condition for x in lines):
                findings.append(
                    self.finding(
                        f"The dual lines of {ctx.label(point)} say nothing about when each "
                        "applies; add a condition (for example: peacekeeping operations).",
                        units=[point],
                        severity=Severity.INFO,
                    )
                )
        return findings


class LeadDepartmentRule(Rule):
    """LEAD-DEPT."""

    id = "LEAD-DEPT"
    title = "Field presences have the right lead department"
    severity = Severity.ERROR
    explanation = (
        "Peacekeeping operations are led by the operations department (DPO); regional offices, "
        "envoys and political-process offices by the political department (DPPA); a field "
        "special political mission names its lead, DPO by default."
    )
    source = "A/72/525 paras. 21 and 28-29"

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
                    default = ctx.departments.get(ctx.settings.mission_default_lead or "")
                    if default is not None:
                        findings.append(
                            self.finding(
                                f"{label} names no lead department; {ctx.label(default)} leads it "
                                "by default.",
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
                    findings.append(
                        self.finding(
                            f"{label} is led by {ctx.label(lead)}, which is not one of the "
                            f"departments ({ctx.labels(sorted(departments))}).",
                            units=[presence.id, lead],
                        )
                    )
                continue
            role = leads.get(presence.presence_type) if presence.presence_type else None
            expected = ctx.departments.get(role) if role else None
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
