"""The costs dock: baseline against the current scenario per funding source, with a chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Design, Scenario
from orgeditor.model.costs import cost_breakdown
from orgeditor.rules.context import CostFunction
from orgeditor.ui.text import plain_label

HEADERS = ["Source", "Baseline", "This scenario", "Change"]
NEUTRAL, NOT_NEUTRAL = "#2e7d32", "#c00000"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CostBars(QWidget):
    """Paired bars per funding source: baseline (grey) and this scenario (coloured)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int, bool]] = []
        self.setMinimumHeight(110)

    def set_rows(self, rows: list[tuple[str, int, int, bool]]) -> None:
        """(label, baseline, current, within tolerance) per funding source."""
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        top = max(max(b, c) for _, b, c, _ in self.rows) or 1
        label_width = 48
        band = (self.height() - 8) / len(self.rows)
        width = self.width() - label_width - 12
        for index, (label, base, current, ok) in enumerate(self.rows):
            y = 4 + index * band
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, y, label_width - 6, band),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar = (band - 6) / 2
            painter.fillRect(
                QRectF(label_width, y + 2, width * base / top, bar),
                pal.color(QPalette.ColorRole.Mid),
            )
            painter.fillRect(
                QRectF(label_width, y + 2 + bar, width * current / top, bar),
                QColor(NEUTRAL if ok else NOT_NEUTRAL),
            )
        painter.end()


class CostPanel(QWidget):
    """Shows whether the current scenario is cost neutral, per funding source and in total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = plain_label(wrap=True)
        self.verdict.setObjectName("costVerdict")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.bars = CostBars()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bars)

    def show_scenario(
        self, design: Design, scenario: Scenario, costs: CostFunction | None = None
    ) -> int:
        """Compare ``scenario`` with the baseline; returns the change of the total cost.

        ``costs`` gives a scenario's breakdown from the caller's cache, if it keeps one.
        """
        costs = costs or (lambda s: cost_breakdown(design, s))
        now, base = costs(scenario), costs(design.baseline)
        tolerance, currency = design.rules.cost_tolerance, design.cost_table.currency
        rows = []
        for source in design.funding_sources:
            before, after = base.cost_by_funding[source.id], now.cost_by_funding[source.id]
            rows.append((source.id, source.id, before, after))
        rows.append(("Total", "", base.total, now.total))
        names = {source.id: source.name for source in design.funding_sources}
        self.table.setRowCount(len(rows))
        off = []
        for index, (label, source, before, after) in enumerate(rows):
            change = after - before
            ok = abs(change) <= tolerance
            if not ok and source:
                off.append(f"{source} {change:+,}")
            mark = "" if ok else "  ✗"
            cells = [label, f"{before:,}", f"{after:,}", (f"{change:+,}" if change else "0") + mark]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(names.get(source, "All funding sources"))
                if column:
                    item.setTextAlignment(RIGHT)
                if column == 3 and not ok:
                    item.setForeground(QColor(NOT_NEUTRAL))
                if not source:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if scenario is design.baseline:
            self.verdict.setText(f"This is the baseline: {now.total:,} {currency} a year.")
            self.verdict.setStyleSheet("")
        elif off:
            self.verdict.setText(f"✗ Not cost neutral ({currency} a year): {', '.join(off)}")
            self.verdict.setStyleSheet(f"color: {NOT_NEUTRAL}; font-weight: bold")
        else:
            self.verdict.setText(
                f"✓ Cost neutral: every funding source costs what the baseline "
                f"cost ({currency} a year)."
            )
            self.verdict.setStyleSheet(f"color: {NEUTRAL}; font-weight: bold")
        self.bars.set_rows([(s, b, a, abs(a - b) <= tolerance) for _, s, b, a in rows if s])
        return now.total - base.total
