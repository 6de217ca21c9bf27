"""The costs dock: baseline against the current scenario per funding source, with a chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import Change
from orgeditor.editing import touched
from orgeditor.model import Design, Scenario
from orgeditor.model.aspects import Aspect
from orgeditor.model.costs import cost_breakdown, cost_neutral
from orgeditor.reports.funding import FundingRow, funding_rows
from orgeditor.rules.context import CostFunction
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, number, signed, translate
from orgeditor.ui.panels.fill import sizes_held
from orgeditor.ui.panels.when_shown import WhenShown
from orgeditor.ui.text import plain_label

HEADERS = [  # translated where shown
    QT_TRANSLATE_NOOP("CostPanel", "Source"),
    QT_TRANSLATE_NOOP("CostPanel", "Baseline"),
    QT_TRANSLATE_NOOP("CostPanel", "This scenario"),
    QT_TRANSLATE_NOOP("CostPanel", "Change"),
]
NEUTRAL, NOT_NEUTRAL = "#2e7d32", "#c00000"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# What the dock shows: the posts of the scenario and of the baseline (a unit's duty station
# counts as its posts'), priced by the design's tables, judged by the cost tolerance.
READS = frozenset({Aspect.POSTS, Aspect.BASELINE, Aspect.SETTINGS, Aspect.RULE_SETTINGS})


class CostBars(QWidget):
    """Paired bars per funding source: baseline (grey) and this scenario (green, red when
    not cost neutral), each labelled with its value, under a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int, bool]] = []
        self.setMinimumHeight(130)

    def set_rows(self, rows: list[tuple[str, int, int, bool]]) -> None:
        """(label, baseline, current, within tolerance) per funding source."""
        self.rows = rows
        line = self.fontMetrics().height()
        self.setMinimumHeight(line + 8 + max(len(rows), 1) * (2 * line + 6))
        self.update()

    def legend(self) -> list[tuple[QColor, str]]:
        """The legend's swatches and words, left to right."""
        mid = self.palette().color(QPalette.ColorRole.Mid)
        return [
            (mid, translate("CostPanel", "Baseline")),
            (QColor(NEUTRAL), translate("CostPanel", "This scenario")),
            (QColor(NOT_NEUTRAL), translate("CostPanel", "not cost neutral")),
        ]

    def label_width(self) -> int:
        """Wide enough for the longest source label."""
        metrics = self.fontMetrics()
        return max([metrics.horizontalAdvance(r[0]) for r in self.rows] + [24]) + 8

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        x = 4.0
        for colour, words in self.legend():
            painter.fillRect(QRectF(x, 4 + line / 4, line, line / 2), colour)
            x += line + 4
            painter.setPen(text)
            painter.drawText(QRectF(x, 4, metrics.horizontalAdvance(words) + 2, line), words)
            x += metrics.horizontalAdvance(words) + 14
        top_value = max(max(b, c) for _, b, c, _ in self.rows) or 1
        label_width = self.label_width()
        value_width = max(metrics.horizontalAdvance(number(v)) for r in self.rows for v in r[1:3])
        width = max(self.width() - label_width - value_width - 16, 1)
        band = (self.height() - line - 12) / len(self.rows)
        for index, (label, base, current, ok) in enumerate(self.rows):
            y = line + 10 + index * band
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_width - 6, band), RIGHT, label)
            bar = (band - 6) / 2
            for offset, value, colour in (
                (0.0, base, pal.color(QPalette.ColorRole.Mid)),
                (bar, current, QColor(NEUTRAL if ok else NOT_NEUTRAL)),
            ):
                length = width * value / top_value
                painter.fillRect(QRectF(label_width, y + 2 + offset, length, bar), colour)
                where = QRectF(label_width + length + 4, y + 2 + offset, value_width + 4, bar)
                painter.drawText(where, Qt.AlignmentFlag.AlignVCenter, number(value))
        painter.end()


