"""The Inspector edits any segment list; the cost dock shows parts under their source."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgeditor.io import save_design
from orgeditor.model import NeutralityLevel
from orgeditor.ui.main_window import MainWindow
from tests.segment_builders import city_with_budget
from tests.ui.conftest import show_dock

SHOTS = os.environ.get("ORGEDITOR_SHOTS")  # a folder to save screenshots in, when set


def _open(window: MainWindow, qtbot: QtBot, path: Path, level: NeutralityLevel) -> None:
    save_design(city_with_budget(level), path)
    assert window.open_file(path)
    qtbot.waitUntil(lambda: window.controller.report is not None)


def _entry_messages(window: MainWindow) -> list[str]:
    window.controller.validate_now()
    report = window.controller.report
    assert report is not None
    return [f.message for f in report.findings if f.rule == "REGION-ENTRY"]


def test_the_inspector_designates_a_client_group_entry_point(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open(main_window, qtbot, tmp_path / "city.orgdesign", NeutralityLevel.SOURCE)
    c = main_window.controller
    main_window.presenter.reveal(["biz"])
    segments = main_window.inspector.segments
    assert segments.isVisible()
    assert segments.members["clients"].currentText() == "Businesses"
    assert "Client group 'Businesses' has no entry point." in _entry_messages(main_window)
    checks = segments.entry_points["clients"]
    names = [checks.item(i).text() for i in range(checks.count())]
    assert names == ["Developers", "Residents", "Businesses"]
    checks.item(2).setCheckState(Qt.CheckState.Checked)  # as a click on the box does
    assert c.scenario.units["biz"].segment_entry_points == {"clients": ["biz"]}
    assert _entry_messages(main_window) == []
    assert not main_window.inspector.region.isVisible()  # this design has no regions
    if SHOTS:
        main_window.inspector.grab().save(str(Path(SHOTS) / "segments-inspector.png"))
        segments.grab().save(str(Path(SHOTS) / "segments-inspector-box.png"))
    c.undo_stack.undo()
    assert c.scenario.units["biz"].segment_entry_points == {}
    assert checks.item(2).checkState() == Qt.CheckState.Unchecked
    segments.members["clients"].setCurrentIndex(1)  # Developers
    segments.members["clients"].activated.emit(1)
    assert c.scenario.units["biz"].segments == {"clients": "dev"}


def _dock_rows(
    window: MainWindow, qtbot: QtBot, path: Path, level: NeutralityLevel
) -> list[list[str]]:
    """The cost dock's cells with the proposal of :func:`city_with_budget` current."""
    _open(window, qtbot, path, level)
    window.scenarios.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.controller.scenario.id == "plan")
    show_dock(window, "costs")  # behind the Scenarios tab until then
    table = window.costs.table
    return [
        [table.item(r, col).text() for col in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_cost_dock_groups_parts_under_their_source(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    rows = _dock_rows(main_window, qtbot, tmp_path / "part.orgdesign", NeutralityLevel.PART)
    assert [r[0] for r in rows] == ["CB", "    CB-P", "    CB-B", "Total"]
    assert rows[0][3] == "0" and rows[3][3] == "0"
    assert rows[1][3].endswith("✗") and rows[2][3].endswith("✗")
    verdict = main_window.costs.verdict.text()
    assert "Not cost neutral" in verdict and "CB-P -70,000" in verdict
    if SHOTS:
        main_window.costs.grab().save(str(Path(SHOTS) / "segments-cost-dock-part.png"))


def test_at_source_level_the_same_transfer_is_neutral_in_the_dock(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    rows = _dock_rows(main_window, qtbot, tmp_path / "source.orgdesign", NeutralityLevel.SOURCE)
    assert [r[0] for r in rows] == ["CB", "    CB-P", "    CB-B", "Total"]
    assert not any(r[3].endswith("✗") for r in rows)
    assert main_window.costs.verdict.text().startswith("✓ Cost neutral")
