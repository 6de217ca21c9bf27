"""File > New offers the templates; a new post proposes a grade below its unit's head."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design
from orgeditor.io.templates import template_path, templates
from orgeditor.ui import files as files_module
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.new_design import NewDesignDialog
from tests.conftest import UN_SAMPLE

SHOTS = Path("/work/notes/shots")


def test_the_chooser_lists_each_template_with_its_description(qtbot: QtBot) -> None:
    dialog = NewDesignDialog(templates())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.list.item(i).text().split("\n") for i in range(dialog.list.count())]
    assert [r[0] for r in rows] == ["Blank", "UN Secretariat", "National ministry"]
    assert all(len(r) == 2 and r[1] for r in rows)
    assert dialog.chosen() == "blank"
    dialog.list.setCurrentRow(2)
    assert dialog.chosen() == "ministry"
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "templates-new-design.png"))


@pytest.mark.parametrize("choice", ["ministry", "un-secretariat", "blank"])
def test_file_new_starts_from_the_chosen_template(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    offered: list[list[str]] = []

    def choose(parent: object, choices: list) -> str:  # type: ignore[type-arg]
        offered.append([t.id for t in choices])
        return choice

    monkeypatch.setattr(files_module, "choose_template", choose)
    main_window.new_action.trigger()
    design = main_window.controller.design
    template = load_design(template_path(choice))
    assert offered == [["blank", "un-secretariat", "ministry"]]
    assert design.grades == template.grades and design.scenarios == template.scenarios
    assert design.metadata.title == "Untitled design"
    assert main_window.controller.path is None
    assert set(main_window.scene.cards) == set(template.baseline.units)


def test_cancelling_the_chooser_keeps_the_design(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    monkeypatch.setattr(files_module, "choose_template", lambda parent, choices: None)
    main_window.new_action.trigger()
    assert dumps(main_window.controller.design) == UN_SAMPLE.read_bytes()


def test_establishing_a_post_proposes_the_step_below_the_head(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    main_window.presenter.reveal(["ead"])
    inspector = main_window.inspector
    head = c.scenario.units["ead"].head_grade
    ladder = [g.id for g in c.design.grades]
    below = ladder[ladder.index(head) + 1]
    assert inspector.new_grade.currentData() == below
    before = set(c.scenario.posts)
    button = next(b for b in inspector.findChildren(QPushButton) if b.text() == "Establish post")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (added,) = set(c.scenario.posts) - before
    assert c.scenario.posts[added].grade == below != ladder[0]
    assert inspector.new_grade.currentData() == below  # the choice stays for the next post
    top = c.scenario.roles.top
    assert top is not None
    main_window.presenter.reveal([top])
    top_head = c.scenario.units[top].head_grade
    assert inspector.new_grade.currentData() == ladder[ladder.index(top_head) + 1]
