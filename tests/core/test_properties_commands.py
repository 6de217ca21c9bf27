"""Design properties, scenario descriptions, scenario roles and functions that sit together:
each edit is checked, and undo restores the exact document."""

from __future__ import annotations

import pytest

from orgeditor.commands import CommandError
from orgeditor.commands.properties import SetScenarioRoleCommand, properties_command
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import edit_entry, together_with
from orgeditor.io import dumps, load_design
from orgeditor.model import Metadata
from orgeditor.rules import validate
from tests.conftest import CITY_SAMPLE


def test_properties_set_metadata_and_descriptions_in_one_step_and_undo_exactly() -> None:
    design = load_design(CITY_SAMPLE)
    before = dumps(design)
    meta = Metadata("A city", "me", "what it is", ["note one", "note two"])
    baseline = design.baseline.id
    command = properties_command(design, meta, {baseline: "today, described"})
    command.do(design)
    again = load_design(CITY_SAMPLE)
    assert dumps(design) != before
    assert design.metadata == meta and design.baseline.description == "today, described"
    assert again.metadata != meta  # the file on disk is not what changed
    command.undo(design)
    assert dumps(design) == before
    with pytest.raises(CommandError, match="nothing changes"):
        properties_command(design, design.metadata, {})
    with pytest.raises(CommandError, match="title"):
        properties_command(design, Metadata(""), {})


def test_the_shared_structure_is_cleared_and_given_back_by_undo() -> None:
    design = load_design(CITY_SAMPLE)
    proposal = design.proposals[0]
    before = dumps(design)
    assert proposal.roles.shared_structure == "fd"
    found = {f.rule for f in validate(design, proposal).findings}
    clear = SetScenarioRoleCommand(design, proposal.id, "shared_structure", None)
    assert clear.text == "Clear the shared structure"
    clear.do(design)
    assert proposal.roles.shared_structure is None
    assert '"shared_structure"' not in dumps(design).decode()
    clear.undo(design)
    assert dumps(design) == before
    assert {f.rule for f in validate(design, proposal).findings} == found
    with pytest.raises(CommandError):
        SetScenarioRoleCommand(design, proposal.id, "shared_structure", "fd")  # no change
    with pytest.raises(CommandError):
        SetScenarioRoleCommand(design, proposal.id, "chair", "fd")


def test_a_function_sits_with_another_and_leaves_its_group() -> None:
    design = load_design(CITY_SAMPLE)
    before = dumps(design)
    assert design.rules.functions_together == [["plan-review", "permits"]]
    values = {"id": "inspections", "name": "Inspections", "together": "permits"}
    joined = edit_entry(design, Kind.FUNCTION, "inspections", values)
    joined.do(design)
    assert design.rules.functions_together == [["plan-review", "permits", "inspections"]]
    assert together_with(design.rules, "inspections") == "plan-review"
    joined.undo(design)
    assert dumps(design) == before
    alone = {"id": "permits", "name": "Permit issuance", "together": ""}
    left = edit_entry(design, Kind.FUNCTION, "permits", alone)
    left.do(design)
    assert design.rules.functions_together == []  # a group of one is no group
    left.undo(design)
    assert dumps(design) == before
    with pytest.raises(CommandError, match="sits with"):
        edit_entry(design, Kind.FUNCTION, "permits", alone | {"together": "permits"})
