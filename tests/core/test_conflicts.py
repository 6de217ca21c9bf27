"""Deciding conflicts a merge kept: take ours, take theirs, a value of one's own; all undoable.

The oracle is the merge's own input: two versions that changed one field two ways
merge into a design with one conflict; taking theirs must give exactly their
version's file, taking ours exactly ours.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, SetUnitFieldCommand
from orgeditor.commands.conflicts import ResolveConflictCommand, take_side
from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.merge.designs import merge_designs
from orgeditor.merge.resolve import current_value, place_text
from orgeditor.model import Design, MergeSide
from tests.conftest import UN_SAMPLE

SID = "a-72-525"


def _renamed(name: str, unit: str = "pmd") -> Design:
    design = loads(UN_SAMPLE.read_bytes())
    SetUnitFieldCommand(design, SID, unit, "name", name).do(design)
    return design


def _merged(unit: str = "pmd") -> tuple[Design, Design, Design]:
    """A merge with one conflict (a unit renamed two ways), and its two sides."""
    ours, theirs = _renamed("Mediation Division", unit), _renamed("Policy Division", unit)
    result = merge_designs(loads(UN_SAMPLE.read_bytes()), ours, theirs)
    assert len(result.design.conflicts) == 1
    return result.design, ours, theirs


@pytest.mark.parametrize("side", [MergeSide.OURS, MergeSide.THEIRS])
def test_taking_a_side_gives_that_sides_version(side: MergeSide) -> None:
    design, ours, theirs = _merged()
    before = dumps(design)
    command = take_side(design, 0, side)
    command.do(design)
    assert dumps(design) == dumps(ours if side is MergeSide.OURS else theirs)
    assert loads(dumps(design)).conflicts == []  # saved and reopened: decided
    command.undo(design)
    assert dumps(design) == before


def test_taking_the_base_puts_the_old_name_back() -> None:
    design, _, _ = _merged()
    take_side(design, 0, MergeSide.BASE).do(design)
    assert dumps(design) == dumps(loads(UN_SAMPLE.read_bytes()))


def test_a_value_of_ones_own_goes_in_its_place() -> None:
    design, _, _ = _merged()
    ResolveConflictCommand(design, 0, "Mediation and Policy Division", "Edit").do(design)
    assert design.find_scenario(SID).units["pmd"].name == "Mediation and Policy Division"
    assert design.conflicts == []


def test_a_value_that_breaks_the_design_is_refused_and_nothing_changes() -> None:
    design, _, _ = _merged()
    design.conflicts[0].path[-1] = "parent"  # as if the parent had been changed two ways
    before = dumps(design)
    with pytest.raises(CommandError, match="pmd"):
        ResolveConflictCommand(design, 0, "no-such-unit")
    assert dumps(design) == before


def test_a_place_an_edit_removed_since_is_refused() -> None:
    design, _, _ = _merged()
    design.conflicts[0].path[3] = "gone"
    with pytest.raises(CommandError, match="no longer in the design"):
        take_side(design, 0, MergeSide.THEIRS)


def test_the_place_is_told_in_words() -> None:
    design, _, _ = _merged()
    text = place_text(design, design.conflicts[0])
    assert text.endswith("> unit Mediation Division [pmd] > name")
    assert text.startswith(design.find_scenario(SID).name)


def test_taking_an_abolition_removes_the_unit() -> None:
    base = loads(UN_SAMPLE.read_bytes())
    theirs = loads(dumps(base))
    for leaf in [*base.find_scenario(SID).units][::-1]:  # one whose abolition loads
        try:
            del theirs.find_scenario(SID).units[leaf]
            theirs = loads(dumps(theirs))
            break
        except (DesignFileError, KeyError):
            theirs = loads(dumps(base))
    ours = loads(dumps(base))
    SetUnitFieldCommand(ours, SID, leaf, "name", "Kept and renamed").do(ours)
    design = merge_designs(base, ours, theirs).design
    [conflict] = design.conflicts
    assert conflict.path == ["scenarios", SID, "units", leaf] and conflict.theirs is None
    take_side(design, 0, MergeSide.THEIRS).do(design)
    assert dumps(design) == dumps(theirs)


@functools.cache
def _merged_file(unit: str) -> bytes:
    return dumps(_merged(unit)[0])


@settings(max_examples=4, deadline=None)
@given(
    unit=st.sampled_from(["pmd", "oma", "dppa", "dos"]),
    side=st.sampled_from(list(MergeSide)),
    undo=st.booleans(),
)
def test_the_chosen_value_is_what_the_saved_file_holds(
    unit: str, side: MergeSide, undo: bool
) -> None:
    design = loads(_merged_file(unit))
    conflict = design.conflicts[0]
    chosen = getattr(conflict, side.value)
    before = dumps(design)
    command = take_side(design, 0, side)
    command.do(design)
    reopened = loads(dumps(design))
    assert reopened.conflicts == []
    assert reopened.find_scenario(SID).units[unit].name == chosen
    assert current_value(reopened, conflict) == chosen
    if undo:
        command.undo(design)
        assert dumps(design) == before
        command.do(design)  # redo
        assert dumps(design) == dumps(reopened)
