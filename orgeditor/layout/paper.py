"""Choosing the chart layout that prints largest on one sheet.

On paper, leaves become one-line rows of a list, and zones may wrap into
rows; this tries a few stack heights and wrap widths and keeps the one that
fits the sheet at the largest scale. Laying out is fast (milliseconds for a
pillar), so trying a dozen arrangements costs nothing a user notices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import product

from orgeditor.layout.chart import LayoutOptions, layout_chart
from orgeditor.layout.pages import PageSetup
from orgeditor.model import Scenario

# Paper is denser than the screen: narrower cards, tighter gaps, leaves as list rows.
PAPER = LayoutOptions(
    card_width=170.0,
    card_height=104.0,
    h_gap=12.0,
    v_gap=30.0,
    stack_indent=14.0,
    zone_gap=30.0,
    zone_padding=12.0,
    zone_header=28.0,
    compact_threshold=2,
    leaf_height=26.0,
    leaf_width=250.0,
)
STACKS = (8, 12, 16, 24)
WRAPS = (1.0, 0.75, 0.6, 0.5, 0.4, 0.33, 0.25)


Tried = Callable[[int, int], None]  # (arrangements tried, arrangements in all)


def best_fit(
    scenario: Scenario,
    setup: PageSetup,
    grade_rank: dict[str, int] | None = None,
    base: LayoutOptions = PAPER,
    tried: Tried | None = None,
) -> tuple[LayoutOptions, float]:
    """The paper layout options that print ``scenario`` largest on one sheet, and that scale.

    ``tried(done, total)`` is told after each arrangement (each is a whole
    layout: seconds apiece for a chart of 100,000 units).
    """
    content = setup.content
    unwrapped = layout_chart(scenario, replace(base, wrap_width=None), grade_rank).bounds.w
    best = (base, 0.0)
    arrangements = list(product(STACKS, WRAPS))
    for done, (rows, share) in enumerate(arrangements, 1):
        options = replace(
            base, max_stack_rows=rows, wrap_width=None if share == 1.0 else unwrapped * share
        )
        bounds = layout_chart(scenario, options, grade_rank).bounds
        if bounds.w <= 0 or bounds.h <= 0:  # nothing to draw: any arrangement will do
            return options, 1.0
        scale = min(content.w / bounds.w, content.h / bounds.h, 1.0)
        if scale > best[1] + 1e-9:
            best = (options, scale)
        if tried is not None:
            tried(done, len(arrangements))
    return best


def best_orientation(
    scenario: Scenario,
    setup: PageSetup,
    grade_rank: dict[str, int] | None = None,
    tried: Tried | None = None,
) -> PageSetup:
    """``setup`` turned to whichever orientation prints ``scenario`` larger on one sheet."""
    turned = [replace(setup, orientation=o) for o in ("landscape", "portrait")]
    scales = []
    for index, candidate in enumerate(turned):

        def counted(done: int, total: int, before: int = index) -> None:
            if tried is not None:
                tried(before * total + done, len(turned) * total)

        scales.append(best_fit(scenario, candidate, grade_rank, tried=counted)[1])
    return turned[scales.index(max(scales))]
