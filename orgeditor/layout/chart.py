"""Org-chart geometry of a scenario, shared by the screen, print and export.

The top unit sits above a row of **zones**, one per child of the top: the
departments and the shared structure first (political department, shared
structure, other departments), then context units. Inside a zone, a unit is
centred over the row of its children; leaf children that would make a row
wide are **stacked** in columns under their parent (compact layout). With
``grade_rows`` each unit sits on the row of its head grade, so that, say,
every D-2 lines up across the chart. Collapsed units hide their sub-units.

Everything is iterative (no recursion), so a 50,000-long chain is fine.

An editor may pass an earlier layout of the same scenario and the zones no
edit touched since (:func:`unchanged_zones`): those zones' places are reused,
shifted if a zone to their left changed width, instead of laid out again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from math import ceil
from typing import NamedTuple

from orgeditor.layout.geometry import Box, Point
from orgeditor.model import Scenario


@dataclass(frozen=True)
class LayoutOptions:
    """Sizes (in points) and choices of the chart layout."""

    card_width: float = 190.0
    card_height: float = 74.0
    h_gap: float = 22.0
    v_gap: float = 46.0
    stack_gap: float = 12.0
    stack_indent: float = 22.0
    zone_gap: float = 70.0
    zone_padding: float = 22.0
    zone_header: float = 40.0
    compact: bool = True
    compact_threshold: int = 3
    max_stack_rows: int = 8
    grade_rows: bool = False
    zones: bool = True
    leaf_height: float | None = None  # stacked leaves as one-line rows of this height (paper)
    leaf_width: float | None = None  # and this width (default: the card width)
    wrap_width: float | None = None  # zones wrap into rows no wider than this (paper)
    collapsed: frozenset[str] = frozenset()


LIST_GAP = 3.0  # between one-line leaf rows


@dataclass(frozen=True)
class Zone:
    """A top-level home on the chart: the subtree of one child of the top."""

    unit: str
    title: str
    box: Box


class Connector(NamedTuple):
    """A primary reporting line drawn as an orthogonal polyline, parent to child.

    A named tuple: a chart has one per unit, made in C.
    """

    parent: str
    child: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class LineRoute:
    """A dual or dotted line between two drawn units, with where its caption goes.

    ``points`` are a cubic Bézier curve (start, two control points, end) that
    arcs above the cards between the two units, so the line crosses no card.
    """

    line: str
    source: str
    target: str
    points: tuple[Point, ...]
    caption_at: Point


@dataclass(frozen=True)
class ZonePlacement:
    """Where one zone's units and connectors went, placed from (``left``, ``top``)."""

    left: float
    top: float
    units: tuple[str, ...]
    boxes: tuple[Box, ...]
    connectors: tuple[Connector, ...]
    box: Box  # around the units, before the zone's padding


@dataclass
class ChartLayout:
    """Where everything goes; ``hidden`` counts the sub-units a collapsed unit hides.

    ``placements`` and ``zone_root`` (unit id -> the zone holding it) let a later
    layout reuse the zones an edit did not touch.
    """

    boxes: dict[str, Box] = field(default_factory=dict)
    zones: list[Zone] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    routes: list[LineRoute] = field(default_factory=list)
    far_lines: list[str] = field(default_factory=list)
    hidden: dict[str, int] = field(default_factory=dict)
    bounds: Box = field(default_factory=lambda: Box(0, 0, 0, 0))
    placements: dict[str, ZonePlacement] = field(default_factory=dict)
    zone_root: dict[str, str] = field(default_factory=dict)

    def zone_of(self, unit_id: str) -> Zone | None:
        """The zone whose box holds the unit's box."""
        box = self.boxes.get(unit_id)
        if box is None:
            return None
        return next((z for z in self.zones if z.box.contains(box.center)), None)


