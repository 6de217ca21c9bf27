"""Editing a funding source's parts and neutrality level in one undoable step.

Oracles: the saved file read as plain JSON (not through the model), reloading
equal, undo giving back the exact bytes, and COST-FUNDING run afresh.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, UndoStack
from orgeditor.commands.funding_parts import add_source, edit_source
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import edit_entry
from orgeditor.io import dumps, loads
from orgeditor.model import CostRate, Design, FundingPart, NeutralityLevel
from orgeditor.rules import rule_by_id, validate
from tests.core.test_funding_parts import PARTS, _rate, design_with

SOURCE = {"id": "RB", "name": "Regular budget", "description": ""}


def _as_is(design: Design) -> list[tuple[str | None, FundingPart]]:
    return [
        (p.id, FundingPart(p.id, p.name, p.description)) for p in design.funding_sources[0].parts
    ]


def _saved_source(saved: bytes) -> dict[str, object]:
    return dict(json.loads(saved)["funding_sources"][0])


def _post_fundings(saved: bytes) -> list[str]:
    return [p["funding"] for s in json.loads(saved)["scenarios"] for p in s["posts"]]


def _cost_funding(design: Design) -> list[tuple[object, object]]:
    """COST-FUNDING's findings on the proposal: (source or part, difference)."""
    report = validate(design, design.proposals[0], [rule_by_id("COST-FUNDING")])
    return [(f.data["funding"], f.data["difference"]) for f in report.findings]


def test_adding_renaming_and_switching_the_level_saves_reloads_and_undoes() -> None:
    design = design_with({"a": ("P-4", "S1"), "b": ("P-4", "S2")}, NeutralityLevel.SOURCE)
    original = dumps(design)
    parts = _as_is(design)
    parts[0] = ("S1", FundingPart("SEC1", "Section one", "Policy"))
    parts.append((None, FundingPart("S9", "Section nine")))
    stack = UndoStack(design)
    stack.push(edit_source(design, "RB", SOURCE, parts, NeutralityLevel.PART))
    saved = dumps(design)
    source = _saved_source(saved)
    assert source["neutrality"] == "part"
    assert [p["id"] for p in source["parts"]] == ["SEC1", "S2", "S3", "S9"]  # type: ignore[attr-defined]
    assert sorted(_post_fundings(saved)) == ["S2", "S2", "SEC1", "SEC1"]  # the rename follows
    assert dumps(loads(saved)) == saved
    stack.undo()
    assert dumps(design) == original


def test_a_used_part_is_refused_unless_mapped_to_a_part_or_its_source() -> None:
    rates = [CostRate("P-4", 200), CostRate("G-5", 100), CostRate("G-5", 150, "S3")]
    design = design_with({"a": ("P-4", "S1")}, NeutralityLevel.SOURCE, rates)
    original = dumps(design)
    without = [p for p in _as_is(design) if p[0] != "S1"]
    with pytest.raises(CommandError, match=r"part S1 is used by 1 posts in Today"):
        edit_source(design, "RB", SOURCE, without, NeutralityLevel.SOURCE)
    no_s3 = [p for p in _as_is(design) if p[0] != "S3"]
    with pytest.raises(CommandError, match=r"part S3 is used by the cost of G-5"):
        edit_source(design, "RB", SOURCE, no_s3, NeutralityLevel.SOURCE)
    stack = UndoStack(design)
    stack.push(edit_source(design, "RB", SOURCE, without, NeutralityLevel.SOURCE, {"S1": "RB"}))
    assert set(_post_fundings(dumps(design))) == {"RB"}
    stack.push(
        edit_source(design, "RB", SOURCE, [], NeutralityLevel.SOURCE, {"S2": "RB", "S3": "RB"})
    )
    saved = json.loads(dumps(design))
    assert saved["funding_sources"][0].get("parts", []) == []
    assert all(r.get("funding") in (None, "RB") for r in saved["cost_table"]["rates"])
    stack.undo()
    stack.undo()
    assert dumps(design) == original


def test_part_ids_must_differ_from_every_source_and_part() -> None:
    design = design_with({}, NeutralityLevel.SOURCE)
    for clash in ("XB", "RB", "S2"):
        parts = [*_as_is(design)[:1], (None, FundingPart(clash, "Clash")), *_as_is(design)[1:2]]
        with pytest.raises(CommandError, match=f"funding id '{clash}' is used twice"):
            edit_source(design, "RB", SOURCE, parts, NeutralityLevel.SOURCE)


