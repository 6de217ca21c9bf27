"""The parts of the funding source being edited, and where cost neutrality is checked.

Shown below the source's form on the Funding Sources page. The table is edited
in place (code, name, description); New adds a row, Delete removes one, and a
part still used by posts or cost rates is mapped first to another part or to
the source. Nothing changes in the design until the page's Apply.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.funding_parts import part_uses
from orgeditor.commands.references import Kind
from orgeditor.model import Design, FundingPart, FundingSource, NeutralityLevel
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.page import choice_box, error_label
from orgeditor.ui.text import plain_label

LEVELS = {NeutralityLevel.SOURCE: "Whole source", NeutralityLevel.PART: "Each part"}
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
            self.level.addItem(text, level.value)
        self.level.currentIndexChanged.connect(self.edited)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Code", "Name", "Description"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self.edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button, self.delete_button = QPushButton("New &Part"), QPushButton("Delete P&art…")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.problem = error_label()
        level_form = QFormLayout()
        label = QLabel("Cost &neutrality checked for:")
        label.setBuddy(self.level)
        level_form.addRow(label, self.level)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(level_form)
        layout.addWidget(plain_label("Parts (posts and cost rates may name a part):"))
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
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for part in source.parts if source else []:
            self._add_row(part.id, part)
        self.table.blockSignals(False)
        self.setEnabled(source is not None)
        self._update_buttons()

    def parts(self) -> list[Part]:
        """The parts as the table shows them, in order."""
        found: list[Part] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(3)]
            texts = [cell.text().strip() if cell else "" for cell in cells]
            first = cells[0]
            original = first.data(Qt.ItemDataRole.UserRole) if first else None
            found.append((original or None, FundingPart(*texts)))
        return found

    def neutrality(self) -> NeutralityLevel:
        """The level chosen in the combo box."""
        return NeutralityLevel(self.level.currentData())

    def changed(self) -> bool:
        """Whether the parts or the level differ from the source's."""
        if self._source is None:
            return False
        shown = [(p.id, p) for p in self._source.parts]
        return self.parts() != shown or self.neutrality() is not self._source.neutrality

    def _add_row(self, original: str | None, part: FundingPart) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((part.id, part.name, part.description)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, original or "")
            self.table.setItem(row, column, item)
        return row

    def _on_new_clicked(self) -> None:
        row = self._add_row(None, FundingPart("", ""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.edited.emit()

    def _on_delete_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._source is None or self.design is None:
            return
        original, part = self.parts()[row]
        used = part_uses(self.design, original) if original else []
        if used:
            others = [(p.id, p.name) for i, (_, p) in enumerate(self.parts()) if i != row]
            choices = [(self._source.id, self._source.name), *others]
            dialog = MapToDialog(Kind.FUNDING, part.id, used, choices, self._source.id, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.mapped[original or ""] = dialog.replacement()
        self.table.removeRow(row)
        self._update_buttons()
        self.edited.emit()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.table.currentRow() >= 0)
