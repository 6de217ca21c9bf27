"""The five rules for the promises of a reform (issue 21), and the issue's five probes.

Each probe edits "A/72/525" of the UN sample through commands, as a planner would,
and validates: the rule built for it must speak, the fix it offers must clear it
(validated again from scratch), and the untouched sample stays clean.
"""

from __future__ import annotations

import json

import pytest

from orgeditor.commands import (
    MoveUnitsCommand,
    SetLineFieldCommand,
    SetUnitFieldCommand,
    command_for_fix,
)
from orgeditor.commands.base import Command
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import delete_entry, edit_entry
from orgeditor.commands.settings_checks import DesignSettings, entry_values
from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.model import (
    DepartmentRole,
    Design,
    PresenceType,
    ReportingLine,
    Scenario,
    Unit,
    UnitKind,
)
from orgeditor.rules import RULES, validate
from orgeditor.rules.base import Finding
from orgeditor.rules.spread import names_type, worded
from tests.builders import tiny_design
from tests.conftest import CITY_SAMPLE, UN_SAMPLE

NEW_RULES = {
    "STRUCT-KEEP-TOGETHER",
    "GRADE-HEAD",
    "LEAD-CHART",
    "REGION-DUAL-CONDITION",
    "REGION-SPREAD",
}
PROPOSAL = "a-72-525"


def un() -> Design:
    return loads(UN_SAMPLE.read_bytes())


def findings(design: Design, scenario_id: str, rule: str) -> list[Finding]:
    scenario = design.find_scenario(scenario_id)
    return [f for f in validate(design, scenario).findings if f.rule == rule]


def apply(design: Design, command: Command) -> None:
    command.do(design)


def fix_clears(design: Design, finding: Finding, scenario_id: str = PROPOSAL) -> None:
    """Apply the finding's fix; then a fresh validation finds nothing of that rule, and
    undo, then redo, give back the exact documents."""
    assert finding.fix is not None, finding.message
    before = dumps(design)
    command = command_for_fix(design, scenario_id, finding.fix)
    command.do(design)
    after = dumps(design)
    command.undo(design)
    assert dumps(design) == before
    command.do(design)
    assert dumps(design) == after
    assert findings(design, scenario_id, finding.rule) == []


def test_the_new_rules_are_in_the_catalogue_and_the_un_proposals_keep_them() -> None:
    assert {rule.id for rule in RULES} >= NEW_RULES
    design = un()
    for scenario in design.proposals:
        report = validate(design, scenario)
        assert report.findings == [], [f.message for f in report.findings]
        assert not NEW_RULES & {s.rule for s in report.skipped}  # every promise was checked


def test_the_2017_baseline_breaks_none_of_the_promises() -> None:
    design = un()
    report = validate(design, design.baseline)
    assert not [f for f in report.findings if f.rule in NEW_RULES]


# --- probe 1: PBSO's three components split up (¶24) ---


def test_probe_pbso_components_split_up() -> None:
    design = un()
    apply(design, MoveUnitsCommand(design, PROPOSAL, ["pbc-branch"], "scad"))
    [found] = findings(design, PROPOSAL, "STRUCT-KEEP-TOGETHER")
    assert found.units == ("pbc-branch", "pbso")
    assert "PBSO's components" in found.message
    fix_clears(design, found)
    assert design.find_scenario(PROPOSAL).units["pbc-branch"].parent == "pbso"


def test_a_group_split_evenly_has_no_fix() -> None:
    design = tiny_design()
    design.rules.keep_together = {"the pair": ["a", "b"]}
    assert findings(design, "option", "STRUCT-KEEP-TOGETHER") == []  # both under hq
    design.scenarios[1].units["c"] = Unit("c", "C", UnitKind.DIVISION, parent="hq")
    apply(design, MoveUnitsCommand(design, "option", ["b"], "c"))
    [found] = findings(design, "option", "STRUCT-KEEP-TOGETHER")
    assert found.fix is None and found.no_fix and set(found.units) == {"a", "b"}


# --- probe 2: PBSO's or OMA's head downgraded from ASG to D-2 (¶24, ¶31) ---


