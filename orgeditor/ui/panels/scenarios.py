"""The scenarios dock: the baseline and the proposals; switch, copy, rename, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import Change
from orgeditor.model import Design, ScenarioKind
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole
BASELINE_ROLE = Qt.ItemDataRole.UserRole + 1


class ScenarioPanel(QWidget):
    """Emits intents; the main window asks for names and the controller edits."""

    switch_requested = Signal(str)
    copy_requested = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("scenarioList")
        self.list.setSpacing(2)
        self.copy_button = QPushButton(translate("ScenarioPanel", "Copy…"))
        self.copy_button.setToolTip(
            translate("ScenarioPanel", "Create a proposal as a copy of the selected scenario")
        )
        self.rename_button = QPushButton(translate("ScenarioPanel", "Rename…"))
        self.delete_button = QPushButton(translate("ScenarioPanel", "Delete"))
        self.rename_button.setToolTip(self.tr("Rename the selected scenario (undoable)"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected proposal (undoable; the baseline stays)")
        )
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.copy_button.clicked.connect(lambda: self._emit(self.copy_requested))
        self.rename_button.clicked.connect(lambda: self._emit(self.rename_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))

    def follow(self, controller: DocumentController) -> None:
        """List ``controller``'s scenarios, and again when the list or the one shown changes."""
        self._controller = controller
        controller.changed.connect(self._on_controller_changed)
        controller.scenario_switched.connect(self._on_controller_scenario_switched)
        self.show_design(controller.design, controller.scenario_id)

    def _on_controller_changed(self, change: Change) -> None:
        if change.scenarios:  # a scenario added, deleted or renamed
            self.show_design(self._controller.design, self._controller.scenario_id)

    def _on_controller_scenario_switched(self, scenario_id: str) -> None:
        self.show_design(self._controller.design, scenario_id)

    def show_design(self, design: Design, current: str) -> None:
        """List the scenarios, baseline first, and select ``current`` (the rows are made
        again only when the list or a name changed: a switch moves the selection only)."""
        baseline, proposal = (
            translate("ScenarioPanel", "baseline"),
            translate("ScenarioPanel", "proposal"),
        )
        rows = [
            (f"{s.name}\n{baseline if s.kind is ScenarioKind.BASELINE else proposal}", s.id)
            for s in design.scenarios
        ]
        listed = [self.list.item(r) for r in range(self.list.count())]
        self.list.blockSignals(True)
        if [(item.text(), item.data(ID_ROLE)) for item in listed] != rows:
            self.list.clear()
            for scenario, (text, scenario_id) in zip(design.scenarios, rows, strict=True):
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, scenario_id)
                item.setData(BASELINE_ROLE, scenario.kind is ScenarioKind.BASELINE)
                self.list.addItem(item)
        ids = [scenario_id for _, scenario_id in rows]
        self.list.setCurrentRow(ids.index(current) if current in ids else -1)
        self.list.blockSignals(False)
        self._update_buttons()

    def current_id(self) -> str | None:
        """The id of the selected scenario."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _emit(self, signal: SignalInstance) -> None:
        scenario_id = self.current_id()
        if scenario_id:
            signal.emit(scenario_id)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        is_baseline = bool(item and item.data(BASELINE_ROLE))
        self.delete_button.setEnabled(item is not None and not is_baseline)
        self.rename_button.setEnabled(item is not None)
        self.copy_button.setEnabled(item is not None)

    def _on_list_current_item_changed(self, *_: object) -> None:
        self._update_buttons()
        scenario_id = self.current_id()
        if scenario_id:
            self.switch_requested.emit(scenario_id)
