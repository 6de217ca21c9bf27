"""Posts and annual cost of a scenario by funding source, against the baseline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Design, Scenario, ScenarioKind
from orgeditor.model.costs import cost_breakdown
from orgeditor.ui.text import plain_label

HEADERS = ["Funding source", "Posts", "Annual cost", "Change vs baseline"]


class CostPanel(QWidget):
    """Shows what a scenario costs per funding source and how that differs from the baseline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label()
        self.title.setStyleSheet("font-weight: bold")
        self.description = plain_label(wrap=True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.table, 1)

    def show_scenario(self, design: Design, scenario: Scenario) -> None:
        """Fill the table for ``scenario``; changes are against the design's baseline."""
        costs = cost_breakdown(design, scenario)
        is_baseline = scenario.kind is ScenarioKind.BASELINE
        base = None if is_baseline else cost_breakdown(design, design.baseline)
        currency = design.cost_table.currency
        self.title.setText(f"{scenario.name}: annual cost in {currency}")
        self.description.setText(scenario.description)
        self.description.setVisible(bool(scenario.description))
        rows = [
            (
                f"{source.name} ({source.id})",
                costs.posts_by_funding[source.id],
                costs.cost_by_funding[source.id],
                None
                if base is None
                else costs.cost_by_funding[source.id] - base.cost_by_funding.get(source.id, 0),
            )
            for source in design.funding_sources
        ]
        rows.append(
            ("Total", costs.posts, costs.total, None if base is None else costs.total - base.total)
        )
        self.table.setRowCount(len(rows))
        for row, (label, posts, cost, change) in enumerate(rows):
            change_text = "-" if change is None else (f"{change:+,}" if change else "0")
            cells = [label, f"{posts:,}", f"{cost:,}", change_text]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
