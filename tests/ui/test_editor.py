"""The editor driven like a planner would: real mouse events on the chart's viewport."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.ui import files as files_module
from orgeditor.ui import main_window as main_window_module
from orgeditor.ui.canvas.scene import posts_mime
from orgeditor.ui.main_window import MainWindow
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import click, drag, show_dock

P = "a-72-525"


def _point(window: MainWindow, unit_id: str) -> QPoint:
    item = window.scene.cards[unit_id]
    return window.view.mapFromScene(item.sceneBoundingRect().center())


def _open(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_file(UN_SAMPLE)
    window.view.set_zoom(0.35)
    qtbot.waitUntil(lambda: window.controller.report is not None)


def _show(window: MainWindow, *unit_ids: str) -> None:
    window.view.center_on_units(list(unit_ids))
    window.view.set_zoom(0.3)
    window.view.center_on_units(list(unit_ids))


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def _findings(window: MainWindow, qtbot: QtBot) -> list[tuple[str, tuple[str, ...]]]:
    window.controller.validate_now()
    return [(f.rule, f.units) for f in window.controller.report.findings]


def test_dragging_a_card_onto_another_department_moves_it(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    _show(main_window, "oma", "dppa")
    drag(main_window.view.viewport(), _point(main_window, "oma"), _point(main_window, "dppa"))
    proposal = main_window.controller.scenario
    assert proposal.units["oma"].parent == "dppa"
    stack = main_window.controller.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Move OMA to DPPA"
    assert ("FUNC-HOME", ("oma",)) in _findings(main_window, qtbot)
    card = main_window.scene.cards["oma"]
    assert card.text.badge == "2" and card.text.badge_severity == "error"
    assert card.pos() == card.home
    assert main_window.isWindowModified()
    stack.undo()
    assert proposal.units["oma"].parent == "dpo"
    assert _findings(main_window, qtbot) == []


def test_a_refused_drop_snaps_back_and_says_why(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    _show(main_window, "pmd", "msu")
    home = main_window.scene.cards["pmd"].pos()
    drag(main_window.view.viewport(), _point(main_window, "pmd"), _point(main_window, "msu"))
    assert main_window.controller.scenario.units["pmd"].parent == "dppa"
    assert main_window.controller.undo_stack.count() == 0
    assert main_window.scene.cards["pmd"].pos() == home
    assert (
        "PMD cannot move under MSU, which reports to it" in main_window.statusBar().currentMessage()
    )


def test_several_selected_cards_move_as_one_step(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    _show(main_window, "ead", "scad", "dpo")
    viewport = main_window.view.viewport()
    click(viewport, _point(main_window, "ead"))
    click(viewport, _point(main_window, "scad"), Qt.KeyboardModifier.ControlModifier)
    assert sorted(main_window.scene.selected_unit_ids()) == ["ead", "scad"]
    drag(viewport, _point(main_window, "ead"), _point(main_window, "dpo"))
    units = main_window.controller.scenario.units
    assert units["ead"].parent == units["scad"].parent == "dpo"
    stack = main_window.controller.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Move 2 units to DPO"
    stack.undo()
    assert units["ead"].parent == units["scad"].parent == "dppa"
    stack.redo()
    assert units["ead"].parent == "dpo"


def test_a_fix_from_the_findings_dock_is_one_undoable_step(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    c = main_window.controller
    assert c.add_post("africa-2", "D-1", "RB")
    report = c.validate_now()
    assert [f.rule for f in report.findings][:2] == ["COST-FUNDING", "COST-TOTAL"]
    show_dock(main_window, "costs")  # behind the Scenarios tab until then
    verdict = main_window.costs.verdict.text()
    assert verdict.startswith("✗ Not cost neutral") and "RB +235,000" in verdict
    assert main_window.delta_label.text() == "Cost change: +235,000 USD"
    tree = main_window.findings.tree
    item = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(item)
    assert main_window.findings.fix_button.isEnabled()
    assert "abolish post africa-2.new-1 (D-1, RB)" in main_window.findings.fix_text.text()
    qtbot.mouseClick(main_window.findings.fix_button, Qt.MouseButton.LeftButton)
    assert c.undo_stack.count() == 2
    assert c.undo_stack.text(1).startswith("Fix: Regular budget (RB) is over by USD 235,000")
    assert c.validate_now().findings == []
    assert main_window.costs.verdict.text().startswith("✓ Cost neutral")


def test_clicking_a_finding_selects_its_units(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    main_window.controller.move_units(["oma"], "dppa")
    main_window.controller.validate_now()
    tree = main_window.findings.tree
    item = tree.topLevelItem(0).child(1)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.scene.selected_unit_ids() == ["oma"]
    visible = main_window.view.visible_scene_rect()
    assert visible.contains(main_window.scene.cards["oma"].sceneBoundingRect().center())


def test_find_selects_the_match_and_marks_its_path(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    main_window.find_action.trigger()
    qtbot.keyClicks(main_window.find_field, "mediation support")
    qtbot.keyClick(main_window.find_field, Qt.Key.Key_Return)
    assert main_window.scene.selected_unit_ids() == ["msu"]
    marked = [u for u, card in main_window.scene.cards.items() if card.on_path]
    assert sorted(marked) == ["dppa", "msu", "pmd", "sg"]
    assert "SG > DPPA > PMD > MSU" in main_window.statusBar().currentMessage()


def test_copying_a_scenario_and_undoing_it(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(main_window, qtbot)
    monkeypatch.setattr(
        main_window_module.QInputDialog, "getText", lambda *a, **k: ("Option C", True)
    )
    main_window.scenarios.copy_button.click()
    c = main_window.controller
    assert [s.name for s in c.design.scenarios][-1] == "Option C"
    assert c.scenario.name == "Option C"
    assert main_window.scenarios.list.count() == 4
    c.undo_stack.undo()
    assert [s.name for s in c.design.scenarios][-1] == "As approved, res. 72/262 C"
    assert main_window.scenarios.list.count() == 3


def test_the_inspector_edits_through_the_undo_stack(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    main_window.presenter.reveal(["ead"])
    inspector = main_window.inspector
    assert inspector.name.text() == "Electoral Assistance Division"
    inspector.name.setText("<b>Electoral</b> Division")
    inspector.name.editingFinished.emit()
    c = main_window.controller
    assert c.scenario.units["ead"].name == "<b>Electoral</b> Division"
    assert main_window.scene.cards["ead"].text.name == "<b>Electoral</b> Division"
    assert "&lt;b&gt;" in main_window.scene.tooltip_for("ead")
    assert inspector.posts.rowCount() == 27
    inspector.posts.selectRow(0)
    qtbot.mouseClick(_button(inspector, "Abolish selected"), Qt.MouseButton.LeftButton)
    assert "ead.01" not in c.scenario.posts
    assert inspector.posts.rowCount() == 26
    grade_cell = inspector.posts.model().index(0, 1)
    inspector.posts.edit(grade_cell)
    grade = inspector.posts.indexWidget(grade_cell)
    grade.setCurrentIndex(grade.findData("D-1"))
    inspector.posts.commitData(grade)
    assert c.scenario.posts["ead.02"].grade == "D-1" or c.scenario.posts_of("ead")[0].grade == "D-1"
    assert [c.undo_stack.text(i) for i in range(c.undo_stack.count())][:2] == [
        "Rename EAD",
        "Abolish post ead.01",
    ]
    while c.undo_stack.can_undo:
        c.undo_stack.undo()
    assert c.scenario.units["ead"].name == "Electoral Assistance Division"
    assert dumps(c.design) == UN_SAMPLE.read_bytes()


def test_dropping_posts_on_a_card_redeploys_them(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    _show(main_window, "pmd")
    viewport = main_window.view.viewport()
    where = QPointF(_point(main_window, "pmd"))
    data = posts_mime(["ead.03", "ead.04"])
    move, none = Qt.DropAction.MoveAction, Qt.MouseButton.NoButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), move, data, none, modifiers)
    QApplication.sendEvent(viewport, enter)
    over = QDragMoveEvent(where.toPoint(), move, data, none, modifiers)
    QApplication.sendEvent(viewport, over)
    assert over.isAccepted() and main_window.scene.cards["pmd"].drop_target
    QApplication.sendEvent(viewport, QDropEvent(where, move, data, none, modifiers))
    posts = main_window.controller.scenario.posts
    assert posts["ead.03"].unit == posts["ead.04"].unit == "pmd"
    assert main_window.controller.undo_stack.text(0) == "Redeploy 2 posts to PMD"
    rows = main_window.inspector.posts.mimeData([])
    assert rows.hasFormat("application/x-orgeditor-posts")


def test_closing_with_unsaved_changes_asks(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(main_window, qtbot)
    main_window.controller.move_units(["oma"], "dppa")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(
        files_module, "ask_to_save", lambda parent, name: asked.append(name) or answers.pop(0)
    )
    assert not main_window.close()
    assert main_window.isVisible() and asked == ["un-peace-security-2017.orgdesign"]
    assert main_window.close()
    assert not main_window.isVisible()


def test_save_quit_reopen_finds_everything(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, settings: object
) -> None:
    _open(main_window, qtbot)
    c = main_window.controller
    c.move_units(["oma"], "dppa")
    c.add_post("africa-2", "D-1", "RB")
    c.path = tmp_path / "mine.orgdesign"
    assert main_window.save()
    assert not main_window.isWindowModified()
    saved = dumps(c.design)
    assert (tmp_path / "mine.orgdesign").read_bytes() == saved
    assert main_window.open_file(tmp_path / "mine.orgdesign")
    assert dumps(main_window.controller.design) == saved
    assert str((tmp_path / "mine.orgdesign").resolve()) in main_window.settings.recent_files()


def test_a_save_into_a_missing_folder_keeps_the_design_open(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open(main_window, qtbot)
    c = main_window.controller
    c.move_units(["oma"], "dppa")
    c.path = tmp_path / "gone" / "x.orgdesign"
    assert not main_window.save()
    box = main_window.findChild(QMessageBox, "errorBox")
    assert box is not None and "choose another folder with Save As" in box.text()
    assert main_window.isWindowModified()
    assert c.scenario.units["oma"].parent == "dppa"


def test_a_corrupt_file_is_refused_and_the_open_design_kept(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open(main_window, qtbot)
    broken = tmp_path / "broken.orgdesign"
    broken.write_text('{"format": "orgeditor-design"')
    assert not main_window.open_file(broken)
    box = main_window.findChild(QMessageBox, "errorBox")
    assert box.textFormat() == Qt.TextFormat.PlainText and "not valid JSON" in box.text()
    assert main_window.controller.path == UN_SAMPLE


def test_html_in_names_is_shown_as_typed(main_window: MainWindow, tmp_path: Path) -> None:
    raw = json.loads(dumps(tiny_design()))
    raw["scenarios"][1]["units"][1]["name"] = "<img src='/etc/passwd'> <b>A</b>"
    path = tmp_path / "html.orgdesign"
    path.write_text(json.dumps(raw))
    assert main_window.open_file(path)
    card = main_window.scene.cards["a"]
    assert card.text.name == "<img src='/etc/passwd'> <b>A</b>"
    tip = main_window.scene.tooltip_for("a")
    assert "<img" not in tip and "&lt;img" in tip
    main_window.presenter.reveal(["a"])
    assert main_window.inspector.title.textFormat() == Qt.TextFormat.PlainText


def test_move_to_dialog_filters_and_excludes_the_moving_subtree(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    from orgeditor.ui.dialogs import MoveToDialog

    _open(main_window, qtbot)
    dialog = MoveToDialog(main_window.controller.scenario, ["pmd"], main_window)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert not any(
        label.startswith(("Mediation Support Unit", "Policy and Mediation")) for label in labels
    )
    qtbot.keyClicks(dialog.search, "peace operations")
    assert dialog.chosen() == "dpo"
    dialog.accept()
    main_window.controller.move_units(["pmd"], dialog.chosen() or "")
    assert main_window.controller.scenario.units["pmd"].parent == "dpo"
    dialog.deleteLater()


def test_far_out_the_chart_becomes_an_overview_and_cards_come_back(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    scene = main_window.scene
    main_window.view.set_zoom(0.05)
    assert scene.overview and not scene.cards["dppa"].isVisible()
    main_window.view.set_zoom(0.5)
    assert not scene.overview and scene.cards["dppa"].isVisible()


def test_double_clicking_a_card_collapses_its_sub_units(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    _show(main_window, "pmd")
    qtbot.mouseDClick(
        main_window.view.viewport(), Qt.MouseButton.LeftButton, pos=_point(main_window, "pmd")
    )
    assert "msu" not in main_window.scene.cards
    assert main_window.scene.cards["pmd"].text.hidden == 3
    assert main_window.controller.undo_stack.count() == 0  # a view change, not an edit
    main_window.presenter.reveal(["msu"])
    assert "msu" in main_window.scene.cards


def test_dropping_a_unit_on_the_shared_structure_adds_its_dual_lines(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    _show(main_window, "ead", "srs")
    zone = main_window.scene.zones["srs"]
    target = main_window.view.mapFromScene(zone.rect().topLeft() + QPointF(30, 20))
    drag(main_window.view.viewport(), _point(main_window, "ead"), target)
    c = main_window.controller
    assert c.scenario.units["ead"].parent == "srs"
    added = sorted((x.target, x.kind.value) for x in c.scenario.lines.values() if x.source == "ead")
    assert added == [("dpo", "dual"), ("dppa", "dual")]
    assert c.undo_stack.count() == 1 and c.undo_stack.text(0) == "Move EAD to Regional structure"
    c.undo_stack.undo()
    assert not [x for x in c.scenario.lines.values() if x.source == "ead"]


def test_a_new_palette_recolours_every_line(main_window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    main_window.open_file(UN_SAMPLE)
    app = QApplication.instance()
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Mid, QColor("#707070"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(
            lambda: (
                {item.pen().color().name() for _, item in main_window.scene._connectors.values()}
                == {"#707070"}
            )
        )
    finally:
        app.setPalette(before)


def test_checks_run_a_rule_per_turn_and_restart_after_an_edit(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgeditor.editing import document
    from orgeditor.rules import validate

    monkeypatch.setattr(document, "CHECK_AT_ONCE_UNITS", 10)  # the sample counts as big
    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    qtbot.waitUntil(lambda: not c.checking)
    c.add_post("pmd", "D-1", "RB")
    assert c.checking and c._timer.interval() == document.CHECK_DELAY_MS  # a check is due
    c._timer.stop()  # start it at once, as the timer would
    c._start_checking()
    c._check_slice()  # one rule done, the others wait for the event loop
    assert c._checking is not None
    c.undo_stack.undo()  # an edit drops the check under way and schedules a new one
    assert c._checking is None and c.checking
    with qtbot.waitSignal(c.report_ready, timeout=5000) as report:
        pass
    assert report.args[0].findings == validate(c.design, c.scenario).findings
    assert not c.checking


def test_a_small_design_is_checked_at_the_next_turn_of_the_event_loop(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    from orgeditor.rules import validate

    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    qtbot.waitUntil(lambda: not c.checking)
    assert c.add_post("pmd", "D-1", "RB")  # over budget: a cost finding appears
    assert c._timer.interval() == 0
    with qtbot.waitSignal(c.report_ready, timeout=5000):
        pass
    tree = main_window.findings.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    shown = sorted(
        (g.child(j).text(0), g.child(j).text(1)) for g in groups for j in range(g.childCount())
    )
    fresh = validate(c.design, c.scenario).findings
    assert any(f.rule == "COST-TOTAL" for f in fresh)
    assert shown == sorted((f.rule, f.message) for f in fresh)  # what the dock lists


def test_the_unit_lists_fill_when_opened_and_edit_through_the_stack(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    main_window.presenter.reveal(["minusca"])
    inspector = main_window.inspector
    c = main_window.controller
    backstop = inspector.backstopped_by
    assert backstop.count() == 1  # closed, it holds only the chosen unit
    assert backstop.currentData() == "africa-2"
    assert backstop.currentText() == c.scenario.units["africa-2"].name
    backstop.complete()
    presences = [u for u in c.scenario.units.values() if u.kind.value == "field-presence"]
    assert backstop.count() == 1 + len(c.scenario.units) - len(presences)  # "—" and the rest
    assert backstop.currentData() == "africa-2"
    backstop.setCurrentIndex(backstop.findData("mewa"))
    backstop.activated.emit(backstop.currentIndex())
    assert c.scenario.units["minusca"].backstopped_by == "mewa"
    assert inspector.backstopped_by.count() == 1  # shown again after the edit
    target = inspector.line_target
    target.complete()
    assert target.findData("minusca") == -1  # not a line to itself
    target.setCurrentIndex(target.findData("dppa"))
    before = len(c.scenario.lines)
    qtbot.mouseClick(_button(inspector, "Add line"), Qt.MouseButton.LeftButton)
    assert len(c.scenario.lines) == before + 1
    assert inspector.line_target.currentData() == "dppa"  # the choice stays for the next line
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert c.scenario.units["minusca"].backstopped_by == "africa-2"
    assert dumps(c.design) == UN_SAMPLE.read_bytes()


def test_the_editors_kept_findings_and_graphs_match_a_fresh_check(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    from orgeditor.rules import validate

    _open(main_window, qtbot)
    c = main_window.controller

    def same() -> None:
        mine, fresh = c.validate_now(), validate(c.design, c.scenario)
        assert [(f.rule, f.message) for f in mine.findings] == [
            (f.rule, f.message) for f in fresh.findings
        ]

    assert c.add_post("ead", "D-1", "RB")  # only posts: the structural rules keep theirs
    same()
    assert any(f.rule == "COST-TOTAL" for f in c.report.findings)
    assert c.set_unit_field("minusca", "backstopped_by", "ead")  # a relation the chart hides
    same()
    assert any(f.rule == "REGION-COVERAGE" and "minusca" in f.units for f in c.report.findings)
    c.undo_stack.undo()
    same()
    c.undo_stack.undo()
    same()
    assert c.report.findings == validate(c.design, c.scenario).findings
