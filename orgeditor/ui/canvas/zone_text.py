"""What a zone writes at each zoom: its title (never under 10 screen pixels, never cut
while there is room beside it) and, far out, its department's summary card.

Sizes here are screen pixels; the zone divides them by the view's scale to get
chart units, so the text keeps its size on screen however far out one zooms.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from orgeditor.layout import Zone

FAR_SCALE = 0.2  # below this zoom cards are plain boxes: zones show a summary card instead
TITLE_MIN_PX = 12.0  # a zone's title on screen, where it has the room
TITLE_FLOOR_PX = 10.0  # and, to show a whole title in a narrow zone, no smaller than this
SUMMARY_PX = 11.0  # the summary card's text on screen
SUMMARY_PAD_PX = 4.0
ROOM_GAP = 8.0  # chart units kept free between a widened title and the next zone


def title_room(zones: Sequence[Zone], right_edge: float) -> dict[str, float]:
    """Zone unit id -> how far (chart units) its title may run past the zone's right edge:
    up to the next zone beside it (one whose rows overlap), else to ``right_edge``."""
    room = {}
    for zone in zones:
        box, limit = zone.box, right_edge
        for other in zones:
            o = other.box
            beside = o.x >= box.x + box.w and o.y < box.y + box.h and box.y < o.y + o.h
            if beside:
                limit = min(limit, o.x)
        room[zone.unit] = max(0.0, limit - (box.x + box.w) - ROOM_GAP)
    return room


def bold_font(base: QFont, px: float) -> QFont:
    """``base`` in bold at ``px`` chart units."""
    font = QFont(base)
    font.setBold(True)
    font.setPixelSize(max(1, round(px)))
    return font


def fitted_title_px(title: str, base: QFont, width: float, scale: float, least: float) -> float:
    """The title's size in chart units at view ``scale``: ``TITLE_MIN_PX`` on screen (and
    never under ``least``), smaller down to ``TITLE_FLOOR_PX`` if that shows it whole in
    ``width``."""
    px = max(least, TITLE_MIN_PX / max(scale, 1e-9))
    floor = max(least, TITLE_FLOOR_PX / max(scale, 1e-9))
    while px > floor and QFontMetricsF(bold_font(base, px)).horizontalAdvance(title) > width:
        px = max(floor, px * 0.92)
    return px


def summary_rect(
    header: QRectF, lines: Sequence[str], base: QFont, scale: float, most: float
) -> QRectF:
    """Where the summary card goes: under the zone's title, at most ``most`` wide."""
    font = summary_font(base, scale)
    metrics = QFontMetricsF(font)
    pad = SUMMARY_PAD_PX / scale
    width = max((metrics.horizontalAdvance(line) for line in lines), default=0.0) + 2 * pad
    height = metrics.lineSpacing() * len(lines) + 2 * pad
    return QRectF(header.left(), header.bottom() + pad, min(width, most), height)


def summary_font(base: QFont, scale: float) -> QFont:
    """The summary card's font in chart units at view ``scale``."""
    font = QFont(base)
    font.setBold(False)
    font.setPixelSize(max(1, round(SUMMARY_PX / max(scale, 1e-9))))
    return font


def paint_summary(
    painter: QPainter,
    rect: QRectF,
    lines: Sequence[str],
    scale: float,
    palette: QPalette,
    accent: QColor,
) -> None:
    """Draw a department's summary card in ``rect`` (from :func:`summary_rect`)."""
    font = summary_font(painter.font(), scale)
    metrics = QFontMetricsF(font)
    pad = SUMMARY_PAD_PX / scale
    painter.setPen(QPen(accent, 1.5 / scale))
    fill = QColor(palette.color(QPalette.ColorRole.Base))
    fill.setAlpha(235)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 4 / scale, 4 / scale)
    painter.setFont(font)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
    y = rect.top() + pad
    width = rect.width() - 2 * pad
    for line in lines:
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(rect.left() + pad, y, width, metrics.lineSpacing()), 0, shown)
        y += metrics.lineSpacing()
