"""Each dock shows what a freshly built one shows for the same document, after any edits.

The docks follow the document and update only what a change touched (and wait while
they are behind another tab); the oracle is a new panel filled from scratch, from an
independent computation where there is one (a fresh validation, a fresh diff), compared
widget by widget with the dock as the user brings it to the front.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.commands import CommandError
from orgeditor.reports.diff import diff_scenarios
from orgeditor.rules import validate
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.compare import ComparePanel
from orgeditor.ui.panels.costs import CostPanel
from orgeditor.ui.panels.findings import FindingsPanel
from orgeditor.ui.panels.inspector import InspectorPanel
from orgeditor.ui.panels.redeploy import RedeployDialog
from orgeditor.ui.panels.scenarios import ScenarioPanel
from tests.core.edits import any_command, design_named
from tests.ui.conftest import show_dock, tree_rows
from tests.ui.shown import shown

DOCKS = ["inspector", "costs", "scenarios", "findings", "compare"]


def _kept_choices(panel: InspectorPanel) -> set[QWidget]:
    """The Inspector's combos that keep the user's last choice across updates."""
    box = panel.posts_box
    return {panel.line_target, box.new_grade, box.new_funding, box.to_grade, box.to_funding}


def _fresh(window: MainWindow, dock: str) -> tuple[QWidget, QWidget, set[QWidget]]:
    """The window's panel ``dock``, a new panel filled from scratch, and the choices kept."""
    c = window.controller
    assert c is not None and window.presenter is not None
    design, scenario = c.design, c.scenario
    if dock == "inspector":
        inspector = InspectorPanel()
        selected = window.scene.selected_unit_ids()
        inspector.show_unit(design, scenario, selected[0] if len(selected) == 1 else None)
        kept = _kept_choices(window.inspector) | _kept_choices(inspector)
        return window.inspector, inspector, kept
    if dock == "costs":
        costs = CostPanel()
        costs.show_scenario(design, scenario)  # costed afresh, not from the document's cache
        return window.costs, costs, set()
    if dock == "scenarios":
        scenarios = ScenarioPanel()
        scenarios.show_design(design, c.scenario_id)
        return window.scenarios, scenarios, set()
    if dock == "findings":
        findings = FindingsPanel()
        findings.scenario_shown = lambda: scenario
        findings.show_report(validate(design, scenario))  # checked afresh
        return window.findings, findings, set()
    compare = ComparePanel()
    other = window.presenter.compared_scenario()
    compare.show_design(design, c.scenario_id, other.id if other else None)
    compare.show_diff(diff_scenarios(other, scenario) if other is not None else None)
    return window.compare, compare, set()


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    """Let the check after the last step finish (a small design is checked at once)."""
    c = window.controller
    assert c is not None
    qtbot.waitUntil(lambda: not c.checking, timeout=10_000)
    QApplication.processEvents()


