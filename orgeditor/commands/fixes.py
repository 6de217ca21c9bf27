"""Turn a finding's suggested fix into one undoable command."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from orgeditor.commands.base import Command, CommandError, MacroCommand, unused_id
from orgeditor.commands.lines import AddLineCommand, SetBodyCommand, SetLineFieldCommand
from orgeditor.commands.posts import AbolishPostsCommand, AddPostCommand, SetPostFieldCommand
from orgeditor.commands.shared import dual_line_commands, dual_lines, move_units_command
from orgeditor.commands.units import AddUnitCommand, SetUnitFieldCommand
from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Body, Design, LineKind, ReportingLine, Scenario, Unit, UnitKind
from orgeditor.rules.base import Fix

Builder = Callable[[Design, Scenario, Mapping[str, Any]], Command]

UNIT_GONE = QT_TRANSLATE_NOOP("Refusal", "unit {unit} is gone; the fix no longer applies")


def command_for_fix(design: Design, scenario_id: str, fix: Fix) -> Command:
    """The command that applies ``fix`` to the scenario, named after the fix.

    A fix whose params name ``dual_lines_to`` also gives its unit the dual lines to
    those departments (:mod:`orgeditor.commands.shared` decides their terms).

    Raises:
        CommandError: the fix no longer applies (a unit is gone, nothing would change)
            or its action is unknown.
    """
    scenario = next((s for s in design.scenarios if s.id == scenario_id), None)
    if scenario is None:
        raise CommandError(
            translate("Refusal", "there is no scenario {scenario}").format(
                scenario=repr(scenario_id)
            )
        )
    build = _BUILDERS.get(fix.action)
    if build is None:
        raise CommandError(
            translate("Refusal", "this fix needs your choice: {fix}").format(fix=fix.description)
        )
    for key in ("unit", "parent", "body"):
        if key in fix.params and fix.params[key] not in scenario.units:
            what = fix.params[key]
            raise CommandError(translate("Refusal", UNIT_GONE).format(unit=repr(what)))
    command = build(design, scenario, fix.params)
    departments = fix.params.get("dual_lines_to")
    if departments:  # a unit that becomes a regional entry point reports to both departments
        lines = dual_lines(scenario, [fix.params["unit"]], departments=departments)
        command = MacroCommand("", [command, *dual_line_commands(design, scenario.id, lines)])
    command.text = translate("Command", "Fix: {fix}").format(fix=fix.description)
    return command


def _field(design: Design, scenario: Scenario, unit_id: str, name: str, value: object) -> Command:
    return SetUnitFieldCommand(design, scenario.id, unit_id, name, value)


def _designations(unit: Unit, p: Mapping[str, Any]) -> list[str]:
    """What ``unit`` is entry point for, in the segment list the fix names (regions when
    it names a ``region``)."""
    if "segment" in p:
        return unit.segment_entry_points.get(p["segment"], [])
    return unit.entry_point_for


def _item(p: Mapping[str, Any]) -> str:
    return str(p["item"] if "segment" in p else p["region"])


def _designated(
    design: Design, scenario: Scenario, unit_id: str, p: Mapping[str, Any], items: list[str]
) -> Command:
    if "segment" not in p:
        return _field(design, scenario, unit_id, "entry_point_for", items)
    value = {**scenario.units[unit_id].segment_entry_points, p["segment"]: items}
    return _field(design, scenario, unit_id, "segment_entry_points", value)


def _designate(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    current = _designations(scenario.units[p["unit"]], p)
    return _designated(design, scenario, p["unit"], p, [*current, _item(p)])


def _withdraw(design: Design, scenario: Scenario, unit_id: str, p: Mapping[str, Any]) -> Command:
    if unit_id not in scenario.units:
        raise CommandError(translate("Refusal", UNIT_GONE).format(unit=repr(unit_id)))
    kept = [r for r in _designations(scenario.units[unit_id], p) if r != _item(p)]
    return _designated(design, scenario, unit_id, p, kept)


def _remove_entry_point(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    steps = [_withdraw(design, scenario, u, p) for u in p["units"]]
    return MacroCommand("Withdraw entry points", steps)


def _move_entry_point(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    """Withdraw the designation of ``from`` and give it to ``unit`` (one step)."""
    steps = [_withdraw(design, scenario, p["from"], p)]
    if _item(p) not in _designations(scenario.units[p["unit"]], p):
        steps.append(_designate(design, scenario, p))
    return MacroCommand("Move entry point", steps)


def _move_entry_points(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    """Several regions handed from one holder to another, with the new backstops of their
    presences (``backstops``: presence id -> unit), in one step.

    Each move is built on the designations the moves before it leave, so each is
    done while the next is built, and all are undone before the step returns.
    """
    steps: list[Command] = []
    try:
        for move in p["moves"]:
            if move["unit"] not in scenario.units:
                raise CommandError(translate("Refusal", UNIT_GONE).format(unit=repr(move["unit"])))
            step = _move_entry_point(design, scenario, move)
            step.do(design)
            steps.append(step)
    finally:
        for step in reversed(steps):
            step.undo(design)
    for presence, backstop in p.get("backstops", {}).items():
        steps.append(_field(design, scenario, presence, "backstopped_by", backstop))
    return MacroCommand("Move entry points", steps)


def _set_line_conditions(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    """New conditions on lines (line id -> condition), in one step."""
    steps: list[Command] = []
    for line_id, condition in p["lines"].items():
        if line_id not in scenario.lines:
            raise CommandError(
                translate("Refusal", "line {line} is gone; the fix no longer applies").format(
                    line=repr(line_id)
                )
            )
        steps.append(SetLineFieldCommand(design, scenario.id, line_id, "condition", condition))
    return MacroCommand("Set line conditions", steps)


def _set_backstop(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    return _field(design, scenario, p["unit"], "backstopped_by", p["backstop"])


def _set_lead(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    return _field(design, scenario, p["unit"], "lead_department", p["lead"])


def _set_region(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    return _field(design, scenario, p["unit"], "region", p["region"])


def _set_head_grade(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    return _field(design, scenario, p["unit"], "head_grade", p["grade"])


def _move_unit(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    return move_units_command(design, scenario.id, [p["unit"]], p["parent"])


def _add_function(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    functions = scenario.units[p["unit"]].functions
    return _field(design, scenario, p["unit"], "functions", [*functions, p["function"]])


def _add_line(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    line = ReportingLine(
        unused_id(design, "lines", f"{p['source']}-{p['target']}"),
        p["source"],
        p["target"],
        LineKind(p["kind"]),
        p.get("caption", ""),
        p.get("condition", ""),
    )
    return AddLineCommand(design, scenario.id, line)


def _report_to_departments(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    """The dual lines (or dotted lines made dual) from ``unit`` to ``departments``."""
    lines = dual_lines(scenario, [p["unit"]], departments=p["departments"])
    if not lines:
        raise CommandError(translate("Refusal", "the unit reports to those departments already"))
    return MacroCommand("Report to departments", dual_line_commands(design, scenario.id, lines))


def _body_change(design: Design, scenario: Scenario, p: Mapping[str, Any], chair: bool) -> Command:
    old = scenario.bodies.get(p["body"], Body(p["body"]))
    members = list(old.members) if chair else [*old.members, p["unit"]]
    return SetBodyCommand(
        design,
        scenario.id,
        Body(p["body"], p["unit"] if chair else old.chair, members, old.citation),
    )


def _create_body(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    """Add a body unit under ``parent`` with its chair and members; it takes the names
    in other languages of the required body it is made for (``prefix`` is that one's id)."""
    unit_id = unused_id(design, "units", p["prefix"])
    unit = Unit(unit_id, p["name"], UnitKind.BODY, p.get("short_name", ""), parent=p["parent"])
    required = [b for b in design.rules.required_bodies if b.id == p["prefix"]]
    if required and required[0].name == p["name"]:
        unit.names = copy.deepcopy(required[0].names)
    add = AddUnitCommand(design, scenario.id, unit)
    add.do(design)  # the body's membership names the new unit: check it with the unit there
    try:
        members = SetBodyCommand(design, scenario.id, Body(unit_id, p["chair"], p["members"]))
    finally:
        add.undo(design)
    return MacroCommand("Create body", [add, members])


def _restore_posts(design: Design, scenario: Scenario, p: Mapping[str, Any]) -> Command:
    """Give posts back the grade and funding they had in the baseline.

    A post the proposal established is abolished; one it abolished is established again
    in its baseline unit.
    """
    baseline = design.baseline
    steps: list[Command] = []
    for post_id in p["posts"]:
        old, new = baseline.posts.get(post_id), scenario.posts.get(post_id)
        if old is None and new is not None:
            steps.append(AbolishPostsCommand(design, scenario.id, [post_id]))
        elif old is not None and new is None:
            steps.append(AddPostCommand(design, scenario.id, copy.deepcopy(old)))
        elif old is not None and new is not None:
            for name in ("grade", "funding"):
                if getattr(old, name) != getattr(new, name):
                    steps.append(
                        SetPostFieldCommand(design, scenario.id, post_id, name, getattr(old, name))
                    )
    if not steps:
        raise CommandError(
            translate(
                "Refusal", "the posts are as in the baseline already; the fix no longer applies"
            )
        )
    return MacroCommand("Restore posts", steps)


_BUILDERS: dict[str, Builder] = {
    "designate-entry-point": _designate,
    "remove-entry-point": _remove_entry_point,
    "move-entry-point": _move_entry_point,
    "move-entry-points": _move_entry_points,
    "set-line-conditions": _set_line_conditions,
    "set-backstop": _set_backstop,
    "set-lead": _set_lead,
    "set-head-grade": _set_head_grade,
    "set-region": _set_region,
    "move-unit": _move_unit,
    "add-function": _add_function,
    "add-line": _add_line,
    "report-to-departments": _report_to_departments,
    "add-member": lambda d, s, p: _body_change(d, s, p, chair=False),
    "set-chair": lambda d, s, p: _body_change(d, s, p, chair=True),
    "create-body": _create_body,
    "restore-posts": _restore_posts,
}