class _Tree:
    """Children lists of the visible units, and their rows."""

    def __init__(self, scenario: Scenario, options: LayoutOptions) -> None:
        self.children: dict[str | None, list[str]] = {}
        for unit in scenario.units.values():
            parent = unit.parent if unit.parent in scenario.units else None
            self.children.setdefault(parent, []).append(unit.id)
        self.collapsed = options.collapsed

    def visible_children(self, unit_id: str) -> list[str]:
        return [] if unit_id in self.collapsed else self.children.get(unit_id, [])

    def size_below(self, unit_id: str) -> int:
        count, stack = 0, list(self.children.get(unit_id, []))
        while stack:
            count += 1
            stack.extend(self.children.get(stack.pop(), []))
        return count


def _zone_roots(scenario: Scenario, tree: _Tree) -> tuple[str | None, list[str]]:
    """The top (drawn above the zones) and the zone roots, in chart order."""
    roots = tree.children.get(None, [])
    top = scenario.roles.top if scenario.roles.top in roots else None
    if top is None and len(roots) == 1:
        top = roots[0]
    if top is None:
        return None, roots
    below = tree.children.get(top, [])
    roles = scenario.roles
    departments = [u for u in roles.departments.values() if u in below]
    first = departments[:1] + ([roles.shared_structure] if roles.shared_structure in below else [])
    ordered = list(dict.fromkeys([*first, *departments[1:]]))  # a unit in two roles: one zone
    rest = [u for u in below if u not in ordered]
    others = [u for u in roots if u != top]  # units outside the tree get zones of their own
    return top, [*ordered, *rest, *others]


@dataclass(frozen=True)
class Reuse:
    """An earlier layout of the same scenario, with the same options, and the zones to keep."""

    layout: ChartLayout
    zones: frozenset[str]


def unchanged_zones(
    previous: ChartLayout, scenario: Scenario, touched: Iterable[str]
) -> frozenset[str]:
    """The zones of ``previous`` that hold none of the ``touched`` units, then or now."""
    dirty = set()
    for unit_id in touched:
        dirty.add(previous.zone_root.get(unit_id))
        if unit_id in scenario.units:
            for above in [unit_id, *scenario.ancestors(unit_id)]:
                if above in previous.placements:
                    dirty.add(above)
                    break
    return frozenset(previous.placements.keys() - dirty)


def layout_chart(
    scenario: Scenario,
    options: LayoutOptions | None = None,
    grade_rank: dict[str, int] | None = None,
    reuse: Reuse | None = None,
) -> ChartLayout:
    """Lay out ``scenario``; ``grade_rank`` (grade -> seniority) is needed for grade rows.

    ``reuse`` keeps the places of untouched zones from an earlier layout (not with
    grade rows, which line up across zones, nor with wrapped zones).
    """
    options = options or LayoutOptions()
    if options.grade_rows or options.wrap_width is not None:
        reuse = None
    tree = _Tree(scenario, options)
    placer = _Placer(scenario, tree, options, grade_rank or {})
    result = ChartLayout()
    if not options.zones:  # one plain tree per root, as on a booklet page
        x = 0.0
        for root in tree.children.get(None, []):
            x = placer.place_subtree(root, x, 0.0).right + options.zone_gap
        return _finish(result, placer, tree, scenario, options)
    top, zone_roots = _zone_roots(scenario, tree)
    above = options.zone_padding + options.zone_header
    zone_top = options.card_height + options.v_gap + above if top else above
    rows = _place_zones(placer, result, scenario, zone_roots, zone_top, reuse)
    if top is not None:
        first = [z for z in result.zones if z.unit in rows[0]]
        width = max(first[-1].box.right if first else 0.0, options.card_width)
        placer.boxes[top] = Box(
            width / 2 - options.card_width / 2, 0.0, options.card_width, options.card_height
        )
        bus = options.card_height + options.v_gap / 2
        for index, row in enumerate(r for r in rows if r):
            # above the highest zone of the row (with grade rows, zones start at different rows)
            row_bus = min(result.placements[r].box.y for r in row) - above - options.v_gap / 2
            for root in row:
                if scenario.units[root].parent != top:
                    continue
                if index == 0:
                    placer.connect(top, root)
                else:
                    placer.connect_by_trunk(top, root, bus, -options.zone_gap / 2, row_bus)
    return _finish(result, placer, tree, scenario, options)


