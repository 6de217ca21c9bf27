"""Design > Settings… driven with real key presses: the document, its undo stack, the pages."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from orgeditor.commands.settings import PLAYED_BY
from orgeditor.io import dumps
from orgeditor.model.costs import cost_breakdown
from orgeditor.ui.design_settings import DesignSettingsDialog
from orgeditor.ui.design_settings.catalogue import CataloguePage
from orgeditor.ui.design_settings.costs import CostsPage
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.page import SettingsPage
from orgeditor.ui.design_settings.rule_parameters import RuleParametersPage
from orgeditor.ui.main_window import MainWindow
from tests.builders import json_strings
from tests.conftest import UN_SAMPLE

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _open(window: MainWindow, qtbot: QtBot, path: Path = UN_SAMPLE) -> DesignSettingsDialog:
    """Open ``path`` (the UN sample), then Design > Settings…, with the keyboard in the dialog."""
    assert window.open_file(path)
    window.design_settings_action.trigger()
    dialog = window.show_design_settings()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the keyboard goes to the dialog, as when a planner opens it
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _show(dialog: DesignSettingsDialog, title: str) -> SettingsPage:
    """Bring the page called ``title`` to the front, as a click on its tab does."""
    index = next(i for i, p in enumerate(dialog.pages) if p.title == title)
    dialog.tabs.setCurrentIndex(index)
    return dialog.pages[index]


def _retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def _click_row(qtbot: QtBot, table: QTableWidget, code: str) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def _type_in_cell(qtbot: QtBot, grid: QTableWidget, text: str) -> None:
    """F2 on the current cell, select what is there, type ``text``, Enter."""
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is grid.viewport()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState)  # queued


def test_a_new_grade_is_checked_as_typed_and_added_in_one_step(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    page = _show(dialog, "Grades")
    assert isinstance(page, CataloguePage)
    qtbot.mouseClick(page.new_button, LEFT)
    code, name = page.fields["id"], page.fields["name"]
    assert isinstance(code, QLineEdit) and isinstance(name, QLineEdit)
    assert code.hasFocus()
    qtbot.keyClicks(code, "P-4")  # a duplicate
    assert page.errors["id"].isVisible() and "already" in page.errors["id"].text()
    assert not dialog.apply_button.isEnabled() and not dialog.ok_button.isEnabled()
    _retype(qtbot, code, "P 6")  # not a code
    assert "not a valid" in page.errors["id"].text()
    _retype(qtbot, code, "P-6")
    assert not page.errors["id"].isVisible()
    assert page.errors["name"].isVisible()  # still no name: Apply stays off
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClick(code, Qt.Key.Key_Tab)
    assert name.hasFocus()
    qtbot.keyClicks(name, "Senior Officer (P-6)")
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1
    assert c.undo_stack.text(steps) == "Add grade P-6"
    assert [g.id for g in c.design.grades][-1] == "P-6"
    assert page.table.rowCount() == len(c.design.grades)
    assert page.heading.text() == "Grade P-6"  # the new grade stays selected
    c.undo_stack.undo()  # from the main window: the dialog follows
    assert page.table.rowCount() == len(c.design.grades)
    assert dumps(c.design) == original


def test_deleting_a_used_grade_offers_a_mapping_and_leaves_no_reference(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    page = _show(dialog, "Grades")
    assert isinstance(page, CataloguePage)
    _click_row(qtbot, page.table, "P-5")
    assert page.heading.text() == "Grade P-5"
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, MapToDialog)
        asked.append(question.findChildren(type(page.heading))[1].text())
        question.choice.setFocus()
        assert question.choice.currentData() == "P-4"  # the next grade down is offered first
        qtbot.keyClicks(question.choice, "D-1")  # keyboard search in the list
        qtbot.keyClick(question.choice, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert asked and "posts in" in asked[0]  # it said what uses the grade
    assert c.undo_stack.count() == steps + 1
    assert c.undo_stack.text(steps) == "Map grade P-5 to D-1 and delete it"

    saved = json.loads(dumps(c.design))
    assert "P-5" not in json_strings(saved)
    assert "P-5" in json_strings(json.loads(original))
    assert "P-5" not in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.view.setFocus()
    qtbot.keyClick(main_window.view, Qt.Key.Key_Z, CTRL)  # undo from the chart
    assert "P-5" in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert dumps(c.design) == original


def test_a_cost_typed_in_the_grid_is_checked_then_applied(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    steps = c.undo_stack.count()
    cached = c.costs_of(c.scenario)  # the controller keeps each scenario's costs
    page = _show(dialog, "Costs")
    assert isinstance(page, CostsPage)
    grid = page.grid
    row = [g.id for g in c.design.grades].index("P-4")
    column = 1 + [s.id for s in c.design.funding_sources].index("XB")
    grid.setFocus()
    grid.setCurrentCell(row, column)
    _type_in_cell(qtbot, grid, "12x")
    assert page.errors["rates"].isVisible() and "not a whole number" in page.errors["rates"].text()
    assert not dialog.apply_button.isEnabled()
    _type_in_cell(qtbot, grid, "175,000")
    _retype(qtbot, page.year, "20x8")
    assert page.errors["year"].isVisible() and not dialog.ok_button.isEnabled()
    _retype(qtbot, page.year, "2018")
    assert not page.errors["rates"].isVisible() and dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1
    assert c.design.cost_table.lookup()[("P-4", "XB", None)] == 175_000
    assert c.design.cost_table.year == 2018
    fresh = cost_breakdown(c.design, c.scenario)
    assert c.costs_of(c.scenario) == fresh != cached  # the kept costs follow the new rate


def test_rule_parameters_are_checked_and_ok_applies_every_page_and_closes(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    steps = c.undo_stack.count()
    costs = _show(dialog, "Costs")
    assert isinstance(costs, CostsPage)
    _retype(qtbot, costs.year, "2019")  # left pending on the Costs page
    page = _show(dialog, "Rule Parameters")
    assert isinstance(page, RuleParametersPage)
    _retype(qtbot, page.tolerance, "lots")
    assert page.tolerance_error.isVisible() and not dialog.ok_button.isEnabled()
    _retype(qtbot, page.tolerance, "50,000")
    page.span.setFocus()
    qtbot.keyClick(page.span, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.span, "12")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert c.undo_stack.count() == steps + 2  # a step for each page
    assert c.undo_stack.text(steps) == "Edit standard costs"
    assert c.undo_stack.text(steps + 1) == "Edit rule parameters"
    assert c.design.cost_table.year == 2019
    assert (c.design.rules.cost_tolerance, c.design.rules.max_span) == (50_000, 12)


def test_a_role_is_given_to_another_unit_in_one_scenario(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    page = _show(dialog, "Department Roles")
    assert isinstance(page, CataloguePage)
    _click_row(qtbot, page.table, "operations")
    proposal = c.design.proposals[0]
    box = page.fields[PLAYED_BY + proposal.id]
    assert box.currentData() == proposal.roles.departments["operations"]
    target = next(
        u for u in proposal.units.values() if u.id not in proposal.roles.departments.values()
    )
    box.setFocus()
    while box.currentData() != target.id:  # step through the units with the arrow key
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert dialog.apply_button.isEnabled()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    assert c.undo_stack.count() == steps + 1
    assert c.undo_stack.text(steps) == "Edit department role operations"
    saved = json.loads(dumps(c.design))
    mapped = {s["id"]: s["roles"]["departments"] for s in saved["scenarios"]}
    assert mapped[proposal.id]["operations"] == target.id
    assert (
        mapped[c.design.baseline.id] == json.loads(original)["scenarios"][0]["roles"]["departments"]
    )
    c.undo_stack.undo()
    assert dumps(c.design) == original
    assert box.currentData() == proposal.roles.departments["operations"]
