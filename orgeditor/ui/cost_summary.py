"""The cost summary picture: cost per funding source per scenario, and a grade pyramid.

One painting function serves the dialog on screen and the PDF report, so the
two always agree. Coordinates are the painter's units (pixels on screen,
points on paper); fonts are sized in those units.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Design, Scenario
from orgeditor.model.costs import CostBreakdown, cost_breakdown
from orgeditor.reports.chart_text import money_short
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import signed, translate

SCENARIO_COLOURS = ("#8c8c8c", "#2e75b6", "#c55a11", "#548235", "#7030a0", "#bf9000")
INK, FAINT = QColor("#1a1a1a"), QColor("#d0d0d0")


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def paint_cost_summary(
    painter: QPainter,
    area: QRectF,
    design: Design,
    scenarios: list[Scenario],
    pyramid: tuple[int, int] = (0, -1),
    ink: QColor = INK,
) -> None:
    """Bars of annual cost per funding source (one per scenario) beside a grade pyramid.

    ``pyramid`` picks the two scenarios (indexes) whose posts by grade face each other.
    """
    costs = [cost_breakdown(design, s) for s in scenarios]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gap = 24.0
    half = (area.width() - gap) / 2
    left = QRectF(area.left(), area.top(), half, area.height())
    right = QRectF(area.left() + half + gap, area.top(), half, area.height())
    _paint_cost_bars(painter, left, design, scenarios, costs, ink)
    first, second = pyramid
    _paint_pyramid(
        painter,
        right,
        design,
        (scenarios[first], costs[first], _colour(first % len(scenarios))),
        (scenarios[second], costs[second], _colour(second % len(scenarios))),
        ink,
    )
    painter.restore()


def _colour(index: int) -> QColor:
    return QColor(SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)])


def _paint_cost_bars(
    painter: QPainter,
    area: QRectF,
    design: Design,
    scenarios: list[Scenario],
    costs: list[CostBreakdown],
    ink: QColor,
) -> None:
    currency = design.cost_table.currency
    painter.setPen(QPen(ink))
    painter.setFont(_font(13, True))
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), 20),
        Qt.AlignmentFlag.AlignLeft,
        f"Annual cost by funding source ({currency})",
    )
    legend_top = area.top() + 22
    painter.setFont(_font(10))
    metrics = QFontMetricsF(painter.font())
    x = area.left()
    for index, scenario in enumerate(scenarios):
        painter.fillRect(QRectF(x, legend_top + 2, 10, 10), _colour(index))
        name = metrics.elidedText(scenario.name, Qt.TextElideMode.ElideRight, 160)
        painter.drawText(QPointF(x + 14, legend_top + 11), name)
        x += 24 + metrics.horizontalAdvance(name)
    top = legend_top + 22
    sources = design.funding_sources
    if not sources:
        return
    label_width = 60.0
    value_width = 56.0
    bar = min(16.0, ((area.bottom() - top) / len(sources) - 8) / max(1, len(scenarios)))
    band = len(scenarios) * bar + 14
    largest = max((c.cost_by_funding.get(s.id, 0) for c in costs for s in sources), default=0) or 1
    width = area.width() - label_width - value_width
    base = costs[0]
    for row, source in enumerate(sources):
        y = top + row * band
        painter.setPen(QPen(ink))
        painter.setFont(_font(11, True))
        painter.drawText(
            QRectF(area.left(), y, label_width - 6, len(scenarios) * bar),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            source.id,
        )
        painter.setFont(_font(9))
        for index, breakdown in enumerate(costs):
            value = breakdown.cost_by_funding.get(source.id, 0)
            length = width * value / largest
            box = QRectF(area.left() + label_width, y + index * bar, length, bar - 2)
            painter.fillRect(box, _colour(index))
            change = value - base.cost_by_funding.get(source.id, 0)
            text = money_short(value) + (f" ({signed(change)})" if index and change else "")
            painter.setPen(QPen(QColor("#c00000") if index and change else ink))
            painter.drawText(
                QRectF(box.right() + 4, box.top(), value_width + 80, bar - 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )


def _paint_pyramid(
    painter: QPainter,
    area: QRectF,
    design: Design,
    one: tuple[Scenario, CostBreakdown, QColor],
    two: tuple[Scenario, CostBreakdown, QColor],
    ink: QColor,
) -> None:
    painter.setPen(QPen(ink))
    painter.setFont(_font(13, True))
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), 20),
        Qt.AlignmentFlag.AlignLeft,
        "Posts by grade",
    )
    painter.setFont(_font(10))
    heads = QRectF(area.left(), area.top() + 22, area.width(), 16)
    painter.drawText(heads, Qt.AlignmentFlag.AlignLeft, f"◀ {one[0].name}")
    painter.drawText(heads, Qt.AlignmentFlag.AlignRight, f"{two[0].name} ▶")
    grades = [
        g.id
        for g in design.grades
        if one[1].posts_by_grade.get(g.id) or two[1].posts_by_grade.get(g.id)
    ]
    if not grades:
        return
    top = area.top() + 44
    row = min(18.0, (area.bottom() - top) / len(grades))
    middle = area.center().x()
    axis = 26.0  # half the width of the grade column
    largest = (
        max(
            max(one[1].posts_by_grade.values(), default=0),
            max(two[1].posts_by_grade.values(), default=0),
        )
        or 1
    )
    reach = area.width() / 2 - axis - 34
    for index, grade in enumerate(grades):
        y = top + index * row
        a, b = one[1].posts_by_grade.get(grade, 0), two[1].posts_by_grade.get(grade, 0)
        left = QRectF(middle - axis - reach * a / largest, y + 1, reach * a / largest, row - 3)
        right = QRectF(middle + axis, y + 1, reach * b / largest, row - 3)
        painter.fillRect(left, one[2])
        painter.fillRect(right, two[2])
        painter.setPen(QPen(ink))
        painter.setFont(_font(10, True))
        painter.drawText(
            QRectF(middle - axis, y, 2 * axis, row), Qt.AlignmentFlag.AlignCenter, grade
        )
        painter.setFont(_font(9))
        painter.drawText(
            QRectF(left.left() - 40, y, 37, row),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(a),
        )
        label = str(b) + (f" ({b - a:+d})" if b != a else "")
        painter.setPen(QPen(QColor("#c00000") if b != a else ink))
        painter.drawText(
            QRectF(right.right() + 3, y, 70, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    painter.setPen(QPen(FAINT))
    bottom = top + len(grades) * row
    painter.drawLine(QPointF(middle - axis, top), QPointF(middle - axis, bottom))
    painter.drawLine(QPointF(middle + axis, top), QPointF(middle + axis, bottom))


class CostSummaryWidget(QWidget):
    """Paints the cost summary of a design's scenarios."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design: Design | None = None
        self.scenarios: list[Scenario] = []
        self.pyramid = (0, -1)
        self.setMinimumSize(720, 360)

    def show_design(self, design: Design, pyramid_with: int = -1) -> None:
        """Baseline first, then every proposal; the pyramid faces the baseline with one of them."""
        self.design = design
        self.scenarios = [design.baseline, *design.proposals]
        self.pyramid = (0, pyramid_with)
        self.update()

    def paintEvent(self, _event: object) -> None:
        if self.design is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        ink = self.palette().text().color()
        area = QRectF(self.rect()).adjusted(12, 10, -12, -10)
        paint_cost_summary(painter, area, self.design, self.scenarios, self.pyramid, ink)
        painter.end()


