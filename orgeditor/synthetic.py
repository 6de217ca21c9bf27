"""Synthetic designs of any size for benchmarks and scale tests.

``generate(units, seed)`` builds a UN-like organisation with a realistic shape:
two departments with offices, divisions, sections and teams (wide and deep
branches), a shared regional structure whose entry points report to both
departments, regions, field presences grouped under their lead department,
a principals' group, about five posts per headquarters unit over three
funding sources, and a proposal that moves posts and units without breaking
a rule. Same ``units`` and ``seed``, same design.
"""

from __future__ import annotations

import random
from collections import deque

from orgeditor.model import (
    Body,
    CostRate,
    CostTable,
    DepartmentRole,
    Design,
    FundingSource,
    Grade,
    LineKind,
    Metadata,
    OrgFunction,
    Post,
    PresenceType,
    Region,
    ReportingLine,
    RequiredBody,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Unit,
    UnitKind,
)
from orgeditor.model.tree import children_map

LADDER = ["SG", "USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS-PL", "GS-OL"]
COSTS = [
    0,
    300_000,
    275_000,
    255_000,
    235_000,
    215_000,
    190_000,
    160_000,
    130_000,
    140_000,
    110_000,
]
HOMES = {
    "political": ["electoral-assistance", "mediation-support", "pbc-support", "pbf-management"],
    "operations": [
        "military-affairs",
        "police",
        "justice-corrections",
        "ssr",
        "ddr",
        "mine-action",
    ],
}
GENERIC = ["analysis", "policy", "administration", "partnerships", "communications"]
FUNDING = {
    "political": ["RB", "RB", "RB", "XB"],
    "operations": ["SA", "SA", "SA", "RB"],
    "shared": ["RB", "SA"],
}
LEVELS = [
    (UnitKind.OFFICE, "ASG"),
    (UnitKind.DIVISION, "D-2"),
    (UnitKind.SERVICE, "D-1"),
    (UnitKind.SECTION, "P-5"),
    (UnitKind.UNIT, "P-4"),
    (UnitKind.TEAM, "P-3"),
]
PRESENCE_TYPES = [
    PresenceType.PEACEKEEPING_OPERATION,
    PresenceType.SPECIAL_POLITICAL_MISSION,
    PresenceType.REGIONAL_OFFICE,
    PresenceType.ENVOY,
]
GROUP_SIZE = 20
MAX_SPAN = 24


class _Builder:
    def __init__(self, units: int, seed: int) -> None:
        self.target = max(units, 40)
        self.random = random.Random(seed)
        self.s = Scenario(
            "baseline",
            "Baseline",
            ScenarioKind.BASELINE,
            roles=ScenarioRoles(
                top="top",
                departments={"political": "dept-pol", "operations": "dept-ops"},
                shared_structure="shared",
                executive_office="exec",
                principals_group="principals",
            ),
        )
        self.counter = 0

    def unit(
        self,
        uid: str | None,
        name: str,
        kind: UnitKind,
        parent: str | None,
        head: str | None,
        **fields: object,
    ) -> Unit:
        self.counter += 1
        uid = uid or f"u{self.counter:06d}"
        unit = Unit(uid, name, kind, head_grade=head, parent=parent)
        for key, value in fields.items():
            setattr(unit, key, value)
        self.s.units[uid] = unit
        return unit

    def staff(self, unit: Unit, pool: list[str]) -> None:
        head = LADDER.index(unit.head_grade or "P-3")
        grades = [LADDER[head]] + [
            LADDER[self.random.randint(min(head + 1, len(LADDER) - 1), len(LADDER) - 1)]
            for _ in range(self.random.randint(2, 6))
        ]
        for index, grade in enumerate(grades):
            post_id = f"{unit.id}.{index + 1}"
            self.s.posts[post_id] = Post(post_id, grade, self.random.choice(pool), unit.id)


