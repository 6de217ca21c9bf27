"""The chart fills the canvas at Fit, and the window opens with the canvas as its largest part.

Measured as the user meets it: the scene's rectangle (the chart and its margin)
mapped through the view onto the viewport, and the widgets' sizes on screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def _fitted_share(window: MainWindow) -> tuple[float, float]:
    """How much of the viewport's width and height the whole scene covers."""
    view = window.view
    shown = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    port = view.viewport().rect()
    both = shown.intersected(port)
    return both.width() / port.width(), both.height() / port.height()


def _fits_whole(window: MainWindow) -> bool:
    """The whole scene is on screen and touches two opposite sides of the viewport."""
    view = window.view
    shown = view.mapFromScene(window.scene.sceneRect()).boundingRect()
    port = view.viewport().rect().adjusted(-2, -2, 2, 2)
    w, h = _fitted_share(window)
    return port.contains(shown) and max(w, h) > 0.97


@pytest.mark.parametrize("scenario_id", ["a-72-525", "res-72-262c", "as-is-2017"])
def test_fit_fills_the_canvas_of_a_16_10_window(
    main_window: MainWindow, qtbot: QtBot, scenario_id: str
) -> None:
    main_window.resize(1440, 900)  # 16:10
    assert main_window.open_file(UN_SAMPLE)
    main_window.controller.switch_scenario(scenario_id)
    qtbot.waitUntil(lambda: not main_window._first_show)
    main_window.fit_chart()
    width, height = _fitted_share(main_window)
    assert width >= 0.6 and height >= 0.6, (width, height)
    assert _fits_whole(main_window)
    zones = {z.box.y for z in main_window.presenter.layout.zones}
    assert len(zones) > 1  # the zones wrapped into rows to do it


def _area(rect: QRect) -> int:
    return rect.width() * rect.height()


def test_window_opens_with_the_canvas_largest_and_fitted_to_it(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    qtbot.waitUntil(lambda: not main_window._first_show)
    canvas = _area(main_window.view.rect())
    docks = [d for d in main_window.findChildren(QDockWidget) if d.isVisible()]
    assert docks
    assert all(canvas > 2 * _area(d.rect()) for d in docks)  # far the largest part
    assert canvas > 0.35 * _area(main_window.rect())
    assert _fits_whole(main_window)  # fitted to the canvas the docks leave, not an earlier one
    assert not main_window.view.horizontalScrollBar().isVisible()