class CostSummaryDialog(QDialog):
    """The cost summary of the open design, with a choice of proposal for the pyramid.

    Given a controller to :meth:`follow`, it is drawn again after every edit,
    undo and redo, and its choice of proposals follows copied, renamed and
    deleted scenarios.
    """

    def __init__(self, design: Design, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CostSummaryDialog", "Cost Summary"))
        self.chart = CostSummaryWidget()
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("CostSummaryDialog", "Grade pyramid: baseline against"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        self.design = design
        self._controller: DocumentController | None = None
        self.show_design(design, current)
        self.resize(980, 520)

    def show_design(self, design: Design, chosen: str | None = None) -> None:
        """Show ``design``, the pyramid against proposal ``chosen`` (else the one chosen so far)."""
        chosen = chosen or self.choice.currentData()
        self.design = design
        proposals = design.proposals
        self.choice.blockSignals(True)
        self.choice.clear()
        for scenario in proposals:
            self.choice.addItem(scenario.name, scenario.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.choice.blockSignals(False)
        self._on_choice_changed(self.choice.currentIndex())

    def follow(self, controller: DocumentController) -> None:
        """Show ``controller``'s design from now on, and draw it again after each change."""
        if self._controller is not None:
            self._controller.changed.disconnect(self._on_controller_changed)
        self._controller = controller
        controller.changed.connect(self._on_controller_changed)
        self.show_design(controller.design, controller.scenario_id)

    def _on_controller_changed(self, _change: object) -> None:
        if self._controller is not None:
            self.show_design(self._controller.design)

    def _on_choice_changed(self, index: int) -> None:
        self.chart.show_design(self.design, index + 1 if self.design.proposals else 0)
