"""Rename Scenario: its name, and its names in other languages side by side (issue 19).

The dialog edits nothing itself: OK emits ``rename_requested`` with the name
and the whole names map, and the window makes them one undoable rename.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io.name_columns import unit_languages
from orgeditor.model import Design, Scenario
from orgeditor.ui.i18n import translate
from orgeditor.ui.panels.names_box import NamesBox


class RenameScenarioDialog(QDialog):
    """Edits a scenario's name and its names in other languages; emits them on OK."""

    rename_requested = Signal(str, str, object)  # scenario id, name, dict[str, LocalName]

    def __init__(self, design: Design, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameScenarioDialog")
        self.setWindowTitle(translate("RenameScenarioDialog", "Rename scenario"))
        self._scenario_id = scenario.id
        self.name = QLineEdit(scenario.name)
        self.name.setObjectName("scenarioName")
        self.names = NamesBox()
        self.names.setToolTip(
            translate(
                "RenameScenarioDialog",
                "The scenario's name and short name in each language of the design",
            )
        )
        tags = unit_languages(design)
        self.names.show_names(design.metadata.language, tags, scenario.names)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("RenameScenarioDialog", "New name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.names)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _on_buttons_accepted(self) -> None:
        name = self.name.text().strip()
        self.rename_requested.emit(self._scenario_id, name, self.names.current())
        self.accept()
