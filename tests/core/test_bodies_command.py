"""set_bodies: the required bodies and dual reporting, one undo step that saves and reloads."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.commands import CommandError, UndoStack
from orgeditor.commands.bodies import set_bodies
from orgeditor.io import dumps, loads
from orgeditor.io.errors import DesignFileError
from orgeditor.io.files import save_design
from orgeditor.model import RequiredBody
from orgeditor.rules.engine import validate
from tests.conftest import UN_SAMPLE

COMMITTEE = RequiredBody(
    "mc",
    "Management Committee",
    chair="unit:eosg",
    members=["department:political", "department:operations"],
)


def test_the_saved_file_reloads_with_the_bodies_and_undo_restores_it(tmp_path: Path) -> None:
    design = loads(UN_SAMPLE.read_bytes(), str(UN_SAMPLE))
    original = dumps(design)
    stack = UndoStack(design)
    bodies = [*design.rules.required_bodies, COMMITTEE]
    stack.push(set_bodies(design, bodies, {"dpa": ["political", "operations"]}))
    path = tmp_path / "saved.orgdesign"
    save_design(design, path)
    reopened = loads(path.read_bytes(), str(path))
    assert reopened.rules.required_bodies[-1] == COMMITTEE
    assert reopened.rules.dual_reporting == {"dpa": ["political", "operations"]}
    messages = [
        f.message for f in validate(reopened, reopened.scenarios[0]).findings if f.rule == "GOV-SPG"
    ]
    assert any("Management Committee" in m for m in messages)
    stack.undo()
    assert dumps(design) == original


@pytest.mark.parametrize(
    ("body", "dual", "words"),
    [
        (RequiredBody("mc", "MC", members=["department:legal"]), {}, "unknown department role"),
        (RequiredBody("mc", "MC", body="office"), {}, "not a reference"),
        (RequiredBody("m c", "MC"), {}, "not a valid id"),
        (RequiredBody("mc", ""), {}, "cannot be empty"),
        (COMMITTEE, {"dpa": ["political"]}, "at least two"),
    ],
)
def test_what_the_loader_refuses_the_command_refuses(
    body: RequiredBody, dual: dict[str, list[str]], words: str
) -> None:
    design = loads(UN_SAMPLE.read_bytes(), str(UN_SAMPLE))
    with pytest.raises(CommandError, match=words):
        set_bodies(design, [body], dual)
    # the oracle: the loader refuses the same settings when they are written to the file
    design.rules.required_bodies, design.rules.dual_reporting = [body], dual
    with pytest.raises(DesignFileError):
        loads(dumps(design), "edited.orgdesign")


@pytest.mark.parametrize(
    ("body", "dual"),
    [
        (RequiredBody("mc", "MC", chair="unit:nosuch"), {}),
        (COMMITTEE, {"nosuch": ["political", "operations"]}),
    ],
)
def test_the_command_refuses_a_unit_the_design_lacks_the_loader_lets_it_pass(
    body: RequiredBody, dual: dict[str, list[str]]
) -> None:
    """Typing a unit id that is not there is a mistake; a file naming a unit that edits have
    since deleted must still open (the rules then say the unit is missing)."""
    design = loads(UN_SAMPLE.read_bytes(), str(UN_SAMPLE))
    with pytest.raises(CommandError, match="no unit 'nosuch'"):
        set_bodies(design, [body], dual)
    design.rules.required_bodies, design.rules.dual_reporting = [body], dual
    assert loads(dumps(design), "edited.orgdesign") == design


@pytest.mark.parametrize(
    ("body", "dual", "place"),
    [
        (RequiredBody("mc", "MC", members=["department:legal"]), {}, "members[0]"),
        (RequiredBody("mc", "MC", chair="department:legal"), {}, "chair"),
        (COMMITTEE, {"dpa": ["political"]}, "dual_reporting.dpa"),
        (COMMITTEE, {"dpa": ["political", "legal"]}, "dual_reporting.dpa[1]"),
    ],
)
def test_the_loader_and_the_command_refuse_in_the_same_words(
    body: RequiredBody, dual: dict[str, list[str]], place: str
) -> None:
    """One home for the role checks: the command's reason is the loader's, word for word,
    and the loader says where in the file it is."""
    design = loads(UN_SAMPLE.read_bytes(), str(UN_SAMPLE))
    with pytest.raises(CommandError) as refused:
        set_bodies(design, [body], dual)
    reason = str(refused.value).split(": ")[-1]
    design.rules.required_bodies, design.rules.dual_reporting = [body], dual
    with pytest.raises(DesignFileError) as caught:
        loads(dumps(design), "edited.orgdesign")
    said = [str(problem) for problem in caught.value.problems]
    assert any(place in line and reason in line for line in said), (reason, said)
