"""The main window opens the sample offscreen and shows every scenario as a chart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import show_dock


def test_the_sample_opens_on_its_first_proposal(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    assert main_window.windowTitle() == "un-peace-security-2017.orgdesign[*] (A/72/525) — orgeditor"
    names = [
        main_window.scenarios.list.item(i).text().split("\n")[0]
        for i in range(main_window.scenarios.list.count())
    ]
    assert names == ["As-is 2017", "A/72/525", "As approved, res. 72/262 C"]
    proposal = main_window.controller.scenario
    assert set(main_window.scene.cards) == set(proposal.units)
    zones = [z.title for z in main_window.presenter.layout.zones]
    assert zones[:3] == ["DPPA", "Regional structure", "DPO"]
    assert main_window.costs.verdict.text().startswith("✓ Cost neutral")
    assert main_window.errors_label.text() == "Checking the rules…"  # after the first paint
    qtbot.waitUntil(lambda: main_window.errors_label.text() == "0 errors, 0 warnings")
    docks = {d.windowTitle() for d in main_window.findChildren(QDockWidget)}
    assert docks == {
        "Scenarios",
        "Costs",
        "Inspector",
        "Findings",
        "History",
        "Compare",
        "Legend",
        "Conflicts",
        "Comments",
    }


def test_switching_to_the_baseline_shows_its_findings(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.open_file(UN_SAMPLE)
    main_window.scenarios.list.setCurrentRow(0)
    c = main_window.controller
    assert c.scenario_id == "as-is-2017"
    assert "dpa" in main_window.scene.cards and "dppa" not in main_window.scene.cards
    assert main_window.errors_label.text() == "8 errors, 0 warnings"
    assert main_window.scene.cards["dpa-africa1"].text.badge == "1"
    show_dock(main_window, "costs")  # behind the Scenarios tab until then
    assert main_window.costs.verdict.text().startswith("This is the baseline")


def test_window_state_and_recent_files_persist(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.open_file(UN_SAMPLE)
    assert main_window.settings.recent_files() == [str(UN_SAMPLE.resolve())]
    main_window.close()
    geometry, state = main_window.settings.window_state()
    assert geometry is not None and state is not None
    second = MainWindow(main_window.settings)
    assert not second._first_show
    second.deleteLater()


def test_opening_a_big_file_names_each_step(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgeditor.ui import files as files_module
    from orgeditor.ui.progress import Steps

    said: list[str] = []
    real_step = Steps.step

    def step(self: Steps, text: str) -> None:
        said.append(text)
        real_step(self, text)
        assert self.dialog is not None and self.dialog.isVisible()
        assert self.dialog.labelText() == text

    monkeypatch.setattr(files_module, "BIG_FILE_BYTES", 0)  # the sample counts as big
    monkeypatch.setattr(Steps, "step", step)
    assert main_window.open_file(UN_SAMPLE)
    assert said == ["Reading and checking the file…", "Laying out and drawing the chart…"]
    from PySide6.QtWidgets import QProgressDialog

    assert not [d for d in main_window.findChildren(QProgressDialog) if d.isVisible()]
