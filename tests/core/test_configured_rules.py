"""Rules a design configures: switches, severities, required bodies, dual reporting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import (
    CommandError,
    DeleteUnitsCommand,
    RemoveLineCommand,
    SetRuleStateCommand,
    command_for_fix,
    turn_off_rule_command,
)
from orgeditor.io import DesignFileError, dumps, load_design, loads, save_design
from orgeditor.io.convert import to_plain
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
    Post,
    ReportingLine,
    RequiredBody,
    RuleOverride,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Unit,
    UnitKind,
)
from orgeditor.rules import RULES, Finding, Severity, validate
from orgeditor.rules.engine import TURNED_OFF
from orgeditor.rules.output import reports_json

ROOT = Path(__file__).resolve().parents[2]
UN = ROOT / "samples" / "un-peace-security-2017.orgdesign"
GOLDEN = ROOT / "tests" / "data" / "un-findings-0412a39.json"


def _reports(path: Path) -> list[dict[str, object]]:
    design = load_design(path)
    checked = [(s, validate(design, s)) for s in design.scenarios]
    reports: list[dict[str, object]] = reports_json(str(path), checked)["reports"]
    return reports


def _by_rule(report: dict[str, object]) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for finding in report["findings"]:  # type: ignore[attr-defined]
        found.setdefault(finding["rule"], []).append(finding)
    return found


def test_un_sample_findings_unchanged_rule_by_rule() -> None:
    """The findings computed on main at 0412a39 (the golden file), rule by rule, every scenario."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))["reports"]
    now = _reports(UN)
    assert [r["scenario"] for r in now] == [r["scenario"] for r in golden]
    for old, new in zip(golden, now, strict=True):
        old_rules, new_rules = _by_rule(old), _by_rule(new)
        assert sorted(new_rules) == sorted(old_rules), old["scenario"]
        for rule_id, findings in old_rules.items():
            assert new_rules[rule_id] == findings, (old["scenario"], rule_id)
        assert new["counts"] == old["counts"]


def test_un_sample_declares_its_principals_group() -> None:
    design = load_design(UN)
    assert [b.name for b in design.rules.required_bodies] == ["Standing Principals' Group"]


# --- a merger of two departments with shared services, not the UN -------------------------


def merger() -> Design:
    """A city head office, a Chef de Cabinet, policy and operations departments, and a shared
    customer service under operations with a dual line to policy; a management committee."""
    base = Scenario("base", "Today", ScenarioKind.BASELINE, roles=ScenarioRoles(top="hq"))
    base.roles.departments = {"policy": "pol", "operations": "ops"}
    base.units = {
        "hq": Unit("hq", "City Manager", UnitKind.OFFICE, head_grade="D-2"),
        "cdc": Unit("cdc", "Chef de Cabinet", UnitKind.OFFICE, head_grade="D-1", parent="hq"),
        "pol": Unit("pol", "Policy Department", UnitKind.DEPARTMENT, "D-1", parent="hq"),
        "ops": Unit("ops", "Operations Department", UnitKind.DEPARTMENT, "D-1", parent="hq"),
        "svc": Unit("svc", "Customer Service", UnitKind.SERVICE, "P-4", parent="ops"),
        "mc": Unit("mc", "Management Committee", UnitKind.BODY, parent="hq"),
    }
    base.lines = {"l1": ReportingLine("l1", "svc", "pol", LineKind.DUAL, condition="policy")}
    base.bodies = {"mc": Body("mc", "cdc", ["pol", "ops"])}
    base.posts = {"p1": Post("p1", "D-2", "RB", "hq")}
    option = base.copy("option", "Merged", ScenarioKind.PROPOSAL)
    return Design(
        metadata=Metadata("Merger"),
        grades=[Grade("D-2", "Director"), Grade("D-1", "Principal"), Grade("P-4", "Officer")],
        funding_sources=[FundingSource("RB", "Regular")],
        cost_table=CostTable("EUR", [CostRate("D-2", 250), CostRate("D-1", 200)]),
        rules=RuleSettings(
            department_roles=[
                DepartmentRole("policy", "Policy"),
                DepartmentRole("operations", "Ops"),
            ],
            required_bodies=[
                RequiredBody(
                    "committee",
                    "Management Committee",
                    body="unit:mc",
                    chair="unit:cdc",
                    members=["department:policy", "department:operations"],
                )
            ],
            dual_reporting={"svc": ["policy", "operations"]},
        ),
        scenarios=[base, option],
    )


def _found(design: Design, rule_id: str, scenario: str = "option") -> list[Finding]:
    report = validate(design, design.find_scenario(scenario))
    return [f for f in report.findings if f.rule == rule_id]


