"""The primary tree of a scenario as a plain map, and walks down it: one home for both."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from orgeditor.model.scenario import Scenario

Children = dict[str | None, list[str]]


def children_map(scenario: Scenario, *, orphans_are_roots: bool = False) -> Children:
    """Parent id -> its units in document order; the roots are under None.

    A unit whose parent is not in the scenario is listed under that id, so
    ``children.get(unit_id, [])`` gives exactly the sub-units of a unit; with
    ``orphans_are_roots`` it is listed under None among the roots instead (as a
    chart draws it).
    """
    children: Children = {}
    if orphans_are_roots:
        units = scenario.units
        for unit in units.values():
            parent = unit.parent if unit.parent in units else None
            children.setdefault(parent, []).append(unit.id)
        return children
    for unit in scenario.units.values():
        children.setdefault(unit.parent, []).append(unit.id)
    return children


def walk_down(children: Mapping[str | None, Sequence[str]], root: str) -> list[str]:
    """``root`` and every unit below it, each before its sub-units, siblings in order.

    Safe on a cycle of parents: a unit is listed once.
    """
    found, seen, stack = [], {root}, [root]
    while stack:
        unit_id = stack.pop()
        found.append(unit_id)
        for child in reversed(children.get(unit_id, ())):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return found
