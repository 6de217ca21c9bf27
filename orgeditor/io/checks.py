"""Consistency checks of a parsed design file, beyond what the schema's types say.

Each check names the JSON path of the offending value and says what to do:
duplicate ids, references to things that do not exist, unknown grades or
funding sources, a cycle of primary parents, a design without exactly one
baseline.
"""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.io.errors import Problem
from orgeditor.io.name_checks import name_problems
from orgeditor.io.schema import DesignFile, ScenarioFile, UnitFile
from orgeditor.model import parent_cycles
from orgeditor.model.design import repeated_part_ids
from orgeditor.model.role_refs import body_ref_problems, dual_problems
from orgeditor.model.successors import succession_problems
from orgeditor.rules.engine import RULES


class _Collector:
    """Gathers problems; each ``ref`` check is one line at the call site."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, location: str, message: str) -> None:
        self.problems.append(Problem(location, message))

    def ref(self, location: str, value: str | None, known: Iterable[str], what: str) -> None:
        """Report ``value`` unless it is None or one of ``known``."""
        if value is not None and value not in known:
            self.add(location, f"unknown {what} {value!r}; use the id of an existing {what}")

    def unique(self, location: str, ids: Iterable[str], what: str) -> set[str]:
        """Report every repeated id under ``location``; return the set of ids."""
        ids = list(ids)
        seen: set[str] = set(ids)
        if len(seen) == len(ids):  # the usual case, at C speed
            return seen
        seen = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                self.add(
                    f"{location}[{index}].id",
                    f"duplicate {what} id {item_id!r}; every {what} needs its own id",
                )
            seen.add(item_id)
        return seen


def check_design_file(doc: DesignFile) -> list[Problem]:
    """All consistency problems of ``doc``, in file order (empty when it is sound)."""
    out = _Collector()
    grades = out.unique("$.grades", (g.id for g in doc.grades), "grade")
    funding = _funding_ids(out, doc)
    segments = _segment_items(out, doc)
    regions = out.unique("$.regions", (r.id for r in doc.regions), "region")
    functions = out.unique("$.functions", (f.id for f in doc.functions), "function")
    roles = out.unique(
        "$.rules.department_roles", (r.id for r in doc.rules.department_roles), "department role"
    )
    locations = out.unique("$.locations", (x.id for x in doc.locations), "duty station")
    _check_costs(out, doc, grades, funding, locations)
    _check_rules(out, doc, grades, functions, roles)
    for index, kind in enumerate(doc.segment_kinds):
        where = f"$.segment_kinds[{index}].entry_point_grade"
        out.ref(where, kind.entry_point_grade, grades, "grade")
    out.unique("$.scenarios", (s.id for s in doc.scenarios), "scenario")
    baselines = [s for s in doc.scenarios if s.kind == "baseline"]
    if len(baselines) != 1:
        out.add(
            "$.scenarios",
            f"a design needs exactly one baseline scenario, this one has {len(baselines)}; "
            'set "kind" to "baseline" on one scenario and "proposal" on the others',
        )
    for index, scenario in enumerate(doc.scenarios):
        _check_scenario(
            out, f"$.scenarios[{index}]", scenario, grades, funding, regions, functions, roles
        )
        _check_unit_segments(out, f"$.scenarios[{index}]", scenario, segments)
        for number, unit in enumerate(scenario.units):
            if unit.location is not None and unit.location not in locations:
                where = f"$.scenarios[{index}].units[{number}].location"
                out.ref(where, unit.location, locations, "duty station")
    if len(baselines) == 1:
        _check_successions(out, doc, {u.id for u in baselines[0].units})
    out.unique("$.comments", (c.id for c in doc.comments), "comment")  # issue 18
    out.problems += name_problems(doc)  # names in several languages (issue 19)
    return out.problems


# --- funding parts and segments (issue 15) ---
def _funding_ids(out: _Collector, doc: DesignFile) -> set[str]:
    """The ids posts and rates may name: every source and every part, all distinct."""
    sources = out.unique("$.funding_sources", (f.id for f in doc.funding_sources), "funding source")
    for index, inner, part_id in repeated_part_ids(doc.funding_sources):
        out.add(
            f"$.funding_sources[{index}].parts[{inner}].id",
            f"funding id {part_id!r} is used twice; a part needs an id no other source or part has",
        )
    seen = set(sources) | {p.id for f in doc.funding_sources for p in f.parts}
    return seen


def _segment_items(out: _Collector, doc: DesignFile) -> dict[str, set[str]]:
    """Segment kind id -> its item ids; the kind "region" is the design's regions."""
    kinds = out.unique("$.segment_kinds", (k.id for k in doc.segment_kinds), "segment kind")
    if "region" in kinds:
        index = [k.id for k in doc.segment_kinds].index("region")
        out.add(
            f"$.segment_kinds[{index}].id",
            'the segment kind "region" is the design\'s regions; list regions under '
            '"regions" or give this kind another id',
        )
    return {
        kind.id: out.unique(
            f"$.segment_kinds[{index}].items", (x.id for x in kind.items), kind.name
        )
        for index, kind in enumerate(doc.segment_kinds)
    }


