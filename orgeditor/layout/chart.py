"""Org-chart geometry of a scenario, shared by the screen, print and export.

The top unit sits above a row of **zones**, one per child of the top: the
departments and the shared structure first (political department, shared
structure, other departments), then context units. Inside a zone, a unit is
centred over the row of its children; leaf children that would make a row
wide are **stacked** in columns under their parent (compact layout). With
``grade_rows`` each unit sits on the row of its head grade, so that, say,
every D-2 lines up across the chart. Collapsed units hide their sub-units.

Everything is iterative (no recursion), so a 50,000-long chain is fine.

An editor may pass an earlier layout of the same scenario and the units an
edit touched since (:class:`Reuse`): only the subtrees above those units are
placed again, and the subtrees beside them shifted (:mod:`orgeditor.layout.placer`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from orgeditor.layout.geometry import Box, Point
from orgeditor.layout.lanes import separate_lanes
from orgeditor.layout.options import LIST_GAP, LayoutOptions
from orgeditor.layout.placer import Connector, Kept, Placer, dirty_units, union
from orgeditor.layout.routes import CLEARANCE, CardIndex, RouteCache, caption_point, route_lines
from orgeditor.model import Scenario
from orgeditor.model.tree import children_map

LANE_SPACING = 1.5  # lines side by side are this many clearances apart (a card's gap holds two)

__all__ = [
    "ChartLayout",
    "Connector",
    "LayoutOptions",
    "LineRoute",
    "Reuse",
    "RouteCache",
    "Zone",
    "layout_chart",
]


@dataclass(frozen=True)
class Zone:
    """A top-level home on the chart: the subtree of one child of the top."""

    unit: str
    title: str
    box: Box


@dataclass(frozen=True)
class LineRoute:
    """A dual or dotted line between two drawn units, with where its caption goes.

    ``points`` are an orthogonal polyline from the top of the source's card to
    the top of the target's that runs only through the gaps between cards (see
    :mod:`orgeditor.layout.routes`), so it crosses no card; ``caption_at`` is the
    middle of its longest horizontal run.
    """

    line: str
    source: str
    target: str
    points: tuple[Point, ...]
    caption_at: Point


@dataclass
class ChartLayout:
    """Where everything goes; ``hidden`` counts the sub-units a collapsed unit hides.

    ``lines`` holds the primary lines per parent; ``kept`` what the next layout
    of the same scenario may reuse (:class:`~orgeditor.layout.placer.Kept`).
    """

    boxes: dict[str, Box] = field(default_factory=dict)
    zones: list[Zone] = field(default_factory=list)
    lines: dict[str, tuple[Connector, ...]] = field(default_factory=dict)
    routes: list[LineRoute] = field(default_factory=list)
    hidden: dict[str, int] = field(default_factory=dict)
    bounds: Box = field(default_factory=lambda: Box(0, 0, 0, 0))
    roots: tuple[str, ...] = ()  # the units placed as the roots of subtrees (zones)
    top: str | None = None  # the unit above the zones
    kept: Kept | None = None

    @property
    def connectors(self) -> list[Connector]:
        """Every primary line, parent by parent."""
        return [c for lines in self.lines.values() for c in lines]

    def zone_of(self, unit_id: str) -> Zone | None:
        """The zone whose box holds the unit's box."""
        box = self.boxes.get(unit_id)
        if box is None:
            return None
        return next((z for z in self.zones if z.box.contains(box.center)), None)


def _size_below(children: dict[str | None, list[str]], unit_id: str) -> int:
    count, stack = 0, list(children.get(unit_id, []))
    while stack:
        count += 1
        stack.extend(children.get(stack.pop(), []))
    return count


def _zone_roots(
    scenario: Scenario, children: dict[str | None, list[str]]
) -> tuple[str | None, list[str]]:
    """The top (drawn above the zones) and the zone roots, in chart order."""
    roots = children.get(None, [])
    top = scenario.roles.top if scenario.roles.top in roots else None
    if top is None and len(roots) == 1:
        top = roots[0]
    if top is None:
        return None, roots
    below = children.get(top, [])
    roles = scenario.roles
    departments = [u for u in roles.departments.values() if u in below]
    first = departments[:1] + ([roles.shared_structure] if roles.shared_structure in below else [])
    ordered = list(dict.fromkeys([*first, *departments[1:]]))  # a unit in two roles: one zone
    rest = [u for u in below if u not in ordered]
    others = [u for u in roots if u != top]  # units outside the tree get zones of their own
    return top, [*ordered, *rest, *others]


@dataclass(frozen=True)
class Reuse:
    """An earlier layout of the same scenario, with the same options, and the units an edit
    touched since (added, removed, moved, reordered, or whose children changed)."""

    layout: ChartLayout
    touched: frozenset[str]


def _grade_rows(
    scenario: Scenario, options: LayoutOptions, grade_rank: dict[str, int]
) -> dict[str, int]:
    """With grade rows, each unit's row among the ranked grades in use (empty without)."""
    if not options.grade_rows:
        return {}
    ranked = {
        u.id: grade_rank[u.head_grade]
        for u in scenario.units.values()
        if u.head_grade in grade_rank
    }
    row_of = {rank: row for row, rank in enumerate(sorted(set(ranked.values())))}
    return {unit_id: row_of[rank] for unit_id, rank in ranked.items()}


