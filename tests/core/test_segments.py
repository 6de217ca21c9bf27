"""Segments other than regions: entry points per client group, coverage, fixes, the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgeditor.commands import CommandError
from orgeditor.commands.fixes import command_for_fix
from orgeditor.commands.units import SetUnitFieldCommand
from orgeditor.io import dumps, load_design, loads
from orgeditor.io.errors import DesignFileError
from orgeditor.model import (
    Design,
    Scenario,
)
from orgeditor.model.segments import segment_lists
from orgeditor.rules import validate
from orgeditor.rules.context import Context
from orgeditor.rules.output import finding_json
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE
from tests.segment_builders import city_design

GOLDEN = Path(__file__).parent.parent / "data" / "golden"
ENTRY = ("REGION-ENTRY", "REGION-COVERAGE")


def _entry_findings(design: Design, scenario: Scenario | None = None) -> list[tuple[str, str]]:
    report = validate(design, scenario or design.baseline)
    return sorted((f.rule, f.message) for f in report.findings if f.rule in ENTRY)


def test_a_client_group_gets_the_findings_a_planner_expects() -> None:
    found = _entry_findings(city_design())
    assert found == [
        (
            "REGION-COVERAGE",
            "Permits Team belongs to client group 'Developers' but is neither backstopped by a "
            "unit nor placed under its entry point (Developers Desk).",
        ),
        ("REGION-ENTRY", "Client group 'Businesses' has no entry point."),
    ]


def test_applying_the_fixes_leaves_no_entry_point_finding() -> None:
    design = city_design()
    report = validate(design, design.baseline)
    fixes = [f.fix for f in report.findings if f.rule in ENTRY]
    assert sorted(f.action for f in fixes if f) == ["designate-entry-point", "set-backstop"]
    for fix in fixes:
        assert fix is not None
        command_for_fix(design, "today", fix).do(design)
    units = design.baseline.units
    assert units["biz"].segment_entry_points == {"clients": ["biz"]}
    assert units["permits"].backstopped_by == "fd-dev"
    assert _entry_findings(design) == []


def test_two_entry_points_for_one_client_group_and_the_fix_keeps_one() -> None:
    design = city_design()
    units = design.baseline.units
    units["biz"].segment_entry_points = {"clients": ["biz", "res"]}
    report = validate(design, design.baseline)
    several = [f for f in report.findings if f.message.startswith("Client group 'Residents'")]
    assert [f.message for f in several] == [
        "Client group 'Residents' has 2 entry points: Residents Desk and Business Desk."
    ]
    fix = several[0].fix
    assert fix is not None and fix.params["segment"] == "clients"
    command = command_for_fix(design, "today", fix)
    command.do(design)
    pointed = [u.id for u in units.values() if "res" in u.segment_entry_points.get("clients", [])]
    assert len(pointed) == 1
    command.undo(design)
    assert units["biz"].segment_entry_points == {"clients": ["biz", "res"]}


def test_an_entry_point_outside_the_shared_structure_is_misplaced() -> None:
    design = city_design()
    units = design.baseline.units
    units["fd-res"].segment_entry_points = {}
    units["pol"].segment_entry_points = {"clients": ["res"]}
    messages = [m for _, m in _entry_findings(design)]
    assert (
        "The entry point of client group 'Residents', Policy Department, is not part of the "
        "shared structure (Shared Services)." in messages
    )


def test_a_list_not_needing_entry_points_is_not_checked() -> None:
    design = city_design()
    design.segment_kinds[0].entry_points = False
    report = validate(design, design.baseline)
    assert not [f for f in report.findings if f.rule in ENTRY]
    reasons = {s.rule: s.reason for s in report.skipped}
    assert "segment list" in reasons["REGION-ENTRY"]


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE], ids=lambda p: p.stem)
def test_the_samples_findings_are_unchanged_rule_by_rule(path: Path) -> None:
    """Golden files written by ``validate --all --format json`` on main at 0412a39."""
    golden = json.loads((GOLDEN / f"findings-{path.stem}.json").read_text(encoding="utf-8"))
    design = load_design(path)
    for expected in golden:
        report = validate(design, design.find_scenario(expected["scenario"]))
        now = [finding_json(f) for f in report.findings]
        rules = {f["rule"] for f in expected["findings"]} | {f["rule"] for f in now}
        for rule in sorted(rules):
            assert [f for f in now if f["rule"] == rule] == [
                f for f in expected["findings"] if f["rule"] == rule
            ], rule
        skipped = {s.rule: s.reason for s in report.skipped if s.rule in ENTRY}
        assert skipped == {
            s["rule"]: s["reason"] for s in expected["skipped"] if s["rule"] in ENTRY
        }


def test_segments_survive_save_and_reload() -> None:
    design = city_design()
    again = loads(dumps(design), "city.orgdesign")
    assert again == design
    text = dumps(design).decode()
    assert '"segment_entry_points"' in text and '"segment_kinds"' in text


def test_a_file_without_segment_fields_saves_without_them() -> None:
    text = UN_SAMPLE.read_bytes()
    assert dumps(loads(text.decode(), "un.orgdesign")) == text
    assert b"segment" not in text


def _broken(design: Design) -> str:
    plain = json.loads(dumps(design))
    plain["scenarios"][0]["units"][7]["segments"] = {"clients": "nobody"}
    return json.dumps(plain)


def test_a_file_naming_an_unknown_segment_says_where() -> None:
    with pytest.raises(DesignFileError) as caught:
        loads(_broken(city_design()), "city.orgdesign")
    text = str(caught.value)
    assert "$.scenarios[0].units[7].segments.clients" in text and "'nobody'" in text


def test_editing_a_units_segments_is_checked_and_undoable() -> None:
    design = city_design()
    before = dumps(design)
    command = SetUnitFieldCommand(design, "today", "permits", "segments", {"clients": "res"})
    command.do(design)
    assert design.baseline.units["permits"].segments == {"clients": "res"}
    command.undo(design)
    assert dumps(design) == before
    with pytest.raises(CommandError, match="no client group 'nobody'"):
        SetUnitFieldCommand(design, "today", "permits", "segments", {"clients": "nobody"})
    with pytest.raises(CommandError, match="no segment kind"):
        SetUnitFieldCommand(design, "today", "permits", "segment_entry_points", {"x": ["dev"]})


def test_the_kept_entry_points_match_a_fresh_count() -> None:
    """The context keeps each kind's entry points for the life of one check."""
    design = city_design()
    context = Context(design, design.baseline)
    for segments in segment_lists(design):
        kept = context.segment_entry_points(segments)
        fresh = {
            item: [u.id for u in design.baseline.units.values() if item in segments.entry_points(u)]
            for item in segments.items
        }
        assert {k: v for k, v in kept.items() if v} == {k: v for k, v in fresh.items() if v}
    assert context.segment_entry_points(segment_lists(design)[1]) == {
        "dev": ["fd-dev"],
        "res": ["fd-res"],
    }
