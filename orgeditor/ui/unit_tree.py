"""The organisation of one scenario as a tree: units with posts and annual cost.

Posts and costs include every sub-unit, the way a planner reads a chart box.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from orgeditor.model import Design, Scenario, Unit
from orgeditor.model.costs import post_cost
from orgeditor.ui.text import plain_tooltip

COLUMNS = ["Unit", "Short name", "Kind", "Head", "Posts", "Annual cost"]
TOTALS_TIP = "Including every sub-unit"
NUMBER_COLUMNS = 4
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitTreeView(QTreeView):
    """A read-only tree of a scenario's units; ``show_scenario`` refills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(0, len(COLUMNS), self)
        self._model.setHorizontalHeaderLabels(COLUMNS)
        for column in range(NUMBER_COLUMNS, len(COLUMNS)):
            self._model.horizontalHeaderItem(column).setToolTip(TOTALS_TIP)
        self.setModel(self._model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_scenario(self, design: Design, scenario: Scenario) -> None:
        """Show ``scenario``'s units as a tree, the first two levels expanded."""
        self._model.removeRows(0, self._model.rowCount())
        posts, costs = _subtree_totals(design, scenario)
        children: dict[str | None, list[Unit]] = defaultdict(list)
        for unit in scenario.units.values():
            children[unit.parent].append(unit)
        stack = [(self._model.invisibleRootItem(), unit) for unit in reversed(children[None])]
        while stack:
            parent_item, unit = stack.pop()
            row = _row(unit, posts[unit.id], costs[unit.id])
            parent_item.appendRow(row)
            stack.extend((row[0], child) for child in reversed(children[unit.id]))
        self.expandToDepth(1)

    def unit_count(self) -> int:
        """How many units the tree shows (for tests and the status bar)."""
        count, stack = 0, [self._model.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                count += 1
                stack.append(item.child(row, 0))
        return count


def _row(unit: Unit, posts: int, cost: int) -> list[QStandardItem]:
    name = QStandardItem(unit.name)
    name.setData(unit.id, UNIT_ID_ROLE)
    details = [unit.name]
    if unit.short_name:
        details.append(f"Short name: {unit.short_name}")
    details.append(f"Id: {unit.id}")
    for label, text in [
        ("Note", unit.note.text),
        ("Justification", unit.note.justification),
        ("Reference", unit.note.reference),
    ]:
        if text:
            details.append(f"{label}: {text}")
    name.setToolTip(plain_tooltip("\n".join(details)))
    cells = [
        name,
        QStandardItem(unit.short_name),
        QStandardItem(unit.kind.value),
        QStandardItem(unit.head_grade or ""),
        QStandardItem(f"{posts:,}" if posts else ""),
        QStandardItem(f"{cost:,}" if cost else ""),
    ]
    for cell in cells[NUMBER_COLUMNS:]:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for cell in cells:
        cell.setEditable(False)
    return cells


def _subtree_totals(design: Design, scenario: Scenario) -> tuple[dict[str, int], dict[str, int]]:
    """Posts and annual cost of every unit including its sub-units."""
    rates = design.cost_table.lookup()
    posts: dict[str, int] = defaultdict(int)
    costs: dict[str, int] = defaultdict(int)
    for post in scenario.posts.values():
        cost = post_cost(rates, post) or 0
        for unit_id in [post.unit, *scenario.ancestors(post.unit)]:
            posts[unit_id] += 1
            costs[unit_id] += cost
    return posts, costs
