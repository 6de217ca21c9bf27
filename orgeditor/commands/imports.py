"""Importing units and posts: the whole merge is one undoable step."""

from __future__ import annotations

import copy

from orgeditor.commands.base import Change, CommandError, ScenarioCommand
from orgeditor.commands.shared import with_dual_lines
from orgeditor.i18n import translate
from orgeditor.model import Design, Scenario
from orgeditor.model.aspects import UNIT_FIELD_ASPECTS, Aspect

# an import replaces the units (every field), posts, roles and lines of a scenario
IMPORTED = frozenset(UNIT_FIELD_ASPECTS.values()) | {Aspect.POSTS, Aspect.ROLES, Aspect.LINES}


class ImportTablesCommand(ScenarioCommand):
    """Replace a scenario's units, posts, roles and lines by those of an imported copy.

    The copy comes from :func:`orgeditor.io.importing.merge_tables`, which has
    checked every row; units it puts straight in the shared structure get their
    dual lines (:func:`orgeditor.commands.shared.with_dual_lines`). Undo puts the
    scenario's own units, posts and lines back, in their order.
    """

    def __init__(self, design: Design, scenario_id: str, imported: Scenario, source: str) -> None:
        super().__init__(design, scenario_id)
        if imported.id != scenario_id:
            raise CommandError(
                translate("Refusal", "the import was made for scenario {id}").format(
                    id=repr(imported.id)
                )
            )
        current = self.scenario(design)
        imported = with_dual_lines(current, imported)
        if imported == current:
            raise CommandError(
                translate("Refusal", "{source} changes nothing in {scenario}").format(
                    source=source, scenario=current.name
                )
            )
        self.imported = copy.deepcopy(imported)
        self.before: Scenario | None = None
        self.text = translate("Command", "Import {source} into {scenario}").format(
            source=source, scenario=current.name
        )

    def do(self, design: Design) -> Change:
        self.before = self._swap(design, self.imported)
        return self._change()

    def undo(self, design: Design) -> Change:
        assert self.before is not None
        self._swap(design, self.before)
        return self._change()

    def _change(self) -> Change:
        """Everything an import can replace, on the units of both sides."""
        assert self.before is not None
        units = frozenset(self.imported.units) | frozenset(self.before.units)
        return Change(self.scenario_id, IMPORTED, units)

    def _swap(self, design: Design, content: Scenario) -> Scenario:
        """Put ``content``'s units, posts, roles and lines in the scenario; returns the old."""
        scenario = self.scenario(design)
        old = copy.deepcopy(scenario)
        fresh = copy.deepcopy(content)
        scenario.units, scenario.posts, scenario.roles = fresh.units, fresh.posts, fresh.roles
        scenario.lines = fresh.lines
        return old
