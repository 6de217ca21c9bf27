"""Card names as drawn: whole, or cut with "…" on at least two lines, never over the lines below.

A painter that records what it is asked to draw stands in for the screen; the
checks read only the recorded text, fonts and places.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from orgeditor.ui.canvas.items import UnitItem
from orgeditor.ui.main_window import MainWindow
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, UN_SAMPLE


class RecordingPainter(QPainter):
    """Draws as usual and keeps (where, text, font) of each drawText."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[QRectF | QPointF, str, QFont]] = []

    def drawText(self, *args: object) -> None:
        where, text = args[0], args[-1]
        assert isinstance(where, QRectF | QPointF) and isinstance(text, str)
        self.texts.append((where, text, QFont(self.font())))
        super().drawText(*args)  # type: ignore[call-overload]


def _drawn(card: UnitItem) -> list[tuple[QRectF | QPointF, str, QFont]]:
    image = QImage(int(card.box.w) + 40, int(card.box.h) + 40, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    painter.translate(20, 20)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return painter.texts


def _check_name(card: UnitItem) -> str | None:
    """What is wrong with the name as drawn on ``card`` (None: nothing)."""
    drawn = _drawn(card)
    where, text, font = drawn[0]  # the name comes first, in its box
    assert isinstance(where, QRectF)
    lines = text.split("\n")
    metrics = QFontMetricsF(font)
    name = " ".join(card.text.name.split())
    shown = " ".join(lines)
    if any(metrics.horizontalAdvance(line) > where.width() + 0.5 for line in lines):
        return f"a line is wider than the card: {lines}"
    if shown != name:
        if not lines[-1].endswith("…"):
            return f"cut without an ellipsis: {lines}"
        if not name.startswith(shown[:-1].rstrip()):
            return f"not the start of the name: {lines}"
        if len(lines) < 2:
            return f"cut to one line: {lines}"
    below = [w.y() - QFontMetricsF(f).ascent() for w, _, f in drawn[1:] if isinstance(w, QPointF)]
    bottom = where.y() + len(lines) * metrics.lineSpacing()
    if below and bottom > min(below) + 0.5:
        return f"the name runs into the lines below: {lines}"
    return None


@pytest.mark.parametrize(
    "sample", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=["un", "ministries", "city"]
)
def test_every_name_is_whole_or_cut_visibly_on_two_lines(
    main_window: MainWindow, qtbot: QtBot, sample: Path
) -> None:
    assert main_window.open_file(sample)
    c = main_window.controller
    checked = 0
    for scenario in c.design.proposals:
        c.switch_scenario(scenario.id)
        for comparing in (False, True):
            main_window.presenter.set_compare(c.design.baseline.id if comparing else None)
            cards = main_window.scene.cards.values()
            assert any(card.text.notes for card in cards) == comparing
            wrong = {card.unit_id: _check_name(card) for card in cards}
            assert {k: v for k, v in wrong.items() if v} == {}, (scenario.name, comparing)
            checked += len(wrong)
    assert checked >= 20
