"""Pure chart geometry shared by the screen, print and export (no Qt)."""

from orgeditor.layout.chart import (
    ChartLayout,
    Connector,
    LayoutOptions,
    LineRoute,
    RouteCache,
    Zone,
    layout_chart,
)
from orgeditor.layout.geometry import Box, Point

__all__ = [
    "Box",
    "ChartLayout",
    "Connector",
    "LayoutOptions",
    "LineRoute",
    "Point",
    "RouteCache",
    "Zone",
    "layout_chart",
]
