"""The first save after opening a file writes the scenarios no edit touched as they were read.

The oracle reads the saved file back (and compares its bytes with the file
opened, which a save of this version wrote) and counts the scenarios serialised.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from orgeditor.io import load_design
from orgeditor.io import saved_text as saved_text_module
from orgeditor.model import Scenario
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def test_the_first_save_serialises_only_the_scenarios_edited_since_opening(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "un.orgdesign"
    shutil.copy(UN_SAMPLE, path)
    made: list[str] = []
    fresh = saved_text_module.scenario_text

    def counted(scenario: Scenario) -> bytes:
        made.append(scenario.id)
        return fresh(scenario)

    monkeypatch.setattr(saved_text_module, "scenario_text", counted)
    assert main_window.open_file(path)
    c = main_window.controller
    c.set_unit_field("dppa", "name", "Department of Political Affairs")
    c.undo_stack.undo()  # back as read, but touched: it is serialised again
    assert main_window.files.save()
    assert made == [c.scenario_id]
    assert path.read_bytes() == UN_SAMPLE.read_bytes()
    made.clear()
    c.set_unit_field("dppa", "name", "A renamed department")
    assert main_window.files.save()
    assert made == [c.scenario_id]
    saved = load_design(path)
    assert saved == c.design
    shown = next(s for s in saved.scenarios if s.id == c.scenario_id)
    assert shown.units["dppa"].name == "A renamed department"
