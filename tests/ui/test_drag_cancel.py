"""Esc during a card drag puts the card back and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import _send


def test_escape_cancels_a_card_drag(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c, view, scene = main_window.controller, main_window.view, main_window.scene
    c.switch_scenario("a-72-525")
    view.set_zoom(0.6)
    view.centerOn(scene.cards["pmd"])
    before = c.scenario.units["pmd"].parent
    steps = c.undo_stack.count()
    home = scene.cards["pmd"].pos()
    start = view.mapFromScene(scene.cards["pmd"].sceneBoundingRect().center())
    end = start + QPoint(0, 300)
    left, none, no = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier(0)
    port = view.viewport()
    _send(port, QEvent.Type.MouseButtonPress, start, left, left, no)
    for step in range(1, 5):
        _send(port, QEvent.Type.MouseMove, start + (end - start) * (step / 4), none, left, no)
    assert scene.cards["pmd"].pos() != home  # the card follows the pointer
    QTest.keyClick(port, Qt.Key.Key_Escape)
    assert scene.cards["pmd"].pos() == home  # back at once
    _send(port, QEvent.Type.MouseMove, end + QPoint(20, 20), none, left, no)
    assert scene.cards["pmd"].pos() == home  # and stays back while the button is down
    _send(port, QEvent.Type.MouseButtonRelease, end + QPoint(20, 20), left, none, no)
    assert c.scenario.units["pmd"].parent == before
    assert c.undo_stack.count() == steps
    assert scene.cards["pmd"].pos() == home