def _check_unit_segments(
    out: _Collector, where: str, scenario: ScenarioFile, segments: dict[str, set[str]]
) -> None:
    for index, unit in enumerate(scenario.units):
        if not unit.segments and not unit.segment_entry_points:
            continue
        at = f"{where}.units[{index}]"
        for kind, item in unit.segments.items():
            out.ref(f"{at}.segments.{kind}", kind, segments, "segment kind")
            out.ref(f"{at}.segments.{kind}", item, segments.get(kind, {item}), "segment")
        for kind, items in unit.segment_entry_points.items():
            out.ref(f"{at}.segment_entry_points.{kind}", kind, segments, "segment kind")
            for inner, item in enumerate(items):
                known = segments.get(kind, {item})
                out.ref(f"{at}.segment_entry_points.{kind}[{inner}]", item, known, "segment")
            if len(set(items)) != len(items):
                out.add(f"{at}.segment_entry_points.{kind}", "a segment is listed twice")


# --- successors (issue 15 part 3) ---
def _check_successions(out: _Collector, doc: DesignFile, baseline: set[str]) -> None:
    """A unit's ``succession`` names units of the baseline, each once."""
    for index, scenario in enumerate(doc.scenarios):
        in_baseline = scenario.kind == "baseline"
        for number, unit in enumerate(scenario.units):
            if not unit.succession.units and not unit.succession.rejected:
                continue  # most units: nothing to check
            where = f"$.scenarios[{index}].units[{number}].succession"
            for name, problem in succession_problems(unit.succession, baseline, in_baseline):
                out.add(f"{where}.{name}", problem)


def _check_costs(
    out: _Collector, doc: DesignFile, grades: set[str], funding: set[str], locations: set[str]
) -> None:
    seen: set[tuple[str, str | None, str | None]] = set()
    for index, rate in enumerate(doc.cost_table.rates):
        where = f"$.cost_table.rates[{index}]"
        out.ref(f"{where}.grade", rate.grade, grades, "grade")
        out.ref(f"{where}.funding", rate.funding, funding, "funding source")
        out.ref(f"{where}.location", rate.location, locations, "duty station")
        key = (rate.grade, rate.funding, rate.location)
        if key in seen:
            source = f" funded by {rate.funding}" if rate.funding else ""
            station = f" at {rate.location}" if rate.location else ""
            out.add(where, f"a second cost for grade {rate.grade}{source}{station}; keep one")
        seen.add(key)