def _place_zones(
    placer: _Placer,
    result: ChartLayout,
    scenario: Scenario,
    roots: list[str],
    zone_top: float,
    reuse: Reuse | None,
) -> list[list[str]]:
    """Place the zones left to right, wrapping into rows at ``wrap_width``; return the rows."""
    o = placer.o
    rows: list[list[str]] = [[]]
    x, y, row_bottom = 0.0, zone_top, zone_top
    for root in roots:
        start, first = len(placer.connectors), len(placer.placed)
        left = x + o.zone_padding
        kept = reuse.layout.placements.get(root) if reuse and root in reuse.zones else None
        if kept is not None and (kept.left, kept.top) == (left, y):
            box = placer.put_back(kept)  # the same place: the very same boxes
        else:
            box = placer.place_subtree(root, left, y)
            kept = None
        zone_box = box.grown(o.zone_padding, top=o.zone_padding + o.zone_header)
        if o.wrap_width and rows[-1] and zone_box.right > o.wrap_width:
            # start a new row below the tallest zone so far, with room for its bus; the row's
            # top is where a zone whose root is on the first row starts (grade rows line up)
            above = o.zone_padding + o.zone_header
            dx, dy = -zone_box.x, row_bottom + o.zone_gap + o.v_gap + above - y
            placer.shift(placer.placed[first:], start, dx, dy)
            zone_box = Box(zone_box.x + dx, zone_box.y + dy, zone_box.w, zone_box.h)
            box = Box(box.x + dx, box.y + dy, box.w, box.h)
            left, y = left + dx, y + dy
            rows.append([])
        if kept is None:
            units = tuple(placer.placed[first:])
            boxes = tuple(placer.boxes[u] for u in units)
            lines = tuple(placer.connectors[start:])
            kept = ZonePlacement(left, y, units, boxes, lines, box)
        result.placements[root] = kept
        result.zone_root.update(dict.fromkeys(kept.units, root))
        unit = scenario.units[root]
        result.zones.append(Zone(root, unit.short_name or unit.name, zone_box))
        rows[-1].append(root)
        row_bottom = max(row_bottom, zone_box.bottom)
        x = zone_box.right + o.zone_gap
    return rows


def _finish(
    result: ChartLayout, placer: _Placer, tree: _Tree, scenario: Scenario, options: LayoutOptions
) -> ChartLayout:
    """Collect the boxes, connectors, hidden counts, routed lines and bounds."""
    result.boxes = placer.boxes
    result.connectors = placer.connectors
    result.hidden = {
        u: tree.size_below(u)
        for u in options.collapsed
        if u in placer.boxes and tree.children.get(u)
    }
    result.routes = _routes(scenario, result.boxes)
    if options.wrap_width is not None:  # lines between rows of zones would cross everything
        row_of = {u: z.box.y for z in result.zones for u in _inside(result.boxes, z.box)}
        far = [r for r in result.routes if row_of.get(r.source) != row_of.get(r.target)]
        result.far_lines = [r.line for r in far]
        result.routes = [r for r in result.routes if r not in far]
    arcs = [
        Box(
            min(r.points[0][0], r.points[3][0]),
            r.points[1][1],
            abs(r.points[3][0] - r.points[0][0]),
            1,
        )
        for r in result.routes
    ]
    everything = [*result.boxes.values(), *(z.box for z in result.zones), *arcs]
    if everything:
        x0, y0 = min(b.x for b in everything), min(b.y for b in everything)
        x1, y1 = max(b.x + b.w for b in everything), max(b.y + b.h for b in everything)
        result.bounds = Box(x0, y0, x1 - x0, y1 - y0)
    return result


