"""Orthogonal routes for dual and dotted lines that pass around every card.

A route leaves the top of its source card, arrives at the top of its target
card and in between runs only through the gaps between cards. It is the
shortest path, with a cost per bend, on the grid made of the lines just
outside every card's edges (a sparse "Hanan" grid): every gap between two
cards holds a grid line, so a way around the cards exists whenever one does.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise

from orgeditor.layout.geometry import Box, Point

CLEARANCE = 5.0  # points between a route and the cards it passes (under the smallest gap)
BEND = 40.0  # what a bend costs, in points of length
CELL = 256.0  # the side of a cell of the card index
MAX_NODES = 400_000  # a grid larger than this is not searched: the line is drawn straight
GREED = 2.0  # the search trusts its estimate this much more than the length so far
# (the route may be a little longer than the shortest, found in a tenth of the time)


class CardIndex:
    """The cards in square cells, to ask quickly which cards hold a point."""

    def __init__(self, boxes: Iterable[Box]) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = defaultdict(list)
        for box in boxes:
            for cx in range(int(box.x // CELL), int(box.right // CELL) + 1):
                for cy in range(int(box.y // CELL), int(box.bottom // CELL) + 1):
                    self.cells[(cx, cy)].append(box)

    def inside(self, x: float, y: float) -> bool:
        """Whether (x, y) is strictly inside a card."""
        return any(
            bx < x < bx + bw and by < y < by + bh
            for bx, by, bw, bh in self.cells.get((int(x // CELL), int(y // CELL)), ())
        )

    def meets(
        self, segment: tuple[bool, float, float, float], margin: float, own: Box | None = None
    ) -> bool:
        """Whether an axis-parallel segment (vertical?, x or y, from, to) comes closer than
        ``margin`` to a card (``own`` left out: the card the segment starts from)."""
        vertical, at, low, high = segment
        x0, x1, y0, y1 = (at, at, low, high) if vertical else (low, high, at, at)
        for cx in range(int((x0 - margin) // CELL), int((x1 + margin) // CELL) + 1):
            for cy in range(int((y0 - margin) // CELL), int((y1 + margin) // CELL) + 1):
                for box in self.cells.get((cx, cy), ()):
                    bx, by, bw, bh = box
                    if (
                        bx - margin < x1
                        and x0 < bx + bw + margin
                        and by - margin < y1
                        and y0 < by + bh + margin
                        and box != own
                    ):
                        return True
        return False


def route_around(
    source: Box,
    target: Box,
    cards: list[Box],
    index: CardIndex,
    above: float,
    clearance: float = CLEARANCE,
) -> tuple[Point, ...]:
    """An orthogonal polyline from the top of ``source`` to the top of ``target``.

    ``cards`` are those the route may pass near (all other cards: ``index``);
    ``above`` is a y above every card, where a route can always run;
    ``clearance`` must be less than half the smallest gap between two cards.
    """
    c = clearance
    start, end = (source.center[0], source.y), (target.center[0], target.y)
    first, last = (start[0], start[1] - c), (end[0], end[1] - c)
    xs = sorted({first[0], last[0], *(b.x - c for b in cards), *(b.right + c for b in cards)})
    ys = sorted(
        {first[1], last[1], above, *(b.y - c for b in cards), *(b.bottom + c for b in cards)}
    )
    if len(xs) * len(ys) > MAX_NODES:
        return (start, end)
    path = _search(xs, ys, (xs.index(first[0]), ys.index(first[1])), last, index)
    if path is None:
        return (start, end)
    return _simplified([start, *path, end])


def _search(
    xs: list[float],
    ys: list[float],
    origin: tuple[int, int],
    goal: Point,
    index: CardIndex,
) -> list[Point] | None:
    """A* over the grid from ``origin`` (grid indices) to ``goal``; bends cost ``BEND``."""
    gi, gj = xs.index(goal[0]), ys.index(goal[1])
    free: dict[tuple[int, int], bool] = {}

    def open_at(i: int, j: int) -> bool:
        key = (i, j)
        if key not in free:
            free[key] = not index.inside(xs[i], ys[j])
        return free[key]

    def h(i: int, j: int) -> float:
        return GREED * (abs(xs[i] - goal[0]) + abs(ys[j] - goal[1]))

    # a state is a grid point and the direction it was reached in (0: along x, 1: along y)
    best: dict[tuple[int, int, int], float] = {}
    came: dict[tuple[int, int, int], tuple[int, int, int] | None] = {}
    queue: list[tuple[float, float, tuple[int, int, int]]] = []
    for d in (0, 1):
        state = (*origin, d)
        best[state], came[state] = 0.0, None
        heapq.heappush(queue, (h(*origin), 0.0, state))
    while queue:
        _, cost, state = heapq.heappop(queue)
        if cost > best.get(state, float("inf")):
            continue
        i, j, d = state
        if (i, j) == (gi, gj):
            points = []
            node: tuple[int, int, int] | None = state
            while node is not None:
                points.append((xs[node[0]], ys[node[1]]))
                node = came[node]
            return points[::-1]
        for ni, nj, nd in ((i - 1, j, 0), (i + 1, j, 0), (i, j - 1, 1), (i, j + 1, 1)):
            if not (0 <= ni < len(xs) and 0 <= nj < len(ys)) or not open_at(ni, nj):
                continue
            mx, my = (xs[i] + xs[ni]) / 2, (ys[j] + ys[nj]) / 2
            if index.inside(mx, my):  # the step passes through a card between grid lines
                continue
            step = abs(xs[ni] - xs[i]) + abs(ys[nj] - ys[j]) + (BEND if nd != d else 0.0)
            new = (ni, nj, nd)
            if cost + step < best.get(new, float("inf")):
                best[new], came[new] = cost + step, state
                heapq.heappush(queue, (cost + step + h(ni, nj), cost + step, new))
    return None


def _simplified(points: list[Point]) -> tuple[Point, ...]:
    """Drop the points in the middle of straight runs."""
    kept = [points[0]]
    for point, after in pairwise(points[1:]):
        before = kept[-1]
        straight = (before[0] == point[0] == after[0]) or (before[1] == point[1] == after[1])
        if not straight and point != before:
            kept.append(point)
    if points[-1] != kept[-1]:
        kept.append(points[-1])
    return tuple(kept)


RouteKey = tuple[Box, Box, float, float, frozenset[Box]]


class RouteCache:
    """Routes kept from one layout of a chart to the next, keyed by all a route depends on.

    A route (:func:`route_around`) is a function of its two cards, the cards whose
    columns reach into its search grid (the grid's lines come from some of them and
    the search asks the index only about points between its outermost lines), the
    height ``above`` every card and the clearance. The key is exactly those, so a
    kept route is what a fresh search finds (``tests/core/test_route_cache.py``
    compares them after random edits). Each layout keeps only the routes it drew.
    """

    def __init__(self) -> None:
        self.routes: dict[RouteKey, tuple[Point, ...]] = {}
        self.searched = 0  # routes searched afresh by the latest layout (the rest were kept)


def route_lines(
    ends: list[tuple[Box, Box]],
    cards: list[Box],
    index: CardIndex,
    above: float,
    clearance: float,
    reach: float,
    kept: RouteCache | None = None,
) -> list[tuple[Point, ...]]:
    """The route of each (source, target) pair around ``cards`` (``index``: the same cards),
    reusing ``kept`` ones.

    ``reach`` widens the columns between the two cards in which the search looks
    for a way (see :func:`cards_near`).
    """
    fresh: dict[RouteKey, tuple[Point, ...]] = {}
    routes = []
    searched = 0
    for a, b in ends:
        near = cards_near(cards, a, b, reach)
        left = min(a.center[0], b.center[0], *(box.x - clearance for box in near))
        right = max(a.center[0], b.center[0], *(box.right + clearance for box in near))
        inputs = frozenset(box for box in cards if box.right >= left and box.x <= right)
        key = (a, b, above, clearance, inputs)
        points = fresh.get(key) or (kept.routes.get(key) if kept is not None else None)
        if points is None:
            points = route_around(a, b, near, index, above, clearance)
            searched += 1
        fresh[key] = points
        routes.append(points)
    if kept is not None:
        kept.routes, kept.searched = fresh, searched
    return routes


def cards_near(boxes: list[Box], a: Box, b: Box, reach: float) -> list[Box]:
    """The cards that reach into the columns from ``a`` to ``b``, widened by ``reach``."""
    x0, x1 = min(a.x, b.x) - reach, max(a.right, b.right) + reach
    return [box for box in boxes if box.right >= x0 and box.x <= x1]


def caption_point(points: tuple[Point, ...]) -> Point:
    """Where a route's caption goes: the middle of its longest horizontal run."""
    runs = [(abs(b[0] - a[0]), a, b) for a, b in pairwise(points)]
    flat = [r for r in runs if r[1][1] == r[2][1]] or runs
    _, a, b = max(flat, key=lambda r: r[0])
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
