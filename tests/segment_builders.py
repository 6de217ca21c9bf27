"""A small city design with a client-group segment list and a budget split in parts."""

from __future__ import annotations

from orgeditor.model import (
    CostRate,
    CostTable,
    DepartmentRole,
    Design,
    FundingPart,
    FundingSource,
    Grade,
    Metadata,
    NeutralityLevel,
    Post,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Segment,
    SegmentKind,
    Unit,
    UnitKind,
)


def city_design() -> Design:
    """A city: policy and operations departments, shared services with one front door per
    client group; "Businesses" has none yet and the permits team is outside the front door."""
    units = [
        Unit("city", "City Manager", UnitKind.OFFICE, head_grade="M1"),
        Unit("pol", "Policy Department", UnitKind.DEPARTMENT, head_grade="M2", parent="city"),
        Unit("ops", "Operations Department", UnitKind.DEPARTMENT, head_grade="M2", parent="city"),
        Unit("shared", "Shared Services", UnitKind.STRUCTURE, head_grade="M2", parent="city"),
        Unit("fd-dev", "Developers Desk", UnitKind.SERVICE, head_grade="M3", parent="shared"),
        Unit("fd-res", "Residents Desk", UnitKind.SERVICE, head_grade="M3", parent="shared"),
        Unit("biz", "Business Desk", UnitKind.SERVICE, head_grade="M3", parent="shared"),
        Unit("permits", "Permits Team", UnitKind.TEAM, head_grade="M4", parent="ops"),
    ]
    units[4].segment_entry_points = {"clients": ["dev"]}
    units[5].segment_entry_points = {"clients": ["res"]}
    units[6].segments = {"clients": "biz"}
    units[7].segments = {"clients": "dev"}
    base = Scenario(
        "today",
        "Today",
        ScenarioKind.BASELINE,
        roles=ScenarioRoles(
            top="city",
            departments={"policy": "pol", "operations": "ops"},
            shared_structure="shared",
        ),
        units={u.id: u for u in units},
    )
    return Design(
        metadata=Metadata("City merger"),
        grades=[Grade(g, g) for g in ("M1", "M2", "M3", "M4")],
        rules=RuleSettings(
            department_roles=[
                DepartmentRole("policy", "Policy"),
                DepartmentRole("operations", "Operations"),
            ]
        ),
        scenarios=[base],
        segment_kinds=[
            SegmentKind(
                "clients",
                "client group",
                [
                    Segment("dev", "Developers"),
                    Segment("res", "Residents"),
                    Segment("biz", "Businesses"),
                ],
            )
        ],
    )


def city_with_budget(level: NeutralityLevel) -> Design:
    """:func:`city_design` with posts funded by two sections of one budget and a proposal
    that moves one post from section P (planning) to section B (building)."""
    design = city_design()
    design.funding_sources = [
        FundingSource(
            "CB",
            "City budget",
            parts=[FundingPart("CB-P", "Planning programme"), FundingPart("CB-B", "Building")],
            neutrality=level,
        )
    ]
    design.cost_table = CostTable(
        "EUR", [CostRate(g.id, 100_000 - 10_000 * i) for i, g in enumerate(design.grades)]
    )
    base = design.baseline
    base.posts = {
        "p1": Post("p1", "M3", "CB-P", "fd-dev"),
        "p2": Post("p2", "M4", "CB-P", "permits"),
        "p3": Post("p3", "M4", "CB-B", "fd-res"),
    }
    plan = base.copy("plan", "Merged", ScenarioKind.PROPOSAL)
    plan.posts["p2"].funding = "CB-B"
    design.scenarios.append(plan)
    return design