def _check_rules(
    out: _Collector, doc: DesignFile, grades: set[str], functions: set[str], roles: set[str]
) -> None:
    rules = doc.rules
    out.ref("$.rules.senior_grade", rules.senior_grade, grades, "grade")
    out.ref("$.rules.entry_point_grade", rules.entry_point_grade, grades, "grade")
    for function_id, role in rules.function_homes.items():
        where = f"$.rules.function_homes.{function_id}"
        out.ref(where, function_id, functions, "function")
        out.ref(where, role, roles, "department role")
    for index, group in enumerate(rules.functions_together):
        for inner, function_id in enumerate(group):
            out.ref(
                f"$.rules.functions_together[{index}][{inner}]", function_id, functions, "function"
            )
    for presence, role in rules.presence_leads.items():
        out.ref(f"$.rules.presence_leads.{presence}", role, roles, "department role")
    out.ref("$.rules.mission_default_lead", rules.mission_default_lead, roles, "department role")
    out.ref("$.rules.gender_function", rules.gender_function, functions, "function")
    out.ref("$.rules.pbf_function", rules.pbf_function, functions, "function")
    _check_configured_rules(out, doc, grades, roles)


def _check_configured_rules(
    out: _Collector, doc: DesignFile, grades: set[str], roles: set[str]
) -> None:
    """Rule switches, required bodies and dual reporting (issue 15 part 2)."""
    rules = doc.rules
    known_rules = [rule.id for rule in RULES]
    for rule_id in rules.rule_overrides:
        out.ref(f"$.rules.rule_overrides.{rule_id}", rule_id, known_rules, "rule")
    # A unit a body or dual reporting names may be missing from every scenario: edits delete
    # units and scenarios, and a saved file must open again. The rules then say, scenario by
    # scenario, that the unit is not there; the Settings page refuses a unit id it lacks.
    for index, body in enumerate(rules.required_bodies):
        for place, problem in body_ref_problems(body, roles).items():
            out.add(f"$.rules.required_bodies[{index}].{place}", problem)
    for unit_id, departments in rules.dual_reporting.items():
        for place, problem in dual_problems(departments, roles).items():
            out.add(f"$.rules.dual_reporting.{unit_id}{place}", problem)
    # promises (issue 21): the grades and roles they name (their units as above)
    for unit_id, grade in rules.required_head_grades.items():
        out.ref(f"$.rules.required_head_grades.{unit_id}", grade, grades, "grade")
    for presence, role in rules.dual_conditions.items():
        out.ref(f"$.rules.dual_conditions.{presence}", role, roles, "department role")


