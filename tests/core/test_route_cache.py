"""Kept routes of dual lines: after any edit, the chart's lines are those a fresh layout draws.

The editor passes the same :class:`RouteCache` to every layout of the chart on
screen; a route is searched again only when its cards or the cards around it
moved. The oracle is a layout made with no cache at all.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, SetUnitFieldCommand, UndoStack, move_units_command
from orgeditor.io import load_design
from orgeditor.layout import LayoutOptions, RouteCache, layout_chart
from orgeditor.layout.chart import Reuse
from tests.conftest import UN_SAMPLE
from tests.core.edits import any_command, design_named


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_kept_routes_are_what_a_fresh_layout_draws(data: st.DataObject) -> None:
    design = design_named("un")
    stack = UndoStack(design)
    scenario = data.draw(st.sampled_from([s for s in design.scenarios if s.lines]))
    wrap = data.draw(st.sampled_from([None, 2500.0, 4000.0]))
    options = LayoutOptions(wrap_width=wrap)
    rank = design.grade_rank()
    cache = RouteCache()
    previous = layout_chart(scenario, options, rank, routes=cache)
    for _ in range(data.draw(st.integers(1, 8))):
        try:
            change = stack.push(any_command(design, data))
        except CommandError:
            continue
        if data.draw(st.booleans()):
            change = change.merged(stack.undo())
        if change.scenarios:
            return  # the scenario list changed: the editor lays the chart out afresh
        reuse = Reuse(previous, change.units) if change.scenario == scenario.id else None
        kept = layout_chart(scenario, options, rank, reuse, routes=cache)
        fresh = layout_chart(scenario, options, rank)
        assert kept.routes == fresh.routes
        assert len(cache.routes) <= RouteCache.KEEP_LAYOUTS * len(kept.routes)  # recent ones
        assert len(cache.charts) <= RouteCache.KEEP_LAYOUTS
        previous = kept


def test_an_edit_that_moves_no_card_searches_no_route_again() -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario("a-72-525")
    rank, cache = design.grade_rank(), RouteCache()
    first = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    assert cache.searched == len(first.routes) == len(scenario.lines)
    stack = UndoStack(design)
    unit = next(iter(scenario.lines.values())).source
    stack.push(SetUnitFieldCommand(design, scenario.id, unit, "name", "Kept routes"))
    again = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    assert cache.searched == 0 and again.routes == first.routes


def test_a_move_searches_only_the_routes_around_what_moved() -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario("a-72-525")
    rank, cache = design.grade_rank(), RouteCache()
    layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    stack = UndoStack(design)
    leaf = next(
        u.id
        for u in scenario.units.values()
        if u.parent and not scenario.children(u.id) and u.parent == "dpo"
    )
    target = next(u.id for u in scenario.children("dpo") if u.id != leaf)
    change = stack.push(move_units_command(design, scenario.id, [leaf], target))
    assert change.layout
    after = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    assert 0 < cache.searched < len(after.routes)  # DPO's cards moved, DPPA's did not
    assert after.routes == layout_chart(scenario, LayoutOptions(), rank).routes


def test_switching_back_to_a_scenario_searches_no_route_again() -> None:
    design = load_design(UN_SAMPLE)
    first, second = [s for s in design.scenarios if s.lines][:2]
    rank, cache = design.grade_rank(), RouteCache()
    for scenario in (first, second, first, second):
        layout = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
        assert layout.routes == layout_chart(scenario, LayoutOptions(), rank).routes
    assert cache.searched == 0


def test_an_undo_searches_no_route_and_lays_no_lane_afresh() -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario("a-72-525")
    rank, cache = design.grade_rank(), RouteCache()
    before = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    assert cache.laned_afresh
    stack = UndoStack(design)
    stack.push(move_units_command(design, scenario.id, ["pbso"], "dpo"))
    moved = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    assert cache.laned_afresh and moved.routes != before.routes
    stack.undo()
    again = layout_chart(scenario, LayoutOptions(), rank, routes=cache)
    assert cache.searched == 0 and not cache.laned_afresh
    assert again.routes == before.routes == layout_chart(scenario, LayoutOptions(), rank).routes
