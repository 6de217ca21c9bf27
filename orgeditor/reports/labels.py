"""Naming units in reports: labels and departments, and units in chart (tree) order."""

from __future__ import annotations

from orgeditor.model import Scenario
from orgeditor.model.tree import children_map, walk_down


def tree_order(scenario: Scenario) -> list[str]:
    """Unit ids top-down, each unit followed by its sub-units, siblings in document order."""
    children = children_map(scenario)
    roots = [u.id for u in scenario.units.values() if u.parent not in scenario.units]
    order = [unit_id for root in roots for unit_id in walk_down(children, root)]
    placed = set(order)  # units in a parent cycle are not reached from a root
    return order + [u for u in scenario.units if u not in placed]


class Labels:
    """Unit labels and departments of two scenarios, each told in its own scenario's terms.

    A budget table's baseline side names the baseline's units and departments
    (the 2017 OMA sits in DPKO) and the proposal's side the proposal's.
    """

    def __init__(self, old: Scenario, new: Scenario) -> None:
        self.old, self.new = old, new
        self._departments = {id(old): old.departments(), id(new): new.departments()}

    def unit(self, unit_id: str | None, scenario: Scenario) -> str:
        """The unit's label in ``scenario``, else in the other scenario (a unit one side lacks)."""
        if unit_id is None:
            return ""
        other = self.new if scenario is self.old else self.old
        unit = scenario.units.get(unit_id) or other.units.get(unit_id)
        return unit.label if unit else unit_id

    def department_id(self, unit_id: str, scenario: Scenario) -> str | None:
        """The id of the unit's department in ``scenario`` (None: none, or not there)."""
        return self._departments[id(scenario)].get(unit_id)

    def department(self, unit_id: str, scenario: Scenario) -> str:
        """The label of the unit's department in ``scenario``; "-" if the unit is not there."""
        department = self.department_id(unit_id, scenario)
        if department is None:
            return "" if unit_id in scenario.units else "-"
        return scenario.units[department].label


def units_in_order(old: Scenario, new: Scenario) -> list[str]:
    """The later scenario's units in tree order, then the units only the earlier one has."""
    later = tree_order(new)
    return later + [u for u in tree_order(old) if u not in new.units]
