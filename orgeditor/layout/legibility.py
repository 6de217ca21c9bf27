"""How small a print's text comes out, and the paper or tiling that keeps it legible.

``estimate`` works out, for a choice of paper and page layout, the scale the
chart prints at (on its smallest page), the page count and so the smallest
text, with the same planning functions the printing uses. ``proposals`` gives
the choices that keep all text at ``LEGIBLE_PT`` or more: the whole chart on
a larger sheet of the same family, tiles on this paper, or a booklet.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from orgeditor.layout.booklet import booklet_sheets
from orgeditor.layout.chart import ChartLayout, LayoutOptions, layout_chart
from orgeditor.layout.geometry import Box
from orgeditor.layout.pages import PageSetup, plan_tiles
from orgeditor.layout.paper import best_fit, best_orientation
from orgeditor.layout.paper_sizes import PAPERS_MM, paper_size_mm
from orgeditor.layout.text_sizes import (
    LEGIBLE_PT,
    legible_scale,
    smallest_text_pt,
    zone_title_box,
)
from orgeditor.model import Scenario

Mode = Literal["fit", "tile", "booklet"]
# Sheets from small to large, by family; a chart too small on one is offered the next ones.
FAMILIES = (
    ("A5", "A4", "A3", "A2", "A1", "A0"),
    ("B5", "B4", "B3", "B2", "B1", "B0"),
    ("Letter", "Legal", "Tabloid", "ANSI C", "ANSI D", "ANSI E"),
    ("Arch A", "Arch B", "Arch C", "Arch D", "Arch E"),
)


@dataclass(frozen=True)
class PrintEstimate:
    """What a choice prints: the page setup (turned as it prints), the smallest scale, pages."""

    mode: Mode
    setup: PageSetup
    scale: float  # the chart's scale on its smallest-scaled page
    pages: int

    @property
    def smallest_pt(self) -> float:
        """The smallest text on the pages, in points."""
        return smallest_text_pt(self.scale, self.setup.legend_mm > 0)

    @property
    def legible(self) -> bool:
        """Whether every text prints at ``LEGIBLE_PT`` or more."""
        return round(self.smallest_pt, 2) >= LEGIBLE_PT


def printed_areas(layout: ChartLayout) -> list[Box]:
    """What a sheet must hold part of to be worth printing: the cards and the zone titles."""
    return [*layout.boxes.values(), *(zone_title_box(z.box) for z in layout.zones)]


def tile_layout(scenario: Scenario, grade_rank: dict[str, int] | None = None) -> ChartLayout:
    """The layout tiles print (the screen's, every unit expanded)."""
    return layout_chart(scenario, LayoutOptions(), grade_rank)


def estimate(
    scenario: Scenario,
    setup: PageSetup,
    mode: Mode,
    tile_scale: float = 0.75,
    turn: bool = False,
    grade_rank: dict[str, int] | None = None,
) -> PrintEstimate:
    """What printing ``scenario`` on ``setup`` as ``mode`` gives (``turn``: fit, best way up)."""
    if not scenario.units:
        return PrintEstimate(mode, setup, 1.0, 1)
    if mode == "fit":
        if turn:
            setup = best_orientation(scenario, setup, grade_rank)
        _, scale = best_fit(scenario, setup, grade_rank)
        return PrintEstimate(mode, setup, scale, 1)
    if mode == "tile":
        layout = tile_layout(scenario, grade_rank)
        tiles = plan_tiles(layout.bounds, setup, tile_scale, occupied=printed_areas(layout))
        return PrintEstimate(mode, setup, tile_scale, len(tiles) + (len(tiles) > 1))
    _, sheets = booklet_sheets(scenario, setup, grade_rank=grade_rank)
    return PrintEstimate(mode, setup, min(s.plan.scale for s in sheets), len(sheets))


def larger_papers(paper: str) -> list[str]:
    """The named sheets larger than ``paper`` in its family (the A series for a custom size)."""
    area = _area(paper)
    family = next((f for f in FAMILIES if paper in f), FAMILIES[0])
    return [name for name in family if _area(name) > area + 1e-6]


def _area(paper: str) -> float:
    short, long = paper_size_mm(paper) if paper not in PAPERS_MM else PAPERS_MM[paper]
    return short * long


def proposals(
    scenario: Scenario,
    setup: PageSetup,
    turn: bool = True,
    grade_rank: dict[str, int] | None = None,
) -> list[PrintEstimate]:
    """Choices that print every text at ``LEGIBLE_PT`` or more, the most like a wall chart first.

    The whole chart on the smallest larger sheet of the paper's family that
    makes it legible (if any does), tiles on this paper at the legible scale,
    and a booklet on this paper if its pages are legible.
    """
    found = []
    fit = estimate(scenario, setup, "fit", turn=turn, grade_rank=grade_rank)
    if fit.legible:
        found.append(fit)
    else:
        for paper in larger_papers(setup.paper):
            bigger = estimate(
                scenario, replace(setup, paper=paper), "fit", turn=turn, grade_rank=grade_rank
            )
            if bigger.legible:
                found.append(bigger)
                break
    found.append(estimate(scenario, setup, "tile", legible_scale(), grade_rank=grade_rank))
    booklet = estimate(scenario, setup, "booklet", grade_rank=grade_rank)
    if booklet.legible:
        found.append(booklet)
    return found


def default_choice(
    scenario: Scenario, setup: PageSetup, grade_rank: dict[str, int] | None = None
) -> PrintEstimate:
    """What a print of ``scenario`` on ``setup``'s paper starts as: legible, on this paper.

    The whole chart on one sheet (turned the way it prints larger) if its text
    is legible there, else tiles at the legible scale.
    """
    fit = estimate(scenario, setup, "fit", turn=True, grade_rank=grade_rank)
    if fit.legible:
        return fit
    return estimate(scenario, setup, "tile", legible_scale(), grade_rank=grade_rank)
