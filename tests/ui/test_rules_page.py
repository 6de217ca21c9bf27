"""Design > Settings > Rules driven with real clicks and keys: the saved file, undo, validation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from orgeditor.commands import SetRuleStateCommand
from orgeditor.io import dumps, load_design
from orgeditor.rules.engine import validate
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.design_settings import DesignSettingsDialog
from orgeditor.ui.design_settings.rule_switches import ON, RULE, RulesPage
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE

SHOTS = Path("/work/notes/shots")
LEFT = Qt.MouseButton.LeftButton
OFF, REGRADED = "FUNC-HOME", "REGION-ENTRY"  # both report on the UN sample's baseline


class Opened(NamedTuple):
    path: Path  # a copy of the UN sample, open in the window
    controller: DocumentController
    dialog: DesignSettingsDialog
    page: RulesPage


@pytest.fixture
def opened(main_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Opened:
    """Open a copy of the UN sample, then Design > Settings…, then click the Rules tab."""
    path = tmp_path / "un.orgdesign"
    shutil.copyfile(UN_SAMPLE, path)
    assert main_window.open_file(path)
    main_window.design_settings_action.trigger()
    dialog = main_window.show_design_settings()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    page = next(p for p in dialog.pages if isinstance(p, RulesPage))
    tabs = dialog.tabs.tabBar()
    qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(dialog.tabs.indexOf(page)).center())
    assert dialog.page() is page and main_window.controller is not None
    return Opened(path, main_window.controller, dialog, page)


def _row(page: RulesPage, rule_id: str) -> int:
    return next(
        r for r in range(page.table.rowCount()) if page.table.item(r, RULE).text() == rule_id
    )


def _untick(qtbot: QtBot, page: RulesPage, rule_id: str) -> None:
    """Click the rule's id, go right to its On box with the arrow keys, press Space."""
    rect = page.table.visualItemRect(page.table.item(_row(page, rule_id), RULE))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert page.table.currentColumn() == ON
    qtbot.keyClick(page.table, Qt.Key.Key_Space)


def _baseline_findings(path: Path) -> dict[str, set[str]]:
    """Rule id -> the severities its findings report at, from the file on disk, re-read."""
    design = load_design(path)
    found: dict[str, set[str]] = {}
    for finding in validate(design, design.baseline).findings:
        found.setdefault(finding.rule, set()).add(finding.severity.value)
    return found


def test_untick_one_rule_and_regrade_another_in_one_undo_step(
    main_window: MainWindow, qtbot: QtBot, opened: Opened
) -> None:
    path, c, dialog, page = opened
    assert main_window.save()
    original_bytes, steps = path.read_bytes(), c.undo_stack.count()
    before = _baseline_findings(path)
    assert before[OFF] == {"error"} and before[REGRADED] == {"error"}

    _untick(qtbot, page, OFF)
    assert page.detail.toPlainText().startswith(f"{OFF}  (error)")  # the selected rule, explained
    assert page.table.item(_row(page, OFF), ON).checkState() == Qt.CheckState.Unchecked

    box = page.severity_box(_row(page, REGRADED))
    qtbot.mouseClick(box, LEFT)
    assert QApplication.activePopupWidget() is not None  # the list is open
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)  # error -> warning
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    assert box.currentText() == "warning"
    assert dialog.apply_button.isEnabled()

    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1  # both rules in ONE step
    assert c.undo_stack.text(steps) == "Set 2 rules' switches and severities"
    assert not dialog.apply_button.isEnabled()
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "settings-rules-page-applied.png"))
    assert main_window.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["rules"]["rule_overrides"] == {
        OFF: {"enabled": False},
        REGRADED: {"severity": "warning"},
    }
    after = _baseline_findings(path)
    assert OFF not in after
    assert after[REGRADED] == {"warning"}
    assert {rule: sev for rule, sev in after.items() if rule != REGRADED} == {
        rule: sev for rule, sev in before.items() if rule not in (OFF, REGRADED)
    }

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.view.setFocus()
    qtbot.keyClick(main_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.undo_stack.count() == steps + 1 and c.undo_stack.index() == steps
    assert page.table.item(_row(page, OFF), ON).checkState() == Qt.CheckState.Checked
    assert page.severity_box(_row(page, REGRADED)).currentText() == "error"  # the page follows
    assert main_window.save()
    assert path.read_bytes() == original_bytes
    c.undo_stack.redo()
    assert page.table.item(_row(page, OFF), ON).checkState() == Qt.CheckState.Unchecked


def test_the_rules_page_at_the_dialog_default_size_shows_every_rule(
    qtbot: QtBot, opened: Opened
) -> None:
    dialog, page = opened.dialog, opened.page
    table = page.table
    last = table.item(table.rowCount() - 1, RULE)
    table.scrollToItem(last)
    for column in range(table.columnCount()):  # no column is pushed off the right edge
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= (
            table.viewport().width()
        )
    box = page.severity_box(0)
    assert isinstance(box, QComboBox)
    assert box.width() >= box.minimumSizeHint().width()  # "warning" is not cut
    if SHOTS.is_dir():
        table.scrollToTop()
        dialog.grab().save(str(SHOTS / "settings-rules-page.png"))


def test_an_edit_elsewhere_shows_at_once_and_keeps_the_pages_own_changes(
    qtbot: QtBot, opened: Opened
) -> None:
    c, dialog, page = opened.controller, opened.dialog, opened.page
    _untick(qtbot, page, OFF)
    assert c.edit(lambda d: SetRuleStateCommand(d, "STRUCT-SPAN", False))  # the Findings dock
    assert page.table.item(_row(page, "STRUCT-SPAN"), ON).checkState() == Qt.CheckState.Unchecked
    assert page.table.item(_row(page, OFF), ON).checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.undo_text() == f"Turn {OFF} off"  # only the page's own change
    overrides = json.loads(dumps(c.design))["rules"]["rule_overrides"]
    assert overrides == {"STRUCT-SPAN": {"enabled": False}, OFF: {"enabled": False}}
