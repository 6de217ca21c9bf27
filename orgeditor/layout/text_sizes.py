"""The sizes of the chart's text, and the smallest text a print of it shows.

Card and zone text is sized in chart units (the canvas sets pixel sizes),
and a chart unit is one point on paper at 100%, so a font of ``px`` prints
at ``px * scale`` points. The page's own text (header, footer, legend) is
not scaled. The canvas items and the page painter read their sizes from
here, so the figure the print dialog shows is the one the paper gets.
"""

from __future__ import annotations

from orgeditor.layout.geometry import Box

NAME_SIZES = ((12, 2), (11, 3), (10, 3), (9, 3), (8, 4))  # a card's name: size and most lines
TWO_LINES_PX = 10  # a note keeps its second line only if the name keeps two lines this large
DETAIL_PX = 10  # a card's detail, figures and notes
ROW_NAME_PX = 10  # a leaf row's name; a long one takes two lines, one or two pixels smaller
ROW_NAME_SMALLER = (ROW_NAME_PX - 1, ROW_NAME_PX - 2)
BADGE_PX = 11  # the count in a finding badge
TAG_PX = 9  # "NEW", "MOVED" ... over a card
CHIP_PX = 9  # "+12" under a collapsed card
CAPTION_PX = 10  # a dual or dotted line's caption
ZONE_TITLE_PX = 17
ZONE_TITLE_INSET = (16.0, 8.0, 30.0)  # left and right, top, height of the title in its zone
HEADER_PT = 9  # page header and footer (the page painter works in points)
LEGEND_PT = 7
LEGIBLE_PT = 6.0  # the smallest text a print should have


def smallest_chart_px() -> float:
    """The smallest font any card, row, zone or caption of a chart may use, in chart units."""
    return float(
        min(
            *(size for size, _ in NAME_SIZES),
            DETAIL_PX,
            *ROW_NAME_SMALLER,
            BADGE_PX,
            TAG_PX,
            CHIP_PX,
            CAPTION_PX,
            ZONE_TITLE_PX,
        )
    )


def smallest_text_pt(scale: float, legend: bool = True) -> float:
    """The smallest text, in points, on a page that shows the chart at ``scale``.

    The chart's smallest font is a floor: a card uses it when its name is too
    long for the larger sizes, as on most large charts.
    """
    page = min(HEADER_PT, LEGEND_PT) if legend else HEADER_PT
    return min(smallest_chart_px() * scale, page)


def legible_scale() -> float:
    """The smallest chart scale, in whole percent, whose text is ``LEGIBLE_PT`` or more."""
    percent = -(-LEGIBLE_PT * 100 // smallest_chart_px())  # rounded up
    return float(percent) / 100


def zone_title_box(zone: Box) -> Box:
    """Where a zone's title is written inside the zone's box."""
    side, top, height = ZONE_TITLE_INSET
    return Box(zone.x + side, zone.y + top, max(0.0, zone.w - 2 * side), height)
