"""Focus on a department or subtree: a view state with a breadcrumb back, never an edit."""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, Qt
from pytestqt.qtbot import QtBot

from orgeditor.model.tree import children_map, walk_down
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import _send


def _open(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_file(UN_SAMPLE)
    c = window.controller
    assert c is not None
    c.switch_scenario("a-72-525")
    qtbot.waitUntil(lambda: not window._first_show)
    window.fit_chart()


def _double_click_title(window: MainWindow, unit_id: str) -> None:
    zone = window.scene.zones[unit_id]
    title = zone.title_rect(zone.view_scale)
    at = window.view.mapFromScene(title.left() + 8 / window.view.zoom, title.center().y())
    left = Qt.MouseButton.LeftButton
    viewport, none, mods = window.view.viewport(), Qt.MouseButton.NoButton, Qt.KeyboardModifier(0)
    _send(viewport, QEvent.Type.MouseButtonPress, at, left, left, mods)
    _send(viewport, QEvent.Type.MouseButtonRelease, at, left, none, mods)
    _send(viewport, QEvent.Type.MouseButtonDblClick, at, left, left, mods)
    _send(viewport, QEvent.Type.MouseButtonRelease, at, left, none, mods)


def _shown_fully(window: MainWindow) -> set[str]:
    """The cards drawn at full strength."""
    return {u for u, card in window.scene.cards.items() if card.opacity() == 1.0}


def test_double_clicking_a_zone_title_focuses_and_esc_returns(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    c, view, focus = main_window.controller, main_window.view, main_window.chart_focus
    assert c is not None
    before, steps = copy.deepcopy(c.design), c.undo_stack.count()
    whole_zoom = view.zoom
    _double_click_title(main_window, "dppa")
    assert focus.unit_id == "dppa"
    dppa = set(walk_down(children_map(c.scenario), "dppa"))
    assert _shown_fully(main_window) == dppa & set(main_window.scene.cards)
    others = [z for u, z in main_window.scene.zones.items() if u != "dppa"]
    assert others and all(z.opacity() < 0.5 for z in others)
    # the view is fitted to the department: every card of it on screen, and nearer than before
    visible = view.visible_scene_rect()
    assert all(visible.contains(main_window.scene.cards[u].sceneBoundingRect()) for u in dppa)
    assert view.zoom > whole_zoom
    crumbs = focus.breadcrumb
    assert crumbs.isVisible() and crumbs.labels() == ["Whole chart", "DPPA"]
    # a view state: nothing to undo, the document unchanged
    assert c.undo_stack.count() == steps and c.design == before and not c.modified
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert focus.unit_id is None and not crumbs.isVisible()
    assert _shown_fully(main_window) == set(main_window.scene.cards)
    assert all(z.opacity() == 1.0 for z in main_window.scene.zones.values())
    assert abs(view.zoom - whole_zoom) < 1e-6


def test_view_focus_on_a_subunit_and_the_breadcrumb_goes_back_up(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    c, focus = main_window.controller, main_window.chart_focus
    assert c is not None
    main_window.presenter.reveal(["ead"])
    main_window.chart_actions.focus.trigger()  # View > Focus on Unit
    assert focus.unit_id == "ead"
    labels = focus.breadcrumb.labels()
    assert labels[0] == "Whole chart" and labels[-1] == c.scenario.units["ead"].short_name
    assert labels[1] == "DPPA" and len(labels) == len(focus.path()) + 1
    assert _shown_fully(main_window) == set(walk_down(children_map(c.scenario), "ead")) & set(
        main_window.scene.cards
    )
    assert not focus.breadcrumb.crumbs[-1].isEnabled()  # where one is: not a link
    qtbot.mouseClick(focus.breadcrumb.crumbs[1], Qt.MouseButton.LeftButton)  # DPPA
    assert focus.unit_id == "dppa" and focus.breadcrumb.labels() == ["Whole chart", "DPPA"]
    qtbot.mouseClick(focus.breadcrumb.crumbs[0], Qt.MouseButton.LeftButton)  # Whole chart
    assert focus.unit_id is None and not focus.breadcrumb.isVisible()


def test_focus_survives_an_edit_and_ends_with_another_scenario(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    c, focus = main_window.controller, main_window.chart_focus
    assert c is not None
    focus.enter("dppa")
    assert c.abolish_posts([next(p.id for p in c.scenario.posts_of("ead"))])
    qtbot.waitUntil(lambda: len(_shown_fully(main_window)) < len(main_window.scene.cards))
    assert focus.unit_id == "dppa"
    dppa = set(walk_down(children_map(c.scenario), "dppa"))
    assert _shown_fully(main_window) == dppa & set(main_window.scene.cards)
    c.switch_scenario(c.design.baseline.id)
    assert focus.unit_id is None and not focus.breadcrumb.isVisible()