class CostPanel(QWidget):
    """Shows whether the current scenario is cost neutral, per funding source and in total."""

    total_changed = Signal(int)  # the shown scenario's total cost minus the baseline's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = plain_label(wrap=True)
        self.verdict.setObjectName("costVerdict")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("CostPanel", h) for h in HEADERS])
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
        self.when_shown = WhenShown(self, self._show_costs)

    def follow(self, controller: DocumentController) -> None:
        """Show the costs of ``controller``'s scenario, and again after a change of what
        they read (:data:`READS`) in it or in the baseline; a switch shows the new one.

        ``total_changed`` gives the new change of the total at once; the table waits
        while the dock is hidden.
        """
        self._controller = controller
        controller.changed.connect(self._on_controller_changed)
        controller.scenario_switched.connect(lambda _: self._costs_changed())
        self._show_costs()

    def _on_controller_changed(self, change: Change) -> None:
        c = self._controller
        if not READS.isdisjoint(touched(change, c.scenario_id, c.design.baseline.id)):
            self._costs_changed()

    def _costs_changed(self) -> None:
        if self.when_shown.hidden:  # the status bar shows the total even so
            c = self._controller
            now, base = c.costs_of(c.scenario), c.costs_of(c.design.baseline)
            self.total_changed.emit(now.total - base.total)
        self.when_shown.run(self._show_costs)

    def _show_costs(self) -> None:
        c = self._controller
        self.total_changed.emit(self.show_scenario(c.design, c.scenario, c.costs_of))

    def show_scenario(
        self, design: Design, scenario: Scenario, costs: CostFunction | None = None
    ) -> int:
        """Compare ``scenario`` with the baseline; returns the change of the total cost.

        ``costs`` gives a scenario's breakdown from the caller's cache, if it keeps one.
        """
        costs = costs or (lambda s: cost_breakdown(design, s))
        now, base = costs(scenario), costs(design.baseline)
        tolerance, currency = design.rules.cost_tolerance, design.cost_table.currency
        rows = funding_rows(design, now, base)
        off = []
        change = now.total - base.total
        with sizes_held(self.table):
            self.table.setRowCount(len(rows) + 1)
            for index, row in enumerate(rows):
                ok = row.neutral(tolerance)
                if not ok:
                    off.append(f"{row.id} {signed(row.change)}")
                label = row.id if row.depth == 0 else f"    {row.id}"
                self._set_row(index, [label, row.baseline, row.cost], row.change, ok, row.name)
            self._set_row(
                len(rows),
                [translate("CostPanel", "Total"), base.total, now.total],
                change,
                cost_neutral(change, tolerance),
                "",
            )
        self.table.resizeRowsToContents()
        if scenario is design.baseline:
            self.verdict.setText(
                translate("CostPanel", "This is the baseline: {0} {1} a year.").format(
                    number(now.total), currency
                )
            )
            self.verdict.setStyleSheet("")
        elif off:
            self.verdict.setText(
                translate("CostPanel", "✗ Not cost neutral ({0} a year): {1}").format(
                    currency, ", ".join(off)
                )
            )
            self.verdict.setStyleSheet(f"color: {NOT_NEUTRAL}; font-weight: bold")
        else:
            self.verdict.setText(
                translate(
                    "CostPanel",
                    "✓ Cost neutral: every funding source costs what the baseline cost "
                    "({0} a year).",
                ).format(currency)
            )
            self.verdict.setStyleSheet(f"color: {NEUTRAL}; font-weight: bold")
        self.bars.set_rows(_bars(rows, tolerance))
        return now.total - base.total

    def _set_row(self, index: int, cells: list[object], change: int, ok: bool, name: str) -> None:
        """One table row; an empty ``name`` is the (bold) total over every source."""
        mark = "" if ok else "  ✗"
        texts = [
            *(number(c) if isinstance(c, int) else str(c) for c in cells),
            signed(change) + mark,
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(name or translate("CostPanel", "All funding sources"))
            if column:
                item.setTextAlignment(RIGHT)
            if column == 3 and not ok:
                item.setForeground(QColor(NOT_NEUTRAL))
            if not name:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(index, column, item)


def _bars(rows: list[FundingRow], tolerance: int) -> list[tuple[str, int, int, bool]]:
    """A pair of bars per source, red when the source or any of its checked parts is off."""
    bars: list[tuple[str, int, int, bool]] = []
    for row in rows:
        if row.depth == 0:
            bars.append((row.id, row.baseline, row.cost, row.neutral(tolerance)))
        elif not row.neutral(tolerance):
            label, before, after, _ = bars[-1]
            bars[-1] = (label, before, after, False)
    return bars
