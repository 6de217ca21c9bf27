"""The Segments page of Design > Settings, driven with real clicks and keys.

Oracles: the rules run on the design after Apply, the file saved and read
back as plain JSON, and the exact bytes after undo.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design
from orgeditor.rules import validate
from orgeditor.ui.design_settings import DesignSettingsDialog
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.segments import SegmentsPage
from orgeditor.ui.main_window import MainWindow
from tests.segment_builders import city_design
from tests.ui.test_design_settings import LEFT, _click_row, _open, _retype, _show, _type_in_cell
from tests.ui.test_funding_parts_page import _click_cell

SHOTS = Path("/work/notes/shots/s5")


def _segments(dialog: DesignSettingsDialog) -> SegmentsPage:
    page = _show(dialog, "Segments")
    assert isinstance(page, SegmentsPage)
    return page


def _open_city(window: MainWindow, qtbot: QtBot, folder: Path) -> tuple[Path, SegmentsPage]:
    """Save the small city design to ``folder``, open it, and show the Segments page."""
    path = folder / "city.orgdesign"
    path.write_bytes(dumps(city_design()))
    dialog = _open(window, qtbot, path)
    return path, _segments(dialog)


def _new_item(qtbot: QtBot, page: SegmentsPage, code: str, name: str) -> None:
    qtbot.mouseClick(page.new_item, LEFT)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's code is being edited
    qtbot.keyClicks(editor, code)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.items.state() != page.items.State.EditingState)
    _click_cell(qtbot, page.items, page.items.rowCount() - 1, 1)
    _type_in_cell(qtbot, page.items, name)


def _entry_messages(window: MainWindow) -> list[str]:
    design = window.controller.design
    return sorted(f.message for f in validate(design, design.baseline).findings)


def test_a_client_group_list_declared_on_the_page_is_checked_by_the_rules(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    original, steps = dumps(c.design), c.undo_stack.count()
    page = _segments(dialog)
    assert page.kinds.item(0, 0).text() == "region"  # regions: the built-in kind, first
    assert not page.code.isEnabled() and not page.delete_kind.isEnabled()
    qtbot.mouseClick(page.new_kind, LEFT)
    assert page.code.hasFocus()
    qtbot.keyClicks(page.code, "region")  # the built-in's code
    assert page.errors["id"].isVisible() and "built-in" in page.errors["id"].text()
    assert not dialog.apply_button.isEnabled()
    _retype(qtbot, page.code, "client-groups")
    assert not page.errors["id"].isVisible() and page.errors["name"].isVisible()
    qtbot.keyClick(page.code, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.name, "client group")
    assert page.checked.isChecked()  # a new kind needs entry points unless told otherwise
    _new_item(qtbot, page, "residents", "Residents")
    _new_item(qtbot, page, "residents", "Developers")  # a twin code
    assert page.errors["items"].isVisible() and "used twice" in page.errors["items"].text()
    assert not dialog.apply_button.isEnabled()
    _click_cell(qtbot, page.items, 1, 0)
    _type_in_cell(qtbot, page.items, "developers")
    _new_item(qtbot, page, "businesses", "Businesses")
    assert not page.errors["items"].isVisible() and dialog.apply_button.isEnabled()
    assert page.kinds.item(1, 1).text() == "client group"  # the list follows the form
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "segpage-segments.png"))
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.undo_stack.count() == steps + 1
    missing = [m for m in _entry_messages(main_window) if m.startswith("Client group")]
    assert missing == [  # REGION-ENTRY: each item lacks its one entry point
        f"Client group '{name}' has no entry point."
        for name in ("Businesses", "Developers", "Residents")
    ]
    assert page.kinds.currentRow() == 1  # the kind stays selected after Apply
    # the switch: off, the items are no longer checked
    page.checked.setFocus()
    qtbot.keyClick(page.checked, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert not [m for m in _entry_messages(main_window) if m.startswith("Client group")]
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert dumps(c.design) == original
    assert page.kinds.rowCount() == 1  # the page follows the undo


def test_an_item_renamed_on_the_page_moves_its_units_with_it(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path, page = _open_city(main_window, qtbot, tmp_path)
    c = main_window.controller
    _click_row(qtbot, page.kinds, "clients")
    assert page.code.text() == "clients" and page.items.rowCount() == 3
    _click_cell(qtbot, page.items, 0, 0)
    _type_in_cell(qtbot, page.items, "developers")
    _retype(qtbot, page.code, "client-groups")
    dialog = page.window()
    assert isinstance(dialog, DesignSettingsDialog)
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert main_window.save()
    units = {u["id"]: u for u in json.loads(path.read_bytes())["scenarios"][0]["units"]}
    assert units["permits"]["segments"] == {"client-groups": "developers"}
    assert units["fd-dev"]["segment_entry_points"] == {"client-groups": ["developers"]}
    assert load_design(path) == c.design  # reopened, the same design


def test_deleting_a_used_item_asks_which_item_takes_its_units(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _path, page = _open_city(main_window, qtbot, tmp_path)
    c = main_window.controller
    original = dumps(c.design)
    _click_row(qtbot, page.kinds, "clients")
    asked: list[str] = []

    def answer() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, MapToDialog)
        asked.append(" ".join(label.text() for label in question.findChildren(type(page.heading))))
        qtbot.keyClick(question.choice, Qt.Key.Key_Down)  # res -> biz
        qtbot.keyClick(question.choice, Qt.Key.Key_Return)

    _click_cell(qtbot, page.items, 0, 0)  # "dev": a member and an entry point
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.delete_item, LEFT)
    assert asked and "1 member unit in Today" in asked[0] and "1 entry point" in asked[0]
    assert [page.items.item(r, 0).text() for r in range(page.items.rowCount())] == ["res", "biz"]
    dialog = page.window()
    assert isinstance(dialog, DesignSettingsDialog)
    dialog.activateWindow()  # back from the question
    qtbot.waitUntil(dialog.isActiveWindow)
    _click_cell(qtbot, page.items, 1, 0)
    _type_in_cell(qtbot, page.items, "business")  # the item mapped to, renamed after
    qtbot.mouseClick(dialog.apply_button, LEFT)
    units = c.design.baseline.units
    assert units["permits"].segments == {"clients": "business"}
    assert units["fd-dev"].segment_entry_points == {"clients": ["business"]}
    assert units["biz"].segments == {"clients": "business"}
    c.undo_stack.undo()
    assert dumps(c.design) == original


def test_deleting_a_used_kind_asks_before_clearing_its_units(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _path, page = _open_city(main_window, qtbot, tmp_path)
    c = main_window.controller
    dialog = page.window()
    assert isinstance(dialog, DesignSettingsDialog)
    _click_row(qtbot, page.kinds, "clients")
    answers = iter(["Cancel", "&Clear and Delete"])

    def answer() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QMessageBox) and "2 member units" in question.text()
        wanted = next(answers)
        button = next(b for b in question.buttons() if b.text() == wanted)
        qtbot.mouseClick(button, LEFT)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.delete_kind, LEFT)
    assert page.kinds.rowCount() == 2 and not dialog.apply_button.isEnabled()  # kept
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.delete_kind, LEFT)
    assert page.kinds.rowCount() == 1
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert c.design.segment_kinds == []
    assert not any(u.segments or u.segment_entry_points for u in c.design.baseline.units.values())


def test_a_region_renamed_on_the_page_follows_into_the_units(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _open(main_window, qtbot)
    c = main_window.controller
    page = _segments(dialog)
    members = [u.id for u in c.design.baseline.units.values() if u.region == "africa"]
    assert members
    row = next(r for r in range(page.items.rowCount()) if page.items.item(r, 0).text() == "africa")
    _click_cell(qtbot, page.items, row, 0)
    _type_in_cell(qtbot, page.items, "afr")
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert [r.id for r in c.design.regions][row] == "afr"
    assert [u.id for u in c.design.baseline.units.values() if u.region == "afr"] == members
