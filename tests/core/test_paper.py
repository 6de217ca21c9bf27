"""Paper arrangement: the chosen layout prints larger than the screen layout would."""

from __future__ import annotations

from orgeditor.io import load_design
from orgeditor.layout import LayoutOptions, layout_chart
from orgeditor.layout.pages import PageSetup
from orgeditor.layout.paper import best_fit
from tests.chart_oracle import on_border
from tests.conftest import UN_SAMPLE


def test_best_fit_beats_the_screen_layout_on_a3() -> None:
    design = load_design(UN_SAMPLE)
    proposal = design.find_scenario("A/72/525")
    setup = PageSetup("A3", "landscape")
    screen = layout_chart(proposal, LayoutOptions(), design.grade_rank()).bounds
    content = setup.content
    screen_scale = min(content.w / screen.w, content.h / screen.h)
    options, scale = best_fit(proposal, setup, design.grade_rank())
    assert scale > 2 * screen_scale  # about 0.41 against 0.20
    assert options.leaf_height is not None and options.wrap_width is not None
    chart = layout_chart(proposal, options, design.grade_rank())
    assert set(chart.boxes) == set(proposal.units)
    rows = sorted({round(z.box.y) for z in chart.zones})
    assert len(rows) > 1  # zones wrapped into rows under one trunk
    # every dual line is drawn, those between rows too, from card to card
    assert {r.line for r in chart.routes} == set(proposal.lines)
    row_of = {
        u: z.box.y for z in chart.zones for u, b in chart.boxes.items() if z.box.contains(b.center)
    }
    assert any(row_of[r.source] != row_of[r.target] for r in chart.routes)
    for route in chart.routes:
        assert on_border(route.points[0], tuple(chart.boxes[route.source])), route.line
        assert on_border(route.points[-1], tuple(chart.boxes[route.target])), route.line
