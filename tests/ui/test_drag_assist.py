"""Dragging a card at any zoom: the view scrolls at its edges, a ghost shows the landing,
the target is highlighted, Esc cancels. Driven with mouse events on the real view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import _send

LEFT, NONE, NO = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier(0)


def _open(window: MainWindow, qtbot: QtBot, zoom: float, unit_id: str) -> None:
    assert window.open_file(UN_SAMPLE)
    c = window.controller
    assert c is not None
    c.switch_scenario("a-72-525")
    qtbot.waitUntil(lambda: not window._first_show)
    window.view.set_zoom(zoom)
    window.view.centerOn(window.scene.cards[unit_id])


def _press_and_move(window: MainWindow, unit_id: str, end: QPoint) -> QPoint:
    view, scene = window.view, window.scene
    start = view.mapFromScene(scene.cards[unit_id].sceneBoundingRect().center())
    port = view.viewport()
    _send(port, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, NO)
    for step in range(1, 7):
        _send(port, QEvent.Type.MouseMove, start + (end - start) * (step / 6), NONE, LEFT, NO)
    return start


def test_the_view_scrolls_while_a_card_is_dragged_to_its_edge(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot, 1.0, "pmd")
    view, scene, c = main_window.view, main_window.scene, main_window.controller
    assert c is not None
    steps = c.undo_stack.count()
    bar = view.horizontalScrollBar()
    assert bar.value() < bar.maximum() - 200  # room to scroll right
    before = bar.value()
    near_edge = QPoint(view.viewport().width() - 6, view.viewport().height() // 2)
    _press_and_move(main_window, "pmd", near_edge)
    qtbot.waitUntil(lambda: bar.value() > before + 100, timeout=3000)
    # the card stays under the still pointer while the chart scrolls beneath it
    card = view.mapFromScene(scene.cards["pmd"].sceneBoundingRect().center())
    assert abs(card.x() - near_edge.x()) <= 4
    # away from the edge, the scrolling stops
    middle = view.viewport().rect().center()
    _send(view.viewport(), QEvent.Type.MouseMove, middle, NONE, LEFT, NO)
    qtbot.wait(100)
    settled = bar.value()
    qtbot.wait(150)
    assert bar.value() == settled
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    _send(view.viewport(), QEvent.Type.MouseButtonRelease, middle, LEFT, NONE, NO)
    assert c.undo_stack.count() == steps and c.scenario.units["pmd"].parent == "dppa"


def test_a_ghost_shows_the_landing_and_the_drop_moves_the_unit(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot, 0.5, "pmd")
    view, scene, c = main_window.view, main_window.scene, main_window.controller
    assist = main_window.drag_assist
    assert c is not None
    target = scene.cards["ead"]
    over = view.mapFromScene(target.sceneBoundingRect().center())
    assert view.viewport().rect().contains(over)
    _press_and_move(main_window, "pmd", over)
    qtbot.waitUntil(lambda: assist.ghost is not None)
    assert target.drop_target  # the target is highlighted
    ghost = assist.ghost.sceneBoundingRect()
    card = scene.cards["pmd"].box
    assert abs(ghost.width() - card.w) <= 4 and abs(ghost.height() - card.h) <= 4
    box = target.box
    assert ghost.top() > box.y + box.h and box.x <= ghost.left() <= box.x + box.w  # under it
    _send(view.viewport(), QEvent.Type.MouseButtonRelease, over, LEFT, NONE, NO)
    qtbot.waitUntil(lambda: assist.ghost is None)
    assert c.scenario.units["pmd"].parent == "ead"
    assert not target.drop_target


def test_escape_takes_the_ghost_away_and_drops_nothing(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot, 0.5, "pmd")
    view, scene, c = main_window.view, main_window.scene, main_window.controller
    assist = main_window.drag_assist
    assert c is not None
    steps = c.undo_stack.count()
    over = view.mapFromScene(scene.cards["ead"].sceneBoundingRect().center())
    _press_and_move(main_window, "pmd", over)
    qtbot.waitUntil(lambda: assist.ghost is not None)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: assist.ghost is None)
    _send(view.viewport(), QEvent.Type.MouseButtonRelease, over, LEFT, NONE, NO)
    assert c.undo_stack.count() == steps and c.scenario.units["pmd"].parent == "dppa"