@pytest.mark.parametrize("unit", ["pbso", "oma"])
def test_probe_asg_led_office_downgraded(unit: str) -> None:
    design = un()
    apply(design, SetUnitFieldCommand(design, PROPOSAL, unit, "head_grade", "D-2"))
    [found] = findings(design, PROPOSAL, "GRADE-HEAD")
    assert found.units == (unit,)
    assert "D-2" in found.message and "ASG" in found.message
    fix_clears(design, found)
    assert design.find_scenario(PROPOSAL).units[unit].head_grade == "ASG"


def test_head_grade_against_the_posts() -> None:
    """tiny: Division A (head D-1) holds a D-1 post; Division B (head D-1) only a P-4."""
    design = tiny_design()
    assert findings(design, "base", "GRADE-HEAD") == []  # no promise: skipped
    design.rules.head_grade_from_posts = True
    base = design.baseline
    [found] = findings(design, "base", "GRADE-HEAD")
    assert found.units == ("b",) and "no D-1 post" in found.message
    assert found.severity.value == "warning"
    # the oracle: a head matches when it is the grade of the unit's most senior post
    senior = {
        u: min((p.grade for p in base.posts.values() if p.unit == u), key=_rank) for u in "ab"
    }
    assert senior == {"a": "D-1", "b": "P-4"}
    fix_clears(design, found, "base")
    assert base.units["b"].head_grade == "P-4"


def test_a_required_head_grade_is_not_regraded_to_match_its_posts() -> None:
    design = tiny_design()
    design.rules.head_grade_from_posts = True
    design.rules.required_head_grades = {"b": "D-1"}
    [found] = findings(design, "base", "GRADE-HEAD")
    assert found.fix is None and "requires a D-1 head" in found.no_fix


def _rank(grade: str) -> int:
    return ["D-2", "D-1", "P-4"].index(grade)


# --- probe 3: a peacekeeping mission drawn under DPPA, its lead DPO ---


def test_probe_peacekeeping_mission_drawn_under_dppa() -> None:
    design = un()
    apply(design, MoveUnitsCommand(design, PROPOSAL, ["minusma"], "dppa"))
    assert design.find_scenario(PROPOSAL).units["minusma"].lead_department == "dpo"
    [found] = findings(design, PROPOSAL, "LEAD-CHART")
    assert found.units[0] == "minusma" and "backstopped across" in found.message
    fix_clears(design, found)
    assert design.find_scenario(PROPOSAL).units["minusma"].parent == "dpo"


def test_a_line_to_the_lead_marks_a_presence_backstopped_across() -> None:
    design = un()
    apply(design, MoveUnitsCommand(design, PROPOSAL, ["minusma"], "dppa"))
    scenario = design.find_scenario(PROPOSAL)
    scenario.lines["across"] = ReportingLine("across", "minusma", "dpo")
    assert findings(design, PROPOSAL, "LEAD-CHART") == []


def test_lead_chart_in_a_small_reform() -> None:
    design = _two_departments()
    assert findings(design, "option", "LEAD-CHART") == []
    apply(design, SetUnitFieldCommand(design, "option", "office", "lead_department", "b"))
    [found] = findings(design, "option", "LEAD-CHART")
    # the design's leads give regional offices to the political department, where it is drawn
    assert found.fix is not None and found.fix.action == "set-lead"
    fix_clears(design, found, "option")


def _two_departments() -> Design:
    design = tiny_design()
    design.rules.department_roles = [DepartmentRole("political", "P"), DepartmentRole("ops", "O")]
    design.rules.presence_leads = {PresenceType.REGIONAL_OFFICE: "political"}
    design.rules.lead_follows_chart = True
    for scenario in design.scenarios:
        scenario.roles.departments = {"political": "a", "ops": "b"}
        scenario.units["office"] = Unit(
            "office",
            "Field office",
            UnitKind.FIELD_PRESENCE,
            parent="a",
            presence_type=PresenceType.REGIONAL_OFFICE,
            lead_department="a",
        )
    return design


# --- probe 4: the conditions of the regional ASGs' dual lines swapped (¶36) ---


