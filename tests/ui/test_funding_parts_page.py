"""The parts and neutrality level of a funding source, edited on Design > Settings with keys."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.ui.design_settings import DesignSettingsDialog
from orgeditor.ui.design_settings.catalogue import CataloguePage
from orgeditor.ui.design_settings.funding_parts import FundingPartsEditor
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.main_window import MainWindow
from tests.ui.test_design_settings import LEFT, _click_row, _open, _show, _type_in_cell

SHOTS = Path("/work/notes/shots")


def _click_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def _new_part(qtbot: QtBot, page: CataloguePage, code: str, name: str) -> None:
    editor_widget = page.parts_editor
    assert editor_widget is not None
    qtbot.mouseClick(editor_widget.new_button, LEFT)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's code is being edited
    qtbot.keyClicks(editor, code)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    table = editor_widget.table
    _click_cell(qtbot, table, table.rowCount() - 1, 1)
    _type_in_cell(qtbot, table, name)


def _regular_budget(
    window: MainWindow, qtbot: QtBot
) -> tuple[DesignSettingsDialog, CataloguePage, FundingPartsEditor]:
    """The Settings dialog open at Funding Sources, with RB selected."""
    dialog = _open(window, qtbot)
    page = _show(dialog, "Funding Sources")
    assert isinstance(page, CataloguePage) and page.parts_editor is not None
    _click_row(qtbot, page.table, "RB")
    return dialog, page, page.parts_editor


def test_parts_and_level_are_added_applied_in_one_step_and_deleted_with_a_mapping(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog, page, parts = _regular_budget(main_window, qtbot)
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    assert parts.table.rowCount() == 0 and parts.isEnabled()
    _new_part(qtbot, page, "XB", "Clash")  # the code of another source
    assert parts.problem.isVisible() and "'XB' is used twice" in parts.problem.text()
    assert not dialog.apply_button.isEnabled()
    _click_cell(qtbot, parts.table, 0, 0)
    _type_in_cell(qtbot, parts.table, "S1")
    assert not parts.problem.isVisible() and dialog.apply_button.isEnabled()
    _new_part(qtbot, page, "S2", "Section 2")
    parts.level.setFocus()
    qtbot.keyClick(parts.level, Qt.Key.Key_Down)  # whole source -> each part
    assert parts.level.currentText() == "Each part"
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "parts-funding-page.png"))
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1
    saved = json.loads(dumps(c.design))["funding_sources"][0]
    assert saved["neutrality"] == "part"
    assert [(p["id"], p["name"]) for p in saved["parts"]] == [("S1", "Clash"), ("S2", "Section 2")]

    c.undo_stack.undo()
    assert dumps(c.design) == original


def test_deleting_a_used_part_asks_where_its_posts_go(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog, page, parts = _regular_budget(main_window, qtbot)
    c = main_window.controller
    _new_part(qtbot, page, "S1", "Section 1")
    qtbot.mouseClick(dialog.apply_button, LEFT)
    # the planner funds a baseline post from the new section (through the undo stack)
    post_id = next(p.id for p in c.scenario.posts.values() if p.funding == "RB")
    assert c.set_post_field(post_id, "funding", "S1")
    before, steps = dumps(c.design), c.undo_stack.count()
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, MapToDialog)
        asked.append(" ".join(label.text() for label in question.findChildren(type(page.heading))))
        assert question.choice.currentData() == "RB"  # its source is offered first
        qtbot.keyClick(question.choice, Qt.Key.Key_Return)

    _click_cell(qtbot, parts.table, 0, 0)
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(parts.delete_button, LEFT)
    assert asked and "1 posts in" in asked[0]
    assert parts.table.rowCount() == 0
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1
    saved = json.loads(dumps(c.design))
    assert saved["funding_sources"][0].get("parts", []) == []
    scenario = next(s for s in saved["scenarios"] if s["id"] == c.scenario.id)
    assert {p["id"]: p["funding"] for p in scenario["posts"]}[post_id] == "RB"
    c.undo_stack.undo()
    assert dumps(c.design) == before


def test_a_new_source_takes_its_parts_before_its_first_apply(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    page = _show(dialog, "Funding Sources")
    assert isinstance(page, CataloguePage) and page.parts_editor is not None
    parts = page.parts_editor
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    qtbot.mouseClick(page.new_button, LEFT)
    code, name = page.fields["id"], page.fields["name"]
    assert isinstance(code, QLineEdit) and isinstance(name, QLineEdit)
    qtbot.keyClicks(code, "TF")
    qtbot.keyClick(code, Qt.Key.Key_Tab)
    qtbot.keyClicks(name, "Trust fund")
    assert parts.isEnabled() and parts.new_button.isEnabled()  # parts before the first Apply
    _new_part(qtbot, page, "TF", "Clash")  # the source's own code
    assert parts.problem.isVisible() and not dialog.apply_button.isEnabled()
    _click_cell(qtbot, parts.table, 0, 0)
    _type_in_cell(qtbot, parts.table, "TF-A")
    _new_part(qtbot, page, "TF-B", "Window B")
    parts.level.setFocus()
    qtbot.keyClick(parts.level, Qt.Key.Key_Down)  # whole source -> each part
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1  # the source, its parts and level: one step
    added = json.loads(dumps(c.design))["funding_sources"][-1]
    assert (added["id"], added["neutrality"]) == ("TF", "part")
    assert [(p["id"], p["name"]) for p in added["parts"]] == [
        ("TF-A", "Clash"),
        ("TF-B", "Window B"),
    ]
    assert page.heading.text() == "Funding source TF"  # and it stays selected
    c.undo_stack.undo()
    assert dumps(c.design) == original