class _Placer:
    """Places one zone's subtree: widths bottom-up, then positions top-down."""

    def __init__(
        self, scenario: Scenario, tree: _Tree, options: LayoutOptions, grade_rank: dict[str, int]
    ) -> None:
        self.scenario, self.tree, self.o = scenario, tree, options
        self.boxes: dict[str, Box] = {}
        self.placed: list[str] = []  # the units in the order they were placed
        self.connectors: list[Connector] = []
        ranks = sorted(
            {
                grade_rank[u.head_grade]
                for u in scenario.units.values()
                if u.head_grade in grade_rank
            }
        )
        self.rank_row = {rank: row for row, rank in enumerate(ranks)}
        self.grade_rank = grade_rank

    def _split(self, unit_id: str) -> tuple[list[str], list[str]]:
        """Children drawn in the row, and leaf children stacked in columns."""
        children = self.tree.visible_children(unit_id)
        # a collapsed unit is not a leaf: it stays in the row, where its "+N" shows structure
        leaves = [c for c in children if not self.tree.children.get(c)]
        if self.o.compact and len(leaves) >= self.o.compact_threshold:
            stacked = set(leaves)
            return [c for c in children if c not in stacked], leaves
        return children, []

    @property
    def _leaf_width(self) -> float:
        return self.o.leaf_width or self.o.card_width

    def _stack_width(self, count: int) -> float:
        columns = ceil(count / self.o.max_stack_rows)
        return self.o.stack_indent + columns * self._leaf_width + (columns - 1) * self.o.h_gap

    def place_subtree(self, root: str, left: float, top: float) -> Box:
        """Place ``root`` and its visible sub-units from ``left``; return their bounding box."""
        o = self.o
        order: list[str] = []
        split: dict[str, tuple[list[str], list[str]]] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            order.append(node)
            split[node] = self._split(node)
            stack.extend(reversed(split[node][0]))
        width: dict[str, float] = {}
        for node in reversed(order):
            row, leaves = split[node]
            items = [width[c] for c in row] + ([self._stack_width(len(leaves))] if leaves else [])
            span = sum(items) + o.h_gap * (len(items) - 1) if items else 0.0
            width[node] = max(o.card_width, span)
        rows = {root: self._grade_row(root, -1)}
        lefts = {root: left}
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        for node in order:
            row_index = rows[node]
            y = top + row_index * (o.card_height + o.v_gap)
            node_left = lefts[node]
            x = node_left + (width[node] - o.card_width) / 2
            self.boxes[node] = Box(x, y, o.card_width, o.card_height)
            self.placed.append(node)
            x0, y0 = min(x0, x), min(y0, y)
            x1, y1 = max(x1, x + o.card_width), max(y1, y + o.card_height)
            row, leaves = split[node]
            items = [width[c] for c in row] + ([self._stack_width(len(leaves))] if leaves else [])
            span = sum(items) + o.h_gap * (len(items) - 1) if items else 0.0
            cursor = node_left + (width[node] - span) / 2
            for child in row:
                lefts[child] = cursor
                rows[child] = self._grade_row(child, row_index)
                cursor += width[child] + o.h_gap
            if leaves:
                column = self._place_stack(node, leaves, cursor, row_index, top)
                x0, y0 = min(x0, column.x), min(y0, column.y)
                x1, y1 = max(x1, column.right), max(y1, column.bottom)
        for node in order:  # every box is known now, the children's too
            for child in split[node][0]:
                self.connect(node, child)
        return Box(x0, y0, x1 - x0, y1 - y0)

    def _grade_row(self, unit_id: str, parent_row: int) -> int:
        if not self.o.grade_rows:
            return parent_row + 1
        grade = self.scenario.units[unit_id].head_grade
        wanted = self.rank_row.get(self.grade_rank.get(grade or "", -1), parent_row + 1)
        return max(wanted, parent_row + 1)

    def _place_stack(
        self, parent: str, leaves: list[str], left: float, parent_row: int, top: float
    ) -> Box:
        o = self.o
        first_row = parent_row + 1
        if o.grade_rows:
            first_row = max(first_row, min(self._grade_row(leaf, parent_row) for leaf in leaves))
        y0 = top + first_row * (o.card_height + o.v_gap)
        parent_box = self.boxes[parent]
        px = parent_box.center[0]
        mid = parent_box.bottom + o.v_gap / 2
        height = o.leaf_height or o.card_height
        gap = LIST_GAP if o.leaf_height else o.stack_gap
        width = self._leaf_width
        start = (px, parent_box.bottom)
        for index, leaf in enumerate(leaves):
            column, row = divmod(index, o.max_stack_rows)
            x = left + o.stack_indent + column * (width + o.h_gap)
            y = y0 + row * (height + gap)
            self.boxes[leaf] = Box(x, y, width, height)
            self.placed.append(leaf)
            spine = x - o.stack_indent / 2
            cy = y + height / 2
            self.connectors.append(
                Connector(parent, leaf, (start, (px, mid), (spine, mid), (spine, cy), (x, cy)))
            )
        columns = ceil(len(leaves) / o.max_stack_rows)
        rows = min(len(leaves), o.max_stack_rows)
        return Box(
            left + o.stack_indent,
            y0,
            columns * width + (columns - 1) * o.h_gap,
            rows * height + (rows - 1) * gap,
        )

    def put_back(self, placement: ZonePlacement) -> Box:
        """Place a zone's units and connectors where an earlier layout put them."""
        self.boxes.update(zip(placement.units, placement.boxes, strict=True))
        self.placed.extend(placement.units)
        self.connectors.extend(placement.connectors)
        return placement.box

    def shift(self, units: Iterable[str], first_connector: int, dx: float, dy: float) -> None:
        """Move placed units and the connectors made since ``first_connector``."""
        for unit in units:
            box = self.boxes[unit]
            self.boxes[unit] = Box(box.x + dx, box.y + dy, box.w, box.h)
        for index in range(first_connector, len(self.connectors)):
            c = self.connectors[index]
            points = tuple((x + dx, y + dy) for x, y in c.points)
            self.connectors[index] = Connector(c.parent, c.child, points)

    def connect_by_trunk(
        self, parent: str, child: str, bus: float, trunk: float, row_bus: float
    ) -> None:
        """From ``parent`` along the first bus to a trunk at the left, down to ``row_bus``
        above ``child``'s row of zones, along it and down to ``child``."""
        a, b = self.boxes[parent], self.boxes[child]
        px, cx = a.center[0], b.center[0]
        self.connectors.append(
            Connector(
                parent,
                child,
                (
                    (px, a.bottom),
                    (px, bus),
                    (trunk, bus),
                    (trunk, row_bus),
                    (cx, row_bus),
                    (cx, b.y),
                ),
            )
        )

    def connect(self, parent: str, child: str) -> None:
        """An orthogonal connector from the bottom of ``parent`` to the top of ``child``.

        It turns just below the parent, in the gap above the next row: a child
        further down (grade rows) is then reached by a drop inside its own
        column, which no other unit's card occupies above it.
        """
        a, b = self.boxes[parent], self.boxes[child]
        px, cx = a.center[0], b.center[0]
        mid = a.bottom + self.o.v_gap / 2
        self.connectors.append(
            Connector(parent, child, ((px, a.bottom), (px, mid), (cx, mid), (cx, b.y)))
        )