def test_a_committee_chaired_by_a_chef_de_cabinet_passes() -> None:
    design = merger()
    assert _found(design, "GOV-SPG") == []
    assert "GOV-SPG" not in {s.rule for s in validate(design, design.baseline).skipped}


def test_a_declared_body_with_the_wrong_chair_or_a_missing_member_is_found() -> None:
    design = merger()
    option = design.find_scenario("option")
    option.bodies["mc"] = Body("mc", "hq", ["pol"])
    found = _found(design, "GOV-SPG")
    assert [(f.fix.action if f.fix else "", f.units) for f in found] == [
        ("set-chair", ("mc",)),
        ("add-member", ("mc", "ops")),
    ]
    for finding in found:  # each fix, applied, removes its finding
        assert finding.fix is not None
        command_for_fix(design, "option", finding.fix).do(design)
    assert _found(design, "GOV-SPG") == []


def test_a_missing_declared_body_is_created_by_its_fix() -> None:
    design = merger()
    option = design.find_scenario("option")
    DeleteUnitsCommand(design, "option", ["mc"]).do(design)
    [finding] = _found(design, "GOV-SPG")
    assert "Management Committee chaired by Chef de Cabinet" in finding.message
    assert finding.fix is not None
    command_for_fix(design, "option", finding.fix).do(design)
    assert _found(design, "GOV-SPG") == []
    created = [u for u in option.units.values() if u.kind is UnitKind.BODY]
    assert [option.bodies[u.id].chair for u in created] == ["cdc"]


def test_gov_spg_is_off_when_no_body_is_declared() -> None:
    design = merger()
    design.rules.required_bodies = []
    design.find_scenario("option").bodies.clear()
    report = validate(design, design.find_scenario("option"))
    assert "GOV-SPG" in {s.rule for s in report.skipped}
    assert not [f for f in report.findings if f.rule == "GOV-SPG"]


def test_deleting_a_shared_service_dual_line_is_found() -> None:
    """The issue's wall: a shared service, not a regional entry point, loses its dual line."""
    design = merger()
    assert _found(design, "REGION-DUAL") == []
    RemoveLineCommand(design, "option", "l1").do(design)
    [finding] = _found(design, "REGION-DUAL")
    assert finding.units == ("svc", "pol")
    assert finding.fix is not None
    command_for_fix(design, "option", finding.fix).do(design)
    left = _found(design, "REGION-DUAL")  # only the note that the new line has no condition
    assert [f.severity for f in left] == [Severity.INFO]
    lines = design.find_scenario("option").lines.values()
    assert [(x.source, x.target, x.kind) for x in lines] == [("svc", "pol", LineKind.DUAL)]


def test_a_dotted_line_does_not_count_as_reporting() -> None:
    design = merger()
    design.find_scenario("option").lines["l1"].kind = LineKind.DOTTED
    [finding] = _found(design, "REGION-DUAL")
    assert "only by a dotted line" in finding.message


# --- rule switches and severities --------------------------------------------------------


def _broken() -> Design:
    design = merger()
    RemoveLineCommand(design, "option", "l1").do(design)
    return design


def test_an_off_rule_does_not_run_and_stays_off_after_save_and_reopen(tmp_path: Path) -> None:
    design = _broken()
    assert _found(design, "REGION-DUAL")
    turn_off_rule_command(design, "REGION-DUAL").do(design)
    path = tmp_path / "merger.orgdesign"
    save_design(design, path)
    again = load_design(path)
    assert again.rules.override("REGION-DUAL") == RuleOverride(enabled=False)
    report = validate(again, again.find_scenario("option"))
    assert not [f for f in report.findings if f.rule == "REGION-DUAL"]
    assert [s.reason for s in report.skipped if s.rule == "REGION-DUAL"] == [TURNED_OFF]


def test_a_changed_severity_shows_in_the_findings() -> None:
    design = _broken()
    SetRuleStateCommand(design, "REGION-DUAL", True, "warning").do(design)
    report = validate(design, design.find_scenario("option"))
    found = [f for f in report.findings if f.rule == "REGION-DUAL"]
    assert [f.severity for f in found] == [Severity.WARNING]
    assert not report.reaches(Severity.ERROR) or any(
        f.severity is Severity.ERROR for f in report.findings if f.rule != "REGION-DUAL"
    )


