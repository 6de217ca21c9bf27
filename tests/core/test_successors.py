"""Successors: declared and inferred, in the diff, the redeployment tables, commands and files.

The property test builds random proposals by renaming, merging and splitting
units (declared or left to inference) and redeploying, abolishing, establishing
and reclassifying posts; it keeps, as it goes, what became of every baseline
post, and checks the tables against that record.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, DeleteUnitsCommand, SetUnitFieldCommand, UndoStack
from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.model import Design, Post, ScenarioKind, Succession, Unit, UnitKind
from orgeditor.model.successors import (
    Basis,
    Predecessor,
    predecessors,
    predecessors_of,
    successors,
)
from orgeditor.reports.diff import PostAction, UnitAction, diff_scenarios
from orgeditor.reports.diff_output import diff_json
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.reports.table import RowStyle, Table
from tests.builders import tiny_design

GRADES = ["D-2", "D-1", "P-4"]
SOURCES = ["RB", "XB"]


def _row(table: Table, label: str) -> tuple[object, ...]:
    [row] = [r.cells for r in table.rows if r.cells[0] == label]
    return row


def _by_source(row: tuple[object, ...]) -> dict[str, int]:
    return {s: int(v) for s, v in zip(SOURCES, row[1:3], strict=True)}  # type: ignore[call-overload]


def _random_design(data: st.DataObject, neutral: bool) -> tuple[Design, dict[str, str]]:
    """A design whose proposal renames, merges and splits divisions; and what became of each
    baseline post ("continuing", "redeployed" or "abolished")."""
    design = tiny_design()
    base = design.baseline
    base.units = {"hq": base.units["hq"]}
    base.posts = {}
    divisions = data.draw(st.integers(2, 5))
    for i in range(divisions):
        base.units[f"d{i}"] = Unit(f"d{i}", f"Division {i}", UnitKind.DIVISION, parent="hq")
        for j in range(data.draw(st.integers(1, 4))):
            grade, source = data.draw(st.sampled_from(GRADES)), data.draw(st.sampled_from(SOURCES))
            base.posts[f"p{i}{j}"] = Post(f"p{i}{j}", grade, source, f"d{i}")
    new = base.copy("option", "Option", ScenarioKind.PROPOSAL)
    design.scenarios[1] = new
    heirs: dict[str, list[str]] = {}  # baseline division -> the units that succeed it
    merged: list[str] = []
    for i in range(divisions):
        old = f"d{i}"
        op = data.draw(st.sampled_from(["keep", "declared", "inferred", "split", "merge"]))
        if op == "keep":
            heirs[old] = [old]
            continue
        if op == "merge":
            merged.append(old)
            continue
        if op == "split":
            parts = [f"s{i}a", f"s{i}b"]
            for part in parts:
                new.units[part] = Unit(
                    part,
                    f"Part {part}",
                    UnitKind.DIVISION,
                    parent="hq",
                    succession=Succession([old], "[I]"),
                )
        else:
            name = f"Division {i}" if op == "inferred" else f"Renamed {i}"
            declared = Succession([old], "[I]") if op == "declared" else Succession()
            parts = [f"r{i}"]
            new.units[parts[0]] = Unit(
                parts[0], name, UnitKind.DIVISION, parent="hq", succession=declared
            )
        for index, post in enumerate(p for p in new.posts.values() if p.unit == old):
            post.unit = parts[index % len(parts)]
        heirs[old] = parts
        del new.units[old]
    if merged:
        new.units["m"] = Unit(
            "m", "Merged", UnitKind.DIVISION, parent="hq", succession=Succession(merged, "[I]")
        )
        for post in new.posts.values():
            if post.unit in merged:
                post.unit = "m"
        for old in merged:
            heirs[old] = ["m"]
            del new.units[old]
    fate = {post_id: "continuing" for post_id in base.posts}
    units = sorted(new.units)
    for post_id in data.draw(st.lists(st.sampled_from(sorted(base.posts)), unique=True)):
        origin = base.posts[post_id].unit
        targets = [u for u in units if u not in heirs[origin]]
        new.posts[post_id].unit = data.draw(st.sampled_from(targets))
        fate[post_id] = "redeployed"
    if not neutral:
        for post_id in data.draw(st.lists(st.sampled_from(sorted(base.posts)), unique=True)):
            post = new.posts.pop(post_id)
            fate[post_id] = "abolished"
            if data.draw(st.booleans()):  # re-established elsewhere under a new id
                new.posts[post_id + "n"] = Post(post_id + "n", post.grade, post.funding, "hq")
        for post in new.posts.values():
            if data.draw(st.booleans()):
                post.grade = data.draw(st.sampled_from(GRADES))
    return design, fate


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans())
def test_every_baseline_post_is_counted_once_through_successors(
    data: st.DataObject, neutral: bool
) -> None:
    design, fate = _random_design(data, neutral)
    old, new = design.baseline, design.proposals[0]
    moves, accounts = redeployment_tables(design, old, new)
    expected = {
        what: Counter(old.posts[p].funding for p, f in fate.items() if f == what)
        for what in ("continuing", "redeployed", "abolished")
    }
    rows = {
        "continuing": _row(accounts, "  continuing in their unit or its successor"),
        "redeployed": _row(accounts, "  redeployed between units"),
        "abolished": _row(accounts, "  abolished"),
    }
    for what, row in rows.items():
        assert _by_source(row) == {s: expected[what][s] for s in SOURCES}, what
    total = _by_source(_row(accounts, "Today: posts"))
    assert total == {s: sum(p.funding == s for p in old.posts.values()) for s in SOURCES}
    assert sum(int(r[-1]) for r in rows.values()) == len(old.posts)  # type: ignore[call-overload]
    established = [p for p in new.posts if p not in old.posts]
    later = _by_source(_row(accounts, "Option: posts"))
    assert sum(later.values()) == (sum(f != "abolished" for f in fate.values()) + len(established))
    redeployed = [
        int(r.cells[7])  # type: ignore[call-overload]
        for r in moves.rows
        if r.style is RowStyle.BODY and r.cells[0] == "Redeployed between units"
    ]
    assert sum(redeployed) == sum(f == "redeployed" for f in fate.values())
    if neutral:
        assert _row(accounts, "Change (0: cost neutral)")[1:] == (0, 0, 0)
    # the same through a saved and reloaded file: successions are kept
    again = loads(dumps(design))
    assert again == design
    chains = predecessors(old, new)
    assert predecessors(again.baseline, again.proposals[0]) == chains
    # the Inspector's one-unit answer agrees with the whole scenario's
    for unit_id in new.units:
        own = (Predecessor(unit_id, Basis.SAME_ID),) if unit_id in old.units else ()
        assert predecessors_of(old, new, unit_id) == own + chains.get(unit_id, ())


def _renamed() -> Design:
    """tiny_design with Division A renamed to a new id, declared; its posts unchanged."""
    design = tiny_design()
    option = design.proposals[0]
    option.posts["p3"].unit = "b"  # undo the tiny design's redeployment
    unit = option.units.pop("a")
    option.units["a2"] = Unit(
        "a2", "Division Alpha", unit.kind, parent="hq", succession=Succession(["a"], "[I]")
    )
    option.posts["p2"].unit = "a2"
    return design


def test_a_renamed_unit_whose_posts_did_not_change_shows_none_redeployed() -> None:
    design = _renamed()
    moves, accounts = redeployment_tables(design, design.baseline, design.proposals[0])
    assert _row(accounts, "  redeployed between units")[-1] == 0
    assert _row(accounts, "  continuing in their unit or its successor")[-1] == 3
    assert not [r for r in moves.rows if r.cells[0] == "Redeployed between units"]
    diff = diff_scenarios(design.baseline, design.proposals[0])
    assert not diff.posts  # the rename moves no post
    actions = {u.unit: (u.actions, u.predecessors, u.successors) for u in diff.units}
    assert actions == {
        "a2": ((UnitAction.SUCCEEDS,), ("a",), ()),
        "a": ((UnitAction.SUCCEEDED,), (), ("a2",)),
    }


def test_without_its_declaration_the_rename_is_an_abolition_and_a_redeployment() -> None:
    design = _renamed()
    design.proposals[0].units["a2"].succession = Succession()
    diff = diff_scenarios(design.baseline, design.proposals[0])
    assert [(p.post, p.actions) for p in diff.posts] == [("p2", (PostAction.REDEPLOYED,))]
    assert {u.unit: u.actions for u in diff.units} == {
        "a2": (UnitAction.ADDED,),
        "a": (UnitAction.ABOLISHED,),
    }


def test_a_new_id_with_the_same_name_is_inferred_until_another_unit_declares_it() -> None:
    design = _renamed()
    option = design.proposals[0]
    option.units["a2"].succession = Succession()
    option.units["a2"].name = "Division A"
    chain = predecessors(design.baseline, option)
    assert chain["a2"] == (Predecessor("a", Basis.SAME_NAME),)
    assert successors(chain)["a"] == ("a2",)
    option.units["b"].succession = Succession(["a"], "[I]")  # b declares a: no inference
    chain = predecessors(design.baseline, option)
    assert "a2" not in chain and chain["b"] == (Predecessor("a", Basis.DECLARED),)
    assert predecessors_of(design.baseline, option, "b") == (
        Predecessor("b", Basis.SAME_ID),
        Predecessor("a", Basis.DECLARED),
    )


def test_setting_a_succession_is_one_undoable_step() -> None:
    design = tiny_design()
    before = dumps(design)
    stack = UndoStack(design)
    stack.push(SetUnitFieldCommand(design, "option", "b", "succession", Succession(["a"], "[I]")))
    assert design.proposals[0].units["b"].succession == Succession(["a"], "[I]")
    assert loads(dumps(design)) == design
    stack.undo()
    assert dumps(design) == before


@pytest.mark.parametrize(
    ("scenario", "succession", "message"),
    [
        ("option", Succession(["nope"]), "the baseline has no unit 'nope'"),
        ("option", Succession(["a", "a"]), "listed twice"),
        ("base", Succession(["a"]), "a baseline unit succeeds no other unit"),
    ],
)
def test_a_succession_names_baseline_units_once_in_a_proposal(
    scenario: str, succession: Succession, message: str
) -> None:
    design = tiny_design()
    with pytest.raises(CommandError, match=message):
        SetUnitFieldCommand(design, scenario, "b", "succession", succession)


def test_deleting_a_baseline_unit_drops_it_from_successions_and_undo_restores() -> None:
    design = _renamed()
    before = dumps(design)
    stack = UndoStack(design)
    stack.push(DeleteUnitsCommand(design, "base", ["a"]))
    assert design.proposals[0].units["a2"].succession == Succession([], "[I]")
    assert loads(dumps(design)) == design  # the file still loads
    stack.undo()
    assert dumps(design) == before


def test_a_file_naming_an_unknown_baseline_unit_says_where() -> None:
    document = json.loads(dumps(_renamed()))
    [unit] = [u for u in document["scenarios"][1]["units"] if u["id"] == "a2"]
    unit["succession"]["units"] = ["zz"]
    with pytest.raises(DesignFileError) as caught:
        loads(json.dumps(document).encode())
    text = str(caught.value)
    assert (
        "$.scenarios[1].units[2].succession.units" in text
        and "the baseline has no unit 'zz'" in text
    )


def test_a_unit_with_a_new_id_and_its_old_name_keeps_its_posts_continuing() -> None:
    """Inferred, not declared: the old code counted this post as redeployed."""
    design = tiny_design()
    option = design.proposals[0]
    option.posts["p3"].unit = "b"
    del option.units["a"]
    option.units["a2"] = Unit("a2", "Division A", UnitKind.DIVISION, parent="hq")
    option.posts["p2"].unit = "a2"
    _, accounts = redeployment_tables(design, design.baseline, option)
    assert _row(accounts, "  redeployed between units")[1:] == (0, 0, 0)
    assert _row(accounts, "  continuing in their unit or its successor")[1:] == (2, 1, 3)


def test_the_diff_json_names_predecessors_and_successors() -> None:
    design = _renamed()
    document = json.loads(
        json.dumps(diff_json(diff_scenarios(design.baseline, design.proposals[0]), "f"))
    )
    entries = {(u["id"], u["action"]): u for u in document["units"]}
    assert entries["a2", "succeeds"]["predecessors"] == ["a"]
    assert entries["a", "succeeded"]["successors"] == ["a2"]
    assert entries["a2", "succeeds"]["after"]["succession"] == {
        "units": ["a"],
        "source": "[I]",
        "rejected": [],
    }


# --- rejecting an inferred predecessor ---------------------------------------------------
def _inferred() -> Design:
    """_renamed without the declaration: a2 has Division A's name, so it is inferred."""
    design = _renamed()
    option = design.proposals[0]
    option.units["a2"].succession = Succession()
    option.units["a2"].name = "Division A"
    return design


