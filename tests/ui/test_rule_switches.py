"""Turning a rule off from the Findings dock, and Help > Rules, as the user meets them."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from orgeditor.commands import SetRuleStateCommand
from orgeditor.io import load_design
from orgeditor.io.convert import to_plain
from orgeditor.rules.engine import TURNED_OFF
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.findings import FINDING_ROLE, FindingsPanel
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import tree_rows

SHOTS = Path("/work/notes/shots")


def _finding_rows(panel: FindingsPanel, rule: str) -> list[QTreeWidgetItem]:
    return [
        r
        for r in tree_rows(panel.tree)
        if r.data(0, FINDING_ROLE) is not None and r.text(0) == rule
    ]


def _on_baseline(window: MainWindow, qtbot: QtBot, path: Path = UN_SAMPLE) -> None:
    assert window.open_file(path)
    c = window.controller
    assert c is not None
    with qtbot.waitSignal(c.report_ready):
        c.switch_scenario(c.design.baseline.id)


def test_turn_off_a_rule_from_the_dock_is_one_undoable_step(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _on_baseline(main_window, qtbot)
    c = main_window.controller
    assert c is not None
    panel = main_window.findings
    before = to_plain(c.design)
    rows = _finding_rows(panel, "REGION-ENTRY")
    assert len(rows) == 5
    panel.tree.setCurrentItem(rows[0])
    assert panel.rule_off_button.isEnabled()
    with qtbot.waitSignal(c.report_ready):
        qtbot.mouseClick(panel.rule_off_button, Qt.MouseButton.LeftButton)
    assert _finding_rows(panel, "REGION-ENTRY") == []
    skipped = [
        (r.text(0), r.text(1)) for r in tree_rows(panel.tree) if r.data(0, FINDING_ROLE) is None
    ]
    assert ("REGION-ENTRY", TURNED_OFF) in skipped
    assert c.undo_stack.count() == 1
    assert c.undo_stack.undo_text() == "Turn REGION-ENTRY off"
    if SHOTS.is_dir():
        main_window.grab().save(str(SHOTS / "rules-findings-turned-off.png"))
    with qtbot.waitSignal(c.report_ready):
        c.undo_stack.undo()
    assert to_plain(c.design) == before
    assert len(_finding_rows(panel, "REGION-ENTRY")) == 5


def test_the_context_menu_turns_the_rule_off_and_it_stays_off_after_save(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "un.orgdesign"
    shutil.copyfile(UN_SAMPLE, path)
    _on_baseline(main_window, qtbot, path)
    c = main_window.controller
    assert c is not None
    panel = main_window.findings
    row = _finding_rows(panel, "GOV-SPG")[0]
    rect = panel.tree.visualItemRect(row)
    panel.tree.customContextMenuRequested.emit(rect.center())
    menu = next(m for m in panel.findChildren(QMenu) if m.isVisible())
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Apply fix", "Turn off GOV-SPG for this design"]
    with qtbot.waitSignal(c.report_ready):
        menu.actions()[1].trigger()
    menu.close()
    assert _finding_rows(panel, "GOV-SPG") == []
    assert main_window.save()
    again = load_design(path)
    assert not again.rules.override("GOV-SPG").enabled


def test_help_rules_shows_each_rule_and_the_design_choice(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _on_baseline(main_window, qtbot)
    c = main_window.controller
    assert c is not None
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&Rules").trigger()
    dialog = main_window.rules_dialog
    assert dialog is not None and dialog.isVisible()
    tree = dialog.tree
    states = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2)
        for i in range(tree.topLevelItemCount())
    }
    assert states["GOV-SPG"] == "on"
    assert c.turn_off_rule("GOV-SPG")
    states = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2)
        for i in range(tree.topLevelItemCount())
    }
    assert states["GOV-SPG"].startswith("off")
    gov = next(
        i for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "GOV-SPG"
    )
    tree.setCurrentItem(tree.topLevelItem(gov))
    text = dialog.detail.toPlainText()
    assert "rules.required_bodies" in text and "Standing Principals' Group" in text
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "rules-help-dialog.png"))


def test_a_changed_severity_shows_in_the_dock_the_badges_and_the_status_bar(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _on_baseline(main_window, qtbot)
    c = main_window.controller
    presenter = main_window.presenter
    assert c is not None and presenter is not None
    before = c.report
    assert before is not None
    entry_units = {u for f in before.findings if f.rule == "REGION-ENTRY" for u in f.units}
    with qtbot.waitSignal(c.report_ready):
        assert c.edit(lambda d: SetRuleStateCommand(d, "REGION-ENTRY", True, "warning"))
    rows = _finding_rows(main_window.findings, "REGION-ENTRY")
    assert len(rows) == 5
    assert {row.parent().text(0) for row in rows} == {"Warnings"}
    counts = before.counts()
    expected = f"{counts['error'] - 5} errors, {counts['warning'] + 5} warnings"
    assert main_window.errors_label.text() == expected
    # a card whose only findings are REGION-ENTRY's now wears a warning badge
    others = {u for f in before.findings if f.rule != "REGION-ENTRY" for u in f.units}
    only_entry = sorted(entry_units - others)
    assert only_entry
    assert {presenter.cards[u].badge_severity for u in only_entry} == {"warning"}
