"""Compare with File, Compare with Version and the file history, on a real git repository.

Oracles: each version's own file (``git show`` run here by hand, and the loader);
the Compare dock's rows must name the units changed since that version and no
other, and each commit's summary must say what that commit did.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgeditor.commands import MoveUnitsCommand, SetUnitFieldCommand
from orgeditor.io import load_design, save_design
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.compare import ComparePanel
from tests.cli.test_git_merge import FILE, SID, edit, git, repo  # noqa: F401  (repo: a fixture)
from tests.conftest import UN_SAMPLE


def _listed(panel: ComparePanel) -> list[str]:
    rows = []
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        rows += [group.text(0)] + [group.child(i).text(0) for i in range(group.childCount())]
    return rows


@pytest.fixture
def three_commits(repo: Path) -> Path:  # noqa: F811
    """The UN sample, then OMA moved, then PMD renamed: three commits of the design."""
    edit(repo, "Move OMA to DPPA", MoveUnitsCommand, ["oma"], "dppa")
    edit(repo, "Rename PMD", SetUnitFieldCommand, "pmd", "name", "Policy Division")
    return repo / FILE


def test_history_lists_each_commit_with_what_it_changed(
    main_window: MainWindow, three_commits: Path
) -> None:
    assert main_window.open_file(three_commits)
    versions = main_window.versions
    versions.update_actions()
    assert versions.version_action.isEnabled() and versions.history_action.isEnabled()
    dialog = versions.show_history()
    assert dialog is not None
    dialog.summarize_all()
    subjects = [dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())]
    assert subjects == ["Rename PMD", "Move OMA to DPPA", "UN sample"]
    assert [dialog.tree.topLevelItem(i).text(2) for i in range(3)] == ["Planner"] * 3
    assert "1 renamed" in dialog.summary(0) and "moved" not in dialog.summary(0)
    assert "1 moved" in dialog.summary(1) and "renamed" not in dialog.summary(1)
    assert dialog.summary(2).startswith("design added")


def test_compare_with_a_version_marks_what_changed_since(
    main_window: MainWindow, qtbot: QtBot, three_commits: Path
) -> None:
    assert main_window.open_file(three_commits)
    main_window.controller.switch_scenario(SID)
    dialog = main_window.versions.show_history()
    assert dialog is not None
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(2))  # the first commit
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    panel = main_window.compare
    assert panel.choice.currentText().startswith("Version ")
    rows = _listed(panel)
    assert any(r.startswith("Units moved (1") for r in rows)
    assert any(r.startswith("Units renamed (1") for r in rows)
    marks = main_window.presenter.marks
    assert set(marks) >= {"oma", "pmd"}
    assert "at " in panel.summary.text()  # says which version it compares with

    dialog = main_window.versions.show_history()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))  # after the move
    dialog.compare_button.click()
    rows = _listed(panel)
    assert not any(r.startswith("Units moved") for r in rows)
    assert any(r.startswith("Units renamed (1") for r in rows)

    panel.choice.setCurrentIndex(0)  # Nothing: compare mode off
    panel.choice.activated.emit(0)
    assert main_window.presenter.version is None and main_window.presenter.marks == {}


def test_compare_with_file_and_outside_a_repository(
    main_window: MainWindow, tmp_path: Path
) -> None:
    other = load_design(UN_SAMPLE)
    SetUnitFieldCommand(other, SID, "oma", "name", "Military Office").do(other)
    save_design(other, tmp_path / "other.orgdesign", backup=False)
    mine = tmp_path / "mine.orgdesign"
    save_design(load_design(UN_SAMPLE), mine, backup=False)
    assert main_window.open_file(mine)
    main_window.controller.switch_scenario(SID)
    main_window.versions.update_actions()
    assert not main_window.versions.version_action.isEnabled()  # not in a repository
    assert "not in a git repository" in main_window.versions.version_action.statusTip()
    assert main_window.versions.compare_with_file(tmp_path / "other.orgdesign")
    assert main_window.compare.choice.currentText() == "Version other.orgdesign"
    assert set(main_window.presenter.marks) == {"oma"}
