"""Placing subtrees: widths bottom-up, positions top-down, kept for the next layout.

A subtree's shape depends only on the units in it (and the layout options):
its width, the split of each unit's children into a row and a stack of
leaves, and every place relative to its root. So a layout keeps, per placed
unit, that shape (:class:`Kept`); after an edit only the **dirty** units (the
touched ones and everything above them, before and after the edit) are
measured and placed again. A clean subtree whose root lands where it was keeps
its boxes and lines untouched; one whose root moved (a sibling before it grew
or shrank) is shifted as a whole. The work is then proportional to the edited
subtrees and to what shifts, not to the chart.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from math import ceil
from typing import NamedTuple

from orgeditor.layout.geometry import Box, Point
from orgeditor.layout.options import LIST_GAP, LayoutOptions
from orgeditor.model import Scenario


class Connector(NamedTuple):
    """A primary reporting line drawn as an orthogonal polyline, parent to child.

    A named tuple: a chart has one per unit, made in C.
    """

    parent: str
    child: str
    points: tuple[Point, ...]


Split = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass
class Kept:
    """What a layout keeps of each placed unit, so the next layout can skip clean subtrees.

    Keys are the units placed as tree nodes (not stacked leaves, except in ``up``
    and ``boxes``). Everything here equals what a fresh layout computes; what
    invalidates an entry is an edit to the unit's subtree, which makes the unit
    dirty (:func:`dirty_units`), or other layout options (then nothing is kept).
    """

    boxes: dict[str, Box] = field(default_factory=dict)  # every placed unit's card
    split: dict[str, Split] = field(default_factory=dict)  # children in the row, stacked
    width: dict[str, float] = field(default_factory=dict)  # the subtree's width
    anchor: dict[str, Point] = field(default_factory=dict)  # where it was placed (left, top)
    extent: dict[str, Box] = field(default_factory=dict)  # around its subtree's cards
    lines: dict[str, tuple[Connector, ...]] = field(default_factory=dict)  # to its children
    up: dict[str, str] = field(default_factory=dict)  # the placed parent of a placed unit

    def copy(self) -> Kept:
        """A copy whose dictionaries can change without changing these (copied in C)."""
        return Kept(*(dict(d) for d in vars(self).values()))


def dirty_units(kept: Kept, scenario: Scenario, touched: Collection[str]) -> set[str]:
    """The touched units and all above them, in the kept layout and in ``scenario``."""
    dirty: set[str] = set()
    for unit_id in touched:  # before the edit
        above: str | None = unit_id
        while above is not None and above not in dirty:
            dirty.add(above)
            above = kept.up.get(above)
    for unit_id in touched:  # after it
        if unit_id in scenario.units:
            dirty.update(scenario.ancestors(unit_id))
    return dirty


class Placer:
    """Places subtrees into ``kept``; with ``dirty`` None, every unit is placed afresh."""

    def __init__(
        self,
        children: dict[str | None, list[str]],
        options: LayoutOptions,
        rows: dict[str, int],
        kept: Kept | None = None,
        dirty: set[str] | None = None,
    ) -> None:
        self.o = options
        self.children = children
        self.rows = rows  # grade rows: unit -> its row among the grades (empty: by depth)
        self.kept = kept.copy() if kept is not None and dirty is not None else Kept()
        self.dirty = dirty
        self.gone: set[str] = set()  # units dropped from under a dirty parent

    # --- measuring ----------------------------------------------------------------------
    def kept_extent(self, root: str) -> tuple[Box, float] | None:
        """A subtree that will be kept as it is: its extent and how far that starts right of
        the left it was placed from (None: the subtree will be placed again)."""
        if self._is_dirty(root):
            return None
        return self.kept.extent[root], self.kept.extent[root].x - self.kept.anchor[root][0]

    def subtree_boxes(self, root: str) -> dict[str, Box]:
        """The kept boxes of a placed subtree, by unit."""
        k = self.kept
        found: dict[str, Box] = {}
        stack = [root] if root in k.split else []
        while stack:
            node = stack.pop()
            found[node] = k.boxes[node]
            row, leaves = k.split[node]
            found.update((leaf, k.boxes[leaf]) for leaf in leaves)
            stack.extend(u for u in row if u in k.split)
        return found

    def keep_equal(self, earlier: dict[str, Box]) -> None:
        """Put back the earlier box objects where a box came out equal (the scene tests
        identity to skip an unchanged card)."""
        boxes = self.kept.boxes
        for unit_id, box in earlier.items():
            if boxes.get(unit_id) == box:
                boxes[unit_id] = box

    def _is_dirty(self, unit_id: str) -> bool:
        return self.dirty is None or unit_id in self.dirty or unit_id not in self.kept.anchor

    def _split(self, unit_id: str) -> Split:
        """Children drawn in the row, and leaf children stacked in columns."""
        children = [] if unit_id in self.o.collapsed else self.children.get(unit_id, [])
        # a collapsed unit is not a leaf: it stays in the row, where its "+N" shows structure
        leaves = [c for c in children if not self.children.get(c)]
        if self.o.compact and len(leaves) >= self.o.compact_threshold:
            stacked = set(leaves)
            return tuple(c for c in children if c not in stacked), tuple(leaves)
        return tuple(children), ()

    def _leaf_width(self) -> float:
        return self.o.leaf_width or self.o.card_width

    def _stack_width(self, count: int) -> float:
        columns = ceil(count / self.o.max_stack_rows)
        return self.o.stack_indent + columns * self._leaf_width() + (columns - 1) * self.o.h_gap

    def _span(self, split: Split) -> float:
        row, leaves = split
        width = self.kept.width
        items = [width[c] for c in row] + ([self._stack_width(len(leaves))] if leaves else [])
        return sum(items) + self.o.h_gap * (len(items) - 1) if items else 0.0

    def _drop_old(self, unit_id: str, split: Split) -> None:
        """Note the children the unit had and has no more; forget tree places of new leaves."""
        k = self.kept
        for leaf in split[1]:  # a stacked leaf has no subtree of its own to keep
            was = k.split.get(leaf)
            for child in (*was[0], *was[1]) if was is not None else ():
                self.drop(child)  # it had children before the edit
            for table in (k.split, k.width, k.anchor, k.extent, k.lines):
                table.pop(leaf, None)
        old = k.split.get(unit_id)
        if old is not None:
            now = {*split[0], *split[1]}
            for child in (*old[0], *old[1]):
                if child not in now:
                    self.drop(child)

    def drop(self, root: str) -> None:
        """Note a subtree that is no longer where it was (forgotten unless drawn elsewhere)."""
        stack = [root]
        while stack:
            node = stack.pop()
            self.gone.add(node)
            below = self.kept.split.get(node)
            if below is not None:
                stack.extend((*below[0], *below[1]))

    def _row(self, unit_id: str, parent_row: int) -> int:
        if not self.rows:
            return parent_row + 1
        return max(self.rows.get(unit_id, parent_row + 1), parent_row + 1)

    # --- placing ------------------------------------------------------------------------
    def place_subtree(self, root: str, left: float, top: float) -> Box:
        """Place ``root`` and its visible sub-units from ``left``; return their bounding box."""
        o, k = self.o, self.kept
        order: list[str] = []  # the dirty units, parents first
        stack = [root]
        while stack:
            node = stack.pop()
            if not self._is_dirty(node):
                continue
            order.append(node)
            split = self._split(node)
            self._drop_old(node, split)
            k.split[node] = split
            stack.extend(reversed(split[0]))
        for node in reversed(order):
            k.width[node] = max(o.card_width, self._span(k.split[node]))
        step = o.card_height + o.v_gap
        stacks: dict[str, Box] = {}
        places = [(root, left, self._row(root, -1))]
        while places:
            node, node_left, row_index = places.pop()
            y = top + row_index * step
            if not self._is_dirty(node):
                old_left, old_top = k.anchor[node]
                if (old_left, old_top) != (node_left, y):
                    self.shift(node, node_left - old_left, y - old_top)
                continue
            k.anchor[node] = (node_left, y)
            width = k.width[node]
            box = Box(node_left + (width - o.card_width) / 2, y, o.card_width, o.card_height)
            if k.boxes.get(node) != box:  # an equal box stays the same object (see the scene)
                k.boxes[node] = box
            row, leaves = k.split[node]
            cursor = node_left + (width - self._span(k.split[node])) / 2
            px, mid = box.x + box.w / 2, box.y + box.h + o.v_gap / 2
            lines = []
            for child in row:
                child_row = self._row(child, row_index)
                cx = cursor + (k.width[child] - o.card_width) / 2 + o.card_width / 2
                cy = top + child_row * step
                lines.append(
                    Connector(node, child, ((px, box.bottom), (px, mid), (cx, mid), (cx, cy)))
                )
                k.up[child] = node
                places.append((child, cursor, child_row))
                cursor += k.width[child] + o.h_gap
            if leaves:
                stacks[node] = self._place_stack(node, leaves, cursor, row_index, top, lines)
            if lines:
                if k.lines.get(node) != tuple(lines):
                    k.lines[node] = tuple(lines)
            else:
                k.lines.pop(node, None)
        for node in reversed(order):  # the children's extents are known now
            parts = [k.boxes[node], *(k.extent[c] for c in k.split[node][0])]
            if node in stacks:
                parts.append(stacks[node])
            k.extent[node] = union(parts)
        return k.extent[root]

    def _place_stack(
        self,
        parent: str,
        leaves: tuple[str, ...],
        left: float,
        parent_row: int,
        top: float,
        lines: list[Connector],
    ) -> Box:
        o, k = self.o, self.kept
        first_row = parent_row + 1
        if self.rows:
            first_row = max(first_row, min(self._row(leaf, parent_row) for leaf in leaves))
        y0 = top + first_row * (o.card_height + o.v_gap)
        parent_box = k.boxes[parent]
        px = parent_box.center[0]
        mid = parent_box.bottom + o.v_gap / 2
        height = o.leaf_height or o.card_height
        gap = LIST_GAP if o.leaf_height else o.stack_gap
        width = self._leaf_width()
        start = (px, parent_box.bottom)
        for index, leaf in enumerate(leaves):
            column, row = divmod(index, o.max_stack_rows)
            x = left + o.stack_indent + column * (width + o.h_gap)
            y = y0 + row * (height + gap)
            box = Box(x, y, width, height)
            if k.boxes.get(leaf) != box:
                k.boxes[leaf] = box
            k.up[leaf] = parent
            spine = x - o.stack_indent / 2
            cy = y + height / 2
            lines.append(
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

    def shift(self, root: str, dx: float, dy: float) -> None:
        """Move a placed subtree, its cards, lines and kept places, by (``dx``, ``dy``).

        The one pass over a subtree that an edit beside it costs, so written for
        speed: tuples are made directly, not through the named tuples' ``__new__``.
        """
        k = self.kept
        boxes, lines, split = k.boxes, k.lines, k.split
        make = tuple.__new__
        stack = [root]
        while stack:
            node = stack.pop()
            x, y = k.anchor[node]
            k.anchor[node] = (x + dx, y + dy)
            e = k.extent[node]
            k.extent[node] = make(Box, (e[0] + dx, e[1] + dy, e[2], e[3]))
            b = boxes[node]
            boxes[node] = make(Box, (b[0] + dx, b[1] + dy, b[2], b[3]))
            if node in lines:
                if dy:
                    moved = [
                        make(Connector, (c[0], c[1], tuple([(x + dx, y + dy) for x, y in c[2]])))
                        for c in lines[node]
                    ]
                else:
                    moved = [
                        make(Connector, (c[0], c[1], tuple([(x + dx, y) for x, y in c[2]])))
                        for c in lines[node]
                    ]
                lines[node] = tuple(moved)
            row, leaves = split[node]
            for leaf in leaves:
                b = boxes[leaf]
                boxes[leaf] = make(Box, (b[0] + dx, b[1] + dy, b[2], b[3]))
            stack.extend(row)

    def forget_gone(self, roots: set[str]) -> None:
        """Drop what is kept of the units no longer drawn (moved ones are drawn elsewhere).

        ``roots`` are the units drawn with no parent above them (zone roots, the top).
        """
        k = self.kept
        drawn: dict[str, bool] = {}
        for unit_id in self.gone:
            if not self._drawn(unit_id, roots, drawn):
                for table in (k.boxes, k.split, k.width, k.anchor, k.extent, k.lines, k.up):
                    table.pop(unit_id, None)
        self.gone.clear()

    def _drawn(self, unit_id: str, roots: set[str], drawn: dict[str, bool]) -> bool:
        """Whether a chain of kept parents, each listing the next as a child, reaches a root."""
        chain = []
        node: str | None = unit_id
        answer = False
        while node is not None:
            if node in drawn:
                answer = drawn[node]
                break
            chain.append(node)
            parent = self.kept.up.get(node)
            if parent is None or node in roots:
                answer = node in roots
                break
            split = self.kept.split.get(parent)
            if split is None or (node not in split[0] and node not in split[1]):
                break
            node = parent
        drawn.update(dict.fromkeys(chain, answer))
        return answer


def union(boxes: list[Box]) -> Box:
    """The smallest box around ``boxes`` (at least one)."""
    x0 = min(b.x for b in boxes)
    y0 = min(b.y for b in boxes)
    x1 = max(b.x + b.w for b in boxes)
    y1 = max(b.y + b.h for b in boxes)
    return Box(x0, y0, x1 - x0, y1 - y0)
