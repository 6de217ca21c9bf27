"""Every control of every dock says what it does; the posts table's actions start where
the selected posts are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from orgeditor.ui.accessibility import accessible_name
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.test_docks import _click_row, _open_proposal

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def _controls(dock: QDockWidget) -> list[QWidget]:
    """The buttons, choices and fields of a dock a user can reach (not Qt's own parts,
    such as a table's corner button or a field's clear button)."""
    content = dock.widget()
    assert content is not None
    found: list[QWidget] = []
    for kind in CONTROLS:
        for widget in content.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), (QComboBox, QAbstractSpinBox)
            ):
                continue  # the editor inside a combo or spin box: the box has the tip
            found.append(widget)
    return found


def test_every_dock_control_has_a_tooltip_and_an_accessible_name(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    c.switch_scenario(c.design.proposals[0].id)
    main_window.presenter.reveal(["ead"])  # the Inspector fills: its posts, lines, roles
    for dock in main_window.findChildren(QDockWidget):
        dock.show()
    qtbot.wait(20)
    missing = []
    walked = 0
    for dock in main_window.findChildren(QDockWidget):
        for widget in _controls(dock):
            walked += 1
            label = f"{dock.objectName()}: {type(widget).__name__} {widget.objectName()}"
            text = getattr(widget, "text", lambda: "")()
            if not widget.toolTip().strip():
                missing.append(f"{label} {text!r} has no tooltip")
            if not accessible_name(widget):
                missing.append(f"{label} {text!r} has no accessible name")
    assert walked >= 30  # the Inspector alone has that many: the walk reached them
    assert missing == []


def test_reclassify_and_funding_start_at_the_selected_posts(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_proposal(main_window, qtbot, tmp_path)
    c = main_window.controller
    assert c is not None
    table, box = main_window.inspector.posts, main_window.inspector.posts_box
    posts = {p.id: p for p in c.scenario.posts_of("ead")}
    grades = [g.id for g in c.design.grades]
    rows = {table.post_at(r): r for r in range(table.rowCount())}
    # a post low on the ladder: the choice must not stay at the top
    low = max(posts, key=lambda p: grades.index(posts[p].grade))
    assert posts[low].grade != grades[0]
    _click_row(table, qtbot, rows[low])
    assert box.to_grade.currentData() == posts[low].grade
    assert box.to_funding.currentData() == posts[low].funding
    # two posts of one grade: that grade; two of different grades: the upper row's
    same = [p for p in posts if posts[p].grade == posts[low].grade and p != low]
    other = next(p for p in posts if posts[p].grade != posts[low].grade)
    if same:
        _click_row(table, qtbot, rows[same[0]], ctrl=True)
        assert box.to_grade.currentData() == posts[low].grade
    _click_row(table, qtbot, rows[other])
    _click_row(table, qtbot, rows[low], ctrl=True)
    top = min(rows[other], rows[low])
    assert box.to_grade.currentData() == table.text_at(top, 1)