def test_a_rejected_inference_stays_rejected_counts_the_posts_redeployed_and_undoes() -> None:
    design = _inferred()
    option = design.proposals[0]
    assert predecessors(design.baseline, option)["a2"] == (Predecessor("a", Basis.SAME_NAME),)
    before = dumps(design)
    stack = UndoStack(design)
    stack.push(SetUnitFieldCommand(design, "option", "a2", "succession", Succession([], "", ["a"])))
    # the oracle: by hand, p2 left Division A for a unit that no longer succeeds it
    assert "a2" not in predecessors(design.baseline, option)
    assert predecessors_of(design.baseline, option, "a2") == ()
    diff = diff_scenarios(design.baseline, option)
    assert [(p.post, p.actions) for p in diff.posts] == [("p2", (PostAction.REDEPLOYED,))]
    _, accounts = redeployment_tables(design, design.baseline, option)
    assert _row(accounts, "  redeployed between units")[-1] == 1
    # stored: a save and reopen does not infer it again
    again = loads(dumps(design))
    assert again == design
    assert again.proposals[0].units["a2"].succession.rejected == ["a"]
    assert "a2" not in predecessors(again.baseline, again.proposals[0])
    stack.undo()
    assert dumps(design) == before
    assert predecessors(design.baseline, option)["a2"] == (Predecessor("a", Basis.SAME_NAME),)


