"""The parts of the funding source being edited, and where cost neutrality is checked.

Shown below the source's form on the Funding Sources page. The table is edited
in place (code, name, description); New adds a row, Delete removes one, and a
part still used by posts or cost rates is mapped first to another part or to
the source. Nothing changes in the design until the page's Apply.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.funding_parts import part_uses
from orgeditor.model import Design, FundingPart, FundingSource, NeutralityLevel
from orgeditor.ui.design_settings.coded_rows import CodedRowsTable
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.page import choice_box, error_label
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.text import plain_label

LEVELS = {
    NeutralityLevel.SOURCE: QT_TRANSLATE_NOOP("FundingPartsEditor", "Whole source"),
    NeutralityLevel.PART: QT_TRANSLATE_NOOP("FundingPartsEditor", "Each part"),
}
Part = tuple[str | None, FundingPart]  # the id it had when shown (None: new) and its fields


class FundingPartsEditor(QWidget):
    """The neutrality level and the parts table of one funding source."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design: Design | None = None
        self._source: FundingSource | None = None
        self.mapped: dict[str, str] = {}  # a deleted part's id -> where its uses go
        self.level = choice_box()
        for level, text in LEVELS.items():
            self.level.addItem(translate("FundingPartsEditor", text), level.value)
        self.level.currentIndexChanged.connect(self.edited)
        self.table = CodedRowsTable()
        self.table.edited.connect(self.edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button, self.delete_button = (
            QPushButton(translate("FundingPartsEditor", "New &Part")),
            QPushButton(translate("FundingPartsEditor", "Delete P&art…")),
        )
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.problem = error_label()
        level_form = QFormLayout()
        label = QLabel(translate("FundingPartsEditor", "Cost &neutrality checked for:"))
        label.setBuddy(self.level)
        level_form.addRow(label, self.level)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(level_form)
        layout.addWidget(
            plain_label(
                translate("FundingPartsEditor", "Parts (posts and cost rates may name a part):")
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    def load(self, design: Design | None, source: FundingSource | None) -> None:
        """Show ``source``'s parts and level (None: an empty, disabled editor)."""
        self.design, self._source, self.mapped = design, source, {}
        self.level.blockSignals(True)
        level = source.neutrality if source else NeutralityLevel.SOURCE
        self.level.setCurrentIndex(max(0, self.level.findData(level.value)))
        self.level.blockSignals(False)
        parts = source.parts if source else []
        self.table.load([(p.id, p.id, p.name, p.description) for p in parts])
        self.setEnabled(source is not None)
        self._update_buttons()

    def parts(self) -> list[Part]:
        """The parts as the table shows them, in order."""
        return [(original, FundingPart(*texts)) for original, *texts in self.table.rows()]

    def neutrality(self) -> NeutralityLevel:
        """The level chosen in the combo box."""
        return NeutralityLevel(self.level.currentData())

    def changed(self) -> bool:
        """Whether the parts or the level differ from the source's."""
        if self._source is None:
            return False
        shown = [(p.id, p) for p in self._source.parts]
        return self.parts() != shown or self.neutrality() is not self._source.neutrality

    def _on_new_clicked(self) -> None:
        self.table.add_row()

    def _on_delete_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._source is None or self.design is None:
            return
        original, part = self.parts()[row]
        used = part_uses(self.design, original) if original else []
        if used:
            others = [(p.id, p.name) for i, (_, p) in enumerate(self.parts()) if i != row]
            choices = [(self._source.id, self._source.name), *others]
            dialog = MapToDialog(part.id, used, choices, self._source.id, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.mapped[original or ""] = dialog.replacement()
        self.table.remove_current()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.table.currentRow() >= 0)
