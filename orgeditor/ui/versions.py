"""File > Compare with File…, Compare with Version… and File History…: another version
of the design on the chart's compare marks and in the Compare dock (issue 18).

The other version is a design read from a file or from git (``git show REV:path``
through :mod:`orgeditor.merge.git`); the chart compares the scenario on screen
with the scenario of the same id there. Its scenarios are renamed after the
version ("A/72/525 at 3f2a1b9c") so that the Compare dock and the tooltips say
what they compare with.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from orgeditor.io import DesignFileError, load_design
from orgeditor.merge.git import GitError, Revision, file_history, repository_root
from orgeditor.model import Design
from orgeditor.ui.i18n import translate
from orgeditor.ui.panels.file_history import FileHistoryDialog, design_at

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow


class VersionCompare(QObject):
    """The window's compare-with-another-version actions and the version compared with."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label: str | None = None  # the version compared with, as the Compare dock names it
        self.file_action = QAction(translate("VersionCompare", "Compare with &File…"), window)
        self.file_action.setStatusTip(
            translate("VersionCompare", "Mark what changed since another .orgdesign file")
        )
        self.version_action = QAction(translate("VersionCompare", "Compare with &Version…"), window)
        self.history_action = QAction(translate("VersionCompare", "File &History…"), window)
        self.file_action.triggered.connect(self.on_compare_file_triggered)
        self.version_action.triggered.connect(self.show_history)
        self.history_action.triggered.connect(self.show_history)
        self.dialog: FileHistoryDialog | None = None

    def add_actions(self, menu: QMenu) -> None:
        """Put the actions in ``menu`` (the File menu); they follow the open file's place."""
        menu.addSeparator()
        menu.addActions([self.file_action, self.version_action, self.history_action])
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def repository_problem(self) -> str:
        """Why the open design has no git history ("" when it has one)."""
        c = self.window.controller
        if c is None or c.path is None:
            return translate(
                "VersionCompare", "Save the design in a git repository to compare with its versions"
            )
        try:
            repository_root(c.path.parent)
        except GitError as error:
            return str(error)
        return ""

    def update_actions(self) -> None:
        """Enable the git entries only for a file in a repository; the tip says why not."""
        problem = self.repository_problem()
        for action in (self.version_action, self.history_action):
            action.setEnabled(not problem)
            action.setStatusTip(
                problem or translate("VersionCompare", "The commits that touched this design")
            )
            action.setToolTip(action.statusTip())

    def on_compare_file_triggered(self) -> None:
        c = self.window.controller
        folder = str(c.path.parent) if c is not None and c.path is not None else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("VersionCompare", "Compare with File"),
            folder,
            translate("VersionCompare", "Designs (*.orgdesign)"),
        )
        if name:
            self.compare_with_file(Path(name))

    def compare_with_file(self, path: Path) -> bool:
        """Compare the chart with the design in ``path``; say why not if it cannot be read."""
        try:
            design = load_design(path)
        except (OSError, DesignFileError) as error:
            self.window.show_error(translate("VersionCompare", "Cannot compare"), str(error), "")
            return False
        return self.compare_with(design, path.name)

    def show_history(self) -> FileHistoryDialog | None:
        """Open the history of the design's file (File > Compare with Version…)."""
        problem = self.repository_problem()
        c = self.window.controller
        if problem or c is None or c.path is None:
            self.window.statusBar().showMessage(problem, 8000)
            return None
        try:
            revisions = file_history(c.path)
        except GitError as error:
            self.window.show_error(translate("VersionCompare", "No history"), str(error), "")
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = FileHistoryDialog(c.path, revisions, self.window)
        self.dialog.compare_requested.connect(self.compare_with_revision)
        self.dialog.show()
        return self.dialog

    def compare_with_revision(self, revision: Revision) -> bool:
        """Compare the chart with the design as committed at ``revision``."""
        c = self.window.controller
        assert c is not None and c.path is not None
        try:
            design = design_at(c.path, revision.commit)
        except GitError as error:
            self.window.show_error(translate("VersionCompare", "Cannot compare"), str(error), "")
            return False
        if design is None:
            self.window.statusBar().showMessage(
                translate("VersionCompare", "The design is not in that commit"), 8000
            )
            return False
        return self.compare_with(design, f"{revision.short} ({revision.date[:10]})")

    def compare_with(self, design: Design, label: str) -> bool:
        """Mark the chart with what changed since ``design``, another version named ``label``."""
        w = self.window
        if w.presenter is None or w.controller is None:
            return False
        for scenario in design.scenarios:
            scenario.name = (
                translate("VersionCompare", "%1 at %2")
                .replace("%1", scenario.name)
                .replace("%2", label)
            )
        self.label = translate("VersionCompare", "Version %1").replace("%1", label)
        w.presenter.set_compare(None, design)
        w.compare_dock.show()
        w.compare_dock.raise_()
        w.refresh_compare()
        if w.presenter.compared_scenario() is None:
            w.statusBar().showMessage(
                translate("VersionCompare", "%1 has no scenario %2")
                .replace("%1", label)
                .replace("%2", w.controller.scenario.name),
                8000,
            )
        return True
