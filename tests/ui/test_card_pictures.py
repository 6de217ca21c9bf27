"""Cards on screen are painted once into a picture and copied after: the chart must look the same.

The oracle is the same view painted with every card's picture turned off
(each card painted afresh, as before the pictures), compared pixel by pixel,
after the edits and switches that must make a card's picture new.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from orgeditor.ui.canvas.scene import CARD_CACHE
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE

CACHED = CARD_CACHE
FRESH = QGraphicsItem.CacheMode.NoCache


def _grab(window: MainWindow) -> bytes:
    viewport = window.view.viewport()
    viewport.repaint()
    image = viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return bytes(image.constBits())


def _difference(window: MainWindow) -> int:
    """The largest colour difference between the view as painted and painted afresh."""
    assert all(item.cacheMode() == CACHED for item in window.scene.cards.values())
    shown = _grab(window)
    for item in window.scene.cards.values():
        item.setCacheMode(FRESH)
    fresh = _grab(window)
    for item in window.scene.cards.values():
        item.setCacheMode(CACHED)
    assert len(shown) == len(fresh)
    if shown == fresh:
        return 0
    return max(abs(a - b) for a, b in zip(shown, fresh, strict=True))


def test_card_pictures_show_what_painting_the_cards_shows(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.resize(900, 600)
    assert main_window.open_file(UN_SAMPLE)
    c, view = main_window.controller, main_window.view
    qtbot.wait(10)
    view.set_zoom(1.0)
    view.center_on_units(["dppa"])
    assert _difference(main_window) <= 2  # antialiased corners may round differently
    _grab(main_window)  # the pictures are made; what follows must make some of them again
    old = c.scenario.units["dppa"].name
    c.set_unit_field("dppa", "name", "A renamed department")
    assert c.scenario.units["dppa"].name != old
    assert _difference(main_window) <= 2
    main_window.scene.select_units(["dppa"])
    assert _difference(main_window) <= 2
    view.set_zoom(0.5)
    assert _difference(main_window) <= 2
    dark = QPalette(main_window.scene.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    main_window.scene.setPalette(dark)
    main_window.presenter.refresh()  # what a light/dark switch does
    assert _difference(main_window) <= 2
