"""Ctrl+Z acts where the keyboard is: a text field's own typing, else the document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import focus

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A key press as the user makes it: to the focused widget, shortcuts and all."""
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


def _undo_entry(window: MainWindow) -> tuple[str, bool]:
    """What Undo would do, as its tooltip says; its label stays "Undo" (a stable toolbar)."""
    action = next(a for a in window.edit_menu.actions() if a.text().startswith("&Undo"))
    assert action.text() == "&Undo"
    return action.toolTip(), action.isEnabled()


def test_ctrl_z_in_the_find_field_undoes_its_text_and_never_the_document(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c.add_post("pmd", "D-1", "RB")
    saved = dumps(c.design)
    field = main_window.find_field
    focus(qtbot, field)
    assert _undo_entry(main_window) == ("Undo Typing", False)
    QTest.keyClicks(field, "Office")
    assert _undo_entry(main_window) == ("Undo Typing", True)
    _press(Qt.Key.Key_Z)
    assert field.text() == ""
    for _ in range(3):  # nothing left to undo in the field: the document stays as it is
        _press(Qt.Key.Key_Z)
    assert c.undo_stack.index() == 1 and dumps(c.design) == saved
    _press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert field.text() == "Office"
    main_window.undo_actions.undo.trigger()  # the menu and toolbar do what the key does
    assert field.text() == "" and c.undo_stack.index() == 1


def test_ctrl_z_on_the_chart_undoes_the_document(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    before = dumps(c.design)
    assert c.add_post("pmd", "D-1", "RB")
    focus(qtbot, main_window.view)
    text, enabled = _undo_entry(main_window)
    assert enabled and text == f"Undo {c.undo_stack.undo_text()}"
    _press(Qt.Key.Key_Z)
    assert c.undo_stack.index() == 0 and dumps(c.design) == before
    assert _undo_entry(main_window) == ("Undo", False)
    _press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert c.undo_stack.index() == 1
    main_window.undo_actions.undo.trigger()
    assert c.undo_stack.index() == 0


def test_ctrl_z_in_an_inspector_field_undoes_the_typing_not_the_edit_before(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    main_window.presenter.reveal(["oma"])
    name = main_window.inspector.name
    focus(qtbot, name)
    name.selectAll()
    QTest.keyClicks(name, "Military Affairs")
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert c.scenario.units["oma"].name == "Military Affairs"
    assert c.undo_stack.index() == 1
    focus(qtbot, name)
    QTest.keyClicks(name, " Office")
    _press(Qt.Key.Key_Z)
    assert name.text() == "Military Affairs"  # the typing, not the rename
    assert c.scenario.units["oma"].name == "Military Affairs" and c.undo_stack.index() == 1
    focus(qtbot, main_window.view)
    _press(Qt.Key.Key_Z)
    assert c.scenario.units["oma"].name == "Office of Military Affairs"
    assert name.text() == "Office of Military Affairs"
