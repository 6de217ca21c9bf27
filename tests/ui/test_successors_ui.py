"""The Inspector's "Succeeds" box: shows declared and inferred predecessors; edits are undo steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, save_design
from orgeditor.model import Succession, Unit
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.succession import SuccessionBox
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def _button(box: SuccessionBox, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def _listed(box: SuccessionBox) -> list[str]:
    return [box.units.item(i).text() for i in range(box.units.count())]


def _renamed_file(tmp_path: Path) -> Path:
    """tiny_design whose option replaces Division A by a new unit of the same name."""
    design = tiny_design()
    option = design.proposals[0]
    option.posts["p3"].unit = "b"
    del option.units["a"]
    option.units["a2"] = Unit("a2", "Division A", design.baseline.units["a"].kind, parent="hq")
    option.posts["p2"].unit = "a2"
    path = tmp_path / "renamed.orgdesign"
    save_design(design, path)
    return path


def _show_a2(window: MainWindow, path: Path) -> tuple[DocumentController, SuccessionBox]:
    """Open ``path``, show the option and select unit a2: its controller and Succeeds box."""
    assert window.open_file(path)
    c = window.controller
    assert c is not None
    c.switch_scenario("option")
    window.presenter.reveal(["a2"])
    return c, window.inspector.succession


def test_an_inferred_predecessor_is_confirmed_in_one_undo_step(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    c, box = _show_a2(main_window, _renamed_file(tmp_path))
    assert _listed(box) == ["Division A (inferred: same name)"]
    assert "confirm" in box.status.text()
    saved = dumps(c.design)
    qtbot.mouseClick(_button(box, "Confirm"), Qt.MouseButton.LeftButton)
    assert c.scenario.units["a2"].succession.units == ["a"]
    assert _listed(box) == ["Division A (declared)"]
    assert not _button(box, "Confirm").isEnabled()
    box.source.setText("Minute of 3 May, para. 4")
    box.source.editingFinished.emit()
    assert c.scenario.units["a2"].succession == Succession(["a"], "Minute of 3 May, para. 4")
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert dumps(c.design) == saved
    assert _listed(box) == ["Division A (inferred: same name)"]


def test_removing_and_adding_a_predecessor_changes_the_redeployment_table(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    c.switch_scenario("a-72-525")
    main_window.presenter.reveal(["africa-1"])
    box = main_window.inspector.succession
    old = c.design.baseline.units
    assert _listed(box) == [
        f"{old[u].short_name}: {old[u].name} (declared)" for u in ("dpa-africa1", "oo-africa1")
    ]
    box.units.item(1).setSelected(True)  # DPKO's Africa I Division
    qtbot.mouseClick(_button(box, "Remove"), Qt.MouseButton.LeftButton)
    assert c.scenario.units["africa-1"].succession.units == ["dpa-africa1"]
    # its DPKO posts are now redeployed, as the table the user exports says
    path = tmp_path / "edited.orgdesign"
    save_design(c.design, path)
    design = load_design(path)
    _, accounts = redeployment_tables(design, design.baseline, design.proposals[0])
    [row] = [r.cells for r in accounts.rows if r.cells[0] == "  redeployed between units"]
    from_dpko = [p for p in design.baseline.posts.values() if p.unit == "oo-africa1"]
    landed = [p for p in from_dpko if design.proposals[0].posts[p.id].unit == "africa-1"]
    assert row[-1] == 13 + len(landed) and landed
    box.choice.complete()
    box.choice.setCurrentIndex(box.choice.findData("oo-africa1"))
    qtbot.mouseClick(_button(box, "Add"), Qt.MouseButton.LeftButton)
    assert c.scenario.units["africa-1"].succession.units == ["dpa-africa1", "oo-africa1"]
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert dumps(c.design) == UN_SAMPLE.read_bytes()


def test_a_baseline_unit_has_nothing_to_succeed(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    main_window.controller.switch_scenario("as-is-2017")
    main_window.presenter.reveal(["dpa"])
    box = main_window.inspector.succession
    assert not box.units.isEnabled() and not _button(box, "Add").isEnabled()
    assert box.status.text() == "A baseline unit succeeds no earlier unit."


def test_an_inferred_predecessor_is_rejected_for_good_and_can_be_taken_back(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    c, box = _show_a2(main_window, _renamed_file(tmp_path))
    saved = dumps(c.design)
    qtbot.mouseClick(_button(box, "Reject"), Qt.MouseButton.LeftButton)
    assert c.scenario.units["a2"].succession == Succession([], "", ["a"])
    assert _listed(box) == ["Division A (rejected: not succeeded)"]
    assert not _button(box, "Reject").isEnabled()
    assert not _button(box, "Confirm").isEnabled()
    # the table the user exports now counts Division A's post in a2 as redeployed
    out = tmp_path / "rejected.orgdesign"
    save_design(c.design, out)
    design = load_design(out)
    _, accounts = redeployment_tables(design, design.baseline, design.proposals[0])
    [row] = [r.cells for r in accounts.rows if r.cells[0] == "  redeployed between units"]
    assert row[-1] == 1
    # reopened, the box still shows the rejection: inference does not bring it back
    c, box = _show_a2(main_window, out)
    assert _listed(box) == ["Division A (rejected: not succeeded)"]
    # taking the rejection back infers it again, in one more undo step
    box.units.item(0).setSelected(True)
    qtbot.mouseClick(_button(box, "Remove"), Qt.MouseButton.LeftButton)
    assert _listed(box) == ["Division A (inferred: same name)"]
    assert dumps(c.design) == saved
    c.undo_stack.undo()
    assert _listed(box) == ["Division A (rejected: not succeeded)"]
