"""Turn a finding's suggested fix into one undoable command."""

from __future__ import annotations

from orgeditor.commands.base import Command, CommandError, MacroCommand, new_id
from orgeditor.commands.lines import AddLineCommand, SetBodyCommand
from orgeditor.commands.posts import AbolishPostsCommand
from orgeditor.commands.units import MoveUnitsCommand, SetUnitFieldCommand
from orgeditor.model import Body, Design, LineKind, ReportingLine
from orgeditor.rules.base import Fix


def command_for_fix(design: Design, scenario_id: str, fix: Fix) -> Command:
    """The command that applies ``fix`` to the scenario, named after the fix.

    Raises:
        CommandError: the fix needs a choice only the planner can make (such as
            where to establish a post), or no longer applies.
    """
    command = _build(design, scenario_id, fix)
    command.text = f"Fix: {fix.description}"
    return command


def _build(design: Design, scenario_id: str, fix: Fix) -> Command:
    p = fix.params
    scenario = next((s for s in design.scenarios if s.id == scenario_id), None)
    if scenario is None:
        raise CommandError(f"there is no scenario {scenario_id!r}")

    def field(unit_id: str, name: str, value: object) -> Command:
        return SetUnitFieldCommand(design, scenario_id, unit_id, name, value)

    def unit(unit_id: str) -> object:
        if unit_id not in scenario.units:
            raise CommandError(f"unit {unit_id!r} is gone; the fix no longer applies")
        return scenario.units[unit_id]

    action = fix.action
    if action == "designate-entry-point":
        unit(p["unit"])
        current = scenario.units[p["unit"]].entry_point_for
        return field(p["unit"], "entry_point_for", [*current, p["region"]])
    if action == "remove-entry-point":
        steps = [
            field(
                u,
                "entry_point_for",
                [r for r in scenario.units[u].entry_point_for if r != p["region"]],
            )
            for u in p["units"]
            if unit(u)
        ]
        return MacroCommand(fix.description, steps)
    if action in ("set-backstop", "set-lead"):
        name = "backstopped_by" if action == "set-backstop" else "lead_department"
        value = p["backstop"] if action == "set-backstop" else p["lead"]
        return field(p["unit"], name, value)
    if action == "move-unit":
        return MoveUnitsCommand(design, scenario_id, [p["unit"]], p["parent"])
    if action == "add-function":
        unit(p["unit"])
        return field(p["unit"], "functions", [*scenario.units[p["unit"]].functions, p["function"]])
    if action == "add-line":
        line = ReportingLine(
            new_id(f"{p['source']}-{p['target']}", scenario.lines),
            p["source"],
            p["target"],
            LineKind(p["kind"]),
            p.get("caption", ""),
            p.get("condition", ""),
        )
        return AddLineCommand(design, scenario_id, line)
    if action in ("add-member", "set-chair"):
        old = scenario.bodies.get(p["body"], Body(p["body"]))
        members = [*old.members, p["unit"]] if action == "add-member" else list(old.members)
        chair = p["unit"] if action == "set-chair" else old.chair
        return SetBodyCommand(design, scenario_id, Body(p["body"], chair, members))
    if action == "abolish-posts":
        candidates = [c for c in p.get("candidates", []) if c in scenario.posts]
        if len(candidates) < p["count"]:
            raise CommandError(
                "choose the posts to abolish in the inspector: the fix cannot tell which"
            )
        return AbolishPostsCommand(design, scenario_id, candidates[: p["count"]])
    raise CommandError(f"this fix needs your choice: {fix.description}")
