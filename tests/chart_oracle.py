"""An independent check of drawn reporting lines: plain geometry on rectangles and polylines.

It knows nothing of how the layout routes lines; it only asks what a reader of
the chart asks: does every primary reporting line of the model appear once,
does it leave the parent's card and arrive at the child's card, and does it
stay clear of every card on its way (so no line seems to run through a unit)?
Rectangles are ``(x, y, w, h)``; a path is a sequence of ``(x, y)`` points.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from orgeditor.model import Scenario

Rect = tuple[float, float, float, float]
Path = Sequence[tuple[float, float]]
EPS = 0.01  # points: rounding of coordinates written to a file


def primary_edges(scenario: Scenario, drawn: Iterable[str]) -> set[tuple[str, str]]:
    """Every parent -> child pair of the model whose two units are drawn."""
    shown = set(drawn)
    return {
        (u.parent, u.id)
        for u in scenario.units.values()
        if u.parent is not None and u.parent in shown and u.id in shown
    }


def on_border(point: tuple[float, float], rect: Rect, eps: float = EPS) -> bool:
    """Whether ``point`` lies on the outline of ``rect``."""
    x, y = point
    left, top, width, height = rect
    right, bottom = left + width, top + height
    inside_x = left - eps <= x <= right + eps
    inside_y = top - eps <= y <= bottom + eps
    near_x = abs(x - left) <= eps or abs(x - right) <= eps
    near_y = abs(y - top) <= eps or abs(y - bottom) <= eps
    return (inside_x and near_y) or (inside_y and near_x)


def crosses_interior(
    a: tuple[float, float], b: tuple[float, float], rect: Rect, eps: float = EPS
) -> bool:
    """Whether the segment a-b runs through the inside of ``rect`` (not just along its edge).

    Liang-Barsky clipping against the rectangle shrunk by ``eps``: a piece of
    positive length left inside means the segment crosses the card.
    """
    left, top, width, height = rect
    x0, y0, x1, y1 = left + eps, top + eps, left + width - eps, top + height - eps
    if x0 >= x1 or y0 >= y1:
        return False
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
    return high - low > 1e-9 and (high - low) * (abs(dx) + abs(dy)) > eps


def line_problems(
    scenario: Scenario,
    cards: Mapping[str, Rect],
    lines: Iterable[tuple[str, str, Path]],
) -> list[str]:
    """What is wrong with the primary lines drawn between ``cards``; empty when all is well.

    ``lines`` are (parent, child, path) as drawn. Every model edge between two
    drawn cards must be drawn exactly once, start on the parent's border, end on
    the child's and pass through no card's inside (its own two included).
    """
    problems: list[str] = []
    wanted = primary_edges(scenario, cards)
    counts = Counter((parent, child) for parent, child, _ in lines)
    for edge in sorted(wanted - counts.keys()):
        problems.append(f"no line {edge[0]} -> {edge[1]}")
    for edge, count in sorted(counts.items()):
        if edge not in wanted:
            problems.append(f"a line {edge[0]} -> {edge[1]} that the model does not have")
        elif count > 1:
            problems.append(f"{count} lines {edge[0]} -> {edge[1]}")
    for parent, child, path in lines:
        if (parent, child) not in wanted or len(path) < 2:
            continue
        if not on_border(path[0], cards[parent]):
            problems.append(f"{parent} -> {child} starts at {path[0]}, off {parent}'s card")
        if not on_border(path[-1], cards[child]):
            problems.append(f"{parent} -> {child} ends at {path[-1]}, off {child}'s card")
        for a, b in pairwise(path):
            for unit, rect in cards.items():
                if crosses_interior(a, b, rect):
                    problems.append(f"{parent} -> {child} runs through {unit}'s card")
    return problems


def overlapping_cards(cards: Mapping[str, Rect]) -> list[tuple[str, str]]:
    """Pairs of cards whose insides overlap (a sweep over the left edges)."""
    found = []
    ordered = sorted(cards.items(), key=lambda item: item[1][0])
    for index, (unit, (x, y, w, h)) in enumerate(ordered):
        for other, (ox, oy, _, oh) in ordered[index + 1 :]:
            if ox >= x + w - EPS:
                break
            if oy < y + h - EPS and y < oy + oh - EPS:
                found.append((unit, other))
    return found
