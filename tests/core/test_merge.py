"""Semantic three-way merge (issue 18): clean merges, kept conflicts, merge findings.

Oracles: the merged file is saved and read back through the loader (so it is a
valid design as the app opens it); each side's edit is checked in the reopened
design against the value the side's own command wrote; conflicts are read back
from the file with all three values.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.commands import (
    AddPostCommand,
    AddUnitCommand,
    CopyScenarioCommand,
    DeleteUnitsCommand,
    MovePostsCommand,
    MoveUnitsCommand,
    SetPostFieldCommand,
    SetUnitFieldCommand,
)
from orgeditor.io import dumps, load_design, loads, save_design
from orgeditor.merge.designs import merge_designs, merge_findings
from orgeditor.merge.three_way import merged_order
from orgeditor.model import Design, MergeSide, Post, Unit, UnitKind
from tests.conftest import UN_SAMPLE

SID = "a-72-525"
BASE = UN_SAMPLE.read_bytes()


def fresh() -> Design:
    return loads(BASE)


def reopened(design: Design, tmp_path: Path) -> Design:
    path = tmp_path / "merged.orgdesign"
    save_design(design, path)
    return load_design(path)


def test_move_on_one_side_and_reclassify_its_posts_on_the_other(tmp_path: Path) -> None:
    ours, theirs = fresh(), fresh()
    MoveUnitsCommand(ours, SID, ["oma"], "dppa").do(ours)
    oma_posts = [p.id for p in theirs.find_scenario(SID).posts.values() if p.unit == "oma"]
    for post_id in oma_posts:
        SetPostFieldCommand(theirs, SID, post_id, "grade", "P-2").do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    assert result.clean
    merged = reopened(result.design, tmp_path).find_scenario(SID)
    assert merged.units["oma"].parent == "dppa"
    assert {merged.posts[p].grade for p in oma_posts} == {"P-2"}
    assert {merged.posts[p].unit for p in oma_posts} == {"oma"}


def test_units_added_on_both_sides_and_a_scenario_on_one(tmp_path: Path) -> None:
    ours, theirs = fresh(), fresh()
    AddUnitCommand(ours, SID, Unit("ours-unit", "Ours", UnitKind.UNIT, parent="dppa")).do(ours)
    AddUnitCommand(theirs, SID, Unit("their-unit", "Theirs", UnitKind.UNIT, parent="dpo")).do(
        theirs
    )
    CopyScenarioCommand(theirs, SID, "Variant B").do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    assert result.clean
    merged = reopened(result.design, tmp_path)
    units = merged.find_scenario(SID).units
    assert units["ours-unit"].parent == "dppa" and units["their-unit"].parent == "dpo"
    assert list(units)[-2:] == ["ours-unit", "their-unit"]
    assert merged.find_scenario("Variant B").units.keys() == theirs.find_scenario(SID).units.keys()


def test_same_field_changed_two_ways_is_kept_with_both_values(tmp_path: Path) -> None:
    ours, theirs = fresh(), fresh()
    SetUnitFieldCommand(ours, SID, "pmd", "name", "Policy Division").do(ours)
    SetUnitFieldCommand(theirs, SID, "pmd", "name", "Mediation Division").do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    [conflict] = reopened(result.design, tmp_path).conflicts
    assert conflict.path == ["scenarios", SID, "units", "pmd", "name"]
    assert (conflict.base, conflict.ours, conflict.theirs) == (
        "Policy and Mediation Division",
        "Policy Division",
        "Mediation Division",
    )
    assert conflict.kept is MergeSide.OURS
    assert result.design.find_scenario(SID).units["pmd"].name == "Policy Division"


def test_moved_on_one_side_abolished_on_the_other(tmp_path: Path) -> None:
    ours, theirs = fresh(), fresh()
    DeleteUnitsCommand(ours, SID, ["oma"]).do(ours)
    MoveUnitsCommand(theirs, SID, ["oma"], "dppa").do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    [conflict] = reopened(result.design, tmp_path).conflicts
    assert conflict.path == ["scenarios", SID, "units", "oma"]
    assert conflict.ours is None and conflict.theirs["parent"] == "dppa"
    assert conflict.base["parent"] == "dpo"
    assert result.design.find_scenario(SID).units["oma"].parent == "dppa"


def test_post_redeployed_to_a_unit_the_other_side_deleted(tmp_path: Path) -> None:
    ours, theirs = fresh(), fresh()
    DeleteUnitsCommand(ours, SID, ["msu"]).do(ours)
    MovePostsCommand(theirs, SID, ["dpa.01"], "msu").do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    merged = reopened(result.design, tmp_path)
    [conflict] = merged.conflicts
    assert conflict.path == ["scenarios", SID, "units", "msu"]
    assert conflict.ours is None and conflict.kept is MergeSide.THEIRS
    assert "posts/dpa.01 unit" in conflict.reason
    scenario = merged.find_scenario(SID)
    assert scenario.posts["dpa.01"].unit == "msu" and "msu" in scenario.units


def test_same_new_id_with_different_content(tmp_path: Path) -> None:
    ours, theirs = fresh(), fresh()
    AddPostCommand(ours, SID, Post("new.1", "P-4", "RB", "pmd")).do(ours)
    AddPostCommand(theirs, SID, Post("new.1", "P-3", "SA", "ead")).do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    [conflict] = reopened(result.design, tmp_path).conflicts
    assert conflict.path == ["scenarios", SID, "posts", "new.1"]
    assert conflict.base is None
    assert (conflict.ours["unit"], conflict.theirs["unit"]) == ("pmd", "ead")


def test_moves_that_close_a_cycle_only_together() -> None:
    ours, theirs = fresh(), fresh()
    MoveUnitsCommand(ours, SID, ["pmd"], "ead").do(ours)
    MoveUnitsCommand(theirs, SID, ["ead"], "pmd").do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    [conflict] = result.conflicts
    assert conflict.path[-1] == "parent" and "cycle" in conflict.reason
    units = result.design.find_scenario(SID).units
    assert units["pmd"].parent == "ead" and units["ead"].parent == "dppa"


def test_earlier_conflicts_stay_and_a_clean_merge_adds_none() -> None:
    ours, theirs = fresh(), fresh()
    SetUnitFieldCommand(ours, SID, "pmd", "name", "Policy Division").do(ours)
    SetUnitFieldCommand(theirs, SID, "pmd", "name", "Mediation Division").do(theirs)
    with_conflict = merge_designs(fresh(), ours, theirs).design
    again = merge_designs(fresh(), with_conflict, fresh())
    assert again.clean and len(again.design.conflicts) == 1


def test_a_merge_that_breaks_cost_neutrality_reports_it() -> None:
    base = fresh()
    base.rules.cost_tolerance = 40_000  # one P-3 -> P-4 (+30,000) is within, two are not
    sa_p3 = [
        p.id
        for p in base.find_scenario(SID).posts.values()
        if (p.grade, p.funding) == ("P-3", "SA")
    ]
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    SetPostFieldCommand(ours, SID, sa_p3[0], "grade", "P-4").do(ours)
    SetPostFieldCommand(theirs, SID, sa_p3[1], "grade", "P-4").do(theirs)
    result = merge_designs(base, ours, theirs)
    assert result.clean
    found = merge_findings(result, ours, theirs)
    assert found and {scenario for scenario, _ in found} == {SID}
    assert any("60,000" in finding.message for _, finding in found)


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "expected"),
    [
        ("abcde", "acdeb", "abdec", "adebc"),  # both moved one key to the end: both moves
        ("abc", "abc", "bca", "bca"),
        ("abc", "axbc", "abyc", "axbyc"),
        ("abc", "ac", "abcz", "acz"),
    ],
)
def test_merged_order(base: str, ours: str, theirs: str, expected: str) -> None:
    kept = set(ours) & set(theirs) | (set(ours) - set(base)) | (set(theirs) - set(base))
    order = [k for k in merged_order(list(base), list(ours), list(theirs)) if k in kept]
    assert "".join(order) == expected


def test_a_conflict_one_side_resolved_stays_resolved() -> None:
    ours, theirs = fresh(), fresh()
    SetUnitFieldCommand(ours, SID, "pmd", "name", "Policy Division").do(ours)
    SetUnitFieldCommand(theirs, SID, "pmd", "name", "Mediation Division").do(theirs)
    merged = merge_designs(fresh(), ours, theirs).design
    resolved, untouched = loads(dumps(merged)), loads(dumps(merged))
    resolved.conflicts.clear()
    AddUnitCommand(untouched, SID, Unit("new-unit", "New", UnitKind.UNIT, parent="dppa")).do(
        untouched
    )
    again = merge_designs(merged, resolved, untouched)
    assert again.clean and again.design.conflicts == []
    assert "new-unit" in again.design.find_scenario(SID).units


def test_two_units_moved_to_the_end_of_one_parent_keep_the_order_of_both_moves() -> None:
    """Each side's moved unit is what moved, not the neighbour that now looks out of place."""
    ours, theirs, both = fresh(), fresh(), fresh()
    MoveUnitsCommand(ours, SID, ["msu"], "dppa").do(ours)
    MoveUnitsCommand(theirs, SID, ["glu"], "dppa").do(theirs)
    for unit in ("msu", "glu"):
        MoveUnitsCommand(both, SID, [unit], "dppa").do(both)
    assert dumps(merge_designs(fresh(), ours, theirs).design) == dumps(both)
