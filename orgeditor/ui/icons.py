"""The toolbar's icons: bundled SVG line drawings in the desktop's text colour.

Each file under ``resources/icons/`` draws with ``currentColor``; it is painted
here in the palette's text colour (and its disabled colour), so the icons
follow a light or a dark desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from orgeditor.assets import resource

ICON_SIZES = (16, 24, 32, 48)


def svg_in_colour(name: str, colour: QColor) -> QByteArray:
    """The SVG of icon ``name`` with ``currentColor`` replaced by ``colour``."""
    text = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    return QByteArray(text.replace("currentColor", colour.name()).encode())


def _pixmap(renderer: QSvgRenderer, side: int) -> QPixmap:
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return QPixmap.fromImage(image)


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """Icon ``name`` drawn in ``palette``'s text colour, greyed when its action is disabled."""
    icon = QIcon()
    for group, mode in (
        (QPalette.ColorGroup.Active, QIcon.Mode.Normal),
        (QPalette.ColorGroup.Disabled, QIcon.Mode.Disabled),
    ):
        renderer = QSvgRenderer(
            svg_in_colour(name, palette.color(group, QPalette.ColorRole.WindowText))
        )
        for side in ICON_SIZES:
            icon.addPixmap(_pixmap(renderer, side), mode)
    return icon
