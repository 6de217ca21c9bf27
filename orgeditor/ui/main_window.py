"""The main window: pick a scenario, see its organisation and what it costs.

This window wires widgets together; loading is done by ``orgeditor.io`` and
every figure comes from ``orgeditor.model``/``orgeditor.reports``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from orgeditor.assets import SAMPLE_SUFFIX, sample_files
from orgeditor.io import DesignFileError, load_design
from orgeditor.model import Design, ScenarioKind
from orgeditor.model.costs import cost_breakdown
from orgeditor.ui.cost_panel import CostPanel
from orgeditor.ui.text import plain_label
from orgeditor.ui.unit_tree import UnitTreeView

APP_NAME = "orgeditor"
FILE_FILTER = f"Organisation designs (*{SAMPLE_SUFFIX});;All files (*)"
EMPTY_HINT = (
    "No design is open.\n\nOpen a design with File > Open (Ctrl+O),\n"
    "or start from a bundled sample with File > Open Sample."
)


class MainWindow(QMainWindow):
    """The application window for one design document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design: Design | None = None
        self.path: Path | None = None
        self.scenario_list = QListWidget()
        self.scenario_list.setObjectName("scenarioList")
        self.scenario_list.setSpacing(3)
        self.unit_tree = UnitTreeView()
        self.cost_panel = CostPanel()
        self.design_notes = QPlainTextEdit()
        self.design_notes.setReadOnly(True)
        side = QTabWidget()
        side.addTab(self.cost_panel, "Costs")
        side.addTab(self.design_notes, "About this design")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scenario_list)
        splitter.addWidget(self.unit_tree)
        splitter.addWidget(side)
        splitter.setSizes([200, 740, 420])
        self._pages = QStackedWidget()
        self._pages.addWidget(plain_label(EMPTY_HINT))
        self._pages.widget(0).setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages.addWidget(splitter)
        self.setCentralWidget(self._pages)
        self.scenario_list.currentRowChanged.connect(self._on_scenario_list_row_changed)
        self._build_menus()
        self.resize(1360, 820)
        self._update_title()
        self.statusBar().showMessage("Ready")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._on_open_triggered)
        file_menu.addAction(open_action)
        samples = file_menu.addMenu("Open &Sample")
        for sample in sample_files():
            action = QAction(sample.stem, self)
            action.triggered.connect(lambda _=False, p=sample: self.open_file(p))
            samples.addAction(action)
        samples.setEnabled(bool(samples.actions()))
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def open_file(self, path: str | Path) -> bool:
        """Load ``path`` and show it; on failure say why and keep the current design."""
        try:
            design = load_design(path)
        except DesignFileError as error:
            self._show_error("This file cannot be opened", str(error), error.details())
            return False
        except OSError as error:
            self._show_error("This file cannot be read", f"{path}: {error.strerror or error}", "")
            return False
        self.show_design(design, Path(path))
        return True

    def show_design(self, design: Design, path: Path | None) -> None:
        """Show a loaded design, selecting its first proposal (or its baseline)."""
        self.design, self.path = design, path
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for scenario in design.scenarios:
            kind = "baseline" if scenario.kind is ScenarioKind.BASELINE else "proposal"
            item = QListWidgetItem(f"{scenario.name}\n{kind}")
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            self.scenario_list.addItem(item)
        self.scenario_list.blockSignals(False)
        self.design_notes.setPlainText(_design_notes(design))
        self._pages.setCurrentIndex(1)
        first_proposal = next(
            (i for i, s in enumerate(design.scenarios) if s.kind is ScenarioKind.PROPOSAL), 0
        )
        self.scenario_list.setCurrentRow(first_proposal)
        self._update_title()

    def _on_scenario_list_row_changed(self, row: int) -> None:
        if self.design is None or not 0 <= row < len(self.design.scenarios):
            return
        scenario = self.design.scenarios[row]
        self.unit_tree.show_scenario(self.design, scenario)
        self.cost_panel.show_scenario(self.design, scenario)
        costs = cost_breakdown(self.design, scenario)
        self.statusBar().showMessage(
            f"{scenario.name}: {len(scenario.units):,} units, {costs.posts:,} posts, "
            f"{costs.total:,} {self.design.cost_table.currency} a year"
        )

    def _on_open_triggered(self) -> None:
        start = str(self.path.parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open design", start, FILE_FILTER)
        if path:
            self.open_file(path)

    def _on_about_triggered(self) -> None:
        from orgeditor import __version__

        box = QMessageBox(
            QMessageBox.Icon.Information,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nAn editor for organisation designs: "
            "posts, grades, funding sources and the rules a restructuring must "
            "keep.",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def _show_error(self, title: str, text: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details and details != text:
            box.setDetailedText(details)
        box.open()
        self.statusBar().showMessage(title)

    def _update_title(self) -> None:
        if self.path is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{self.path.name} — {APP_NAME}")
            self.setWindowFilePath(str(self.path))


def _design_notes(design: Design) -> str:
    meta = design.metadata
    lines = [meta.title]
    if meta.author:
        lines.append(f"Author: {meta.author}")
    if meta.description:
        lines += ["", meta.description]
    if meta.provenance:
        lines += ["", "Provenance:"] + [f"• {note}" for note in meta.provenance]
    return "\n".join(lines)
