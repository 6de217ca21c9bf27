"""A unit in the shared regional structure reports to both departments: the one place that says so.

A unit placed straight under the scenario's shared structure (``roles.shared_structure``)
reports to the head of every department by a dual line (A/72/525 para. 36). Dragging a
card, Edit > Move To, the findings' fixes and an import all ask this module which lines
that takes, so they cannot disagree. A dotted line to a department already there becomes
the dual line (a second line beside it would leave the dotted one behind).
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from orgeditor.commands.base import Command, MacroCommand, new_id
from orgeditor.commands.lines import AddLineCommand, SetLineFieldCommand
from orgeditor.commands.units import MoveUnitsCommand
from orgeditor.model import Design, LineKind, ReportingLine, Scenario


@dataclass
class DualLines:
    """What makes units report to the departments: lines to add, dotted lines to make dual."""

    added: list[ReportingLine] = field(default_factory=list)
    made_dual: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.made_dual)


def joins_shared_structure(scenario: Scenario, parent: str | None) -> bool:
    """Whether a unit under ``parent`` sits straight in the shared structure."""
    shared = scenario.roles.shared_structure
    return shared is not None and shared in scenario.units and parent == shared


def department_units(scenario: Scenario) -> list[str]:
    """The scenario's department units (its role map, in order, that exist)."""
    return list(
        dict.fromkeys(u for u in scenario.roles.departments.values() if u in scenario.units)
    )


def _terms(scenario: Scenario, department: str) -> tuple[str, str]:
    """The caption and condition of a new dual line to ``department``.

    The terms of the lines the other units of the shared structure already have to it
    (the design says when each department's line applies), else "Reports to NAME".
    """
    shared = scenario.roles.shared_structure
    for line in scenario.lines.values():
        source = scenario.units.get(line.source)
        if (
            line.kind is LineKind.DUAL
            and line.target == department
            and source is not None
            and source.parent == shared
        ):
            return line.caption, line.condition
    unit = scenario.units[department]
    return f"Reports to {unit.short_name or unit.name}", ""


def dual_lines(
    scenario: Scenario,
    unit_ids: Iterable[str],
    parent: str | None = None,
    departments: Collection[str] | None = None,
) -> DualLines:
    """The lines that make each unit report to every department it does not report to.

    ``parent`` is each unit's primary parent after the edit (by default its present one):
    a department it reports to on a primary line needs no dual line. ``departments``
    limits the departments (default: all of the scenario's). Dual lines already there
    count; a dotted line to a department is turned into the dual line.
    """
    wanted = department_units(scenario) if departments is None else list(departments)
    found = DualLines()
    taken = set(scenario.lines)
    for unit_id in dict.fromkeys(unit_ids):
        above = parent if parent is not None else scenario.units[unit_id].parent
        own = [x for x in scenario.lines.values() if x.source == unit_id]
        for department in wanted:
            if department in (above, unit_id) or department not in scenario.units:
                continue
            if any(x.target == department and x.kind is LineKind.DUAL for x in own):
                continue
            dotted = next(
                (x.id for x in own if x.target == department and x.kind is LineKind.DOTTED), None
            )
            if dotted is not None:
                found.made_dual.append(dotted)
                continue
            caption, condition = _terms(scenario, department)
            line_id = new_id(f"{unit_id}-{department}", taken)
            taken.add(line_id)
            found.added.append(
                ReportingLine(line_id, unit_id, department, LineKind.DUAL, caption, condition)
            )
    return found


def dual_line_commands(design: Design, scenario_id: str, lines: DualLines) -> list[Command]:
    """The commands that add ``lines`` to the scenario."""
    commands: list[Command] = [
        SetLineFieldCommand(design, scenario_id, line_id, "kind", LineKind.DUAL.value)
        for line_id in lines.made_dual
    ]
    commands += [AddLineCommand(design, scenario_id, line) for line in lines.added]
    return commands


def move_units_command(
    design: Design, scenario_id: str, unit_ids: Iterable[str], parent: str
) -> Command:
    """Move units under ``parent``; into the shared structure, with their dual lines.

    The one way to move units that the canvas, Move To and the fixes share.
    """
    move = MoveUnitsCommand(design, scenario_id, unit_ids, parent)
    scenario = move.scenario(design)
    lines = (
        dual_lines(scenario, move.unit_ids, parent)
        if joins_shared_structure(scenario, parent)
        else DualLines()
    )
    if not lines:
        return move
    return MacroCommand(move.text, [move, *dual_line_commands(design, scenario_id, lines)])


def with_dual_lines(current: Scenario, imported: Scenario) -> Scenario:
    """``imported`` with the dual lines of units it puts straight in the shared structure.

    For an import: a unit that is new there, or whose parent changes to the shared
    structure, reports to both departments; units already there keep their lines as
    they are. Returns a copy; ``imported`` is not changed.
    """
    joining = [
        u.id
        for u in imported.units.values()
        if joins_shared_structure(imported, u.parent)
        and (u.id not in current.units or current.units[u.id].parent != u.parent)
    ]
    result = copy.deepcopy(imported)
    lines = dual_lines(result, joining)
    for line_id in lines.made_dual:
        result.lines[line_id].kind = LineKind.DUAL
    for line in lines.added:
        result.lines[line.id] = line
    return result
