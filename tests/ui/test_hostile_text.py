"""Hostile text in the editor: SVG stays XML, the Inspector fits what it stores, files reopen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, loads, save_design
from orgeditor.model.text import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.printing.export import ExportOptions, export_chart
from tests.conftest import UN_SAMPLE
from tests.core.test_hostile_exports import hostile_design


def test_svg_of_a_hostile_design_is_well_formed_xml(qapp: object, tmp_path: Path) -> None:
    """Issue 14.10: \\x01, \\x08 and \\x1b in names made the SVG unreadable."""
    design = hostile_design()
    for scenario in design.scenarios:
        out = tmp_path / f"{scenario.id}.svg"
        export_chart(design, scenario, out, ExportOptions(format="svg"))
        root = ET.parse(out).getroot()
        texts = " ".join(t for e in root.iter() for t in (e.text, e.tail) if t)
        assert "Division" in texts and "\ufffd" in texts  # names there, controls replaced


def test_the_inspector_fits_pasted_text_and_says_so(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A 400-character title, a 25,000-character note and an ESC in a name: stored fitted,
    a line in the Inspector says what changed, and the saved file opens again."""
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    qtbot.waitUntil(lambda: c.report is not None)
    main_window.presenter.reveal(["ead"])
    inspector = main_window.inspector
    inspector.name.setText("Electoral\x1b]0;pwned\x07 Division")
    inspector.name.editingFinished.emit()
    assert c.scenario.units["ead"].name == "Electoral]0;pwned Division"
    assert inspector.name.text() == "Electoral]0;pwned Division"
    assert inspector.adjusted.isVisible()
    assert "Name: line breaks or control characters replaced" in inspector.adjusted.text()
    inspector.note_text.setText("n" * 25_000)
    inspector.note_text.editingFinished.emit()
    assert c.scenario.units["ead"].note.text == "n" * MAX_TEXT_LENGTH
    assert "cut to 20,000 characters" in inspector.adjusted.text()
    title = inspector.posts.item(0, 3)
    post_id = inspector.posts.item(0, 0).text()
    title.setText("T" * 400)
    assert c.scenario.posts[post_id].title == "T" * MAX_NAME_LENGTH
    assert "Post title: cut to 300 characters" in inspector.adjusted.text()
    path = tmp_path / "fitted.orgdesign"
    save_design(c.design, path)
    assert dumps(load_design(path)) == dumps(c.design)
    assert not re.search(r"[\x00-\x1f]", c.scenario.units["ead"].name)
    assert loads(dumps(c.design)).find_scenario(c.scenario.id) is not None


def test_dialog_names_the_format_refuses_are_refused_with_the_reason(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Texts typed into dialogs (new unit, scenario names) reach the same rules."""
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    before = dumps(c.design)
    with qtbot.waitSignal(c.edit_refused) as refused:
        assert c.add_unit("ead", "U" * 301) is None
    assert "at most 300 characters" in refused.args[0]
    with qtbot.waitSignal(c.edit_refused) as refused:
        c.rename_scenario(c.scenario_id, "Option\x1b[2J")
    assert "control character (U+001B)" in refused.args[0]
    assert dumps(c.design) == before
