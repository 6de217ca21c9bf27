"""Orthogonal routes for dual and dotted lines that pass around every card.

A route leaves the top of its source card, arrives at the top of its target
card and in between runs only through the gaps between cards. It is the
shortest path, with a cost per bend, on the grid made of the lines just
outside every card's edges (a sparse "Hanan" grid): every gap between two
cards holds a grid line, so a way around the cards exists whenever one does.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import defaultdict, deque
from collections.abc import Hashable, Iterable
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
    The route never runs lower than the lower of its two ends (:func:`lowest`): it
    can always pass above, so the cards below that level are not searched.
    """
    c = clearance
    start, end = (source.center[0], source.y), (target.center[0], target.y)
    first, last = (start[0], start[1] - c), (end[0], end[1] - c)
    floor = lowest(source, target, c)
    cards = [b for b in cards if b.y < floor]
    xs = sorted({first[0], last[0], *(b.x - c for b in cards), *(b.right + c for b in cards)})
    edges = {first[1], last[1], above, *(b.y - c for b in cards), *(b.bottom + c for b in cards)}
    ys = sorted(y for y in edges if y <= floor)
    if len(xs) * len(ys) > MAX_NODES:
        return (start, end)
    path = _search(xs, ys, (xs.index(first[0]), ys.index(first[1])), last, index)
    if path is None:
        return (start, end)
    return _simplified([start, *path, end])


def lowest(source: Box, target: Box, clearance: float) -> float:
    """The lowest level a route between ``source`` and ``target`` runs at: just above the
    lower of the two cards' tops. Only cards whose top is above it can stand in its way."""
    return max(source.y, target.y) - clearance


