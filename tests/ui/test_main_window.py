"""The main window opens designs offscreen, shows them, and refuses bad files politely."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from orgeditor.io import dumps
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.unit_tree import UNIT_ID_ROLE
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def test_the_sample_opens(main_window: MainWindow) -> None:
    assert main_window.open_file(UN_SAMPLE)
    assert main_window.windowTitle() == "un-peace-security-2017.orgdesign — orgeditor"
    names = [
        main_window.scenario_list.item(i).text().split("\n")[0]
        for i in range(main_window.scenario_list.count())
    ]
    assert names == ["As-is 2017", "A/72/525", "As approved, res. 72/262 C"]
    assert main_window.scenario_list.currentRow() == 1  # the first proposal
    assert main_window.unit_tree.unit_count() == len(main_window.design.scenarios[1].units)
    table = main_window.cost_panel.table
    last = table.rowCount() - 1
    assert [table.item(last, c).text() for c in range(4)] == ["Total", "650", "109,470,000", "0"]
    assert "650 posts" in main_window.statusBar().currentMessage()


def test_switching_scenario_refills_the_tree(main_window: MainWindow) -> None:
    main_window.open_file(UN_SAMPLE)
    main_window.scenario_list.setCurrentRow(0)
    model = main_window.unit_tree.model()
    top = model.index(0, 0)
    children = [model.index(r, 0, top).data(UNIT_ID_ROLE) for r in range(model.rowCount(top))]
    assert "dpa" in children and "dppa" not in children
    table = main_window.cost_panel.table
    assert table.item(table.rowCount() - 1, 3).text() == "-"


def test_a_corrupt_file_is_refused_and_the_open_design_kept(
    main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.open_file(UN_SAMPLE)
    broken = tmp_path / "broken.orgdesign"
    broken.write_text('{"format": "orgeditor-design"')
    assert not main_window.open_file(broken)
    box = main_window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert str(broken) in box.text() and "not valid JSON" in box.text()
    assert main_window.path == UN_SAMPLE
    assert main_window.unit_tree.unit_count() > 0


def test_html_in_a_unit_name_is_shown_as_typed(main_window: MainWindow, tmp_path: Path) -> None:
    raw = json.loads(dumps(tiny_design()))
    raw["scenarios"][1]["units"][1]["name"] = "<b>Bold</b> <img src='/etc/passwd'>"
    path = tmp_path / "html.orgdesign"
    path.write_text(json.dumps(raw))
    assert main_window.open_file(path)
    model = main_window.unit_tree.model()
    item = model.index(0, 0, model.index(0, 0))
    assert item.data() == "<b>Bold</b> <img src='/etc/passwd'>"
    tooltip = item.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tooltip and "<img" not in tooltip
