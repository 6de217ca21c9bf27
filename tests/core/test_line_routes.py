"""Dual and dotted lines run around cards: no segment passes through a card.

The check is the independent geometry of ``tests/chart_oracle.py`` (Liang-Barsky
clipping of each segment against every card), over the UN sample and random designs.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import load_design
from orgeditor.layout import ChartLayout, LayoutOptions, layout_chart
from orgeditor.model import ReportingLine, Scenario
from tests.chart_oracle import crosses_interior, on_border
from tests.conftest import UN_SAMPLE
from tests.core.test_chart_lines import RANK, options, trees


def route_problems(layout: ChartLayout) -> list[str]:
    """Each route that starts or ends off its card, or runs through any card."""
    found = []
    for route in layout.routes:
        source, target = layout.boxes[route.source], layout.boxes[route.target]
        if not on_border(route.points[0], tuple(source)):
            found.append(f"{route.line} starts off {route.source}")
        if not on_border(route.points[-1], tuple(target)):
            found.append(f"{route.line} ends off {route.target}")
        for a, b in pairwise(route.points):
            for unit, box in layout.boxes.items():
                if crosses_interior(a, b, tuple(box)):
                    found.append(f"{route.line} runs through {unit}'s card")
    return found


@pytest.mark.parametrize("scenario_index", [0, 1, 2])
@pytest.mark.parametrize("wrap", [None, 4000.0])
def test_sample_lines_pass_around_cards(scenario_index: int, wrap: float | None) -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.scenarios[scenario_index]
    layout = layout_chart(scenario, LayoutOptions(wrap_width=wrap), design.grade_rank())
    assert layout.routes  # the sample has dual lines to check
    assert route_problems(layout) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), options(), st.data())
def test_random_lines_pass_around_cards(
    tree: tuple[Scenario, frozenset[str]], chosen: LayoutOptions, data: st.DataObject
) -> None:
    scenario, collapsed = tree
    ids = sorted(scenario.units)
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=6))
    scenario.lines = {
        f"l{i}": ReportingLine(f"l{i}", a, b) for i, (a, b) in enumerate(pairs) if a != b
    }
    layout = layout_chart(scenario, replace(chosen, collapsed=collapsed), RANK)
    assert route_problems(layout) == []