def _search(
    xs: list[float],
    ys: list[float],
    origin: tuple[int, int],
    goal: Point,
    index: CardIndex,
) -> list[Point] | None:
    """A* over the grid from ``origin`` (grid indices) to ``goal``; bends cost ``BEND``.

    A state is a grid point and the direction it was reached in (0: along x, 1:
    along y), numbered ``(i * len(ys) + j) * 2 + d`` so that the queue orders
    states as it would order the tuples ``(i, j, d)``.
    """
    ny = len(ys)
    gx, gy = goal
    goal_node = xs.index(gx) * ny + ys.index(gy)
    cells = index.cells
    free: dict[tuple[float, float], bool] = {}

    def open_at(x: float, y: float) -> bool:
        key = (x, y)
        known = free.get(key)
        if known is None:
            known = True
            for bx, by, bw, bh in cells.get((int(x // CELL), int(y // CELL)), ()):
                if bx < x < bx + bw and by < y < by + bh:
                    known = False
                    break
            free[key] = known
        return known

    best: dict[int, float] = {}
    came: dict[int, int] = {}
    queue: list[tuple[float, float, int]] = []
    start = origin[0] * ny + origin[1]
    estimate = GREED * (abs(xs[origin[0]] - gx) + abs(ys[origin[1]] - gy))
    for d in (0, 1):
        best[start * 2 + d], came[start * 2 + d] = 0.0, -1
        heapq.heappush(queue, (estimate, 0.0, start * 2 + d))
    last_i, last_j = len(xs) - 1, ny - 1
    while queue:
        _, cost, state = heapq.heappop(queue)
        if cost > best[state]:
            continue
        node, d = divmod(state, 2)
        if node == goal_node:
            points = []
            while state >= 0:
                i, j = divmod(state // 2, ny)
                points.append((xs[i], ys[j]))
                state = came[state]
            return points[::-1]
        i, j = divmod(node, ny)
        x, y = xs[i], ys[j]
        for step_i, step_j, nd in ((-1, 0, 0), (1, 0, 0), (0, -1, 1), (0, 1, 1)):
            ni, nj = i + step_i, j + step_j
            if not (0 <= ni <= last_i and 0 <= nj <= last_j):
                continue
            nx, ny_ = xs[ni], ys[nj]
            # the point, and the middle of the step (a card may lie between two grid lines)
            if not open_at(nx, ny_) or not open_at((x + nx) / 2, (y + ny_) / 2):
                continue
            new_cost = cost + abs(nx - x) + abs(ny_ - y) + (BEND if nd != d else 0.0)
            new = (ni * ny + nj) * 2 + nd
            if new_cost < best.get(new, float("inf")):
                best[new], came[new] = new_cost, state
                estimate = GREED * (abs(nx - gx) + abs(ny_ - gy))
                heapq.heappush(queue, (new_cost + estimate, new_cost, new))
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


RouteKey = tuple[Box, Box, float, float, float, frozenset[Box]]


class RouteCache:
    """Routes kept from one layout of a chart to the next, keyed by all a route depends on.

    A route (:func:`route_around`) is a function of its two cards, the cards whose
    columns reach into its search grid and whose tops are above its lowest level (the
    grid's lines come from some of them and the search asks the index only about
    points between its outermost lines and above that level), the
    height ``above`` every card, the clearance and how far beside its two cards the
    search looks (``reach``: which of those cards give the grid lines). The key is
    exactly those, so a kept route is what a fresh search finds
    (``tests/core/test_route_cache.py`` compares them after random edits). It holds
    the routes the latest ``KEEP_LAYOUTS`` layouts drew (so switching between two
    scenarios, to and fro, searches nothing again) and forgets the rest.
    """

    KEEP_LAYOUTS = 4

    def __init__(self) -> None:
        self.routes: dict[RouteKey, tuple[Point, ...]] = {}
        self.drawn: deque[set[RouteKey]] = deque(maxlen=self.KEEP_LAYOUTS)  # latest last
        self.searched = 0  # routes searched afresh by the latest layout (the rest were kept)
        # the routes as drawn, each moved onto a lane of its own (lanes.separate_lanes), keyed
        # by all that reads (lanes.lanes_key), for the latest KEEP_LAYOUTS layouts
        self.lanes: dict[Hashable, tuple[tuple[Point, ...], ...]] = {}
        self._laned: deque[Hashable] = deque(maxlen=self.KEEP_LAYOUTS)
        self.laned_afresh = False  # whether the latest layout moved its routes onto lanes anew
        # every route of a chart, keyed by all route_lines reads (every card, not only those
        # near each route): an undo or a switch back finds its chart's routes in one look-up
        self.charts: dict[Hashable, list[tuple[Point, ...]]] = {}
        self._charted: deque[Hashable] = deque(maxlen=self.KEEP_LAYOUTS)

    def note(self, drawn: dict[RouteKey, tuple[Point, ...]], searched: int) -> None:
        """Keep the routes a layout drew; forget those no recent layout drew."""
        self.drawn.append(set(drawn))
        self.routes.update(drawn)
        recent = set().union(*self.drawn)
        self.routes = {key: points for key, points in self.routes.items() if key in recent}
        self.searched = searched

    def note_chart(self, key: Hashable, routes: list[tuple[Point, ...]]) -> None:
        """Keep a chart's routes; forget those no recent layout drew."""
        self._charted.append(key)
        if key not in self.charts:
            self.charts[key] = routes
            self.charts = {k: self.charts[k] for k in self._charted}

    def note_lanes(self, key: Hashable, placed: tuple[tuple[Point, ...], ...]) -> None:
        """Keep the lanes a layout drew; forget those no recent layout drew."""
        self.laned_afresh = key not in self.lanes
        self._laned.append(key)
        self.lanes[key] = placed
        self.lanes = {k: self.lanes[k] for k in self._laned}


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
    for a way.
    """
    chart = (tuple(ends), above, clearance, reach, frozenset(cards))
    if kept is not None and chart in kept.charts:
        kept.searched = 0
        kept.note_chart(chart, kept.charts[chart])
        return list(kept.charts[chart])
    fresh: dict[RouteKey, tuple[Point, ...]] = {}
    routes = []
    searched = 0
    columns = Columns(cards)
    for a, b in ends:
        floor = lowest(a, b, clearance)
        band = columns.between(min(a.x, b.x) - reach, max(a.x + a.w, b.x + b.w) + reach)
        near = [box for box in band if box.y < floor]
        left = min(a.center[0], b.center[0], *(box.x - clearance for box in near))
        right = max(a.center[0], b.center[0], *(box.x + box.w + clearance for box in near))
        inputs = frozenset(box for box in columns.between(left, right) if box.y < floor)
        key = (a, b, above, clearance, reach, inputs)
        points = fresh.get(key) or (kept.routes.get(key) if kept is not None else None)
        if points is None:
            points = route_around(a, b, near, index, above, clearance)
            searched += 1
        fresh[key] = points
        routes.append(points)
    if kept is not None:
        kept.note(fresh, searched)
        kept.note_chart(chart, routes)
    return routes


class Columns:
    """The cards sorted by their left side, to ask quickly which reach into a band of x."""

    def __init__(self, boxes: Iterable[Box]) -> None:
        self.boxes = sorted(boxes)
        self.lefts = [box.x for box in self.boxes]
        self.widest = max((box.w for box in self.boxes), default=0.0)

    def between(self, x0: float, x1: float) -> list[Box]:
        """The cards that reach into ``x0`` to ``x1`` (edges included)."""
        first = bisect_left(self.lefts, x0 - self.widest)
        last = bisect_right(self.lefts, x1)
        return [box for box in self.boxes[first:last] if box.x + box.w >= x0]


def caption_point(points: tuple[Point, ...]) -> Point:
    """Where a route's caption goes: the middle of its longest horizontal run."""
    runs = [(abs(b[0] - a[0]), a, b) for a, b in pairwise(points)]
    flat = [r for r in runs if r[1][1] == r[2][1]] or runs
    _, a, b = max(flat, key=lambda r: r[0])
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
