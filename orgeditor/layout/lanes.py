"""Separate dual lines that would run along the same lane, so a reader can follow each one.

Every route runs on the same grid of lines just outside the cards' edges
(:mod:`orgeditor.layout.routes`), so two routes through the same gap, or along
the same bus above the cards, are drawn on top of each other, and on top of the
primary connectors. Here each route's segments are moved sideways, one at a
time, to the nearest free lane: a lane is free when no segment already placed
(another route's, or a connector's) runs along it for more than ``OVERLAP``
points, and the moved segment, with the two it joins, stays clear of every card.
A segment that finds no free lane within ``MAX_LANES`` on either side stays
where it was (it passes no card there). The first and last segments may slide
along their card's top, so lines that meet at one card arrive side by side.

An orthogonal polyline whose segments alternate vertical, horizontal, ...,
vertical is fixed by its two end heights and one coordinate per segment (the x
of a vertical, the y of a horizontal), so moving one coordinate keeps every
segment straight and every corner square.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import pairwise
from math import ceil

from orgeditor.layout.geometry import Box, Point
from orgeditor.layout.routes import CELL, CardIndex, RouteCache

OVERLAP = 3.0  # points two segments may share along one lane (where they meet at a corner)
MAX_LANES = 4  # lanes tried on each side of a segment's own
SAME_LANE = 1.0  # segments closer than this, side by side, count as one lane

Segment = tuple[bool, float, float, float]  # vertical?, x or y, from, to (from <= to)


class Taken:
    """The segments already drawn, by orientation and (rounded) coordinate."""

    def __init__(self) -> None:
        self.lanes: dict[tuple[bool, int], list[tuple[float, float, float]]] = defaultdict(list)

    def add(self, segment: Segment) -> None:
        """Note a drawn segment."""
        vertical, at, low, high = segment
        self.lanes[(vertical, round(at))].append((at, low, high))

    def shares_lane(self, segment: Segment) -> bool:
        """Whether a drawn segment runs along ``segment`` for more than ``OVERLAP`` points."""
        vertical, at, low, high = segment
        for lane in (round(at) - 1, round(at), round(at) + 1):
            for other, a, b in self.lanes.get((vertical, lane), ()):
                if abs(other - at) < SAME_LANE and min(high, b) - max(low, a) > OVERLAP:
                    return True
        return False


def segments_of(points: Sequence[Point]) -> list[Segment]:
    """The axis-parallel segments of an orthogonal polyline (others are left out)."""
    found = []
    for (x0, y0), (x1, y1) in pairwise(points):
        if x0 == x1:
            found.append((True, x0, min(y0, y1), max(y0, y1)))
        elif y0 == y1:
            found.append((False, y0, min(x0, x1), max(x0, x1)))
    return found


def separate_lanes(
    routes: Sequence[tuple[Point, ...]],
    ends: Sequence[tuple[Box, Box]],
    index: CardIndex,
    spacing: float,
    beside: Iterable[Sequence[Point]] = (),
    kept: RouteCache | None = None,
) -> list[tuple[Point, ...]]:
    """The routes, each moved off the lanes the routes before it (and ``beside``) use.

    ``ends`` are each route's source and target cards; ``spacing`` is the distance
    between two lanes, and also how close a moved segment may come to a card
    (a quarter of it). ``kept`` gives back the lanes of an earlier call that read
    the same (:func:`lanes_key`), and keeps these.
    """
    taken = Taken()
    # only the lanes a route may move to matter: a chart has a connector per card
    reach = ceil(MAX_LANES * spacing) + 2
    used = (
        sorted(at for points in routes for v, at, _, _ in segments_of(points) if v == side)
        for side in (False, True)
    )
    horizontal, vertical = used
    for polyline in beside:
        for (x0, y0), (x1, y1) in pairwise(polyline):
            if x0 == x1 and _within(vertical, x0, reach):
                taken.add((True, x0, min(y0, y1), max(y0, y1)))
            elif y0 == y1 and _within(horizontal, y0, reach):
                taken.add((False, y0, min(x0, x1), max(x0, x1)))
    key = None
    if kept is not None:
        key = lanes_key(routes, ends, index, spacing, taken)
        found = kept.lanes.get(key)
        if found is not None:
            kept.note_lanes(key, found)
            return list(found)
    placed = []
    for points, (source, target) in zip(routes, ends, strict=True):
        coords = _coords(points)
        if coords is not None:
            ends_y = points[0][1], points[-1][1]
            points = _apart(coords, ends_y, source, target, index, taken, spacing)
        for segment in segments_of(points):
            taken.add(segment)
        placed.append(points)
    if kept is not None and key is not None:
        kept.note_lanes(key, tuple(placed))
    return placed


def lanes_key(
    routes: Sequence[tuple[Point, ...]],
    ends: Sequence[tuple[Box, Box]],
    index: CardIndex,
    spacing: float,
    beside: Taken,
) -> Hashable:
    """Everything :func:`separate_lanes` reads: the routes, their cards, the spacing, the
    connectors' segments near the routes' lanes (``beside``) and the cards a moved segment
    may come near (every card in the index cells around each segment, as far as a lane
    may move it and its ends, plus the margin kept from cards)."""
    far = (MAX_LANES + 1) * spacing  # a segment moves at most MAX_LANES lanes, its ends too
    cards: set[Box] = set()
    for points in routes:
        for (x0, y0), (x1, y1) in pairwise(points):
            for cx in range(int((min(x0, x1) - far) // CELL), int((max(x0, x1) + far) // CELL) + 1):
                for cy in range(
                    int((min(y0, y1) - far) // CELL), int((max(y0, y1) + far) // CELL) + 1
                ):
                    cards.update(index.cells.get((cx, cy), ()))
    segments = frozenset(
        (vertical, *segment) for (vertical, _), lane in beside.lanes.items() for segment in lane
    )
    return (tuple(routes), tuple(ends), spacing, segments, frozenset(cards))


def _within(values: list[float], at: float, reach: float) -> bool:
    """Whether a value of the sorted ``values`` lies within ``reach`` of ``at``."""
    i = bisect_left(values, at - reach)
    return i < len(values) and values[i] <= at + reach


def _coords(points: Sequence[Point]) -> list[float] | None:
    """One coordinate per segment, if the polyline alternates vertical, horizontal, ... vertical."""
    coords = []
    for i, ((x0, y0), (x1, y1)) in enumerate(pairwise(points)):
        vertical = i % 2 == 0
        if (x0 == x1 and y0 != y1) if vertical else (y0 == y1 and x0 != x1):
            coords.append(x0 if vertical else y0)
        else:
            return None
    return coords if len(coords) % 2 == 1 and len(coords) > 1 else None


def _points(coords: list[float], top: float, bottom: float) -> tuple[Point, ...]:
    """The polyline of ``coords``, from height ``top`` to height ``bottom``."""
    points = [(coords[0], top)]
    for i in range(1, len(coords)):
        points.append((coords[i], coords[i - 1]) if i % 2 == 0 else (coords[i - 1], coords[i]))
    points.append((coords[-1], bottom))
    return tuple(points)


def _apart(
    coords: list[float],
    ends_y: tuple[float, float],
    source: Box,
    target: Box,
    index: CardIndex,
    taken: Taken,
    spacing: float,
) -> tuple[Point, ...]:
    """Move each coordinate in turn to the nearest lane where the segments it bounds are free."""
    last = len(coords) - 1
    start_y, end_y = ends_y
    margin = spacing / 4
    tries = [0.0] + [s * k * spacing for k in range(1, MAX_LANES + 1) for s in (1, -1)]

    def fits(k: int) -> bool:
        # the segments ``coords[k]`` bounds; the one after it is judged for its lane and
        # its distance from cards when its own coordinate is chosen, but must pass no card
        # now (if no lane suits it, it stays where it is)
        points = _points(coords, start_y, end_y)
        for i in (k - 1, k, k + 1):
            if not 0 <= i <= last:
                continue
            segment = segments_of(points[i : i + 2])[0]
            own = source if i == 0 else target if i == last else None
            if i > k:  # not placed yet: it need only pass no card
                if index.meets(segment, 0.0, own):
                    return False
            elif taken.shares_lane(segment) or index.meets(segment, margin, own):
                return False
        return True

    for k, original in enumerate(coords):
        card = source if k == 0 else target if k == last else None
        for offset in tries:
            coords[k] = original + offset
            if card is not None and not card.x + spacing <= coords[k] <= card.right - spacing:
                continue
            if fits(k):
                break
        else:
            coords[k] = original  # no free lane: it stays where it passes no card
    return _points(coords, start_y, end_y)
