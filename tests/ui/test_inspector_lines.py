"""The Inspector's reporting lines: Remove selected removes exactly the selected lines."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE

ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def test_removing_two_selected_lines_removes_those_two(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    source, *targets = [u for u in c.scenario.units if c.scenario.units[u].parent][:4]
    for target in targets:
        assert c.add_line(source, target, "dual")
    before = {line.id: line.target for line in c.scenario.lines.values() if line.source == source}
    assert sorted(before.values()) == sorted(targets)
    main_window.scene.select_units([source])
    table = main_window.inspector.lines
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert len(shown) == 3
    for row in (0, 2):  # the first and the last, as a Ctrl+click would select them
        table.selectionModel().select(table.model().index(row, 0), ROWS)
    names = {c.scenario.units[t].name: t for t in targets}
    chosen = {names[shown[0]], names[shown[2]]}
    box = table.parentWidget()  # the Inspector's Reporting lines group
    remove = next(b for b in box.findChildren(QPushButton) if b.text() == "Remove selected")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    left = {line.target for line in c.scenario.lines.values() if line.source == source}
    assert left == set(targets) - chosen
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [shown[1]]
