"""The legend printed under the chart: lines, unit colours, finding badges, grades."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from orgeditor.layout.geometry import Box
from orgeditor.layout.text_sizes import LEGEND_PT
from orgeditor.reports.chart_text import (
    LEGEND_FINDINGS,
    LEGEND_KINDS,
    LEGEND_LINES,
    legend_grades,
    legend_word,
)
from orgeditor.ui.canvas.items import KIND_COLOURS, SEVERITY_COLOURS
from orgeditor.ui.fonts import paper_font

LINE_COLOUR = "#c55a11"


def draw_legend(painter: QPainter, band: Box, grades: tuple[tuple[str, str], ...]) -> None:
    """Draw the legend in ``band`` (page points), in four short columns, in the core's
    language (the chart's: ``chart_text.chart_words``)."""
    painter.save()
    font = paper_font()
    font.setPixelSize(LEGEND_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    step = metrics.lineSpacing() + 1
    painter.setPen(QPen(QColor("#bbbbbb"), 0.5))
    painter.drawLine(QPointF(band.x, band.y - 2), QPointF(band.right, band.y - 2))
    x, y = band.x, band.y + 2
    dark = QColor("#1a1a1a")
    lines = [
        (Qt.PenStyle.SolidLine, "#7f7f7f"),
        (Qt.PenStyle.DashLine, LINE_COLOUR),
        (Qt.PenStyle.DotLine, LINE_COLOUR),
    ]

    def widest(labels: Iterable[str]) -> float:  # a translation may be longer than English
        return max(metrics.horizontalAdvance(legend_word(text)) for text in labels)

    for row, ((style, colour), label) in enumerate(zip(lines, LEGEND_LINES, strict=True)):
        ly = y + row * step + step / 2
        painter.setPen(QPen(QColor(colour), 1.2, style))
        painter.drawLine(QPointF(x, ly), QPointF(x + 24, ly))
        painter.setPen(dark)
        painter.drawText(QPointF(x + 28, ly + metrics.ascent() / 2 - 1), legend_word(label))
    x += max(150, 36 + widest(LEGEND_LINES))
    column_width = max(85, 20 + widest(label for _, label in LEGEND_KINDS))
    for index, (kind, label) in enumerate(LEGEND_KINDS):
        column, row = divmod(index, 4)
        sx, sy = x + column * column_width, y + row * step
        painter.fillRect(QRectF(sx, sy + 2, 10, step - 4), QColor(KIND_COLOURS[kind]))
        painter.setPen(dark)
        painter.drawText(QPointF(sx + 14, sy + metrics.ascent()), legend_word(label))
    x += 2 * column_width + 10
    for row, (severity, colour) in enumerate(SEVERITY_COLOURS.items()):
        sy = y + row * step
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QRectF(x, sy + 1, step - 2, step - 2))
        painter.setPen(dark)
        finding = legend_word(LEGEND_FINDINGS[severity])
        painter.drawText(QPointF(x + step + 2, sy + metrics.ascent()), finding)
    x += max(90, step + 8 + widest(LEGEND_FINDINGS.values()))
    if grades and band.right - x > 60:
        painter.setPen(dark)
        text = legend_grades(grades)
        painter.drawText(
            QRectF(x, y, band.right - x, band.h - 2),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft,
            text,
        )
    painter.restore()
