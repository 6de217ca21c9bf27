"""The Conflicts dock, as a planner meets it after ``git merge`` (issue 18, Done when, case 2).

The oracle: a real repository, a true conflict made by two branches, git's own
merge through the driver; the file git leaves opens in the app, the dock's
buttons decide, the file is saved, reopened by the loader and validated by the
command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from orgeditor.cli import main
from orgeditor.commands import MoveUnitsCommand, SetPostFieldCommand, SetUnitFieldCommand
from orgeditor.io import dumps, load_design, loads, save_design
from orgeditor.merge.designs import merge_designs
from orgeditor.model import MergeSide
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.conflicts import ConflictEditDialog
from tests.cli.test_git_merge import FILE, SID, edit, git, repo  # noqa: F401  (repo: a fixture)
from tests.conftest import UN_SAMPLE

LEFT = Qt.MouseButton.LeftButton


def _conflicted(repo: Path) -> Path:  # noqa: F811
    """Two branches rename PMD two ways and reclassify one post two ways; git merges them."""
    post = next(iter(load_design(repo / FILE).find_scenario(SID).posts))
    git(repo, "checkout", "-qb", "one")
    edit(repo, "Rename PMD", SetUnitFieldCommand, "pmd", "name", "Policy Division")
    edit(repo, "Reclassify", SetPostFieldCommand, post, "grade", "D-1")
    git(repo, "checkout", "-q", "main")
    edit(repo, "Rename PMD otherwise", SetUnitFieldCommand, "pmd", "name", "Mediation Division")
    edit(repo, "Reclassify otherwise", SetPostFieldCommand, post, "grade", "P-5")
    edit(repo, "Move OMA", MoveUnitsCommand, ["oma"], "dppa")  # merges cleanly
    done = git(repo, "merge", "--no-edit", "one", check=False)
    assert done.returncode != 0 and "CONFLICT" in done.stdout
    return repo / FILE


def test_conflicts_from_git_are_decided_in_the_dock_and_saved(
    main_window: MainWindow,
    qtbot: QtBot,
    repo: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _conflicted(repo)
    post = next(iter(load_design(path).find_scenario(SID).posts))
    assert main(["validate", str(path)]) == 1  # undecided conflicts: not ready
    assert "2 unresolved merge conflict(s)" in capsys.readouterr().out
    assert main_window.open_file(path)
    panel = main_window.conflicts
    dock = panel.parentWidget()
    assert dock.isVisible()  # opening a design with conflicts shows the dock
    assert "2 unresolved conflicts" in main_window.windowTitle()
    rows = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    assert [r.text(2) for r in rows] == ["Mediation Division", "P-5"]  # ours
    assert [r.text(3) for r in rows] == ["Policy Division", "D-1"]  # theirs

    panel.tree.setCurrentItem(rows[0])
    qtbot.mouseClick(panel.tree.viewport(), LEFT, pos=panel.tree.visualItemRect(rows[0]).center())
    assert main_window.scene.selected_unit_ids() == ["pmd"]  # the place, on the chart
    stack = main_window.controller.undo_stack
    steps = stack.count()
    qtbot.mouseClick(panel.take_theirs, LEFT)
    assert stack.count() == steps + 1  # one undo step
    assert "1 unresolved conflict" in main_window.windowTitle()
    assert main_window.controller.scenario.units["pmd"].name == "Policy Division"
    stack.undo()
    assert len(main_window.controller.design.conflicts) == 2
    assert main_window.controller.scenario.units["pmd"].name == "Mediation Division"
    stack.redo()

    assert main_window.save()  # saving keeps the one not decided yet
    kept = load_design(path)
    assert [c.path[-1] for c in kept.conflicts] == ["grade"]

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.take_ours, LEFT)
    assert "unresolved" not in main_window.windowTitle()
    assert main_window.save()

    again = load_design(path)  # reopened: no conflicts, the chosen values present
    scenario = again.find_scenario(SID)
    assert again.conflicts == []
    assert scenario.units["pmd"].name == "Policy Division"  # theirs
    assert scenario.posts[post].grade == "P-5"  # ours
    assert scenario.units["oma"].parent == "dppa"  # the clean part of the merge
    capsys.readouterr()
    assert main(["validate", str(path), "--format", "json"]) in (0, 1)
    assert '"unresolved_conflicts": []' in capsys.readouterr().out


def test_edit_puts_a_value_of_ones_own(
    main_window: MainWindow,
    repo: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _conflicted(repo)
    assert main_window.open_file(path)
    panel = main_window.conflicts
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    shown: list[str] = []

    def answer(dialog: ConflictEditDialog) -> int:
        shown.append(dialog.editor.toPlainText())
        dialog.editor.setPlainText("Mediation and Policy Division")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictEditDialog, "exec", answer)
    panel.edit_button.click()
    assert shown == ["Mediation Division"]  # prefilled with what the design holds
    assert main_window.controller.scenario.units["pmd"].name == "Mediation and Policy Division"
    assert [c.path[-1] for c in main_window.controller.design.conflicts] == ["grade"]
    assert panel.take(MergeSide.THEIRS)
    assert main_window.controller.design.conflicts == []
    assert panel.summary.text().startswith("No merge conflicts")


def test_a_conflict_in_another_scenario_is_shown_there(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    base = loads(UN_SAMPLE.read_bytes())
    baseline = base.baseline.id
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    SetUnitFieldCommand(ours, baseline, "pmd", "short_name", "PD").do(ours)
    SetUnitFieldCommand(theirs, baseline, "pmd", "short_name", "MD").do(theirs)
    path = tmp_path / "merged.orgdesign"
    save_design(merge_designs(base, ours, theirs).design, path, backup=False)
    assert main_window.open_file(path)
    assert main_window.controller.scenario_id != baseline  # the app opens a proposal
    panel = main_window.conflicts
    row = panel.tree.topLevelItem(0)
    assert row.text(0).startswith(base.baseline.name)
    qtbot.mouseClick(panel.tree.viewport(), LEFT, pos=panel.tree.visualItemRect(row).center())
    assert main_window.controller.scenario_id == baseline
    assert main_window.scene.selected_unit_ids() == ["pmd"]
    main_window.controller.set_unit_field("pmd", "short_name", "PMD2")  # an Inspector edit
    assert panel.tree.topLevelItem(0).text(4) == "PMD2"  # "Now" follows the design
    assert panel.take(MergeSide.THEIRS)
    assert main_window.controller.scenario.units["pmd"].short_name == "MD"
    assert main_window.windowTitle().count("unresolved") == 0