def generate(units: int, seed: int = 1) -> Design:
    """A design whose baseline has about ``units`` units (at least 40), and one proposal."""
    b = _Builder(units, seed)
    region_count = max(3, min(40, b.target // 400))
    regions = [Region(f"region-{i + 1}", f"Region {i + 1}") for i in range(region_count)]
    top = b.unit("top", "Secretary-General", UnitKind.OFFICE, None, "SG")
    b.unit("exec", "Executive Office", UnitKind.OFFICE, top.id, "USG")
    b.unit("principals", "Principals' Group", UnitKind.BODY, top.id, None)
    departments = {
        "political": b.unit(
            "dept-pol", "Department of Political Affairs", UnitKind.DEPARTMENT, top.id, "USG"
        ),
        "operations": b.unit(
            "dept-ops", "Department of Operations", UnitKind.DEPARTMENT, top.id, "USG"
        ),
    }
    b.s.bodies["principals"] = Body("principals", "top", ["dept-pol", "dept-ops"])
    divisions = _shared_structure(b, regions, departments)
    presence_total = max(4, b.target // 12)
    hq_total = b.target - len(b.s.units) - presence_total - presence_total // GROUP_SIZE - 4
    for role, department in departments.items():
        b.staff(department, FUNDING[role])
        _grow(b, department, role, hq_total // 2)
    _presences(b, regions, divisions, departments, presence_total)
    _functions(b, departments)
    b.s.lines["pbf-link"] = ReportingLine(
        "pbf-link",
        b.s.units[_carrier(b, "pbf-management")].id,
        "exec",
        LineKind.DOTTED,
        "Functional link",
    )
    design = Design(
        metadata=Metadata(
            f"Synthetic design, {len(b.s.units):,} units (seed {seed})",
            provenance=["Generated by orgeditor.synthetic; every figure is invented."],
        ),
        grades=[Grade(g, g) for g in LADDER],
        funding_sources=[
            FundingSource("RB", "Regular budget"),
            FundingSource("SA", "Support account"),
            FundingSource("XB", "Extrabudgetary"),
        ],
        cost_table=CostTable(
            "USD", [CostRate(g, c) for g, c in zip(LADDER, COSTS, strict=True) if c]
        ),
        regions=regions,
        functions=[
            OrgFunction(f, f.replace("-", " ").capitalize())
            for f in [*HOMES["political"], *HOMES["operations"], *GENERIC, "gender"]
        ],
        rules=RuleSettings(
            senior_grade="D-1",
            regional_entry_points=True,
            entry_point_grade="ASG",
            max_span=MAX_SPAN,
            max_layers=9,
            department_roles=[
                DepartmentRole("political", "Political affairs"),
                DepartmentRole("operations", "Operations"),
            ],
            function_homes={f: role for role, names in HOMES.items() for f in names},
            functions_together=[["police", "military-affairs"]],
            presence_leads={
                PresenceType.PEACEKEEPING_OPERATION: "operations",
                PresenceType.REGIONAL_OFFICE: "political",
                PresenceType.ENVOY: "political",
            },
            mission_default_lead="operations",
            gender_function="gender",
            pbf_function="pbf-management",
            required_bodies=[RequiredBody("principals", "Principals' group")],
            # promises (issue 21): the first office's divisions stay together, the offices
            # keep their ASG heads, presences sit under their leads, the lines say when
            keep_together={"first divisions": [divisions[r.id] for r in regions[:2]]},
            required_head_grades={u.id: "ASG" for u in b.s.units.values() if u.entry_point_for},
            lead_follows_chart=True,
            dual_conditions={
                PresenceType.PEACEKEEPING_OPERATION: "operations",
                PresenceType.REGIONAL_OFFICE: "political",
                PresenceType.ENVOY: "political",
            },
            min_entry_point_holders=2,
        ),
        scenarios=[b.s],
    )
    design.scenarios.append(_proposal(b))
    return design


# the condition of each regional office's dual line, by the department's role
CONDITIONS = {"political": "Regional offices and envoys", "operations": "Peacekeeping operations"}


def _shared_structure(
    b: _Builder, regions: list[Region], departments: dict[str, Unit]
) -> dict[str, str]:
    """Regional ASG offices (entry points) with a division per region; region -> division."""
    shared = b.unit("shared", "Shared regional structure", UnitKind.STRUCTURE, "top", None)
    divisions: dict[str, str] = {}
    per_office = 2
    for start in range(0, len(regions), per_office):
        covered = regions[start : start + per_office]
        office = b.unit(
            None,
            f"Office of the ASG for {', '.join(r.name for r in covered)}",
            UnitKind.OFFICE,
            shared.id,
            "ASG",
            entry_point_for=[r.id for r in covered],
        )
        b.staff(office, FUNDING["shared"])
        for role, department in departments.items():
            line_id = f"{office.id}-{department.id}"
            b.s.lines[line_id] = ReportingLine(
                line_id,
                office.id,
                department.id,
                LineKind.DUAL,
                f"Reports to {department.name}",
                CONDITIONS[role],
            )
        for region in covered:
            division = b.unit(
                None,
                f"{region.name} Division",
                UnitKind.DIVISION,
                office.id,
                "D-2",
                region=region.id,
                functions=["analysis"],
            )
            b.staff(division, FUNDING["shared"])
            divisions[region.id] = division.id
    return divisions


def _grow(b: _Builder, root: Unit, role: str, budget: int) -> None:
    """Add about ``budget`` units under ``root``, breadth first, wide here and deep there."""
    frontier = deque([(root.id, 0)])
    made = 0
    while frontier and made < budget:
        parent, level = frontier.popleft()
        kind, head = LEVELS[min(level, len(LEVELS) - 1)]
        for _ in range(b.random.randint(3, 12 if level < 2 else 10)):
            if made >= budget:
                break
            unit = b.unit(
                None,
                f"{kind.value.title()} {b.counter + 1}",
                kind,
                parent,
                head,
                functions=[b.random.choice(GENERIC)],
            )
            b.staff(unit, FUNDING[role])
            made += 1
            if level + 1 < len(LEVELS) and b.random.random() < 0.9:
                frontier.append((unit.id, level + 1))


def _presences(
    b: _Builder,
    regions: list[Region],
    divisions: dict[str, str],
    departments: dict[str, Unit],
    total: int,
) -> None:
    """Field presences in groups of GROUP_SIZE, the groups in clusters of GROUP_SIZE."""
    parents: dict[str, list[str]] = {"political": [], "operations": []}
    for index in range(total):
        ptype = PRESENCE_TYPES[index % len(PRESENCE_TYPES)]
        role = "operations" if ptype is PresenceType.PEACEKEEPING_OPERATION else "political"
        if ptype is PresenceType.SPECIAL_POLITICAL_MISSION and index % 3 == 0:
            role = "operations"
        department = departments[role]
        placed = parents[role]
        if len(placed) % GROUP_SIZE == 0:
            if len(placed) % (GROUP_SIZE * GROUP_SIZE) == 0:
                cluster = b.unit(
                    None,
                    f"{department.name}: field operations",
                    UnitKind.OFFICE,
                    department.id,
                    "ASG",
                )
            group = b.unit(
                None,
                f"{department.name}: field group",
                UnitKind.OFFICE,
                cluster.id
                if len(placed) % (GROUP_SIZE * GROUP_SIZE) == 0
                else b.s.units[placed[-1]].parent,
                "D-2",
            )
            placed.append(group.id)
        else:
            placed.append(placed[-1])
        region = regions[index % len(regions)]
        b.unit(
            None,
            f"Mission {index + 1}",
            UnitKind.FIELD_PRESENCE,
            placed[-1],
            None,
            region=region.id,
            presence_type=ptype,
            lead_department=department.id,
            backstopped_by=divisions[region.id],
        )


def _functions(b: _Builder, departments: dict[str, Unit]) -> None:
    """Put each homed function and gender on a division or service inside its department."""
    owner = _departments(b.s)
    for role, department in departments.items():
        inside = [
            u
            for u in b.s.units.values()
            if u.kind in (UnitKind.DIVISION, UnitKind.SERVICE) and owner.get(u.id) == department.id
        ]
        for function_id in [*HOMES[role], "gender"]:
            b.random.choice(inside or [department]).functions.append(function_id)


def _departments(scenario: Scenario) -> dict[str, str]:
    """Unit id -> the child of the top it sits under (its department or office)."""
    owner: dict[str, str] = {}
    for unit in scenario.units.values():  # parents come before children in these designs
        if unit.parent == "top":
            owner[unit.id] = unit.id
        elif unit.parent in owner:
            owner[unit.id] = owner[unit.parent]
    return owner


def _carrier(b: _Builder, function_id: str) -> str:
    return next(u.id for u in b.s.units.values() if function_id in u.functions)


def _proposal(b: _Builder) -> Scenario:
    """Move some sections to another service of their department, and some posts sideways."""
    proposal = b.s.copy("proposal", "Proposal", ScenarioKind.PROPOSAL)
    owner = _departments(proposal)
    children = children_map(proposal)
    services: dict[str, list[str]] = {}
    for unit in proposal.units.values():
        if unit.kind is UnitKind.SERVICE:
            services.setdefault(owner[unit.id], []).append(unit.id)
    sections = [u for u in proposal.units.values() if u.kind is UnitKind.SECTION]
    for section in b.random.sample(sections, min(len(sections), max(1, len(sections) // 20))):
        choices = [
            s
            for s in services.get(owner[section.id], [])
            if len(children.get(s, [])) < MAX_SPAN - 1
        ]
        if choices:
            target = b.random.choice(choices)
            children[section.parent].remove(section.id)
            children.setdefault(target, []).append(section.id)
            section.parent = target
    posts = list(proposal.posts.values())
    for post in b.random.sample(posts, len(posts) // 50):
        kind = proposal.units[post.unit].kind
        siblings = children[proposal.units[post.unit].parent]
        post.unit = b.random.choice([s for s in siblings if proposal.units[s].kind is kind])
    return proposal


FAULTS = ("cost", "entry-point", "dual-line", "function-home", "lead-department")


def inject_faults(design: Design, count: int, seed: int = 1) -> list[str]:
    """Break the proposal ``count`` times, cycling through :data:`FAULTS`; returns what was done.

    Each fault is one a planner could make and one rule catches: an extra post
    (COST-TOTAL, COST-FUNDING), a second entry point for a region (REGION-ENTRY), a
    dropped dual line (REGION-DUAL), a function moved out of its department
    (FUNC-HOME), a field presence led by the wrong department (LEAD-DEPT).
    """
    rng = random.Random(seed)
    proposal = design.proposals[0]
    owner = _departments(proposal)
    done = []
    for index in range(count):
        kind = FAULTS[index % len(FAULTS)]
        units = list(proposal.units.values())
        if kind == "cost":
            unit = rng.choice([u for u in units if u.kind is UnitKind.SECTION] or units)
            post_id = f"fault-post-{index}"
            proposal.posts[post_id] = Post(post_id, "D-1", "RB", unit.id, "Injected post")
            done.append(f"{kind}: post {post_id} (D-1, RB) added to {unit.id}")
        elif kind == "entry-point":
            region = rng.choice(design.regions).id
            unit = rng.choice([u for u in units if u.kind is UnitKind.DIVISION] or units)
            unit.entry_point_for.append(region)
            done.append(f"{kind}: {unit.id} made a second entry point for {region}")
        elif kind == "dual-line":
            duals = [line for line in proposal.lines.values() if line.kind is LineKind.DUAL]
            if duals:
                line = rng.choice(duals)
                del proposal.lines[line.id]
                done.append(f"{kind}: line {line.id} removed")
        elif kind == "function-home":
            homes = design.rules.function_homes
            carriers = [u for u in units if any(f in homes for f in u.functions)]
            if carriers:
                unit = rng.choice(carriers)
                wrong = next(d for d in ("dept-pol", "dept-ops") if d != owner.get(unit.id))
                unit.parent = wrong
                done.append(f"{kind}: {unit.id} moved under {wrong}")
        else:
            leads = design.rules.presence_leads
            led = [u for u in units if u.lead_department and u.presence_type in leads]
            if led:
                unit = rng.choice(led)
                unit.lead_department = next(
                    d for d in ("dept-pol", "dept-ops") if d != unit.lead_department
                )
                done.append(f"{kind}: {unit.id} now led by {unit.lead_department}")
    return done
