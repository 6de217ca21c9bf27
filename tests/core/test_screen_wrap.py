"""The wrap chosen for a screen: its prediction matches the real layout, and it is the best wrap.

The oracle lays the chart out for real with every wrap width that makes a
different arrangement and measures the scale each gives on the screen.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.assets import sample_files
from orgeditor.io import load_design
from orgeditor.layout import LayoutOptions, layout_chart
from orgeditor.layout.fit import screen_wrap
from orgeditor.model import Scenario
from tests.conftest import UN_SAMPLE
from tests.core.test_chart_lines import RANK, trees

MARGIN = 200.0


def _scale(scenario: Scenario, wrap: float | None, width: float, height: float) -> float:
    bounds = layout_chart(scenario, LayoutOptions(wrap_width=wrap), RANK).bounds
    return min(width / (bounds.w + 2 * MARGIN), height / (bounds.h + 2 * MARGIN))


def _best_by_trying(scenario: Scenario, width: float, height: float) -> float:
    unwrapped = layout_chart(scenario, LayoutOptions(), RANK)
    rights = [z.box.right for z in unwrapped.zones]
    return max(_scale(scenario, w, width, height) for w in [None, *rights])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), st.sampled_from([(1600, 1000), (1000, 1000), (800, 1200), (1900, 700)]))
def test_the_chosen_wrap_is_as_good_as_the_best_tried(
    tree: tuple[Scenario, frozenset[str]], screen: tuple[int, int]
) -> None:
    scenario, _ = tree
    width, height = screen
    options = LayoutOptions()
    wrap = screen_wrap(layout_chart(scenario, options, RANK), options, width, height, MARGIN)
    assert _scale(scenario, wrap, width, height) >= 0.98 * _best_by_trying(scenario, width, height)


@pytest.mark.parametrize("scenario_index", [0, 1, 2])
def test_the_un_sample_fills_a_16_10_screen(scenario_index: int) -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.scenarios[scenario_index]
    options = LayoutOptions()
    unwrapped = layout_chart(scenario, options, design.grade_rank())
    wrap = screen_wrap(unwrapped, options, 1000, 625, MARGIN)
    bounds = layout_chart(scenario, LayoutOptions(wrap_width=wrap), design.grade_rank()).bounds
    w, h = bounds.w + 2 * MARGIN, bounds.h + 2 * MARGIN
    scale = min(1000 / w, 625 / h)
    assert w * scale >= 0.6 * 1000 and h * scale >= 0.6 * 625


@pytest.mark.parametrize("screen", [(1000, 625), (1600, 1000), (800, 1200), (1900, 700)])
def test_the_wrap_is_chosen_as_well_without_routing_the_lines(screen: tuple[int, int]) -> None:
    """Fit chooses the wrap from a layout whose dual and dotted lines are not routed (a
    10,000-unit chart routes them in seconds): on every sample it shows the chart as large."""
    width, height = screen
    for path in sample_files():
        design = load_design(path)
        for scenario in design.scenarios:
            rank = design.grade_rank()
            with_lines = layout_chart(scenario, LayoutOptions(), rank)
            without = layout_chart(scenario, LayoutOptions(lines=False), rank)
            assert without.routes == [] and without.zones == with_lines.zones
            shown = []
            for laid_out in (without, with_lines):
                wrap = screen_wrap(laid_out, LayoutOptions(), width, height, MARGIN)
                bounds = layout_chart(scenario, LayoutOptions(wrap_width=wrap), rank).bounds
                w, h = bounds.w + 2 * MARGIN, bounds.h + 2 * MARGIN
                shown.append(min(width / w, height / h))
            assert shown[0] >= 0.98 * shown[1], (path.name, scenario.id)
