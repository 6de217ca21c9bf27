"""Commands on the list of scenarios: copy, rename, delete."""

from __future__ import annotations

import copy

from orgeditor.commands.base import (
    Change,
    CommandError,
    ScenarioCommand,
    check_names,
    check_text,
    new_id,
    nothing_changes,
)
from orgeditor.i18n import translate
from orgeditor.model import Design, LocalName, Scenario, ScenarioKind
from orgeditor.model.aspects import EVERYTHING
from orgeditor.model.text import NAME


class CopyScenarioCommand(ScenarioCommand):
    """Create a proposal as a copy of any scenario; units and posts keep their ids."""

    def __init__(self, design: Design, scenario_id: str, name: str) -> None:
        super().__init__(design, scenario_id)
        if not name.strip():
            raise CommandError(translate("Refusal", "a scenario needs a name"))
        check_text(name, NAME)
        if name in {s.name for s in design.scenarios}:
            raise CommandError(
                translate("Refusal", "a scenario is called {name} already").format(name=repr(name))
            )
        taken = {s.id for s in design.scenarios}
        self.new_id = new_id("proposal", taken)
        self.name = name
        self.text = translate("Command", "Copy {scenario} as {name}").format(
            scenario=self.scenario(design).name, name=name
        )

    def do(self, design: Design) -> Change:
        twin: Scenario = self.scenario(design).copy(self.new_id, self.name, ScenarioKind.PROPOSAL)
        design.scenarios.append(twin)
        return Change(self.new_id, EVERYTHING, scenarios=True)

    def undo(self, design: Design) -> Change:
        design.scenarios = [s for s in design.scenarios if s.id != self.new_id]
        return Change(None, EVERYTHING, scenarios=True)


class RenameScenarioCommand(ScenarioCommand):
    """Rename a scenario, and with ``names`` set its names in other languages (issue 19)
    in the same step (None keeps them)."""

    def __init__(
        self,
        design: Design,
        scenario_id: str,
        name: str,
        names: dict[str, LocalName] | None = None,
    ) -> None:
        super().__init__(design, scenario_id)
        if not name.strip():
            raise CommandError(translate("Refusal", "a scenario needs a name"))
        check_text(name, NAME)
        if name in {s.name for s in design.scenarios if s.id != scenario_id}:
            raise CommandError(
                translate("Refusal", "a scenario is called {name} already").format(name=repr(name))
            )
        scenario = self.scenario(design)
        self.old = (scenario.name, copy.deepcopy(scenario.names))
        self.new = (name, self.old[1] if names is None else check_names(design, names))
        if self.old == self.new:
            raise CommandError(nothing_changes())
        self.text = (
            translate("Command", "Rename {scenario} to {name}")
            if name != self.old[0]
            else translate("Command", "Rename {name} in other languages")
        ).format(scenario=self.old[0], name=name)

    def _set(self, design: Design, state: tuple[str, dict[str, LocalName]]) -> Change:
        scenario = self.scenario(design)
        scenario.name, scenario.names = state[0], copy.deepcopy(state[1])
        return Change(self.scenario_id, frozenset(), scenarios=True)

    def do(self, design: Design) -> Change:
        return self._set(design, self.new)

    def undo(self, design: Design) -> Change:
        return self._set(design, self.old)


class DeleteScenarioCommand(ScenarioCommand):
    """Delete a proposal (never the baseline)."""

    def __init__(self, design: Design, scenario_id: str) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if scenario.kind is ScenarioKind.BASELINE:
            raise CommandError(translate("Refusal", "the baseline cannot be deleted"))
        self.index = design.scenarios.index(scenario)
        self.saved = scenario
        self.text = translate("Command", "Delete {scenario}").format(scenario=scenario.name)

    def do(self, design: Design) -> Change:
        self.saved = design.scenarios.pop(self.index)
        return Change(None, EVERYTHING, scenarios=True)

    def undo(self, design: Design) -> Change:
        design.scenarios.insert(self.index, self.saved)
        return Change(self.scenario_id, EVERYTHING, scenarios=True)
