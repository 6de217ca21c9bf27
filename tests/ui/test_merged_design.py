"""A merged design with kept conflicts and review comments opens, edits and saves in the app."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from orgeditor.commands import SetUnitFieldCommand
from orgeditor.commands.comments import AddCommentCommand, new_comment
from orgeditor.io import load_design, loads, save_design
from orgeditor.merge.designs import merge_designs
from orgeditor.model import CommentTarget
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE

SID = "a-72-525"


def test_a_merged_design_with_conflicts_opens_and_saves_them_back(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    base, ours, theirs = (loads(UN_SAMPLE.read_bytes()) for _ in range(3))
    SetUnitFieldCommand(ours, SID, "pmd", "name", "Policy Division").do(ours)
    SetUnitFieldCommand(theirs, SID, "pmd", "name", "Mediation Division").do(theirs)
    AddCommentCommand(theirs, new_comment(theirs, SID, CommentTarget.UNIT, "ead", "Why?")).do(
        theirs
    )
    path = tmp_path / "merged.orgdesign"
    save_design(merge_designs(base, ours, theirs).design, path)
    assert main_window.open_file(path)
    controller = main_window.controller
    assert controller.design.conflicts[0].path[-2:] == ["pmd", "name"]
    controller.set_unit_field("ead", "name", "Electoral Division")
    assert main_window.save()
    again = load_design(path)
    assert again.find_scenario(SID).units["ead"].name == "Electoral Division"
    assert [c.path for c in again.conflicts] == [["scenarios", SID, "units", "pmd", "name"]]
    assert [c.text for c in again.comments] == ["Why?"]