def layout_chart(
    scenario: Scenario,
    options: LayoutOptions | None = None,
    grade_rank: dict[str, int] | None = None,
    reuse: Reuse | None = None,
    routes: RouteCache | None = None,
) -> ChartLayout:
    """Lay out ``scenario``; ``grade_rank`` (grade -> seniority) is needed for grade rows.

    ``reuse`` keeps the places of the subtrees no edit touched from an earlier
    layout (not with grade rows, which line up across zones); ``routes`` keeps the
    routes of dual and dotted lines whose surroundings did not change.
    """
    options = options or LayoutOptions()
    children = children_map(scenario, orphans_are_roots=True)
    kept = dirty = None
    if reuse is not None and reuse.layout.kept is not None and not options.grade_rows:
        kept = reuse.layout.kept
        # a unit hidden by a collapsed one was not drawn: where it was, and so which drawn
        # units its edit changes (a collapsed unit may become a leaf), is not kept
        if not options.collapsed or all(u in kept.boxes for u in reuse.touched):
            dirty = dirty_units(kept, scenario, reuse.touched)
    placer = Placer(
        children, options, _grade_rows(scenario, options, grade_rank or {}), kept, dirty
    )
    result = ChartLayout()
    extents: list[Box] = []
    if not options.zones:  # one plain tree per root, as on a booklet page
        x = 0.0
        result.roots = tuple(children.get(None, []))
        _drop_old_roots(placer, reuse, None, result.roots)
        for root in result.roots:
            placer.kept.up.pop(root, None)
        for root in result.roots:
            extents.append(placer.place_subtree(root, x, 0.0))
            x = extents[-1].right + options.zone_gap
        return _finish(result, placer, children, scenario, options, extents, routes)
    top, zone_roots = _zone_roots(scenario, children)
    result.roots, result.top = tuple(zone_roots), top
    _drop_old_roots(placer, reuse, top, result.roots)
    above = options.zone_padding + options.zone_header
    zone_top = options.card_height + options.v_gap + above if top else above
    rows = _place_zones(placer, result, scenario, zone_roots, zone_top)
    k = placer.kept
    for unit_id in (*zone_roots, top):  # a root's line from the top is the top's
        k.up.pop(unit_id or "", None)
    top_lines = k.lines.pop(top or "", None)  # made again below (kept if equal)
    for table in (k.split, k.width, k.anchor, k.extent):  # the top is no subtree
        table.pop(top or "", None)
    if top is not None:
        first = [z for z in result.zones if z.unit in rows[0]]
        width = max(first[-1].box.right if first else 0.0, options.card_width)
        box = Box(width / 2 - options.card_width / 2, 0.0, options.card_width, options.card_height)
        if k.boxes.get(top) != box:  # an equal box stays the same object (see the scene)
            k.boxes[top] = box
        extents.append(k.boxes[top])
        bus = options.card_height + options.v_gap / 2
        lines: list[Connector] = []
        for index, row in enumerate(r for r in rows if r):
            # above the highest zone of the row (with grade rows, zones start at different rows)
            row_bus = min(k.extent[r].y for r in row) - above - options.v_gap / 2
            for root in row:
                if scenario.units[root].parent != top:
                    continue
                k.up[root] = top
                if index == 0:
                    lines.append(_connect(k.boxes[top], k.boxes[root], top, root, options))
                else:
                    lines.append(
                        _connect_by_trunk(
                            k.boxes[top],
                            k.boxes[root],
                            top,
                            root,
                            (bus, -options.zone_gap / 2, row_bus),
                        )
                    )
        if lines:
            k.lines[top] = top_lines if top_lines == tuple(lines) else tuple(lines)
    extents.extend(z.box for z in result.zones)
    return _finish(result, placer, children, scenario, options, extents, routes)


def _drop_old_roots(
    placer: Placer, reuse: Reuse | None, top: str | None, roots: Iterable[str]
) -> None:
    """Note the subtrees placed as roots, and the top, that are no more (a zone merged away)."""
    if reuse is None or placer.dirty is None:
        return
    now = set(roots)
    for root in reuse.layout.roots:
        if root not in now:
            placer.drop(root)
    if top != reuse.layout.top and reuse.layout.top is not None:
        placer.drop(reuse.layout.top)


