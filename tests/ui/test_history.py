"""One undo history, driven through the window's own actions and its History dock."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import focus


def test_edits_undone_with_the_undo_action_give_back_the_file(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    focus(qtbot, main_window.view)
    main_window.scene.units_drop_requested.emit(["oma"], "dppa")  # as a drag drops it
    main_window.inspector.post_add_requested.emit("pmd", "D-1", "RB")
    edited = dumps(c.design)
    undo, redo = main_window.undo_actions.undo, main_window.undo_actions.redo
    assert undo.text() == "&Undo" and undo.toolTip().startswith("Undo Establish")
    assert main_window.isWindowModified()
    while undo.isEnabled():
        undo.trigger()
    assert dumps(c.design) == UN_SAMPLE.read_bytes()  # byte for byte the file
    assert not main_window.isWindowModified() and undo.toolTip() == "Undo"
    assert redo.text() == "&Redo" and redo.toolTip().startswith("Redo Move OMA")
    while redo.isEnabled():
        redo.trigger()
    assert dumps(c.design) == edited
    assert c.scenario.units["oma"].parent == "dppa"


def test_a_click_in_the_history_dock_goes_back_to_that_step(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c.add_post("pmd", "D-1", "RB")
    after_one = dumps(c.design)
    assert c.set_unit_field("ead", "name", "Electoral Division")
    history = main_window.history
    rows = [history.item(i).text() for i in range(history.count())]
    assert rows[1:] == [c.undo_stack.text(0), c.undo_stack.text(1)] and history.currentRow() == 2
    history.setCurrentRow(0)  # as a click on the first row does
    assert dumps(c.design) == UN_SAMPLE.read_bytes()
    assert not main_window.isWindowModified()
    history.setCurrentRow(1)
    assert dumps(c.design) == after_one
    assert main_window.undo_actions.redo.toolTip() == f"Redo {c.undo_stack.text(1)}"
    assert c.add_unit("pmd", "New office")  # a new step drops the undone one
    assert history.count() == 3 and history.currentRow() == 2
    assert history.item(2).text() == c.undo_stack.undo_text()
