"""Names side by side beyond units (issue 19 §2): a post's title in the Inspector, a
scenario's names in Rename, a required body's names on the Bodies page. Each edit is
one undo step, undo restores the document, and the saved file holds the names."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, save_design
from orgeditor.model import LocalName
from orgeditor.ui.design_settings.bodies import BodiesPage
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.names_box import NamesBox
from tests.builders import tiny_design
from tests.ui.test_design_settings import _open, _show

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path("/work/notes/shots/s7")


def _add_language(qtbot: QtBot, box: NamesBox, tag: str) -> int:
    """Type ``tag`` into the box's language field, click Add Language; the new row."""
    qtbot.keyClicks(box.new_tag, tag)
    qtbot.mouseClick(box.add, LEFT)
    return box.table.currentRow()


def _open_tiny(main_window: MainWindow, tmp_path: Path) -> Path:
    design = tiny_design()
    design.scenarios[0].posts["p2"].title = "Chief of Division A"
    path = tmp_path / "tiny.orgdesign"
    save_design(design, path)
    assert main_window.open_file(path)
    return path


def test_a_posts_title_in_french_is_one_step_and_is_saved(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_tiny(main_window, tmp_path)
    c = main_window.controller
    assert c is not None
    main_window.presenter.reveal(["a"])
    posts = main_window.inspector.posts_box
    assert posts.titles.isHidden()  # no post chosen yet
    posts.table.selectRow(0)
    assert posts.table.selected_post_ids() == ["p2"] and posts.titles.isVisible()
    assert "p2" in posts.titles.title()
    assert posts.titles.table.columnCount() == 2  # language and title: no short form
    before, steps = dumps(c.design), c.undo_stack.count()
    row = _add_language(qtbot, posts.titles, "fr")
    posts.titles.table.item(row, 1).setText("Chef de la Division A")  # as the editor commits
    assert c.scenario.posts["p2"].titles == {"fr": "Chef de la Division A"}
    assert c.undo_stack.count() == steps + 1
    assert posts.titles.table.item(0, 1).text() == "Chef de la Division A"  # shown again
    qtbot.wait(50)
    assert posts.titles.table.geometry().bottom() < posts.titles.new_tag.geometry().top()
    if SHOTS.is_dir():
        posts.grab().save(str(SHOTS / "names19-post-titles.png"))
    out = tmp_path / "saved.orgdesign"
    save_design(c.design, out)
    raw = json.loads(out.read_text(encoding="utf-8"))
    shown = next(s for s in raw["scenarios"] if s["id"] == c.scenario.id)
    post = next(p for p in shown["posts"] if p["id"] == "p2")
    assert post["titles"] == {"fr": "Chef de la Division A"}
    c.undo_stack.undo()
    assert dumps(c.design) == before
    posts.table.clearSelection()
    assert posts.titles.isHidden()


def test_rename_scenario_sets_the_name_and_the_names_in_one_step(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_tiny(main_window, tmp_path)
    c = main_window.controller
    assert c is not None
    before, steps = dumps(c.design), c.undo_stack.count()
    main_window.scenarios.list.setCurrentRow(0)
    qtbot.mouseClick(main_window.scenarios.rename_button, LEFT)
    dialog = main_window.rename_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Today"
    dialog.name.setText("Today (2026)")
    row = _add_language(qtbot, dialog.names, "ZH")
    dialog.names.table.item(row, 1).setText("今天")
    dialog.names.table.item(row, 2).setText("今")
    assert c.undo_stack.count() == steps  # nothing changes before OK
    qtbot.wait(50)  # the layout settles, as between a user's keystrokes
    assert dialog.names.table.geometry().bottom() < dialog.names.new_tag.geometry().top()
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "names19-rename-scenario.png"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    base = c.design.scenarios[0]
    assert (base.name, base.names) == ("Today (2026)", {"zh": LocalName("今天", "今")})
    assert c.undo_stack.count() == steps + 1
    c.undo_stack.undo()
    assert dumps(c.design) == before


def test_a_required_bodys_names_are_applied_with_its_other_fields(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    assert c is not None
    before, steps = dumps(c.design), c.undo_stack.count()
    page = _show(dialog, "Bodies")
    assert isinstance(page, BodiesPage)
    shown = {page.names.table.item(r, 0).text(): page.names.table.item(r, 1).text()
             for r in range(page.names.table.rowCount())}  # fmt: skip
    assert shown["zh"] == "常设主管小组"  # the sample's, beside the languages units use
    row = _add_language(qtbot, page.names, "ru")
    page.names.table.item(row, 1).setText("Группа старших руководителей")  # test input
    assert c.undo_stack.count() == steps and dialog.apply_button.isEnabled()
    qtbot.wait(50)
    assert page.names.table.geometry().bottom() < page.names.new_tag.geometry().top()
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "names19-bodies-page.png"))
    qtbot.mouseClick(dialog.apply_button, LEFT)
    [body] = c.design.rules.required_bodies
    assert body.names["ru"] == LocalName("Группа старших руководителей")
    assert body.names["zh"] == LocalName("常设主管小组")
    assert c.undo_stack.count() == steps + 1
    out = tmp_path / "saved.orgdesign"
    save_design(c.design, out)
    assert load_design(out).rules.required_bodies[0].names == body.names
    c.undo_stack.undo()
    assert dumps(c.design) == before