SETTINGS = st.lists(
    st.tuples(
        st.sampled_from([r.id for r in RULES]),
        st.booleans(),
        st.sampled_from([None, "error", "warning", "info"]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(SETTINGS)
def test_rule_state_commands_undo_to_the_exact_document(steps: list[tuple[str, bool, Any]]) -> None:
    """Do a run of switches, then undo them all: the file form is what it was, step by step."""
    design = _broken()
    done = []
    for rule_id, enabled, severity in steps:
        before = to_plain(design)
        try:
            command = SetRuleStateCommand(design, rule_id, enabled, severity)
        except CommandError:
            continue
        command.do(design)
        done.append((command, before))
        after = validate(design, design.find_scenario("option"))
        choice = design.rules.override(rule_id)
        assert choice.enabled is enabled
        if not enabled:
            assert rule_id in {s.rule for s in after.skipped}
    for command, before in reversed(done):
        command.undo(design)
        assert to_plain(design) == before


def test_the_severity_of_a_rule_is_the_one_every_finding_reports() -> None:
    """Independently of the engine: each finding of the regraded rule that the rule reported at
    its own severity now carries the design's."""
    design = load_design(UN)
    baseline = design.baseline
    plain = validate(design, baseline)
    SetRuleStateCommand(design, "REGION-ENTRY", True, "info").do(design)
    regraded = validate(design, baseline)
    expected = [
        (f.rule, f.message, Severity.INFO if f.rule == "REGION-ENTRY" else f.severity)
        for f in plain.findings
    ]
    assert sorted((f.rule, f.message, f.severity) for f in regraded.findings) == sorted(expected)


def test_unknown_rules_and_severities_are_refused() -> None:
    design = merger()
    with pytest.raises(CommandError):
        SetRuleStateCommand(design, "NO-SUCH-RULE", False)
    with pytest.raises(CommandError):
        SetRuleStateCommand(design, "GOV-SPG", True, "fatal")


# --- the file: what loading refuses, and the FORMAT.md example ---------------------------


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ({"rule_overrides": {"NO-SUCH": {"enabled": False}}}, "unknown rule 'NO-SUCH'"),
        ({"rule_overrides": {"GOV-SPG": {"severity": "fatal"}}}, "severity"),
        ({"dual_reporting": {"svc": ["policy"]}}, "at least two different department roles"),
        ({"dual_reporting": {"svc": ["policy", "finance"]}}, "unknown department role 'finance'"),
        (
            {"required_bodies": [{"id": "c", "name": "C", "members": ["department:x"]}]},
            "required_bodies[0].members[0]: unknown department role 'x'",
        ),
        ({"required_bodies": [{"id": "c", "name": "C", "chair": "boss"}]}, "chair"),
    ],
)
def test_loading_names_the_place_of_a_bad_rule_setting(
    tmp_path: Path, rules: dict[str, Any], expected: str
) -> None:
    path = tmp_path / "merger.orgdesign"
    save_design(merger(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["rules"].update(rules)
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DesignFileError) as caught:
        load_design(path)
    assert expected in str(caught.value) + " ".join(map(str, caught.value.problems))
    assert "$.rules" in str(caught.value) + " ".join(map(str, caught.value.problems))


def test_the_format_example_loads_and_round_trips(tmp_path: Path) -> None:
    text = (ROOT / "resources" / "schema" / "FORMAT.md").read_text(encoding="utf-8")
    section = text.split("## Configurable rules", 1)[1]
    example = json.loads("{" + section.split("```json\n", 1)[1].split("```", 1)[0] + "}")
    design = merger()
    for scenario in design.scenarios:
        scenario.units["customer-service"] = scenario.units.pop("svc")
        scenario.units["customer-service"].id = "customer-service"
        scenario.lines["l1"].source = "customer-service"
    path = tmp_path / "merger.orgdesign"
    save_design(design, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["rules"] = example["rules"]
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_design(path)
    assert loaded.rules.override("COST-GRADES") == RuleOverride(enabled=False)
    assert loaded.rules.dual_reporting == {"customer-service": ["policy", "operations"]}
    save_design(loaded, path)
    assert load_design(path) == loaded
    report = validate(loaded, loaded.find_scenario("option"))
    assert "COST-GRADES" in {s.rule for s in report.skipped}
    assert not [f for f in report.findings if f.rule in ("GOV-SPG", "REGION-DUAL")]


def test_deleting_the_units_rules_name_still_saves_a_file_that_opens() -> None:
    """A body's chair and a dual-reporting unit deleted from every scenario: the file opens
    again, and the rules say in each scenario that the unit is not there."""
    design = merger()
    for scenario in design.scenarios:
        DeleteUnitsCommand(design, scenario.id, ["cdc", "svc"]).do(design)
    reopened = loads(dumps(design))
    assert reopened == design
    report = validate(reopened, reopened.baseline)
    reasons = {s.rule: s.reason for s in report.skipped}
    assert "no unit 'cdc'" in reasons["GOV-SPG"]
    assert not [f for f in report.findings if f.rule in ("GOV-SPG", "REGION-DUAL")]
