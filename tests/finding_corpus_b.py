"""Designs that make the regional, promise, spread and structure rules speak: every kind of
message, fix description, no-fix reason and skip reason they write (issue 19, part B).

Each case is a name and a function that builds a design and names the scenarios to check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from orgeditor.io import load_design
from orgeditor.model import (
    DepartmentRole,
    Design,
    Grade,
    LineKind,
    Post,
    PresenceType,
    ReportingLine,
    Segment,
    SegmentKind,
    Unit,
    UnitKind,
)
from orgeditor.rules import validate
from tests.builders import tiny_design
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, UN_SAMPLE
from tests.core.test_rules import VARIANTS
from tests.core.test_rules import _apply as apply_edit
from tests.segment_builders import city_design

# The rules of part B (rules/region.py, promises.py, spread.py, structure.py).
RULES_B = (
    "REGION-ENTRY",
    "REGION-COVERAGE",
    "REGION-DUAL",
    "REGION-DUAL-CONDITION",
    "REGION-SPREAD",
    "LEAD-DEPT",
    "LEAD-CHART",
    "STRUCT-TREE",
    "STRUCT-GRADE",
    "STRUCT-SPAN",
    "STRUCT-KEEP-TOGETHER",
    "GRADE-HEAD",
)
PROPOSAL = "a-72-525"
Case = Callable[[], tuple[Design, list[str]]]


def _un(edit: Callable[[Design], None] | None = None, scenario: str = PROPOSAL) -> Case:
    def build() -> tuple[Design, list[str]]:
        design = load_design(UN_SAMPLE)
        if edit is not None:
            edit(design)
        return design, [scenario]

    return build


def _units(design: Design, scenario: str = PROPOSAL) -> dict[str, Unit]:
    return design.find_scenario(scenario).units


def _line(design: Design, source: str, target: str) -> ReportingLine:
    lines = design.find_scenario(PROPOSAL).lines.values()
    return next(x for x in lines if x.source == source and x.target == target)


def _set(unit: str, **fields: object) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        for name, value in fields.items():
            setattr(_units(design)[unit], name, value)

    return edit


def _all(*edits: Callable[[Design], None]) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        for one in edits:
            one(design)

    return edit


def _rules(**fields: object) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        for name, value in fields.items():
            setattr(design.rules, name, value)

    return edit


def _condition(source: str, target: str, text: str) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        _line(design, source, target).condition = text

    return edit


def _line_kind(source: str, target: str, kind: LineKind) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        _line(design, source, target).kind = kind

    return edit


def _drop_line(source: str, target: str) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        del design.find_scenario(PROPOSAL).lines[_line(design, source, target).id]

    return edit


def _post(post: str, grade: str, unit: str) -> Callable[[Design], None]:
    def edit(design: Design) -> None:
        design.find_scenario(PROPOSAL).posts[post] = Post(post, grade, "RB", unit)

    return edit


def _every_scenario(path: object) -> Case:
    def build() -> tuple[Design, list[str]]:
        design = load_design(path)  # type: ignore[arg-type]
        return design, [s.id for s in design.scenarios]

    return build


def _city(edit: Callable[[Design], None] | None = None) -> Case:
    def build() -> tuple[Design, list[str]]:
        design = city_design()
        if edit is not None:
            edit(design)
        return design, [design.baseline.id]

    return build


def _city_units(design: Design) -> dict[str, Unit]:
    return design.baseline.units


def _city_several(design: Design) -> None:
    _city_units(design)["biz"].segment_entry_points = {"clients": ["dev"]}


def _city_stranded(design: Design) -> None:
    units = _city_units(design)
    units["biz"].segment_entry_points = {"clients": ["dev"]}
    units["permits"].backstopped_by = "biz"


def _city_misplaced(design: Design) -> None:
    units = _city_units(design)
    units["permits"].segment_entry_points = {"clients": ["biz"]}
    units["biz"].segments = {}


def _city_backstopped_elsewhere(design: Design) -> None:
    _city_units(design)["permits"].backstopped_by = "fd-res"


def _city_graded(design: Design) -> None:
    design.segment_kinds[0].entry_point_grade = "M2"


def _city_placed_apart(design: Design) -> None:
    units = _city_units(design)
    units["biz"].segments = {}
    units["permits"].segments = {"clients": "biz"}
    units["fd-res"].segments = {"clients": "biz"}


def _city_nobody(design: Design) -> None:
    _city_units(design)["biz"].segments = {}


def _tiny(edit: Callable[[Design], None]) -> Case:
    def build() -> tuple[Design, list[str]]:
        design = tiny_design()
        edit(design)
        return design, [s.id for s in design.scenarios]

    return build


def _tiny_departments(design: Design, shared: bool = False) -> None:
    design.rules.department_roles = [DepartmentRole("political", "P"), DepartmentRole("ops", "O")]
    for scenario in design.scenarios:
        scenario.roles.departments = {"political": "a", "ops": "b"}
        if shared:
            scenario.roles.shared_structure = "a"


def _tiny_presences(design: Design) -> None:
    _tiny_departments(design)
    design.rules.presence_leads = {
        PresenceType.REGIONAL_OFFICE: "political",
        PresenceType.ENVOY: "political",
        PresenceType.PEACEKEEPING_OPERATION: "ops",
        PresenceType.POLITICAL_PROCESS_OFFICE: "political",
    }
    design.rules.lead_follows_chart = True
    kinds = [
        ("ro", PresenceType.REGIONAL_OFFICE, "b", "b"),
        ("env", PresenceType.ENVOY, "a", None),
        ("pko", PresenceType.PEACEKEEPING_OPERATION, "a", "a"),
        ("ppo", PresenceType.POLITICAL_PROCESS_OFFICE, "b", "b"),
        ("spm", PresenceType.SPECIAL_POLITICAL_MISSION, "a", "hq"),
        ("spm2", PresenceType.SPECIAL_POLITICAL_MISSION, "b", None),
    ]
    for scenario in design.scenarios:
        for unit_id, kind, parent, lead in kinds:
            scenario.units[unit_id] = Unit(
                unit_id,
                f"Presence {unit_id}",
                UnitKind.FIELD_PRESENCE,
                parent=parent,
                presence_type=kind,
                lead_department=lead,
            )


def _tiny_default_lead(design: Design) -> None:
    _tiny_presences(design)
    design.rules.mission_default_lead = "ops"
    design.rules.lead_follows_chart = False


def _tiny_forest(design: Design) -> None:
    for scenario in design.scenarios:
        scenario.roles.top = None
        scenario.units["c"] = Unit("c", "Division C", UnitKind.DIVISION, head_grade="D-1")
        scenario.units["c1"] = Unit("c1", "Unit C1", UnitKind.UNIT, parent="c")


def _tiny_loose(design: Design) -> None:
    for scenario in design.scenarios:
        scenario.units["c"] = Unit("c", "Division C", UnitKind.DIVISION, head_grade="D-1")
        scenario.units["d"] = Unit("d", "Division D", UnitKind.DIVISION, head_grade="D-1")
        scenario.units["d1"] = Unit("d1", "Unit D1", UnitKind.UNIT, parent="d")
        scenario.units["e"] = Unit("e", "Division E", UnitKind.DIVISION, head_grade="D-1")
        scenario.units["e1"] = Unit("e1", "Unit E1", UnitKind.UNIT, parent="e")
        scenario.units["e2"] = Unit("e2", "Unit E2", UnitKind.UNIT, parent="e")


def _tiny_top_with_parent(design: Design) -> None:
    for scenario in design.scenarios:
        scenario.units["hq"].parent = "a"
        scenario.units["a"].parent = "hq"


def _tiny_top_reports(design: Design) -> None:
    for scenario in design.scenarios:
        scenario.units["up"] = Unit("up", "Board", UnitKind.BODY)
        scenario.units["hq"].parent = "up"


def _tiny_grades(design: Design) -> None:
    design.grades = [*design.grades, Grade("P-3", "Associate")]
    for scenario in design.scenarios:
        scenario.units["a"].head_grade = "D-2"  # as senior as the head office
        scenario.units["b"].head_grade = "D-2"
        scenario.units["b1"] = Unit("b1", "Section B1", UnitKind.SECTION, "D-1", parent="b")


def _tiny_nothing_fits(design: Design) -> None:
    for scenario in design.scenarios:
        scenario.units["a"].head_grade = "D-2"
        scenario.units["a1"] = Unit("a1", "Section A1", UnitKind.SECTION, "P-4", parent="a")


def _tiny_keep_even(design: Design) -> None:
    design.rules.keep_together = {"the pair": ["a", "b1"]}
    for scenario in design.scenarios:
        scenario.units["b1"] = Unit("b1", "Section B1", UnitKind.SECTION, parent="b")


def _tiny_segment_unchecked(design: Design) -> None:
    design.segment_kinds = [SegmentKind("clients", "client group", [Segment("x", "X")])]


def _tiny_dual_marked(design: Design) -> None:
    _tiny_departments(design)
    design.rules.dual_reporting = {"hq": ["political", "legal"], "ghost": ["ops"]}


def _tiny_dual_ghost(design: Design) -> None:
    design.rules.dual_reporting = {"ghost": ["ops"]}


def _tiny_shared_alone(design: Design) -> None:
    for scenario in design.scenarios:
        scenario.roles.shared_structure = "a"


def _tiny_dual_conditions(design: Design) -> None:
    design.rules.dual_conditions = {PresenceType.ENVOY: "political"}


def _tiny_regions_asked(design: Design) -> None:
    design.rules.regional_entry_points = True
    design.rules.min_entry_point_holders = 2


def _tiny_no_ladder(design: Design) -> None:
    design.grades = []
    design.rules.head_grade_from_posts = True


def _tiny_leads_no_departments(design: Design) -> None:
    design.rules.presence_leads = {PresenceType.ENVOY: "political"}
    design.rules.lead_follows_chart = True


def _tiny_marked_dual(design: Design) -> None:
    _tiny_departments(design)
    design.rules.dual_reporting = {"hq": ["political", "ops"]}
    for scenario in design.scenarios:
        scenario.lines["d1"] = ReportingLine("d1", "hq", "a", LineKind.DUAL)
        scenario.lines["d2"] = ReportingLine("d2", "hq", "b", LineKind.DOTTED)


def _tiny_marked_quiet(design: Design) -> None:
    _tiny_departments(design)
    design.rules.dual_reporting = {"hq": ["political", "ops"]}
    for scenario in design.scenarios:
        scenario.lines["d1"] = ReportingLine("d1", "hq", "a", LineKind.DUAL)
        scenario.lines["d2"] = ReportingLine("d2", "hq", "b", LineKind.DUAL)


def _spread_fix(design: Design) -> None:
    regions = [r.id for r in design.regions]
    _units(design)["asg-meap"].entry_point_for = []
    _units(design)["asg-ecaa"].entry_point_for = []
    _units(design)["asg-africa"].entry_point_for = regions


def _spread_nobody(design: Design) -> None:
    for unit in _units(design).values():
        unit.entry_point_for = []
    design.rules.min_entry_point_holders = 1


def _one_region_spread(design: Design) -> None:
    design.rules.min_entry_point_holders = 4
    for unit in ["asg-meap", "asg-ecaa"]:
        _units(design)[unit].entry_point_for = []
    _units(design)["asg-africa"].entry_point_for = ["africa"]


def _missing_choices(design: Design) -> None:
    _units(design)["asg-africa"].entry_point_for = []
    _units(design)["unsom"].backstopped_by = "dpet"


def _missing_none(design: Design) -> None:
    _units(design)["asg-africa"].entry_point_for = []
    for unit in _units(design).values():
        if unit.region == "africa":
            unit.backstopped_by = None
            unit.region = None if unit.kind is not UnitKind.FIELD_PRESENCE else "africa"


def _misplaced_move(design: Design) -> None:
    units = _units(design)
    units["asg-africa"].entry_point_for = []
    units["pbso"].entry_point_for = ["africa"]


def _misgraded_regrade(design: Design) -> None:
    units = _units(design)
    units["asg-africa"].entry_point_for = []
    units["ocss"].entry_point_for = ["africa"]


def _misgraded_unfit(design: Design) -> None:
    units = _units(design)
    units["asg-africa"].entry_point_for = []
    units["africa-1"].entry_point_for = ["africa"]
    units["africa-1"].parent = "ocss"


def _no_region_no_fix(design: Design) -> None:
    _units(design)["unsom"].region = None
    _units(design)["unsom"].backstopped_by = "dpet"


def _no_backstop(design: Design) -> None:
    _units(design)["unsom"].backstopped_by = None


def _no_backstop_several(design: Design) -> None:
    _units(design)["unsom"].backstopped_by = None
    _units(design)["pbso"].entry_point_for = ["africa"]


def _wrong_lead_no_default(design: Design) -> None:
    _units(design)["unsom"].lead_department = "pbso"
    design.rules.mission_default_lead = None


def _lead_chart(unit: str, parent: str, lead: str) -> Callable[[Design], None]:
    return _set(unit, parent=parent, lead_department=lead)


CASES: dict[str, Case] = {
    "un-all": _every_scenario(UN_SAMPLE),
    "city-sample": _every_scenario(CITY_SAMPLE),
    "ministries": _every_scenario(MINISTRIES_SAMPLE),
    "city": _city(),
    "city-several": _city(_city_several),
    "city-stranded": _city(_city_stranded),
    "city-misplaced": _city(_city_misplaced),
    "city-backstopped-elsewhere": _city(_city_backstopped_elsewhere),
    "city-graded": _city(_city_graded),
    "city-placed-apart": _city(_city_placed_apart),
    "city-nobody": _city(_city_nobody),
    "tiny": _tiny(lambda design: None),
    "tiny-presences": _tiny(_tiny_presences),
    "tiny-default-lead": _tiny(_tiny_default_lead),
    "tiny-forest": _tiny(_tiny_forest),
    "tiny-loose": _tiny(_tiny_loose),
    "tiny-top-with-parent": _tiny(_tiny_top_with_parent),
    "tiny-top-reports": _tiny(_tiny_top_reports),
    "tiny-grades": _tiny(_tiny_grades),
    "tiny-nothing-fits": _tiny(_tiny_nothing_fits),
    "tiny-keep-even": _tiny(_tiny_keep_even),
    "tiny-segment-unchecked": _tiny(_tiny_segment_unchecked),
    "tiny-dual-marked": _tiny(_tiny_dual_marked),
    "tiny-dual-ghost": _tiny(_tiny_dual_ghost),
    "tiny-shared-alone": _tiny(_tiny_shared_alone),
    "tiny-dual-conditions": _tiny(_tiny_dual_conditions),
    "tiny-regions-asked": _tiny(_tiny_regions_asked),
    "tiny-no-ladder": _tiny(_tiny_no_ladder),
    "tiny-leads-no-departments": _tiny(_tiny_leads_no_departments),
    "tiny-marked-dual": _tiny(_tiny_marked_dual),
    "tiny-marked-quiet": _tiny(_tiny_marked_quiet),
    "un-several-entry-points": _un(_set("pbso", entry_point_for=["africa"])),
    "un-misplaced-move": _un(_misplaced_move),
    "un-misgraded-regrade": _un(_misgraded_regrade),
    "un-misgraded-unfit": _un(_misgraded_unfit),
    "un-missing-choices": _un(_missing_choices),
    "un-missing-none": _un(_missing_none),
    "un-no-region-no-fix": _un(_no_region_no_fix),
    "un-no-backstop": _un(_no_backstop),
    "un-no-backstop-several": _un(_no_backstop_several),
    "un-spread-fix": _un(_spread_fix),
    "un-spread-backstops": _un(_all(_spread_fix, _set("unsmil", backstopped_by="africa-1"))),
    "un-spread-nobody": _un(_spread_nobody),
    "un-spread-one-region": _un(_one_region_spread),
    "un-dotted-to-dpo": _un(_line_kind("asg-africa", "dpo", LineKind.DOTTED)),
    "un-no-line-to-dpo": _un(_drop_line("asg-africa", "dpo")),
    "un-swapped": _un(
        _all(
            _condition("asg-meap", "dppa", "Peacekeeping operations"),
            _condition("asg-meap", "dpo", "Regional offices, envoys and political-process offices"),
        )
    ),
    "un-condition-missing": _un(_condition("asg-africa", "dppa", "regional offices")),
    "un-condition-named": _un(
        _condition("asg-africa", "dpo", "peacekeeping operations and envoys")
    ),
    "un-condition-both": _un(_condition("asg-africa", "dpo", "envoys")),
    "un-condition-empty": _un(_condition("asg-africa", "dpo", "")),
    "un-wrong-lead-no-default": _un(_wrong_lead_no_default),
    "un-envoy-no-lead": _un(_set("se-syria", lead_department=None)),
    "un-ppo-led-by-dpo": _un(_set("unsco", lead_department="dpo")),
    "un-ro-led-by-dpo": _un(_set("unoca", lead_department="dpo")),
    "un-pko-led-by-dppa": _un(_set("minurso", lead_department="dppa", parent="dppa")),
    "un-lead-chart-move": _un(_lead_chart("unowas", "dpo", "dppa")),
    "un-lead-chart-other": _un(_lead_chart("unami", "dppa", "dpo")),
    "un-head-posts-junior": _un(_post("x1", "D-1", "ocss")),
    "un-head-posts-senior": _un(
        _all(_post("x1", "D-2", "africa-1"), _set("africa-1", head_grade="D-1"))
    ),
    "un-head-required-posts": _un(_post("x1", "USG", "oma")),
    "un-head-required": _un(_set("pbso", head_grade="D-2")),
    "un-head-required-none": _un(_set("orolsi", head_grade=None)),
    "un-grade-same": _un(_set("africa-1", head_grade="ASG")),
    "un-grade-entry": _un(_set("asg-africa", head_grade="USG")),
    "un-span": _un(_rules(max_span=3, max_layers=3)),
}


def cases() -> Iterator[tuple[str, Design, list[str]]]:
    """(name, design, scenario ids) for every case."""
    for name, build in CASES.items():
        design, scenarios = build()
        yield name, design, scenarios


def _variant(variant: dict[str, Any]) -> Case:
    def build() -> tuple[Design, list[str]]:
        design = load_design(UN_SAMPLE)
        for edit in variant["edits"]:
            apply_edit(design, variant["scenario"], edit)
        return design, [variant["scenario"]]

    return build


CASES.update({f"variant-{v['name']}": _variant(v) for v in VARIANTS})


def texts(design: Design, scenario_ids: list[str]) -> list[list[str]]:
    """What part B's rules say of each scenario, in the core's current language: per
    finding ``[rule, message, fix description, no-fix reason]``, per skip ``[rule, reason]``."""
    said: list[list[str]] = []
    for scenario_id in scenario_ids:
        report = validate(design, design.find_scenario(scenario_id))
        for finding in report.findings:
            if finding.rule in RULES_B:
                fix = finding.fix.description if finding.fix is not None else ""
                said.append([finding.rule, finding.message, fix, finding.no_fix])
        said += [[s.rule, s.reason] for s in report.skipped if s.rule in RULES_B]
    return said
