"""Which wrap of the zones into rows makes a chart fill a screen of a given shape.

Wrapping moves whole zones and never changes their size, so one unwrapped
layout tells how wide and tall every row of zones would be for any wrap
width; the choice then costs no further layout, whatever the chart's size.
"""

from __future__ import annotations

from orgeditor.layout.chart import ChartLayout
from orgeditor.layout.options import LayoutOptions


def rows_for_wrap(widths: list[float], wrap: float | None, gap: float) -> list[list[int]]:
    """The zones (by index) on each row when zones of ``widths`` wrap at ``wrap``.

    The same rule as the layout's: a zone that would end past ``wrap`` starts
    a new row, unless it is the first of its row.
    """
    rows: list[list[int]] = [[]]
    x = 0.0
    for index, width in enumerate(widths):
        if wrap is not None and rows[-1] and x + width > wrap:
            rows.append([])
            x = 0.0
        rows[-1].append(index)
        x += width + gap
    return rows


def screen_wrap(
    unwrapped: ChartLayout,
    options: LayoutOptions,
    width: float,
    height: float,
    margin: float = 0.0,
) -> float | None:
    """The wrap width that shows ``unwrapped``'s chart largest in ``width`` x ``height``.

    ``unwrapped`` was laid out with ``options`` and no wrap; ``margin`` is kept
    free around the chart (the scene's margin). None: one row is best.
    """
    zones = unwrapped.zones
    if len(zones) < 2 or width <= 0 or height <= 0:
        return None
    widths = [z.box.w for z in zones]
    heights = [z.box.h for z in zones]
    above = unwrapped.bounds.h - max(heights)  # the top card and its lines, above the zones
    row_gap = options.zone_gap + options.v_gap  # from a row's bottom to the next row's zones
    best: tuple[float, float | None] = (0.0, None)
    edges = sorted({sum(widths[: i + 1]) + i * options.zone_gap for i in range(len(widths))})
    for wrap in [None, *reversed(edges)]:
        rows = rows_for_wrap(widths, wrap, options.zone_gap)
        chart_w = max(
            max(sum(widths[i] for i in row) + (len(row) - 1) * options.zone_gap for row in rows),
            options.card_width,
        )
        chart_h = above + sum(max(heights[i] for i in row) for row in rows)
        chart_h += (len(rows) - 1) * row_gap
        scale = min(width / (chart_w + 2 * margin), height / (chart_h + 2 * margin))
        if scale > best[0] * 1.0001:  # a wider wrap (fewer rows) wins a tie
            best = (scale, wrap)
    return best[1]
