"""Paper: page sizes, margins, and which part of the chart goes on which page.

All lengths are points (1/72 inch); the chart's own units are points at 100%.
``plan_fit`` puts the whole chart on one page; ``plan_tiles`` cuts it into a
grid of pages at a chosen scale, each overlapping its neighbours a little and
labelled like a map ("B2": column B, row 2) so the sheets can be assembled.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, isfinite
from string import ascii_uppercase
from typing import Literal

from orgeditor.layout.geometry import Box
from orgeditor.layout.paper_sizes import paper_name, paper_size_mm

MM = 72 / 25.4
Orientation = Literal["portrait", "landscape"]
# What the print and export options accept (the dialogs' spin boxes and the CLI share them).
MARGIN_MM_RANGE = (0.0, 50.0)
TILE_SCALE_RANGE = (0.1, 2.0)
DPI_RANGE = (36, 600)


def check_range(what: str, value: float, bounds: tuple[float, float], unit: str = "") -> None:
    """Refuse a value outside ``bounds`` (or not a finite number) with a plain message.

    Raises:
        ValueError: ``the margin must be from 0 to 50 mm, not 1e+09``.
    """
    low, high = bounds
    if not (isfinite(value) and low <= value <= high):
        raise ValueError(f"{what} must be from {low:g} to {high:g}{unit}, not {value:g}")


@dataclass(frozen=True)
class PageSetup:
    """Paper, orientation and margins; the header and footer bands sit inside the margins."""

    paper: str = "A4"  # a name of PAPERS_MM or a custom size ("900x600mm"), see paper_sizes
    orientation: Orientation = "landscape"
    margin_mm: float = 10.0
    header_mm: float = 9.0
    footer_mm: float = 7.0
    sheet_pt: tuple[float, float] | None = None  # a printer's own paper, portrait, in points
    legend_mm: float = 0.0  # a band under the chart for the legend (0: none)

    def __post_init__(self) -> None:
        if self.sheet_pt is None:  # the printer's own paper needs no name
            object.__setattr__(self, "paper", paper_name(self.paper))
        check_range("the margin", self.margin_mm, MARGIN_MM_RANGE, " mm")

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the sheet in points."""
        if self.sheet_pt is not None:
            short, long = sorted(self.sheet_pt)
        else:
            short, long = (side * MM for side in paper_size_mm(self.paper))
        return (long, short) if self.orientation == "landscape" else (short, long)

    @property
    def content(self) -> Box:
        """Where the chart goes on the sheet: inside the margins, header and footer."""
        width, height = self.size
        margin = self.margin_mm * MM
        top = margin + self.header_mm * MM
        bottom = margin + (self.footer_mm + self.legend_mm) * MM
        return Box(margin, top, width - 2 * margin, height - top - bottom)

    @property
    def legend_band(self) -> Box | None:
        """Where the legend goes: between the chart and the footer (None without a legend)."""
        if not self.legend_mm:
            return None
        content = self.content
        return Box(content.x, content.bottom + 2 * MM, content.w, (self.legend_mm - 2) * MM)


@dataclass(frozen=True)
class PagePlan:
    """One sheet: the part of the chart it shows (``source``) at ``scale``, and its label.

    A tile's ``cell`` is its own part of ``source``, which no tile before it
    prints: the cells of a grid cover it without overlapping (the assembly map
    draws them).
    """

    number: int
    source: Box
    scale: float
    label: str = ""
    column: int = 0
    row: int = 0
    cell: Box | None = None


def plan_fit(bounds: Box, setup: PageSetup) -> list[PagePlan]:
    """The whole chart on one page, as large as it fits (never above 100%)."""
    content = setup.content
    scale = min(content.w / bounds.w, content.h / bounds.h, 1.0) if bounds.w and bounds.h else 1.0
    width, height = content.w / scale, content.h / scale
    source = Box(bounds.center[0] - width / 2, bounds.center[1] - height / 2, width, height)
    return [PagePlan(1, source, scale)]


def plan_tiles(
    bounds: Box,
    setup: PageSetup,
    scale: float,
    overlap_mm: float = 8.0,
    occupied: list[Box] | None = None,
) -> list[PagePlan]:
    """Cut the chart at ``scale`` into a grid of pages, row by row, overlapping ``overlap_mm``.

    With ``occupied`` (the boxes of the cards and zone titles), a sheet is
    printed only if one of them has a part in the sheet's own cell: the sheet
    less the strips along its left and top edges that the sheets before it
    (left, above) print too. The cells cover the grid without overlapping, so
    every part of every box is still on a printed sheet, and no sheet carries
    nothing but a stub of line or the edge of a card its neighbour shows.
    Sheets keep their grid labels, so the poster assembles with gaps where
    there was nothing to print, and are numbered in reading order.

    Raises:
        ValueError: a scale that is not positive, or an overlap as large as a page.
    """
    if scale <= 0:
        raise ValueError("the scale must be positive")
    content = setup.content
    overlap = overlap_mm * MM
    if overlap >= min(content.w, content.h):
        raise ValueError("the overlap is larger than the printable area")
    step_x, step_y = (content.w - overlap) / scale, (content.h - overlap) / scale
    width, height = content.w / scale, content.h / scale
    columns = max(1, ceil((bounds.w - overlap / scale) / step_x))
    rows = max(1, ceil((bounds.h - overlap / scale) / step_y))
    # centre the grid on the chart so the margins left over are even
    left = bounds.x - (columns * step_x + overlap / scale - bounds.w) / 2
    top = bounds.y - (rows * step_y + overlap / scale - bounds.h) / 2
    plans: list[PagePlan] = []
    for row in range(rows):
        for column in range(columns):
            source = Box(left + column * step_x, top + row * step_y, width, height)
            skip_x = overlap / scale if column else 0.0
            skip_y = overlap / scale if row else 0.0
            cell = Box(source.x + skip_x, source.y + skip_y, width - skip_x, height - skip_y)
            if occupied is not None and not any(_shares_area(cell, b) for b in occupied):
                continue
            label = f"{column_letters(column)}{row + 1}"
            plans.append(PagePlan(len(plans) + 1, source, scale, label, column, row, cell))
    return plans


def _shares_area(one: Box, other: Box) -> bool:
    """Whether the boxes overlap in an area (not merely touch along an edge)."""
    w = min(one.right, other.right) - max(one.x, other.x)
    h = min(one.bottom, other.bottom) - max(one.y, other.y)
    return w > 1e-6 and h > 1e-6


def column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return letters
