"""Arabic names sit flush right on a card, Latin and Chinese ones flush left (issue 19).

The card is painted into an image; where the name's ink lies is read from the pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from orgeditor.layout import Box
from orgeditor.model import UnitKind
from orgeditor.ui.canvas.items import CardText, UnitItem

WIDTH, HEIGHT = 220, 96


def _name_ink(name: str) -> tuple[int, int]:
    """(first, last) column with dark pixels in the card's name band."""
    card = UnitItem("u", Box(0, 0, WIDTH, HEIGHT), CardText(name, "", "", UnitKind.DEPARTMENT))
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    columns = [
        x
        for x in range(4, WIDTH - 4)  # inside the border
        for y in range(12, 30)  # the first line of the name, below the colour strip
        if QColor(image.pixel(x, y)).lightness() < 100
    ]
    assert columns, name
    return min(columns), max(columns)


@pytest.mark.parametrize(
    ("name", "right"),
    [("إدارة عمليات السلام", True), ("Peace Operations", False), ("和平行动部", False)],
)
def test_a_name_starts_on_its_reading_side(qapp: object, name: str, right: bool) -> None:
    first, last = _name_ink(name)
    gap_left, gap_right = first, WIDTH - 1 - last
    if right:
        assert gap_right < 14 < gap_left, (first, last)
    else:
        assert gap_left < 14 < gap_right, (first, last)
