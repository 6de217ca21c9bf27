"""Review comments (issue 18): commands undo exactly, the file keeps them, merges join them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from orgeditor.commands import CommandError, DeleteUnitsCommand, UndoStack
from orgeditor.commands.comments import (
    AddCommentCommand,
    DeleteCommentCommand,
    EditCommentCommand,
    ResolveCommentCommand,
    new_comment,
)
from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.merge.designs import merge_designs
from orgeditor.model import CommentTarget, Design, MergeSide
from tests.conftest import ROOT, UN_SAMPLE

SID = "a-72-525"
WHEN = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def fresh() -> Design:
    return loads(UN_SAMPLE.read_bytes())


def test_add_resolve_edit_delete_each_undo_to_the_exact_file() -> None:
    design = fresh()
    stack = UndoStack(design)
    states = [dumps(design)]
    comment = new_comment(design, SID, CommentTarget.POST, "dpa.01", "Grade?", "Ana", WHEN)
    assert comment.date == "2026-12-02T09:30Z"
    for command in (
        lambda: AddCommentCommand(design, comment),
        lambda: ResolveCommentCommand(design, comment.id),
        lambda: EditCommentCommand(design, comment.id, "Grade P-4?"),
        lambda: ResolveCommentCommand(design, comment.id, resolved=False),
        lambda: DeleteCommentCommand(design, comment.id),
    ):
        stack.push(command())
        states.append(dumps(design))
        assert loads(states[-1]).comments == design.comments  # saved and read back alike
    for expected in reversed(states[:-1]):
        stack.undo()
        assert dumps(design) == expected


def test_a_comment_needs_an_existing_target_and_a_text() -> None:
    design = fresh()
    with pytest.raises(CommandError, match="no unit"):
        AddCommentCommand(design, new_comment(design, SID, CommentTarget.UNIT, "nowhere", "x"))
    with pytest.raises(CommandError, match="needs a text"):
        AddCommentCommand(design, new_comment(design, SID, CommentTarget.UNIT, "ead", "  "))


def test_a_comment_outlives_its_unit_in_the_file() -> None:
    design = fresh()
    comment = new_comment(design, SID, CommentTarget.UNIT, "msu", "Keep it?")
    AddCommentCommand(design, comment).do(design)
    DeleteUnitsCommand(design, SID, ["msu"]).do(design)
    assert loads(dumps(design)).comments == [comment]


def test_a_comment_id_given_twice_is_refused_on_load() -> None:
    design = fresh()
    comment = new_comment(design, SID, CommentTarget.UNIT, "ead", "One")
    design.comments += [comment, comment]
    with pytest.raises(DesignFileError, match="duplicate comment id"):
        loads(dumps(design))


def test_comments_made_on_two_branches_merge_cleanly() -> None:
    ours, theirs = fresh(), fresh()
    mine = new_comment(ours, SID, CommentTarget.UNIT, "ead", "Mine")
    yours = new_comment(theirs, SID, CommentTarget.UNIT, "ead", "Yours")
    AddCommentCommand(ours, mine).do(ours)
    AddCommentCommand(theirs, yours).do(theirs)
    ResolveCommentCommand(theirs, yours.id).do(theirs)
    result = merge_designs(fresh(), ours, theirs)
    assert result.clean
    assert [(c.text, c.resolved) for c in result.design.comments] == [
        ("Mine", False),
        ("Yours", True),
    ]


def test_the_format_example_of_comments_and_conflicts_loads() -> None:
    text = (ROOT / "resources" / "schema" / "FORMAT.md").read_text(encoding="utf-8")
    section = text.split("## Review comments and merge conflicts", 1)[1]
    example = section.split("```json\n", 1)[1].split("```", 1)[0]
    design = loads(example)
    [comment], [conflict] = design.comments, design.conflicts
    assert (comment.target, comment.target_id, comment.resolved) == (
        CommentTarget.UNIT,
        "hq",
        False,
    )
    assert (conflict.ours, conflict.theirs, conflict.kept) == (
        "Headquarters",
        "Central office",
        MergeSide.OURS,
    )
    saved = json.loads(dumps(design))
    del saved["metadata"]["saved_with"]  # a save names the version that made it (issue 20)
    assert saved == json.loads(example)  # nothing else lost or added on save
