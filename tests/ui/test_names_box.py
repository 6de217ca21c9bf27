"""The Inspector's names side by side (issue 19 §2): a typed French name is one undo
step, is saved, and shows again after the file is opened anew."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, save_design
from orgeditor.model import LocalName
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.names_box import NamesBox
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def _rows(box: NamesBox) -> list[tuple[str, str, str]]:
    table = box.table
    return [
        (
            table.item(r, 0).data(Qt.ItemDataRole.UserRole),
            table.item(r, 1).text(),
            table.item(r, 2).text(),
        )
        for r in range(table.rowCount())
    ]


def test_a_french_name_typed_in_the_table_is_undoable_saved_and_shown_again(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "tiny.orgdesign"
    save_design(tiny_design(), path)
    assert main_window.open_file(path)
    c = main_window.controller
    assert c is not None
    main_window.presenter.reveal(["a"])
    box = main_window.inspector.names_box
    assert _rows(box) == []  # no language in use yet
    before = dumps(c.design)
    qtbot.keyClicks(box.new_tag, "FR")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert _rows(box) == [("fr", "", "")] and c.undo_stack.count() == 0
    box.table.item(0, 1).setText("Division A (français)")  # what the cell editor commits
    box.table.item(0, 2).setText("Div. A")
    assert c.scenario.units["a"].names == {"fr": LocalName("Division A (français)", "Div. A")}
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert dumps(c.design) == before
    assert _rows(box) == []  # no unit is named in French any more: no row offers it
    c.undo_stack.redo()
    c.undo_stack.redo()
    scenario_id = c.scenario.id
    out = tmp_path / "saved.orgdesign"
    save_design(c.design, out)
    saved = load_design(out).find_scenario(scenario_id).units["a"].names
    assert saved == {"fr": LocalName("Division A (français)", "Div. A")}
    assert main_window.open_file(out)
    assert main_window.controller is not None
    main_window.controller.switch_scenario(scenario_id)
    main_window.presenter.reveal(["a"])
    assert _rows(main_window.inspector.names_box) == [("fr", "Division A (français)", "Div. A")]
    # another unit shows the language the design now uses, with no name yet
    main_window.presenter.reveal(["b"])
    assert _rows(main_window.inspector.names_box) == [("fr", "", "")]


def test_emptying_a_name_removes_the_language_and_undo_brings_it_back(
    main_window: MainWindow, tmp_path: Path
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    main_window.controller.switch_scenario(main_window.controller.design.baseline.id)  # type: ignore[union-attr]
    main_window.presenter.reveal(["dpko"])
    box = main_window.inspector.names_box
    rows = _rows(box)
    assert [tag for tag, *_ in rows] == ["ar", "zh", "fr", "es"]
    assert dict((t, n) for t, n, _ in rows)["zh"] == "维持和平行动部"
    before = dumps(c.design)
    zh = [tag for tag, *_ in rows].index("zh")
    box.table.item(zh, 1).setText("")
    assert "zh" not in c.scenario.units["dpko"].names
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert dumps(c.design) == before
    assert _rows(box) == rows  # the table follows the model back


def test_a_wrong_tag_or_the_own_language_is_refused_in_words(main_window: MainWindow) -> None:
    assert main_window.open_file(UN_SAMPLE)
    main_window.controller.switch_scenario(main_window.controller.design.baseline.id)  # type: ignore[union-attr]
    main_window.presenter.reveal(["dpko"])
    box = main_window.inspector.names_box
    box.new_tag.setText("french!")
    box.add.click()
    assert "not a language tag" in box.status.text()
    box.new_tag.setText("en")
    box.add.click()
    assert "own language" in box.status.text()
    assert [tag for tag, *_ in _rows(box)] == ["ar", "zh", "fr", "es"]
