"""A table of small entries (code, name, description) edited in place, in order.

A funding source's parts and a segment kind's items are such lists. Each row
remembers the code it had when shown, so a changed code reads as a rename and
a missing row as a deletion; new rows remember none.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

Row = tuple[str | None, str, str, str]  # the code when shown (None: new), code, name, description
HEADERS = (
    QT_TRANSLATE_NOOP("CodedRowsTable", "Code"),
    QT_TRANSLATE_NOOP("CodedRowsTable", "Name"),
    QT_TRANSLATE_NOOP("CodedRowsTable", "Description"),
)


class CodedRowsTable(QTableWidget):
    """Code, name and description per row; ``edited`` after any change of a cell or row."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([translate("CodedRowsTable", h) for h in HEADERS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self.edited)

    def load(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` (without signalling an edit)."""
        self.blockSignals(True)
        self.setRowCount(0)
        for row in rows:
            self._append(row)
        self.blockSignals(False)

    def rows(self) -> list[Row]:
        """The rows as shown, in order, their texts stripped."""
        found: list[Row] = []
        for row in range(self.rowCount()):
            cells = [self.item(row, column) for column in range(len(HEADERS))]
            code, name, description = (cell.text().strip() if cell else "" for cell in cells)
            first = cells[0]
            original = first.data(Qt.ItemDataRole.UserRole) if first else None
            found.append((original or None, code, name, description))
        return found

    def add_row(self) -> None:
        """Append an empty row and start typing its code."""
        self.blockSignals(True)
        row = self._append((None, "", "", ""))
        self.blockSignals(False)
        self.setCurrentCell(row, 0)
        item = self.item(row, 0)
        if item is not None:
            self.editItem(item)
        self.edited.emit()

    def remove_current(self) -> None:
        """Remove the current row."""
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.edited.emit()

    def move_current(self, step: int) -> None:
        """Move the current row ``step`` places (-1 up, +1 down), keeping it current."""
        row, rows = self.currentRow(), self.rows()
        target = row + step
        if row < 0 or not 0 <= target < len(rows):
            return
        rows.insert(target, rows.pop(row))
        self.load(rows)
        self.setCurrentCell(target, 0)
        self.edited.emit()

    def _append(self, row: Row) -> int:
        index = self.rowCount()
        self.insertRow(index)
        original, *texts = row
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, original or "")
            self.setItem(index, column, item)
        return index
