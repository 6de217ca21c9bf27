"""Commands on dual and dotted lines, and on the members of bodies."""

from __future__ import annotations

import copy

from orgeditor.commands.base import (
    Change,
    CommandError,
    ScenarioCommand,
    check_citation,
    check_id,
    check_text,
    insert_at,
    no_unit,
    nothing_changes,
)
from orgeditor.commands.units import short
from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Body, Citation, Design, LineKind, ReportingLine
from orgeditor.model.aspects import Aspect
from orgeditor.model.text import SHORT

LINE = frozenset({Aspect.LINES})
BODY = frozenset({Aspect.BODIES})

LINE_FIELDS = ("caption", "condition", "kind", "citation")
# SetLineFieldCommand's name by field
FIELD_TEXTS = {
    "caption": QT_TRANSLATE_NOOP("Command", "Change caption of line {line}"),
    "condition": QT_TRANSLATE_NOOP("Command", "Change condition of line {line}"),
    "kind": QT_TRANSLATE_NOOP("Command", "Change kind of line {line}"),
    "citation": QT_TRANSLATE_NOOP("Command", "Change citation of line {line}"),
}
# AddLineCommand's name by kind
ADD_TEXTS = {
    LineKind.DUAL: QT_TRANSLATE_NOOP("Command", "Add dual line from {source} to {target}"),
    LineKind.DOTTED: QT_TRANSLATE_NOOP("Command", "Add dotted line from {source} to {target}"),
}


class AddLineCommand(ScenarioCommand):
    """Add a dual or dotted line."""

    def __init__(self, design: Design, scenario_id: str, line: ReportingLine) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        check_id(line.id)
        check_text(line.caption, SHORT, "caption")
        check_text(line.condition, SHORT, "condition")
        check_citation(line.citation)
        if line.id in scenario.lines:
            raise CommandError(
                translate("Refusal", "a line with id {id} exists already").format(id=repr(line.id))
            )
        for end in (line.source, line.target):
            if end not in scenario.units:
                raise CommandError(no_unit(end))
        if line.source == line.target:
            raise CommandError(translate("Refusal", "a line needs two different units"))
        self.line = copy.deepcopy(line)
        self.text = translate("Command", ADD_TEXTS[line.kind]).format(
            source=short(scenario.units[line.source]), target=short(scenario.units[line.target])
        )

    def do(self, design: Design) -> Change:
        self.scenario(design).lines[self.line.id] = copy.deepcopy(self.line)
        return Change(self.scenario_id, LINE, frozenset({self.line.source, self.line.target}))

    def undo(self, design: Design) -> Change:
        del self.scenario(design).lines[self.line.id]
        return Change(self.scenario_id, LINE, frozenset({self.line.source, self.line.target}))


class RemoveLineCommand(ScenarioCommand):
    """Remove a line; undo puts it back in its place."""

    def __init__(self, design: Design, scenario_id: str, line_id: str) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if line_id not in scenario.lines:
            raise CommandError(no_line(line_id))
        self.line_id = line_id
        self.index = list(scenario.lines).index(line_id)
        self.line = scenario.lines[line_id]
        self.text = translate("Command", "Remove line from {source} to {target}").format(
            source=short(scenario.units[self.line.source]),
            target=short(scenario.units[self.line.target]),
        )

    def do(self, design: Design) -> Change:
        lines = self.scenario(design).lines
        self.index = list(lines).index(self.line_id)
        self.line = lines.pop(self.line_id)
        return Change(self.scenario_id, LINE, frozenset({self.line.source, self.line.target}))

    def undo(self, design: Design) -> Change:
        insert_at(self.scenario(design).lines, self.index, self.line_id, self.line)
        return Change(self.scenario_id, LINE, frozenset({self.line.source, self.line.target}))


class SetLineFieldCommand(ScenarioCommand):
    """Edit a line's caption, condition, kind or citation (its structured source)."""

    def __init__(
        self, design: Design, scenario_id: str, line_id: str, name: str, value: str | Citation
    ):
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if line_id not in scenario.lines:
            raise CommandError(no_line(line_id))
        if name not in LINE_FIELDS:
            raise CommandError(
                translate("Refusal", "the {field} of a line cannot be edited here").format(
                    field=name
                )
            )
        self.value: str | LineKind | Citation
        if name == "citation":
            self.value = check_citation(value)
        elif name == "kind":
            if not isinstance(value, str) or value not in {k.value for k in LineKind}:
                raise CommandError(translate("Refusal", "a line is dual or dotted"))  # LineKind
            self.value = LineKind(value)
        else:
            self.value = check_text(value, SHORT, name)
        line = scenario.lines[line_id]
        if getattr(line, name) == self.value:
            raise CommandError(nothing_changes())
        self.line_id, self.name = line_id, name
        self.old = copy.deepcopy(getattr(line, name))
        self.text = translate("Command", FIELD_TEXTS[name]).format(line=line_id)

    def _set(self, design: Design, value: object) -> Change:
        line = self.scenario(design).lines[self.line_id]
        setattr(line, self.name, copy.deepcopy(value))
        return Change(self.scenario_id, LINE, frozenset({line.source, line.target}))

    def do(self, design: Design) -> Change:
        return self._set(design, self.value)

    def undo(self, design: Design) -> Change:
        return self._set(design, self.old)


class SetBodyCommand(ScenarioCommand):
    """Set the chair and members of a body unit (creating its membership record if needed)."""

    def __init__(self, design: Design, scenario_id: str, body: Body) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        for unit_id in [body.unit, *([body.chair] if body.chair else []), *body.members]:
            if unit_id not in scenario.units:
                raise CommandError(no_unit(unit_id))
        check_citation(body.citation)
        self.body = copy.deepcopy(body)
        self.old = copy.deepcopy(scenario.bodies.get(body.unit))
        self.index = list(scenario.bodies).index(body.unit) if self.old else len(scenario.bodies)
        self.text = translate("Command", "Change members of {unit}").format(
            unit=short(scenario.units[body.unit])
        )

    def do(self, design: Design) -> Change:
        bodies = self.scenario(design).bodies
        if self.body.unit in bodies:
            bodies[self.body.unit] = copy.deepcopy(self.body)
        else:
            insert_at(bodies, self.index, self.body.unit, copy.deepcopy(self.body))
        return Change(self.scenario_id, BODY, frozenset({self.body.unit}))

    def undo(self, design: Design) -> Change:
        bodies = self.scenario(design).bodies
        if self.old is None:
            del bodies[self.body.unit]
        else:
            bodies[self.body.unit] = copy.deepcopy(self.old)
        return Change(self.scenario_id, BODY, frozenset({self.body.unit}))


def no_line(line_id: str) -> str:
    """Why an edit of a line the scenario does not have is refused."""
    return translate("Refusal", "there is no line {id}").format(id=repr(line_id))