@settings(
    max_examples=12,
    phases=[Phase.generate],  # no shrinking (minutes with a window): the message names the step
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(name=st.sampled_from(["un", "tiny", "ministries"]), data=st.data())
def test_every_dock_shows_what_a_fresh_one_shows_after_random_edits(
    main_window: MainWindow, qtbot: QtBot, name: str, data: st.DataObject
) -> None:
    main_window.set_document(design_named(name), None)
    c = main_window.controller
    assert c is not None
    steps: dict[str, Callable[[], object]] = {
        "edit": lambda: c.undo_stack.push(any_command(c.design, data)),
        "undo": lambda: c.undo_stack.can_undo and c.undo_stack.undo(),
        "redo": lambda: c.undo_stack.can_redo and c.undo_stack.redo(),
        "switch": lambda: c.switch_scenario(data.draw(st.sampled_from(c.design.scenarios)).id),
        "select": lambda: main_window.scene.select_units(
            [data.draw(st.sampled_from(sorted(c.scenario.units)))]
        ),
        "raise": lambda: show_dock(main_window, data.draw(st.sampled_from([*DOCKS, "history"]))),
        "compare": main_window.compare_action.trigger,
    }
    main_window.scene.select_units([sorted(c.scenario.units)[0]])
    for _ in range(data.draw(st.integers(1, 8))):
        step = data.draw(st.sampled_from(["edit", "edit", "edit", *steps]))
        try:
            steps[step]()
        except CommandError:
            continue
        _settle(main_window, qtbot)
        for dock in data.draw(st.permutations(DOCKS)):  # each brought to the front in turn
            show_dock(main_window, dock)
            followed, fresh, kept = _fresh(main_window, dock)
            now, afresh = shown(followed, kept), shown(fresh, kept)
            assert now == afresh, (step, dock, _first_difference(now, afresh))
            fresh.deleteLater()


def test_a_rename_shows_the_new_name_everywhere(main_window: MainWindow, qtbot: QtBot) -> None:
    """Card, Inspector, a redeployment's list of units, the Compare list and, after the
    check, the finding that names the unit: all show the name typed in the Inspector."""
    main_window.set_document(design_named("un"), None)
    c = main_window.controller
    assert c is not None
    main_window.scenarios.list.setCurrentRow(0)  # the baseline: FUNC-HOME names fpb there
    _settle(main_window, qtbot)
    assert any("Financing for Peacebuilding Branch" in f.message for f in c.report.findings)
    show_dock(main_window, "compare")
    main_window.compare.choice.setCurrentIndex(main_window.compare.choice.findData("a-72-525"))
    main_window.compare.choice.activated.emit(main_window.compare.choice.currentIndex())
    main_window.scene.select_units(["fpb"])
    field = main_window.inspector.name
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Peacebuilding Fund Branch")
    qtbot.keyClick(field, "\r")
    _settle(main_window, qtbot)
    new = "Peacebuilding Fund Branch"
    assert c.design.baseline.units["fpb"].name == new  # one undoable step did it
    assert main_window.scene.cards["fpb"].text.name == new
    assert main_window.inspector.title.text() == new and field.text() == new
    compare = [t for item in tree_rows(main_window.compare.tree) for t in _texts(item)]
    assert any(new in text for text in compare), compare
    show_dock(main_window, "findings")
    findings = [item.text(1) for item in tree_rows(main_window.findings.tree)]
    assert any(new in text for text in findings)
    assert not any("Financing for Peacebuilding Branch" in text for text in findings)
    main_window.scene.select_units(["pbso"])  # redeploy a post from another unit
    posts = main_window.inspector.posts
    posts.selectRow(0)
    redeploy = next(
        b for b in main_window.inspector.findChildren(QPushButton) if b.text() == "Redeploy To…"
    )
    redeploy.click()
    dialog = main_window.inspector.posts_box.dialog
    assert isinstance(dialog, RedeployDialog)
    listed = [dialog.units.item(i).text() for i in range(dialog.units.count())]
    assert any(text.startswith(new) for text in listed)
    dialog.reject()


def test_the_compare_list_follows_an_undo_in_the_compared_scenario(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Undo reaches the scenario edited last, which may be the one compared with: the
    chart's marks and the Compare list both follow it."""
    main_window.set_document(design_named("un"), None)
    c = main_window.controller
    assert c is not None
    c.switch_scenario("res-72-262c")
    assert c.set_unit_field("fpb", "name", "Peacebuilding Fund Branch")
    c.switch_scenario("a-72-525")
    show_dock(main_window, "compare")
    choice = main_window.compare.choice
    choice.setCurrentIndex(choice.findData("res-72-262c"))
    choice.activated.emit(choice.currentIndex())
    listed = " ".join(t for item in tree_rows(main_window.compare.tree) for t in _texts(item))
    assert "Peacebuilding Fund Branch" in listed
    c.undo_stack.undo()  # the rename in the scenario compared with
    _settle(main_window, qtbot)
    listed = " ".join(t for item in tree_rows(main_window.compare.tree) for t in _texts(item))
    assert "Peacebuilding Fund Branch" not in listed
    _, fresh, _ = _fresh(main_window, "compare")
    assert shown(main_window.compare) == shown(fresh)


def test_a_dock_out_of_sight_waits_and_one_the_change_does_not_concern_does_nothing(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window.set_document(design_named("un"), None)
    c = main_window.controller
    assert c is not None
    filled: list[str] = []
    real = CostPanel.show_scenario
    monkeypatch.setattr(CostPanel, "show_scenario", lambda *a: filled.append("costs") or real(*a))
    show_dock(main_window, "scenarios")  # the Costs dock goes behind it
    assert c.add_post("pbso", "P-4", "RB")
    assert filled == [] and main_window.delta_label.text() != "Cost change: 0"
    show_dock(main_window, "costs")  # brought to the front: it catches up, once
    assert filled == ["costs"]
    assert "✗" in main_window.costs.verdict.text()
    main_window.scene.select_units(["pbso"])
    posts = main_window.inspector.posts
    items = [posts.item(r, 0) for r in range(posts.rowCount())]
    assert c.set_unit_field("pbso", "name", "Peacebuilding Support")  # no post changed
    assert filled == ["costs"]  # the costs read no names
    assert [posts.item(r, 0) for r in range(posts.rowCount())] == items  # the same cells
    assert main_window.inspector.title.text() == "Peacebuilding Support"


def _first_difference(now: list[object], afresh: list[object]) -> object:
    return next(((a, b) for a, b in zip(now, afresh, strict=False) if a != b), len(now))


def _texts(item: object) -> list[str]:
    return [item.text(c) for c in range(item.columnCount())]  # type: ignore[attr-defined]
