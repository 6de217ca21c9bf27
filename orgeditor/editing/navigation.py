"""Moving between cards from the keyboard: to the parent, the sub-units, the siblings.

Pure: it reads the scenario and the set of units on show (a collapsed unit's
sub-units are not), so the arrow keys never land on a hidden card.
"""

from __future__ import annotations

from collections.abc import Container
from enum import Enum

from orgeditor.model import Scenario


class Step(Enum):
    """Where an arrow key goes from a card."""

    PARENT = "parent"  # Up
    CHILD = "child"  # Down: the first sub-unit
    PREVIOUS = "previous"  # Left: the sibling before
    NEXT = "next"  # Right: the sibling after


def neighbour(scenario: Scenario, unit_id: str, step: Step, shown: Container[str]) -> str | None:
    """The unit one ``step`` away from ``unit_id`` among the ``shown`` ones (None: none).

    The parent is the nearest shown ancestor; siblings are the shown units with the
    same primary parent, in the scenario's order (the chart's).
    """
    if unit_id not in scenario.units:
        return None
    if step is Step.PARENT:
        return next((a for a in scenario.ancestors(unit_id) if a in shown), None)
    if step is Step.CHILD:
        return next((u.id for u in scenario.children(unit_id) if u.id in shown), None)
    parent = scenario.units[unit_id].parent
    if parent not in scenario.units:
        parent = None  # a root, or a unit whose parent is missing: among the roots
    siblings = [
        u.id
        for u in scenario.units.values()
        if (u.parent if u.parent in scenario.units else None) == parent and u.id in shown
    ]
    if unit_id not in siblings:
        return None
    index = siblings.index(unit_id) + (1 if step is Step.NEXT else -1)
    return siblings[index] if 0 <= index < len(siblings) else None