def _check_scenario(
    out: _Collector,
    where: str,
    scenario: ScenarioFile,
    grades: set[str],
    funding: set[str],
    regions: set[str],
    functions: set[str],
    roles: set[str],
) -> None:
    units = out.unique(f"{where}.units", (u.id for u in scenario.units), "unit")
    for index in _suspects(scenario.units, units, grades, regions, functions):
        unit = scenario.units[index]
        at = f"{where}.units[{index}]"
        out.ref(f"{at}.head_grade", unit.head_grade, grades, "grade")
        out.ref(f"{at}.parent", unit.parent, units, "unit")
        if unit.parent == unit.id:
            out.add(f"{at}.parent", f"unit {unit.id!r} cannot report to itself")
        out.ref(f"{at}.region", unit.region, regions, "region")
        out.ref(f"{at}.lead_department", unit.lead_department, units, "unit")
        out.ref(f"{at}.backstopped_by", unit.backstopped_by, units, "unit")
        for inner, region in enumerate(unit.entry_point_for):
            out.ref(f"{at}.entry_point_for[{inner}]", region, regions, "region")
        for inner, function_id in enumerate(unit.functions):
            out.ref(f"{at}.functions[{inner}]", function_id, functions, "function")
    _check_cycles(out, where, scenario)
    out.unique(f"{where}.posts", (p.id for p in scenario.posts), "post")
    suspects = [
        index
        for index, post in enumerate(scenario.posts)
        if post.grade not in grades or post.funding not in funding or post.unit not in units
    ]
    for index in suspects:  # most files have none: locations are built only for these
        post = scenario.posts[index]
        at = f"{where}.posts[{index}]"
        out.ref(f"{at}.grade", post.grade, grades, "grade")
        out.ref(f"{at}.funding", post.funding, funding, "funding source")
        out.ref(f"{at}.unit", post.unit, units, "unit")
    out.unique(f"{where}.lines", (line.id for line in scenario.lines), "line")
    for index, line in enumerate(scenario.lines):
        at = f"{where}.lines[{index}]"
        out.ref(f"{at}.source", line.source, units, "unit")
        out.ref(f"{at}.target", line.target, units, "unit")
        if line.source == line.target:
            out.add(at, f"line {line.id!r} runs from unit {line.source!r} to itself")
    _check_bodies(out, where, scenario, units)
    roles_at = f"{where}.roles"
    out.ref(f"{roles_at}.top", scenario.roles.top, units, "unit")
    for role, unit_id in scenario.roles.departments.items():
        out.ref(f"{roles_at}.departments.{role}", role, roles, "department role")
        out.ref(f"{roles_at}.departments.{role}", unit_id, units, "unit")
    out.ref(f"{roles_at}.shared_structure", scenario.roles.shared_structure, units, "unit")
    out.ref(f"{roles_at}.executive_office", scenario.roles.executive_office, units, "unit")
    out.ref(f"{roles_at}.principals_group", scenario.roles.principals_group, units, "unit")


def _suspects(
    units: list[UnitFile],
    known: set[str],
    grades: set[str],
    regions: set[str],
    functions: set[str],
) -> list[int]:
    """The indexes of the units that may have a problem; a quick pass before the slow one."""
    found = []
    for index, unit in enumerate(units):
        if (
            (unit.head_grade is not None and unit.head_grade not in grades)
            or (unit.parent is not None and (unit.parent not in known or unit.parent == unit.id))
            or (unit.region is not None and unit.region not in regions)
            or (unit.lead_department is not None and unit.lead_department not in known)
            or (unit.backstopped_by is not None and unit.backstopped_by not in known)
            or (unit.entry_point_for and not regions.issuperset(unit.entry_point_for))
            or (unit.functions and not functions.issuperset(unit.functions))
        ):
            found.append(index)
    return found


def _check_bodies(out: _Collector, where: str, scenario: ScenarioFile, units: set[str]) -> None:
    kinds = {u.id: u.kind for u in scenario.units}
    seen: set[str] = set()
    for index, body in enumerate(scenario.bodies):
        at = f"{where}.bodies[{index}]"
        out.ref(f"{at}.unit", body.unit, units, "unit")
        if body.unit in kinds and kinds[body.unit] != "body":
            out.add(f"{at}.unit", f"unit {body.unit!r} is a {kinds[body.unit]}, not a body")
        if body.unit in seen:
            out.add(f"{at}.unit", f"body {body.unit!r} is listed twice; merge its members")
        seen.add(body.unit)
        out.ref(f"{at}.chair", body.chair, units, "unit")
        for inner, member in enumerate(body.members):
            out.ref(f"{at}.members[{inner}]", member, units, "unit")


def _check_cycles(out: _Collector, where: str, scenario: ScenarioFile) -> None:
    """Report each cycle of primary parents once, at its first unit in file order."""
    index_of = {u.id: i for i, u in enumerate(scenario.units)}
    for cycle in parent_cycles({u.id: u.parent for u in scenario.units}):
        if len(cycle) == 1:
            continue  # a unit that reports to itself is reported with the unit
        first = min(cycle, key=index_of.__getitem__)
        path = " -> ".join([*cycle, cycle[0]])
        out.add(
            f"{where}.units[{index_of[first]}].parent",
            f"primary reporting lines form a cycle ({path}); "
            "make one of these units report to a unit outside the cycle",
        )
