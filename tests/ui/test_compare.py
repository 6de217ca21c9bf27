"""Compare mode: the canvas marks what is new, moved or changed; the dock lists it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import show_dock


def _group(window: MainWindow, title: str):  # type: ignore[no-untyped-def]
    tree = window.compare.tree
    matches = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith(title)
    ]
    assert len(matches) == 1, title
    return matches[0]


def test_compare_with_baseline_marks_cards_and_lists_changes(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.open_file(UN_SAMPLE)
    cards = main_window.scene.cards
    assert cards["dppa"].text.mark == ""
    main_window.compare_action.trigger()
    assert main_window.presenter.compared_scenario().id == "as-is-2017"
    assert cards["dppa"].text.mark == "succeeds" and "succeeds DPA" in cards["dppa"].text.notes
    assert cards["pmd"].text.mark == "moved" and "moved from DPA" in cards["pmd"].text.notes
    assert "Against As-is 2017" in main_window.scene.tooltip_for("pmd")
    summary = main_window.compare.summary.text()
    assert summary.startswith("Against As-is 2017: units: ")
    for part in ("6 added", "12 succeeding earlier units", "47 moved", "2 abolished"):
        assert part in summary.split(";")[0], part  # the units' part, as the CLI's diff counts
    assert (
        "posts: 13 redeployed to another unit, 283 continuing with their unit in another "
        "department" in summary
    )
    assert _group(main_window, "Units abolished").text(0) == "Units abolished (2)"
    assert _group(main_window, "Units succeeded by later units").text(0) == (
        "Units succeeded by later units (15)"
    )
    moved = _group(main_window, "Units moved")
    child = next(
        moved.child(i) for i in range(moved.childCount()) if moved.child(i).text(0) == "PMD"
    )
    assert child.text(1) == "DPA (DPA)" and child.text(2) == "DPPA (DPPA)"
    main_window.compare.tree.itemClicked.emit(child, 0)
    assert main_window.scene.selected_unit_ids() == ["pmd"]


def test_compare_follows_edits_and_undo(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.open_file(UN_SAMPLE)
    main_window.compare_action.trigger()
    c = main_window.controller
    c.add_post("pmd", "P-3", "RB")
    established = _group(main_window, "Posts established")
    assert established.text(0) == "Posts established (1)"
    assert "+1 posts in" in main_window.scene.cards["pmd"].text.notes
    c.undo_stack.undo()
    titles = [
        main_window.compare.tree.topLevelItem(i).text(0)
        for i in range(main_window.compare.tree.topLevelItemCount())
    ]
    assert not any(t.startswith("Posts established") for t in titles)


def test_choosing_another_scenario_and_turning_it_off(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.open_file(UN_SAMPLE)
    show_dock(main_window, "compare")  # behind the Findings tab until then
    choice = main_window.compare.choice
    names = [choice.itemText(i) for i in range(choice.count())]
    assert names == ["Nothing (compare mode off)", "As-is 2017", "As approved, res. 72/262 C"]
    choice.setCurrentIndex(2)
    choice.activated.emit(2)
    assert main_window.presenter.compared_scenario().id == "res-72-262c"
    assert main_window.compare.summary.text().startswith("Against As approved")
    assert main_window.compare_action.isChecked()  # comparing, though not with the baseline
    choice.setCurrentIndex(0)
    choice.activated.emit(0)
    assert main_window.presenter.compared_scenario() is None
    assert all(card.text.mark == "" for card in main_window.scene.cards.values())
    assert not main_window.compare_action.isChecked()
    # comparing a scenario with itself is off: switch to the baseline while comparing with it
    main_window.compare_action.trigger()
    main_window.scenarios.list.setCurrentRow(0)
    assert main_window.presenter.compared_scenario() is None


def test_cost_summary_window_follows_the_chosen_proposal(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.open_file(UN_SAMPLE)
    main_window.controller.add_post("pmd", "D-1", "RB")
    dialog = main_window.show_cost_summary()
    qtbot.waitExposed(dialog)
    assert dialog.choice.currentText() == "A/72/525" and dialog.chart.pyramid == (0, 1)
    dialog.choice.setCurrentIndex(1)
    assert dialog.chart.pyramid == (0, 2)
    image = dialog.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert {"#8c8c8c", "#2e75b6", "#c55a11"} <= colours  # a bar of each scenario
    dialog.close()


def test_cost_cache_follows_edits_undo_and_redo(main_window: MainWindow, qtbot: QtBot) -> None:
    from orgeditor.model.costs import cost_breakdown

    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    first = c.costs_of(c.scenario)
    assert c.costs_of(c.scenario) is first  # kept while nothing changes
    base = c.costs_of(c.design.baseline)
    c.add_post("pmd", "D-1", "RB")
    assert c.costs_of(c.scenario).total == first.total + 235_000
    assert c.costs_of(c.design.baseline) is base  # another scenario's edit keeps it
    c.undo_stack.undo()
    assert c.costs_of(c.scenario).total == first.total
    c.undo_stack.redo()
    assert c.costs_of(c.scenario) == cost_breakdown(c.design, c.scenario)
    assert main_window.delta_label.text() == "Cost change: +235,000 USD"


def test_a_removed_dual_line_shows_in_the_dock_and_on_the_card(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c.copy_scenario("a-72-525", "Cut")
    show_dock(main_window, "compare")  # behind the Findings tab until then
    choice = main_window.compare.choice
    choice.setCurrentIndex(choice.findData("a-72-525"))
    choice.activated.emit(choice.currentIndex())
    assert main_window.compare.summary.text() == "Nothing differs from A/72/525."
    [line_id] = [
        k for k, v in c.scenario.lines.items() if (v.source, v.target) == ("asg-africa", "dpo")
    ]
    assert c.remove_line(line_id)
    assert "lines: 1 removed" in main_window.compare.summary.text()
    removed = _group(main_window, "Lines removed")
    assert removed.text(0) == "Lines removed (1)" and removed.childCount() == 1
    assert removed.child(0).text(1).startswith("dual, ASG Africa to DPO")
    card = main_window.scene.cards["asg-africa"].text
    assert card.mark == "changed" and "dual line to DPO removed" in card.notes