def test_cost_funding_follows_the_level_the_edit_sets() -> None:
    design = design_with({"a": ("P-4", "S1"), "b": ("P-4", "S3")}, NeutralityLevel.SOURCE)
    design.proposals[0].posts["a"].funding = "S3"  # a transfer between two sections
    stack = UndoStack(design)
    assert _cost_funding(design) == []
    stack.push(edit_source(design, "RB", SOURCE, _as_is(design), NeutralityLevel.PART))
    moved = _rate("P-4", "S1")  # the post's cost, read from the table by hand
    assert _cost_funding(design) == [("S1", -moved), ("S3", moved)]
    stack.undo()
    assert _cost_funding(design) == []


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["rename", "add", "delete", "level"]),
            st.integers(0, 5),
            st.sampled_from(["RB", *PARTS]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_sequence_of_part_edits_saves_reloads_and_undoes_exactly(
    steps: list[tuple[str, int, str]],
) -> None:
    design = design_with(
        {"a": ("P-4", "S1"), "b": ("G-5", "S2"), "c": ("P-4", "RB")}, NeutralityLevel.SOURCE
    )
    original = dumps(design)
    stack = UndoStack(design)
    for number, (action, at, target) in enumerate(steps):
        parts = _as_is(design)
        level = design.funding_sources[0].neutrality
        mapped: dict[str, str] = {}
        if action == "rename" and parts:
            old, part = parts[at % len(parts)]
            parts[at % len(parts)] = (old, FundingPart(f"N{number}", part.name))
        elif action == "add":
            parts.insert(at % (len(parts) + 1), (None, FundingPart(f"A{number}", "Added")))
        elif action == "delete" and parts:
            old, _ = parts.pop(at % len(parts))
            kept = [p.id for _, p in parts]
            mapped = {str(old): target if target in (*kept, "RB") else "RB"}
        else:
            level = (
                NeutralityLevel.PART if level is NeutralityLevel.SOURCE else NeutralityLevel.SOURCE
            )
        try:
            stack.push(edit_source(design, "RB", SOURCE, parts, level, mapped))
        except CommandError as error:
            assert str(error) == "nothing changes"
        saved = dumps(design)
        assert dumps(loads(saved)) == saved
        source = _saved_source(saved)
        ids = {"RB", "XB", *(p["id"] for p in source.get("parts", []))}  # type: ignore[attr-defined]
        assert set(_post_fundings(saved)) <= ids
    while stack.can_undo:
        stack.undo()
    assert dumps(design) == original


@pytest.mark.parametrize("how", ["settings form", "parts edit"])
def test_renaming_a_source_keeps_the_posts_of_its_parts_in_their_parts(how: str) -> None:
    design = design_with({"a": ("P-4", "S1"), "b": ("P-4", "RB")}, NeutralityLevel.PART)
    values = {**SOURCE, "id": "REG"}
    if how == "settings form":
        command = edit_entry(design, Kind.FUNDING, "RB", values)
    else:
        command = edit_source(design, "RB", values, _as_is(design), NeutralityLevel.PART)
    UndoStack(design).push(command)
    saved = dumps(design)
    assert sorted(_post_fundings(saved)) == ["REG", "REG", "S1", "S1"]
    assert [p["id"] for p in _saved_source(saved)["parts"]] == list(PARTS)  # type: ignore[attr-defined]


def test_a_new_source_is_added_with_its_parts_and_level_in_one_step() -> None:
    design = loads(dumps(design_with({"p1": ("P-4", "RB")}, NeutralityLevel.SOURCE)))
    original = dumps(design)
    values = {"id": "TF", "name": "Trust fund", "description": ""}
    parts = [FundingPart("TF-A", "Window A"), FundingPart("TF-B", "Window B")]
    with pytest.raises(CommandError, match="used twice"):  # a part named like a source
        add_source(design, values, [FundingPart("RB", "Clash")], NeutralityLevel.PART)
    stack = UndoStack(design)
    stack.push(add_source(design, values, parts, NeutralityLevel.PART))
    assert stack.texts()[-1] == "Add funding source TF"
    saved = dumps(design)
    added = json.loads(saved)["funding_sources"][-1]
    assert added["id"] == "TF" and added["neutrality"] == "part"
    assert [p["id"] for p in added["parts"]] == ["TF-A", "TF-B"]
    assert loads(saved) == design
    stack.undo()
    assert dumps(design) == original