def _dual_line(scenario: Scenario, unit: str, department: str) -> ReportingLine:
    return next(x for x in scenario.lines.values() if x.source == unit and x.target == department)


def test_probe_dual_conditions_swapped_as_the_issue_words_them() -> None:
    design = un()
    scenario = design.find_scenario(PROPOSAL)
    to_dppa, to_dpo = (
        _dual_line(scenario, "asg-africa", "dppa"),
        _dual_line(scenario, "asg-africa", "dpo"),
    )
    apply(
        design,
        SetLineFieldCommand(
            design, PROPOSAL, to_dppa.id, "condition", "for peacekeeping operations"
        ),
    )
    apply(
        design,
        SetLineFieldCommand(design, PROPOSAL, to_dpo.id, "condition", "for political missions"),
    )
    found = findings(design, PROPOSAL, "REGION-DUAL-CONDITION")
    assert {f.units[1] for f in found} == {"dppa", "dpo"}
    dppa = next(f for f in found if f.units[1] == "dppa")
    assert "peacekeeping operations (reported to Department of Peace Operations)" in dppa.message
    for finding in found:
        assert finding.fix is not None
        command_for_fix(design, PROPOSAL, finding.fix).do(design)
    assert findings(design, PROPOSAL, "REGION-DUAL-CONDITION") == []
    # the oracle reads the conditions the fixes wrote, word by word
    assert "peacekeeping" in to_dpo.condition.lower()
    assert "peacekeeping" not in to_dppa.condition.lower()
    assert {"regional offices", "envoys"} <= set(
        to_dppa.condition.lower().replace(" and ", ", ").split(", ")
    )


def test_a_clean_swap_is_said_once_and_its_fix_swaps_back() -> None:
    design = un()
    before = dumps(design)
    scenario = design.find_scenario(PROPOSAL)
    to_dppa, to_dpo = (
        _dual_line(scenario, "asg-meap", "dppa"),
        _dual_line(scenario, "asg-meap", "dpo"),
    )
    a, b = to_dppa.condition, to_dpo.condition
    apply(design, SetLineFieldCommand(design, PROPOSAL, to_dppa.id, "condition", b))
    apply(design, SetLineFieldCommand(design, PROPOSAL, to_dpo.id, "condition", a))
    [found] = findings(design, PROPOSAL, "REGION-DUAL-CONDITION")
    assert "swapped" in found.message
    fix_clears(design, found)
    assert dumps(design) == before  # the planner's own wording is back, byte for byte


def test_condition_words() -> None:
    assert names_type("Non-mission settings, regional offices", PresenceType.REGIONAL_OFFICE)
    assert names_type(
        "offices supporting political processes", PresenceType.POLITICAL_PROCESS_OFFICE
    )
    assert not names_type("non-mission settings", PresenceType.SPECIAL_POLITICAL_MISSION)
    assert worded([PresenceType.PEACEKEEPING_OPERATION]) == "Peacekeeping operations"


# --- probe 5: one ASG made the entry point for all five regions (¶20(c), ¶33) ---


def test_probe_one_asg_entry_point_for_every_region() -> None:
    design = un()
    regions = [r.id for r in design.regions]
    for unit in ["asg-meap", "asg-ecaa"]:
        apply(design, SetUnitFieldCommand(design, PROPOSAL, unit, "entry_point_for", []))
    apply(design, SetUnitFieldCommand(design, PROPOSAL, "asg-africa", "entry_point_for", regions))
    assert findings(design, PROPOSAL, "REGION-ENTRY") == []  # each region has its one entry
    [found] = findings(design, PROPOSAL, "REGION-SPREAD")
    assert found.units == ("asg-africa",) and "at least 2" in found.message
    fix_clears(design, found)
    report = validate(design, design.find_scenario(PROPOSAL))
    assert report.findings == []
    holders = {u.id for u in design.find_scenario(PROPOSAL).units.values() if u.entry_point_for}
    assert holders == {"asg-africa", "asg-meap", "asg-ecaa"}


