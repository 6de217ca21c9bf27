"""Commands: each do/undo restores the exact document; bad edits are refused with a reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    AddUnitCommand,
    Command,
    CommandError,
    CopyScenarioCommand,
    DeleteScenarioCommand,
    DeleteUnitsCommand,
    MacroCommand,
    MovePostsCommand,
    MoveUnitsCommand,
    RemoveLineCommand,
    RenameScenarioCommand,
    SetBodyCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetUnitFieldCommand,
    UndoStack,
    command_for_fix,
)
from orgeditor.io import dumps, load_design
from orgeditor.model import Body, Design, LineKind, Note, Post, ReportingLine, Unit, UnitKind
from orgeditor.rules import validate
from tests.conftest import UN_SAMPLE

P = "a-72-525"

Maker = Callable[[Design], Command]
COMMANDS: dict[str, Maker] = {
    "move": lambda d: MoveUnitsCommand(d, P, ["oma"], "dppa"),
    "move-several": lambda d: MoveUnitsCommand(d, P, ["ead", "msu", "pmd"], "dpo"),
    "add-unit": lambda d: AddUnitCommand(
        d, P, Unit("new", "New Unit", UnitKind.UNIT, parent="pmd", head_grade="P-5")
    ),
    "delete-subtree": lambda d: DeleteUnitsCommand(d, P, ["asg-africa"]),
    "delete-department": lambda d: DeleteUnitsCommand(d, P, ["dppa"]),
    "rename": lambda d: SetUnitFieldCommand(d, P, "ead", "name", "<b>Electoral</b> Division"),
    "kind": lambda d: SetUnitFieldCommand(d, P, "ead", "kind", "office"),
    "grade": lambda d: SetUnitFieldCommand(d, P, "ead", "head_grade", "D-1"),
    "functions": lambda d: SetUnitFieldCommand(d, P, "ead", "functions", ["gender"]),
    "note": lambda d: SetUnitFieldCommand(d, P, "ead", "note", Note("t", "j", "A/72/525 para 23")),
    "lead": lambda d: SetUnitFieldCommand(d, P, "unsom", "lead_department", "dpo"),
    "add-post": lambda d: AddPostCommand(d, P, Post("x1", "D-1", "RB", "ead")),
    "abolish": lambda d: AbolishPostsCommand(d, P, ["ead.01", "scad.03", "fpb.02"]),
    "reclassify": lambda d: SetPostFieldCommand(d, P, "ead.03", "grade", "D-1"),
    "refund": lambda d: SetPostFieldCommand(d, P, "ead.03", "funding", "XB"),
    "redeploy": lambda d: MovePostsCommand(d, P, ["ead.03", "scad.04"], "pmd"),
    "add-line": lambda d: AddLineCommand(d, P, ReportingLine("l9", "ead", "dpo", LineKind.DOTTED)),
    "remove-line": lambda d: RemoveLineCommand(d, P, "asg-africa-dppa"),
    "line-caption": lambda d: SetLineFieldCommand(d, P, "fpb-eosg", "caption", "Fund link"),
    "line-kind": lambda d: SetLineFieldCommand(d, P, "fpb-eosg", "kind", "dual"),
    "body": lambda d: SetBodyCommand(d, P, Body("spg", "sg", ["dpo"])),
    "copy-scenario": lambda d: CopyScenarioCommand(d, P, "Option B"),
    "rename-scenario": lambda d: RenameScenarioCommand(d, P, "The SG's proposal"),
    "delete-scenario": lambda d: DeleteScenarioCommand(d, P),
    "macro": lambda d: MacroCommand(
        "two",
        [MoveUnitsCommand(d, P, ["oma"], "dppa"), SetUnitFieldCommand(d, P, "oma", "name", "OMA")],
    ),
}


@pytest.fixture(scope="module")
def original() -> bytes:
    return dumps(load_design(UN_SAMPLE))


@pytest.mark.parametrize("name", list(COMMANDS))
def test_do_then_undo_restores_the_exact_document(name: str, original: bytes) -> None:
    design = load_design(UN_SAMPLE)
    pristine = load_design(UN_SAMPLE)
    stack = UndoStack(design)
    stack.push(COMMANDS[name](design))
    after = dumps(design)
    assert after != original
    stack.undo()
    assert dumps(design) == original
    assert design == pristine and design.scenarios == pristine.scenarios
    stack.redo()
    assert dumps(design) == after
    stack.undo()
    assert dumps(design) == original


def test_a_move_makes_the_unit_the_last_child_and_reports_the_change() -> None:
    design = load_design(UN_SAMPLE)
    change = UndoStack(design).push(MoveUnitsCommand(design, P, ["oma"], "dppa"))
    proposal = design.find_scenario(P)
    assert [u.id for u in proposal.children("dppa")][-1] == "oma"
    assert change.layout and change.units == {"oma", "dppa", "dpo"}  # dpo lost a child


def test_moving_a_unit_with_its_descendant_moves_the_subtree_once() -> None:
    design = load_design(UN_SAMPLE)
    command = MoveUnitsCommand(design, P, ["pmd", "msu"], "dpo")
    assert command.unit_ids == ["pmd"] and command.text == "Move PMD to DPO"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (
            lambda d: MoveUnitsCommand(d, P, ["dppa"], "msu"),
            "DPPA cannot move under MSU, which reports to it",
        ),
        (lambda d: MoveUnitsCommand(d, P, ["pmd"], "pmd"), "PMD cannot move under PMD"),
        (lambda d: MoveUnitsCommand(d, P, ["sg"], "dpo"), "SG is the top of the organisation"),
        (lambda d: MoveUnitsCommand(d, P, ["oma"], "dpo"), "already reporting to DPO"),
        (lambda d: MoveUnitsCommand(d, P, ["oma"], "nowhere"), "there is no unit 'nowhere'"),
        (lambda d: SetUnitFieldCommand(d, P, "ead", "name", "  "), "a unit needs a name"),
        (lambda d: SetUnitFieldCommand(d, P, "ead", "head_grade", "Z-9"), "there is no grade"),
        (lambda d: SetUnitFieldCommand(d, P, "ead", "parent", "dpo"), "cannot be edited here"),
        (
            lambda d: SetUnitFieldCommand(d, P, "ead", "lead_department", "ead"),
            "cannot point to itself",
        ),
        (
            lambda d: SetUnitFieldCommand(d, P, "ead", "functions", ["gender", "gender"]),
            "listed twice",
        ),
        (lambda d: AddPostCommand(d, P, Post("ead.01", "P-4", "RB", "ead")), "exists already"),
        (lambda d: AddPostCommand(d, P, Post("n", "P-4", "LOTTO", "ead")), "no funding source"),
        (lambda d: MovePostsCommand(d, P, ["ead.01"], "ead"), "in EAD already"),
        (lambda d: DeleteUnitsCommand(d, P, ["sg"]), "the top of the organisation cannot"),
        (lambda d: DeleteScenarioCommand(d, "as-is-2017"), "the baseline cannot be deleted"),
        (lambda d: CopyScenarioCommand(d, P, "A/72/525"), "is called 'A/72/525' already"),
        (lambda d: AddLineCommand(d, P, ReportingLine("l", "ead", "ead")), "two different"),
        (
            lambda d: SetLineFieldCommand(
                d, P, "fpb-eosg", "caption", "Peacebuilding Fund: functional link"
            ),
            "nothing changes",
        ),
    ],
)
def test_bad_edits_are_refused_with_a_reason(make: Maker, reason: str) -> None:
    design = load_design(UN_SAMPLE)
    before = dumps(design)
    with pytest.raises(CommandError, match=reason):
        make(design)
    assert dumps(design) == before


def test_deleting_a_unit_clears_references_to_it() -> None:
    design = load_design(UN_SAMPLE)
    UndoStack(design).push(DeleteUnitsCommand(design, P, ["asg-africa"]))
    proposal = design.find_scenario(P)
    assert "africa-1" not in proposal.units
    assert proposal.units["unmiss"].backstopped_by is None
    assert not [x for x in proposal.lines.values() if "asg-africa" in (x.source, x.target)]
    assert not [p for p in proposal.posts.values() if p.unit in {"asg-africa", "africa-1"}]


def test_a_failing_step_of_a_macro_undoes_the_steps_before_it() -> None:
    design = load_design(UN_SAMPLE)
    before = dumps(design)
    first = MoveUnitsCommand(design, P, ["oma"], "dppa")
    second = SetUnitFieldCommand(design, P, "oma", "name", "OMA")
    second.unit_id = "vanished"  # makes its do() fail after the first step ran
    with pytest.raises(KeyError):
        MacroCommand("two", [first, second]).do(design)
    assert dumps(design) == before


def test_the_done_when_story_in_the_core() -> None:
    """OMA to DPPA gives FUNC-HOME; undo; a D-1 post breaks neutrality; its fix restores it."""
    design = load_design(UN_SAMPLE)
    stack = UndoStack(design)
    proposal = design.find_scenario(P)
    stack.push(MoveUnitsCommand(design, P, ["oma"], "dppa"))
    homes = [f for f in validate(design, proposal).findings if f.rule == "FUNC-HOME"]
    assert [f.units for f in homes] == [("police", "oma"), ("oma",)]
    stack.undo()
    assert validate(design, proposal).findings == []
    stack.push(AddPostCommand(design, P, Post("new-d1", "D-1", "RB", "africa-2")))
    funding = next(f for f in validate(design, proposal).findings if f.rule == "COST-FUNDING")
    assert funding.data["funding"] == "RB" and funding.data["difference"] == 235_000
    assert funding.fix is not None
    stack.push(command_for_fix(design, P, funding.fix))
    assert validate(design, proposal).findings == []
    assert stack.texts()[-1] == (
        "Fix: Regular budget (RB) is over by USD 235,000: abolish post new-d1 (D-1, RB) in "
        "Africa II Division, established in this proposal"
    )
