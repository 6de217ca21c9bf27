"""The Bodies page of Design > Settings, driven with real clicks and keys."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from orgeditor.commands.fixes import command_for_fix
from orgeditor.commands.settings import set_rule_parameters
from orgeditor.commands.units import AddUnitCommand
from orgeditor.io import dumps, loads
from orgeditor.model import Unit, UnitKind
from orgeditor.rules.engine import validate
from orgeditor.ui.design_settings.bodies import BodiesPage
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.test_design_settings import _open, _show

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/work/notes/shots/s5")


def _type_value(qtbot: QtBot, editor: QLineEdit | None, text: str) -> None:
    assert editor is not None
    qtbot.mouseClick(editor, LEFT)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)


def _committee_findings(main_window: MainWindow) -> list[str]:
    c = main_window.controller
    scenario = c.design.scenarios[0]
    report = validate(c.design, scenario)
    return [
        f.message
        for f in report.findings
        if f.rule == "GOV-SPG" and "Management Committee" in f.message
    ]


def test_a_committee_chaired_by_a_unit_is_declared_applied_checked_and_undone(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    page = _show(dialog, "Bodies")
    assert isinstance(page, BodiesPage)
    assert page.list.count() == 1  # the sample's Standing Principals' Group
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.fields["id"].hasFocus()
    assert page.errors["id"].isVisible() and not dialog.apply_button.isEnabled()
    qtbot.keyClicks(page.fields["id"], "mc")
    qtbot.keyClick(page.fields["id"], Qt.Key.Key_Tab)
    qtbot.keyClicks(page.fields["name"], "Management Committee")
    qtbot.keyClicks(page.chair.kind, "U")  # keyboard search: "Unit (by id)…"
    assert page.chair.kind.currentData() == "unit"
    _type_value(qtbot, page.chair.value.lineEdit(), "nosuch")
    assert page.errors["chair"].isVisible() and "no unit 'nosuch'" in page.errors["chair"].text()
    assert not dialog.apply_button.isEnabled()
    _type_value(qtbot, page.chair.value.lineEdit(), "eosg")
    assert not page.errors["chair"].isVisible()
    qtbot.keyClicks(page.member.kind, "D")  # "Department role…"
    _type_value(qtbot, page.member.value.lineEdit(), "political")
    qtbot.mouseClick(page.add_member, LEFT)
    _type_value(qtbot, page.member.value.lineEdit(), "operations")
    qtbot.mouseClick(page.add_member, LEFT)
    members = [page.members.item(i) for i in range(page.members.count())]
    assert [item.text() for item in members] == [  # as a planner reads them
        "Department role: Political and peacebuilding affairs",
        "Department role: Peace operations",
    ]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in members] == [
        "department:political",
        "department:operations",
    ]
    # dual reporting: a unit needs two department roles before Apply
    qtbot.keyClicks(page.dual_unit, "dpa")
    qtbot.mouseClick(page.add_dual, LEFT)
    assert page.errors["dual"].isVisible() and not dialog.apply_button.isEnabled()
    for column in (1, 2):
        cell = page.dual_table.visualItemRect(page.dual_table.item(0, column))
        box = QPoint(cell.left() + 12, cell.center().y())  # the cell's check box
        qtbot.mouseClick(page.dual_table.viewport(), LEFT, pos=box)
    assert not page.errors["dual"].isVisible()
    assert dialog.apply_button.isEnabled()
    assert dialog.grab().save(str(tmp_path / "bodies-page.png"))  # the page, to look at
    assert _committee_findings(main_window) == []  # nothing declared yet
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1
    bodies = c.design.rules.required_bodies
    assert [(b.id, b.name, b.chair, b.members) for b in bodies[1:]] == [
        (
            "mc",
            "Management Committee",
            "unit:eosg",
            ["department:political", "department:operations"],
        )
    ]
    assert c.design.rules.dual_reporting == {"dpa": ["political", "operations"]}
    assert loads(dumps(c.design)).rules == c.design.rules  # what was applied saves and loads
    # GOV-SPG now checks the committee: missing in the baseline, and fixed by its own fix
    scenario = c.design.scenarios[0]
    missing = [
        f
        for f in validate(c.design, scenario).findings
        if f.rule == "GOV-SPG" and "Management Committee" in f.message
    ]
    assert len(missing) == 1 and missing[0].fix is not None
    assert "chaired by" in missing[0].message
    c.edit(lambda design: command_for_fix(design, scenario.id, missing[0].fix))
    assert _committee_findings(main_window) == []
    created = [u for u in c.design.scenarios[0].bodies.values() if u.chair == "eosg"]
    assert len(created) == 1 and set(created[0].members) >= {"dpa", "dpko"}
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert dumps(c.design) == original
    assert page.list.count() == 1  # the page follows the undo


def test_the_page_shows_the_file_and_keeps_edits_over_other_changes(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert UN_SAMPLE.exists()
    dialog = _open(main_window, qtbot)
    page = _show(dialog, "Bodies")
    assert isinstance(page, BodiesPage)
    assert page.fields["name"].text() == "Standing Principals' Group"
    assert page.chair.ref() == "top" and page.body.ref() == "principals-group"
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.keyClicks(page.fields["id"], "board")
    c = main_window.controller
    c.edit(lambda design: set_rule_parameters(design, {"cost_tolerance": 5}))
    scenario = c.design.scenarios[0].id
    unit = Unit("board-office", "Board office", UnitKind.OFFICE, parent="sg")
    c.edit(lambda design: AddUnitCommand(design, scenario, unit))  # the chart changes
    assert page.list.count() == 2 and page.fields["id"].text() == "board"  # still pending
    listed = [page.chair.value.itemData(i) for i in range(page.chair.value.count())]
    assert "board-office" in listed  # the pickers list the new unit
    assert "Board office (board-office)" in [
        page.chair.value.itemText(i) for i in range(page.chair.value.count())
    ]
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert page.pending() is not None


def test_references_are_shown_and_picked_by_name_and_stored_as_ids(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    page = _show(dialog, "Bodies")
    assert isinstance(page, BodiesPage)
    units = c.design.baseline.units
    assert page.members.item(0).text() == "Every mapped department"  # not "departments"
    assert page.chair.kind.currentText() == "Top unit"
    # a unit member picked by its name
    qtbot.keyClicks(page.member.kind, "U")  # "Unit…"
    _type_value(qtbot, page.member.value.lineEdit(), units["dpa"].name)
    qtbot.mouseClick(page.add_member, LEFT)
    added = page.members.item(page.members.count() - 1)
    assert added.text() == f"Unit: {units['dpa'].name}"
    assert added.data(Qt.ItemDataRole.UserRole) == "unit:dpa"
    # a dual-reporting unit typed by its name; the columns are the roles' names
    qtbot.keyClicks(page.dual_unit, units["dpko"].name)
    qtbot.mouseClick(page.add_dual, LEFT)
    assert page.dual_table.item(0, 0).text() == f"{units['dpko'].name} (dpko)"
    headers = [
        page.dual_table.horizontalHeaderItem(i).text()
        for i in range(1, page.dual_table.columnCount())
    ]
    assert headers == [r.name for r in c.design.rules.department_roles]
    for column in (1, 2):
        cell = page.dual_table.visualItemRect(page.dual_table.item(0, column))
        box = QPoint(cell.left() + 12, cell.center().y())
        qtbot.mouseClick(page.dual_table.viewport(), LEFT, pos=box)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "segpage-bodies.png"))
    qtbot.mouseClick(dialog.apply_button, LEFT)
    saved = json.loads(dumps(c.design))["rules"]
    assert saved["required_bodies"][0]["members"] == ["departments", "unit:dpa"]
    assert saved["dual_reporting"] == {"dpko": ["political", "operations"]}
