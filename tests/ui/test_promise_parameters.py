"""The promises of issue 21 on Design > Settings > Rule Parameters: shown, checked as typed,
applied in one undoable step that the rules then follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.model import PresenceType
from orgeditor.rules import validate
from orgeditor.ui.design_settings.rule_parameters import RuleParametersPage
from orgeditor.ui.main_window import MainWindow
from tests.ui.test_design_settings import _open, _retype, _show

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def test_the_promises_are_edited_on_the_page_and_undone_in_one_step(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    before, steps = dumps(c.design), c.undo_stack.count()
    page = _show(dialog, "Rule Parameters")
    assert isinstance(page, RuleParametersPage)
    fields = page.promises
    # what the UN sample states, as the page shows it
    assert fields.groups.toPlainText() == "PBSO's components: pbc-branch, ppab, fpb"
    assert "oma=ASG" in fields.head_grades.text()
    assert fields.from_posts.isChecked() and fields.follows_chart.isChecked()
    assert fields.holders.value() == 2
    assert page.conditions[PresenceType.PEACEKEEPING_OPERATION].currentData() == "operations"
    # a unit no scenario has is refused where it is typed
    _retype(qtbot, fields.head_grades, "pbso=ASG, nowhere=D-2")
    assert fields.head_grades_error.isVisible() and "nowhere" in fields.head_grades_error.text()
    assert not dialog.ok_button.isEnabled()
    _retype(qtbot, fields.head_grades, "pbso=ASG, scad=ASG")
    assert not fields.head_grades_error.isVisible()
    fields.groups.setFocus()
    qtbot.keyClick(fields.groups, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(fields.groups, Qt.Key.Key_Return)
    qtbot.keyClicks(fields.groups, "Political desks: ead, pmd")
    fields.holders.setFocus()
    qtbot.keyClick(fields.holders, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(fields.holders, "4")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    rules = c.design.rules
    assert c.undo_stack.count() == steps + 1
    assert rules.required_head_grades == {"pbso": "ASG", "scad": "ASG"}
    assert rules.keep_together["Political desks"] == ["ead", "pmd"]
    assert rules.min_entry_point_holders == 4
    # the rules follow: SCAD is led by a D-2, and three regional ASGs are fewer than four
    found = {f.rule for f in validate(c.design, c.design.find_scenario("a-72-525")).findings}
    assert {"GRADE-HEAD", "REGION-SPREAD"} <= found
    c.undo_stack.undo()
    assert dumps(c.design) == before
