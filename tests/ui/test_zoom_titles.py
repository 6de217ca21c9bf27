"""Zone titles read at every zoom: at least 10 pixels high on screen, at Fit and far out."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from orgeditor.ui.canvas.view import MIN_SCALE
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def _title_heights(window: MainWindow) -> dict[str, tuple[float, float]]:
    """Each zone's title: its box and its letters' cap height, in viewport pixels."""
    view, found = window.view, {}
    for unit_id, zone in window.scene.zones.items():
        rect = zone.title_rect(zone.view_scale)
        box = view.mapFromScene(rect).boundingRect().height()
        font = QFont()
        font.setPixelSize(max(1, round(zone.title_px(zone.view_scale))))
        cap = QFontMetricsF(font).capHeight()  # the letters as drawn, in chart units
        found[unit_id] = (
            box,
            view.mapFromScene(rect.topLeft()).y()
            - view.mapFromScene(rect.topLeft() + type(rect.topLeft())(0, cap)).y(),
        )
    return found


def test_zone_titles_read_at_fit_and_at_the_minimum_zoom(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    main_window.controller.switch_scenario("a-72-525")
    qtbot.waitUntil(lambda: not main_window._first_show)
    main_window.fit_chart()
    for zoom in (main_window.view.zoom, main_window.view.zoom / 3, MIN_SCALE):
        main_window.view.set_zoom(zoom)
        heights = _title_heights(main_window)
        assert len(heights) == len(main_window.presenter.layout.zones)
        for unit_id, (box, cap) in heights.items():
            assert box >= 10, (zoom, unit_id, box)
            assert abs(cap) >= 7, (zoom, unit_id, cap)  # capitals of a 10 px font or more