def _inside(boxes: dict[str, Box], area: Box) -> list[str]:
    return [u for u, box in boxes.items() if area.contains(box.center)]


def _routes(scenario: Scenario, boxes: dict[str, Box]) -> list[LineRoute]:
    """Dual and dotted lines between the drawn units (or their nearest drawn ancestors)."""
    routes = []
    for line in scenario.lines.values():
        source = _drawn(scenario, boxes, line.source)
        target = _drawn(scenario, boxes, line.target)
        if source is None or target is None or source == target:
            continue
        a, b = boxes[source], boxes[target]
        start, end = (a.center[0], a.y), (b.center[0], b.y)
        lift = min(40 + 0.12 * abs(end[0] - start[0]), 260)
        apex = min(start[1], end[1]) - lift
        first, second = (start[0], apex), (end[0], apex)
        caption = (
            0.125 * start[0] + 0.375 * (first[0] + second[0]) + 0.125 * end[0],
            0.125 * start[1] + 0.75 * apex + 0.125 * end[1],
        )
        routes.append(LineRoute(line.id, source, target, (start, first, second, end), caption))
    return routes


def _drawn(scenario: Scenario, boxes: dict[str, Box], unit_id: str) -> str | None:
    if unit_id in boxes:
        return unit_id
    return (
        next((a for a in scenario.ancestors(unit_id) if a in boxes), None)
        if unit_id in scenario.units
        else None
    )
