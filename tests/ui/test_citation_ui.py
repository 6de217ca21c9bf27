"""The Inspector's "Source" box (issue 21): a typed citation is one undo step and is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, save_design
from orgeditor.model import Citation
from orgeditor.ui.main_window import MainWindow
from tests.builders import tiny_design


def test_typing_a_source_in_the_inspector_is_undoable_and_saved(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "tiny.orgdesign"
    save_design(tiny_design(), path)
    assert main_window.open_file(path)
    c = main_window.controller
    assert c is not None
    c.switch_scenario("option")
    main_window.presenter.reveal(["a"])
    box = main_window.inspector.citation
    assert box.status.text() == "No source given."
    before = dumps(c.design)
    box.inferred.setChecked(True)  # no reason yet: nothing is pushed, the box says why
    assert c.undo_stack.count() == 0
    assert "reason" in box.status.text()
    box.ref.setText("A/72/525 para. 33")
    qtbot.keyClicks(box.reason, "pairing inferred")
    qtbot.keyClick(box.reason, Qt.Key.Key_Return)
    expected = Citation("A/72/525 para. 33", True, "pairing inferred")
    assert c.scenario.units["a"].citation == expected
    assert c.undo_stack.count() == 1
    assert box.status.text() == "[I] inferred"
    out = tmp_path / "saved.orgdesign"
    save_design(c.design, out)
    assert load_design(out).find_scenario("option").units["a"].citation == expected
    c.undo_stack.undo()
    assert dumps(c.design) == before
    assert box.ref.text() == ""  # the box follows the model back