def _place_zones(
    placer: Placer,
    result: ChartLayout,
    scenario: Scenario,
    roots: list[str],
    zone_top: float,
) -> list[list[str]]:
    """Place the zones left to right, wrapping into rows at ``wrap_width``; return the rows."""
    o = placer.o
    above = o.zone_padding + o.zone_header
    rows: list[list[str]] = [[]]
    x, y, row_bottom = 0.0, zone_top, zone_top
    for root in roots:
        kept = placer.kept_extent(root)
        if kept is not None and _wraps(o, rows, x + kept[1] + kept[0].w + 2 * o.zone_padding):
            # a kept subtree goes straight to its new row: moved once, its cards stay the
            # very same objects when it lands where it was (the scene redraws none of them)
            x, y = -kept[1], row_bottom + o.zone_gap + o.v_gap + above  # the zone's left at 0
            rows.append([])
        earlier = placer.subtree_boxes(root) if kept is None and o.wrap_width else {}
        box = placer.place_subtree(root, x + o.zone_padding, y)
        zone_box = box.grown(o.zone_padding, top=o.zone_padding + o.zone_header)
        if kept is None and _wraps(o, rows, zone_box.right):
            # start a new row below the tallest zone so far, with room for its bus; the row's
            # top is where a zone whose root is on the first row starts (grade rows line up)
            dx, dy = -zone_box.x, row_bottom + o.zone_gap + o.v_gap + above - y
            placer.shift(root, dx, dy)
            placer.keep_equal(earlier)  # the cards that land where they were stay as they are
            zone_box = zone_box.moved(dx, dy)
            y += dy
            rows.append([])
        unit = scenario.units[root]
        result.zones.append(Zone(root, unit.short_name or unit.name, zone_box))
        rows[-1].append(root)
        row_bottom = max(row_bottom, zone_box.bottom)
        x = zone_box.right + o.zone_gap
    return rows


def _wraps(o: LayoutOptions, rows: list[list[str]], right: float) -> bool:
    """Whether a zone ending at ``right`` starts a new row of zones."""
    return bool(o.wrap_width and rows[-1] and right > o.wrap_width)


def _finish(
    result: ChartLayout,
    placer: Placer,
    children: dict[str | None, list[str]],
    scenario: Scenario,
    options: LayoutOptions,
    extents: list[Box],
    kept_routes: RouteCache | None,
) -> ChartLayout:
    """Collect the boxes, connectors, hidden counts, routed lines and bounds."""
    placer.forget_gone({*result.roots, result.top or ""})
    result.kept = placer.kept
    result.boxes = placer.kept.boxes
    result.lines = placer.kept.lines
    result.hidden = {
        u: _size_below(children, u)
        for u in options.collapsed
        if u in result.boxes and children.get(u)
    }
    result.routes = _routes(scenario, result, options, kept_routes) if options.lines else []
    runs = [Box(x, y, 0, 0) for r in result.routes for x, y in r.points]
    everything = [*extents, *runs]  # the zones (or subtrees) hold every card
    if everything:
        result.bounds = union(everything)
    return result


def _connect(a: Box, b: Box, parent: str, child: str, o: LayoutOptions) -> Connector:
    """An orthogonal connector from the bottom of ``parent`` to the top of ``child``."""
    px, cx = a.center[0], b.center[0]
    mid = a.bottom + o.v_gap / 2
    return Connector(parent, child, ((px, a.bottom), (px, mid), (cx, mid), (cx, b.y)))


def _connect_by_trunk(
    a: Box, b: Box, parent: str, child: str, levels: tuple[float, float, float]
) -> Connector:
    """From ``parent`` along the first bus to a trunk at the left, down to the row's bus
    above ``child``'s row of zones, along it and down to ``child``."""
    bus, trunk, row_bus = levels
    px, cx = a.center[0], b.center[0]
    return Connector(
        parent,
        child,
        ((px, a.bottom), (px, bus), (trunk, bus), (trunk, row_bus), (cx, row_bus), (cx, b.y)),
    )


def _routes(
    scenario: Scenario, result: ChartLayout, options: LayoutOptions, kept: RouteCache | None
) -> list[LineRoute]:
    """Dual and dotted lines between the drawn units (or their nearest drawn ancestors),
    each on lanes of its own beside the other lines and the primary connectors."""
    boxes = result.boxes
    pairs = []
    for line in scenario.lines.values():
        source = _drawn(scenario, boxes, line.source)
        target = _drawn(scenario, boxes, line.target)
        if source is not None and target is not None and source != target:
            pairs.append((line.id, source, target))
    if not pairs:
        return []
    cards = list(boxes.values())
    above = min(b.y for b in cards) - options.v_gap / 2
    gap = LIST_GAP if options.leaf_height else options.stack_gap
    clearance = min(CLEARANCE, gap / 3, options.h_gap / 3)
    ends = [(boxes[source], boxes[target]) for _, source, target in pairs]
    index = CardIndex(cards)
    found = route_lines(ends, cards, index, above, clearance, options.card_width, kept)
    connectors = (c.points for c in result.connectors)
    placed = separate_lanes(found, ends, index, LANE_SPACING * clearance, connectors, kept)
    return [
        LineRoute(line_id, source, target, points, caption_point(points))
        for (line_id, source, target), points in zip(pairs, placed, strict=True)
    ]


def _drawn(scenario: Scenario, boxes: dict[str, Box], unit_id: str) -> str | None:
    if unit_id in boxes:
        return unit_id
    return (
        next((a for a in scenario.ancestors(unit_id) if a in boxes), None)
        if unit_id in scenario.units
        else None
    )
