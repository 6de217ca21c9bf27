"""Dual and dotted lines a reader can follow: each on its own lane, drawn between wrapped rows too.

Read back from what is drawn (the exported SVG parsed as XML, the scene's path
items), judged with plain geometry: two lines "share a lane" when they run
along the same straight line, one on the other, for more than a few points.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from orgeditor.io import load_design
from orgeditor.layout import layout_chart
from orgeditor.ui.main_window import MainWindow
from tests.chart_oracle import on_border
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, UN_SAMPLE
from tests.ui.test_chart_lines_ui import (
    _drawn_paths,
    _touching,
    dual_line_crossings,
    exported_svg,
    scene_cards,
)

SHARED = 3.0  # points two lines may run one on the other (where they cross or meet a card)
Points = list[tuple[float, float]]


def shared_runs(first: Points, second: Points) -> list[tuple[tuple[float, float], ...]]:
    """The stretches longer than ``SHARED`` where two polylines run one on the other."""
    found = []
    for a, b in pairwise(first):
        for c, d in pairwise(second):
            for axis in (0, 1):  # 0: both vertical (same x), 1: both horizontal (same y)
                if not (a[axis] == b[axis] and c[axis] == d[axis] and abs(a[axis] - c[axis]) < 0.5):
                    continue
                other = 1 - axis
                low = max(min(a[other], b[other]), min(c[other], d[other]))
                high = min(max(a[other], b[other]), max(c[other], d[other]))
                if high - low > SHARED:
                    found.append((a, b, c, d))
    return found


DUAL_SAMPLES = [
    (path, scenario.id)
    for path in (UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE)
    for scenario in load_design(path).scenarios
    if scenario.lines
]


@pytest.mark.parametrize(("path", "scenario_id"), DUAL_SAMPLES)
def test_no_two_dual_lines_share_a_lane_in_the_svg(
    qapp: object, tmp_path: Path, path: Path, scenario_id: str
) -> None:
    scenario, _, lines = exported_svg(tmp_path, path, scenario_id)
    duals = [(line, points) for kind, _, _, line, points in lines if kind != "primary"]
    primary = [points for kind, *_, points in lines if kind == "primary"]
    assert len(duals) == len([x for x in scenario.lines.values() if x.source != x.target])
    for (one, first), (other, second) in combinations(duals, 2):
        assert shared_runs(first, second) == [], (one, other)
    for line, points in duals:  # nor does one run along a primary connector
        assert [r for p in primary for r in shared_runs(points, p)] == [], line


def test_lines_between_wrapped_rows_are_drawn_card_to_card(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """A narrow window wraps the UN chart into rows; every dual line is still drawn, from
    its source's card to its target's, through no card."""
    main_window.resize(700, 1000)
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    c.switch_scenario("a-72-525")
    qtbot.wait(10)
    main_window.presenter.fit()
    layout = main_window.presenter.layout
    assert layout is not None
    assert len({z.box.y for z in layout.zones}) > 2  # wrapped into rows
    main_window.view.set_zoom(0.5)  # cards are items, not the far-out overview
    scene = main_window.scene
    cards = scene_cards(scene)
    drawn = []
    for item in _drawn_paths(scene, solid=False):
        for polygon in item.sceneTransform().map(item.path()).toSubpathPolygons():
            points = [(p.x(), p.y()) for p in polygon]
            drawn.append((_touching(points[0], cards), _touching(points[-1], cards), points))
    wanted = sorted((x.source, x.target) for x in c.scenario.lines.values())
    assert sorted((a, b) for a, b, _ in drawn) == wanted
    for source, target, points in drawn:
        assert on_border(points[0], cards[source]) and on_border(points[-1], cards[target])
    assert dual_line_crossings(scene) == []


def test_after_edits_the_scene_draws_the_lines_a_fresh_layout_routes(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Unchanged lines keep their items across edits; each drawn line is where a fresh
    layout of the edited scenario routes it, and no line is drawn twice or left behind."""
    assert main_window.open_file(UN_SAMPLE)
    c, presenter = main_window.controller, main_window.presenter
    c.switch_scenario("a-72-525")
    main_window.view.set_zoom(0.5)
    for act in (
        lambda: c.move_units(["oma"], "dppa"),
        lambda: c.set_unit_field("msu", "name", "Mediation"),
        c.undo_stack.undo,
        c.undo_stack.undo,
        lambda: c.remove_line(next(iter(c.scenario.lines))),
    ):
        act()
        options = replace(presenter.options, wrap_width=presenter.wrap)
        fresh = layout_chart(c.scenario, options, c.design.grade_rank())
        wanted = sorted(r.points for r in fresh.routes)
        drawn = sorted(
            tuple((p.x(), p.y()) for p in item.path().toSubpathPolygons()[0])
            for item in _drawn_paths(main_window.scene, solid=False)
        )
        assert drawn == wanted
