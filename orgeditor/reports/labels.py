"""Naming units in reports: labels and departments, and units in chart (tree) order."""

from __future__ import annotations

from collections import defaultdict

from orgeditor.model import Scenario


def tree_order(scenario: Scenario) -> list[str]:
    """Unit ids top-down, each unit followed by its sub-units, siblings in document order."""
    children: dict[str | None, list[str]] = defaultdict(list)
    for unit in scenario.units.values():
        children[unit.parent if unit.parent in scenario.units else None].append(unit.id)
    order: list[str] = []
    stack = list(reversed(children[None]))
    while stack:
        unit_id = stack.pop()
        order.append(unit_id)
        stack.extend(reversed(children[unit_id]))
    placed = set(order)  # units in a parent cycle are not reached from a root
    return order + [u for u in scenario.units if u not in placed]


class Labels:
    """Unit labels and departments, from the later scenario where the unit exists."""

    def __init__(self, old: Scenario, new: Scenario) -> None:
        self.old, self.new = old, new
        self._departments = {old.id: old.departments(), new.id: new.departments()}

    def unit(self, unit_id: str | None) -> str:
        if unit_id is None:
            return ""
        unit = self.new.units.get(unit_id) or self.old.units.get(unit_id)
        return unit.label if unit else unit_id

    def department(self, unit_id: str, scenario: Scenario | None = None) -> str:
        """The label of the unit's department in ``scenario`` (default: where it exists)."""
        if scenario is None:
            scenario = self.new if unit_id in self.new.units else self.old
        department = self._departments[scenario.id].get(unit_id)
        if department is None:
            return "" if unit_id in scenario.units else "-"
        return scenario.units[department].label


def units_in_order(old: Scenario, new: Scenario) -> list[str]:
    """The later scenario's units in tree order, then the units only the earlier one has."""
    later = tree_order(new)
    return later + [u for u in tree_order(old) if u not in new.units]
