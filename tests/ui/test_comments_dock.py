"""The Comments dock (issue 18 §4): what the file holds, one undo step per edit, plain text."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from orgeditor.commands import DeleteUnitsCommand
from orgeditor.io import dumps
from orgeditor.model import CommentTarget
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.comments import AUTHOR_KEY, CommentStatus, remembered_author
from tests.conftest import UN_SAMPLE

SID = "a-72-525"
HOSTILE = "<b>HTML</b> & <i>more</i>\nsecond line\n" + "x" * 5000


def opened(window: MainWindow) -> MainWindow:
    assert window.open_file(UN_SAMPLE)
    window.comments_dock.show()
    window.comments_dock.raise_()
    window.comments.status.setCurrentIndex(window.comments.status.findData(CommentStatus.ALL))
    return window


def listed(window: MainWindow) -> list[tuple[str, ...]]:
    tree = window.comments.tree
    return [
        tuple(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
        for i in range(tree.topLevelItemCount())
    ]


def test_add_save_reopen_keeps_the_comments_and_the_dock_shows_the_file(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = opened(main_window)
    c = window.controller
    window.presenter.reveal(["ead"])
    assert window.scene.selected_unit_ids() == ["ead"]
    assert window.comments.add_button.isEnabled()
    post = next(p for p in c.scenario.posts.values() if p.unit == "ead")
    before = c.undo_stack.index()
    assert window.comments.add(CommentTarget.UNIT, "ead", "Merge with DPPA?", "Ana")
    assert window.comments.add(CommentTarget.POST, post.id, HOSTILE, "Ben")
    assert c.undo_stack.index() == before + 2  # one undo step each
    path = tmp_path / "reviewed.orgdesign"
    c.path = path
    assert window.save()
    plain = json.loads(path.read_text(encoding="utf-8"))  # the oracle: the file itself
    saved = [(x["target"], x["target_id"], x["author"], x["text"]) for x in plain["comments"]]
    assert saved == [("unit", "ead", "Ana", "Merge with DPPA?"), ("post", post.id, "Ben", HOSTILE)]
    assert all(x["date"].endswith("Z") and "T" in x["date"] for x in plain["comments"])
    assert window.open_file(path)
    rows = listed(window)
    assert [(r[3], r[4]) for r in rows] == [(x["author"], x["date"]) for x in plain["comments"]]
    assert "ead" in rows[0][1] and post.id in rows[1][1]
    assert rows[1][5].startswith("<b>HTML</b> & <i>more</i>")  # plain text, first line only
    assert remembered_author(window.settings) == "Ben"
    assert window.settings.store.value(AUTHOR_KEY) == "Ben"


def test_resolve_edit_delete_each_undo_to_the_exact_document(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = opened(main_window)
    c, panel = window.controller, window.comments
    window.presenter.reveal(["ead"])
    assert panel.add(CommentTarget.UNIT, "ead", "Why?", "Ana")
    states = [dumps(c.design)]
    assert panel.resolve_button.text() == "&Resolve"
    assert panel.toggle_resolved()
    assert panel.resolve_button.text() == "&Reopen"
    states.append(dumps(c.design))
    assert panel.edit_text("Why not?")
    states.append(dumps(c.design))
    assert panel.delete()
    assert listed(window) == []
    for expected in reversed(states):
        c.undo_stack.undo()
        assert dumps(c.design) == expected
    assert listed(window)[0][0] == "open"


def test_filters_badge_click_and_a_removed_unit(main_window: MainWindow, qtbot: QtBot) -> None:
    window = opened(main_window)
    c, panel = window.controller, window.comments
    window.presenter.reveal(["ead"])
    assert panel.add(CommentTarget.UNIT, "ead", "On EAD", "Ana")
    window.presenter.reveal(["pmd"])
    assert panel.add(CommentTarget.UNIT, "pmd", "On PMD", "Ana")
    assert window.scene.cards["ead"].text.detail.startswith("✎1")  # the card's badge
    assert panel.toggle_resolved()  # PMD's, the one chosen
    assert not window.scene.cards["pmd"].text.detail.startswith("✎")
    post = next(p for p in c.scenario.posts.values() if p.unit == "pmd")
    assert panel.add(CommentTarget.POST, post.id, "On a PMD post", "Ana")
    assert window.scene.cards["pmd"].text.detail.startswith("✎1")  # a post's comment too
    c.undo_stack.undo()
    assert not window.scene.cards["pmd"].text.detail.startswith("✎")
    panel.status.setCurrentIndex(panel.status.findData(CommentStatus.OPEN))
    assert [r[5] for r in listed(window)] == ["On EAD"]
    panel.status.setCurrentIndex(panel.status.findData(CommentStatus.ALL))
    panel.on_selection.setChecked(True)
    assert [r[5] for r in listed(window)] == ["On PMD"]  # PMD is selected
    panel.on_selection.setChecked(False)
    window.scene.clearSelection()
    item = panel.tree.topLevelItem(0)
    panel.tree.setCurrentItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scene.selected_unit_ids() == ["ead"]  # the click showed the target
    c.edit(lambda d: DeleteUnitsCommand(d, SID, ["ead"]))
    assert listed(window)[0][1].startswith("on a removed unit")


def test_hostile_text_shows_as_plain_text_in_the_tooltip_and_dialog(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = opened(main_window)
    panel = window.comments
    window.presenter.reveal(["ead"])
    assert panel.add(CommentTarget.UNIT, "ead", HOSTILE, "<i>Eve</i>")
    item = panel.tree.topLevelItem(0)
    assert item.text(3) == "<i>Eve</i>"
    shown = QTextDocument()  # a tooltip is rich text when it looks like HTML: read it so
    shown.setHtml(item.toolTip(5))
    assert shown.toPlainText().startswith("<b>HTML</b> & <i>more</i>")
    assert "x" * 5000 in shown.toPlainText().replace("\n", "").replace("\u2028", "")
