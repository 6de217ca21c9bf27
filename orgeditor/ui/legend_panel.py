"""The legend on screen (View > Legend): what the chart's colours, badges, lines and marks mean.

Drawn from the same colour tables as the cards (``canvas.items``) and the
same pens as the lines (``canvas.scene``), so it cannot drift from the chart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from orgeditor.reports.chart_text import LEGEND_KINDS, legend_word
from orgeditor.ui.canvas.items import KIND_COLOURS, MARK_COLOURS, SEVERITY_COLOURS
from orgeditor.ui.canvas.scene import connector_pen, route_pen
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.text import plain_label

SWATCH_W, SWATCH_H = 40, 18
MARK_MEANINGS = {  # translated where shown
    "new": QT_TRANSLATE_NOOP("LegendPanel", "new since the compared scenario"),
    "succeeds": QT_TRANSLATE_NOOP("LegendPanel", "takes over from a unit that went"),
    "moved": QT_TRANSLATE_NOOP("LegendPanel", "under another parent than before"),
    "renamed": QT_TRANSLATE_NOOP("LegendPanel", "renamed"),
    "changed": QT_TRANSLATE_NOOP("LegendPanel", "fields or posts changed"),
}
SEVERITY_MEANINGS = {
    "error": QT_TRANSLATE_NOOP("LegendPanel", "errors of the rules (how many)"),
    "warning": QT_TRANSLATE_NOOP("LegendPanel", "warnings of the rules (how many)"),
    "info": QT_TRANSLATE_NOOP("LegendPanel", "notes of the rules (how many)"),
}
Painter = Callable[[QPainter, QRectF], None]


def _swatch(draw: Painter) -> QPixmap:
    pixmap = QPixmap(SWATCH_W, SWATCH_H)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(1, 1, SWATCH_W - 2, SWATCH_H - 2))
    painter.end()
    return pixmap


def _card(colour: str) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(rect.adjusted(4, 2, -4, -2), 3, 3)

    return draw


def _line(pen: QPen) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(pen)
        painter.drawLine(
            QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
        )

    return draw


def _disc(colour: str, text: str) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        circle = QRectF(rect.center().x() - 8, rect.center().y() - 8, 16, 16)
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(circle)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(10)
        painter.setFont(font)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, text)

    return draw


def _tag(colour: str) -> Painter:
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(rect.adjusted(0, 3, 0, -3), 3, 3)

    return draw


def legend_rows(palette: QPalette) -> list[tuple[str, list[tuple[Painter, str]]]]:
    """The legend's groups: a heading, then (how it is drawn, what it means) rows."""
    return [
        (
            translate("LegendPanel", "Unit colours"),
            [(_card(KIND_COLOURS[kind]), legend_word(label)) for kind, label in LEGEND_KINDS],
        ),
        (
            translate("LegendPanel", "Lines"),
            [
                (
                    _line(connector_pen(palette)),
                    translate("LegendPanel", "reports to (primary line)"),
                ),
                (
                    _line(route_pen(palette, "dual")),
                    translate("LegendPanel", "dual reporting line (caption says when)"),
                ),
                (_line(route_pen(palette, "dotted")), translate("LegendPanel", "dotted line")),
            ],
        ),
        (
            translate("LegendPanel", "Badges"),
            [
                (_disc(colour, "2"), translate("LegendPanel", SEVERITY_MEANINGS[severity]))
                for severity, colour in SEVERITY_COLOURS.items()
            ],
        ),
        (
            translate("LegendPanel", "Compare marks (View > Compare with Baseline)"),
            [
                (_tag(MARK_COLOURS[mark]), f"{mark.upper()}: {translate('LegendPanel', text)}")
                for mark, text in MARK_MEANINGS.items()
            ],
        ),
    ]


class LegendPanel(QScrollArea):
    """The legend, in a dock; it redraws its swatches when the palette changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setWidgetResizable(True)
        self.labels: list[str] = []  # what each row says, for tests and screen readers
        self._fill()

    def _fill(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        self.labels = []
        for heading, rows in legend_rows(self.palette()):
            title = plain_label(heading)
            title.setStyleSheet("font-weight: bold")
            outer.addWidget(title)
            grid = QGridLayout()
            grid.setColumnStretch(1, 1)
            for row, (draw, text) in enumerate(rows):
                swatch = QLabel()
                swatch.setPixmap(_swatch(draw))
                swatch.setAccessibleName(text)
                grid.addWidget(swatch, row, 0)
                grid.addWidget(plain_label(text, wrap=True), row, 1)
                self.labels.append(text)
            outer.addLayout(grid)
        note = plain_label(
            translate(
                "LegendPanel",
                "+N under a card: N sub-units are collapsed (double-click to show them).",
            ),
            wrap=True,
        )
        outer.addWidget(note)
        outer.addStretch(1)
        self.setWidget(body)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._fill()
