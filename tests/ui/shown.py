"""What a panel shows, as plain values: two panels that show the same thing compare equal."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

CONTENT = (QLineEdit, QComboBox, QLabel, QAbstractButton, QTableWidget, QTreeWidget, QListWidget)


def shown(panel: QWidget, choices_kept: Collection[QWidget] = ()) -> list[object]:
    """Every widget of ``panel`` in order: whether it would be visible and, if so, whether it
    is enabled, and its text, items and check states. ``choices_kept`` are combo boxes that
    keep the user's last choice across updates: only how many choices they offer counts."""
    seen: list[object] = []
    for widget in panel.findChildren(QWidget):
        if not isinstance(widget, CONTENT) or type(widget) is QAbstractButton:
            continue  # Qt's own parts (scroll bars, headers, a table's corner button)
        state: list[object] = [type(widget).__name__, widget.isVisibleTo(panel)]
        seen.append(state)
        if not widget.isVisibleTo(panel):
            continue  # what a hidden page or row holds is not shown
        state.append(widget.isEnabled())
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QComboBox) and widget in choices_kept:
            state.append(widget.count())
        elif isinstance(widget, QComboBox):
            state.append([(widget.itemText(i), widget.itemData(i)) for i in range(widget.count())])
            state.append(widget.currentIndex())
        elif isinstance(widget, QLabel):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            state.append((widget.text(), widget.isChecked()))
        elif isinstance(widget, QTableWidget):
            state.append(_table(widget))
        elif isinstance(widget, QTreeWidget):
            top = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            state.append([_tree_item(item) for item in top])
        elif isinstance(widget, QListWidget):
            items = [widget.item(i) for i in range(widget.count())]
            state.append(
                [(i.text(), i.data(Qt.ItemDataRole.CheckStateRole), i.isHidden()) for i in items]
            )
    return seen


def _table(table: QTableWidget) -> list[object]:
    rows = []
    for row in range(table.rowCount()):
        cells = [table.item(row, c) for c in range(table.columnCount())]
        texts = [(c.text(), c.toolTip()) if c is not None else None for c in cells]
        rows.append((table.isRowHidden(row), texts))
    return rows


def _tree_item(item: QTreeWidgetItem) -> object:
    texts = [item.text(c) for c in range(item.columnCount())]
    children = [_tree_item(item.child(i)) for i in range(item.childCount())]
    return texts, item.isExpanded(), item.isHidden(), children