def test_spread_without_another_regional_head_has_no_fix() -> None:
    design = un()
    design.rules.min_entry_point_holders = 4  # the structure has three regional ASGs
    [found] = findings(design, PROPOSAL, "REGION-SPREAD")
    assert found.fix is None and found.no_fix


# --- the other samples state their own promises ---


def test_the_city_keeps_its_front_door_together() -> None:
    design = loads(CITY_SAMPLE.read_bytes())
    [reform] = design.proposals
    assert validate(design, reform).findings == []
    apply(
        design,
        MoveUnitsCommand(design, reform.id, ["fd-bus"], reform.roles.departments["operations"]),
    )
    [found] = findings(design, reform.id, "STRUCT-KEEP-TOGETHER")
    assert found.units[0] == "fd-bus" and "front door's desks" in found.message
    fix_clears(design, found, reform.id)


def test_an_entry_point_is_called_headquarters_only_for_regions() -> None:
    """REGION-ENTRY words a missing entry point by the segment kind (issue 21)."""
    city = loads(CITY_SAMPLE.read_bytes())
    [missing] = [
        f for f in findings(city, city.baseline.id, "REGION-ENTRY") if "no entry" in f.message
    ]
    assert missing.message == "Client group 'Businesses' has no entry point."
    design = un()
    apply(
        design, SetUnitFieldCommand(design, PROPOSAL, "asg-ecaa", "entry_point_for", ["americas"])
    )
    [region] = findings(design, PROPOSAL, "REGION-ENTRY")
    assert region.message == "Region Europe and Central Asia has no headquarters entry point."


def test_probe_one_asg_with_every_regional_division_is_spread_too_thin() -> None:
    """The probe as the issue made it: one ASG holds every region and every regional
    division sits under it, so each region has one entry point that covers its presences;
    only REGION-SPREAD speaks, and no other ASG works on those regions to take them."""
    design = un()
    regions = [r.id for r in design.regions]
    for unit in ["asg-meap", "asg-ecaa"]:
        apply(design, SetUnitFieldCommand(design, PROPOSAL, unit, "entry_point_for", []))
    apply(design, SetUnitFieldCommand(design, PROPOSAL, "asg-africa", "entry_point_for", regions))
    divisions = ["mewa", "asia-pacific", "europe-ca", "americas"]
    apply(design, MoveUnitsCommand(design, PROPOSAL, divisions, "asg-africa"))
    report = validate(design, design.find_scenario(PROPOSAL))
    assert [f.rule for f in report.findings] == ["REGION-SPREAD"]
    assert report.findings[0].fix is None and "choose or create" in report.findings[0].no_fix


# --- the promises in the file and in the settings ---


def test_promises_are_saved_and_read_back_and_a_wrong_grade_is_named_on_load() -> None:
    design = un()
    again = loads(dumps(design))
    assert again.rules == design.rules
    assert again.rules.dual_conditions[PresenceType.ENVOY] == "political"
    text = json.loads(dumps(design))
    text["rules"]["required_head_grades"]["pbso"] = "ASG-X"
    with pytest.raises(DesignFileError) as error:
        loads(json.dumps(text).encode())
    assert "$.rules.required_head_grades.pbso" in str(error.value.problems)
    assert "ASG-X" in str(error.value.problems)


def test_renaming_a_grade_or_deleting_a_role_keeps_the_promises_sound() -> None:
    design = un()
    before = dumps(design)
    settings = DesignSettings.of(design)
    asg = next(g for g in settings.grades if g.id == "ASG")
    values = {**entry_values(Kind.GRADE, asg), "id": "ASG1"}
    rename = edit_entry(design, Kind.GRADE, "ASG", values)
    rename.do(design)
    assert set(design.rules.required_head_grades.values()) == {"ASG1"}
    assert validate(design, design.find_scenario(PROPOSAL)).findings == []
    rename.undo(design)
    assert dumps(design) == before
    uses = delete_entry(design, Kind.ROLE, "operations", replacement="political")
    uses.do(design)
    assert set(design.rules.dual_conditions.values()) == {"political"}
    loads(dumps(design))  # still a file that opens
