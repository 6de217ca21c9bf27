"""Scenario diffs of hand-built pairs with known answers."""

from __future__ import annotations

from orgeditor.model import Post, ScenarioKind, Unit, UnitKind
from orgeditor.reports.changes import changes_table
from orgeditor.reports.diff import PostAction, UnitAction, UnitMark, diff_scenarios, unit_marks
from tests.builders import tiny_design


def test_the_same_scenario_has_no_changes() -> None:
    design = tiny_design()
    base = design.baseline
    diff = diff_scenarios(base, base.copy("twin", "Twin", ScenarioKind.PROPOSAL))
    assert diff.empty and diff.units == [] and diff.posts == []


def test_tiny_option_redeploys_one_post() -> None:
    design = tiny_design()
    diff = diff_scenarios(design.baseline, design.proposals[0])
    assert diff.units == []
    [entry] = diff.posts
    assert entry.post == "p3" and entry.actions == (PostAction.REDEPLOYED,)
    assert entry.before is not None and entry.after is not None
    assert (entry.before.unit, entry.after.unit) == ("b", "a")


def test_every_kind_of_change_is_found() -> None:
    design = tiny_design()
    old = design.baseline
    new = old.copy("new", "New", ScenarioKind.PROPOSAL)
    new.units["c"] = Unit("c", "Division C", UnitKind.DIVISION, parent="hq")  # added
    del new.units["b"]  # abolished, with its post
    del new.posts["p3"]
    new.units["a"].parent = "c"  # moved
    new.units["a"].name = "Division Alpha"  # and renamed
    new.units["hq"].head_grade = "D-1"  # changed
    new.posts["p2"].grade = "D-2"  # reclassified
    new.posts["p2"].funding = "XB"  # and funding changed
    new.posts["p9"] = Post("p9", "P-4", "RB", "c")  # established
    diff = diff_scenarios(old, new)
    units = {entry.unit: entry.actions for entry in diff.units}
    assert units == {
        "hq": (UnitAction.CHANGED,),
        "a": (UnitAction.MOVED, UnitAction.RENAMED),
        "c": (UnitAction.ADDED,),
        "b": (UnitAction.ABOLISHED,),
    }
    assert [e.fields for e in diff.units if e.unit == "hq"] == [("head_grade",)]
    posts = {entry.post: entry.actions for entry in diff.posts}
    # a moved from hq to c: its department changed, so its post moved with it
    assert posts == {
        "p2": (PostAction.WITH_UNIT, PostAction.RECLASSIFIED, PostAction.FUNDING),
        "p9": (PostAction.ESTABLISHED,),
        "p3": (PostAction.ABOLISHED,),
    }
    # order: the later scenario's order, then what only the earlier one had
    assert [e.unit for e in diff.units] == ["hq", "a", "c", "b"]


def test_a_post_whose_unit_changes_department_is_redeployed_with_it() -> None:
    design = tiny_design()
    old = design.baseline
    old.units["s"] = Unit("s", "Section", UnitKind.SECTION, parent="a")
    old.posts["p4"] = Post("p4", "P-4", "RB", "s")
    new = old.copy("new", "New", ScenarioKind.PROPOSAL)
    new.units["s"].parent = "b"
    diff = diff_scenarios(old, new)
    [post] = diff.posts
    assert post.post == "p4" and post.actions == (PostAction.WITH_UNIT,)
    [unit] = diff.units
    assert (unit.old_department, unit.new_department) == ("a", "b")


def test_changes_table_has_a_row_per_action() -> None:
    design = tiny_design()
    table = changes_table(diff_scenarios(design.baseline, design.proposals[0]))
    assert [row.cells for row in table.rows] == [
        ("post", "p3", "", "redeployed", "Division B (Division B)", "Division A (Division A)")
    ]


def test_unit_marks_say_what_to_show_on_each_card() -> None:
    design = tiny_design()
    old = design.baseline
    new = old.copy("new", "New", ScenarioKind.PROPOSAL)
    new.units["c"] = Unit("c", "Division C", UnitKind.DIVISION, parent="hq")
    new.units["a"].parent = "c"
    new.units["b"].name = "Division Bravo"
    new.posts["p3"].unit = "c"
    new.units["x"] = Unit("x", "Gone", UnitKind.SECTION, parent="hq")
    marks = unit_marks(diff_scenarios(new, old))  # reversed: c and x are abolished
    assert marks["hq"].notes == ("abolished: Division C", "abolished: Gone")
    marks = unit_marks(diff_scenarios(old, new))
    assert marks["c"] == UnitMark("new", ("+1 posts in",))
    assert marks["a"] == UnitMark("moved", ("moved from Head Office",))
    assert marks["b"] == UnitMark("renamed", ("was Division B", "-1 out"))
    assert "hq" not in marks
    new.units["hq"].entry_point_for = ["africa"]
    new.units["hq"].lead_department = "b"
    marks = unit_marks(diff_scenarios(old, new))
    assert marks["hq"] == UnitMark("changed", ("changed: lead department, entry point for",))