@pytest.mark.parametrize(
    ("succession", "message"),
    [
        (Succession([], "", ["nope"]), "the baseline has no unit 'nope'"),
        (Succession(["a"], "", ["a"]), "both succeeded and rejected"),
        (Succession([], "", ["a", "a"]), "listed twice"),
    ],
)
def test_a_rejection_names_baseline_units_not_succeeded(
    succession: Succession, message: str
) -> None:
    design = _inferred()
    with pytest.raises(CommandError, match=message):
        SetUnitFieldCommand(design, "option", "a2", "succession", succession)


def test_a_file_rejecting_a_unit_not_in_the_baseline_names_the_unit_and_what_to_do() -> None:
    document = json.loads(dumps(_inferred()))
    [unit] = [u for u in document["scenarios"][1]["units"] if u["id"] == "a2"]
    unit["succession"] = {"rejected": ["zz"]}
    with pytest.raises(DesignFileError) as caught:
        loads(json.dumps(document).encode(), "renamed.orgdesign")
    text = str(caught.value)
    assert text.startswith("renamed.orgdesign")
    assert "$.scenarios[1].units[2].succession.rejected" in text and "unit 'a2'" in text
    assert "the baseline has no unit 'zz'; name only units of the baseline" in text


def test_deleting_a_rejected_baseline_unit_drops_it_and_undo_restores() -> None:
    design = _inferred()
    design.proposals[0].units["a2"].succession = Succession([], "", ["a"])
    before = dumps(design)
    stack = UndoStack(design)
    stack.push(DeleteUnitsCommand(design, "base", ["a"]))
    assert design.proposals[0].units["a2"].succession == Succession()
    assert loads(dumps(design)) == design
    stack.undo()
    assert dumps(design) == before
