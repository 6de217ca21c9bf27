"""The design's properties: its title and notes, each scenario's description, and which unit
plays each of a scenario's single roles (the top, the shared structure ...).

Department roles are the settings' (``commands.settings``); these are the roles
every scenario has one unit for, named in ``ScenarioRoles``.
"""

from __future__ import annotations

import copy

from orgeditor.commands.base import (
    Change,
    Command,
    CommandError,
    MacroCommand,
    ScenarioCommand,
    check_text,
    no_unit,
    nothing_changes,
)
from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Design, Metadata
from orgeditor.model.aspects import Aspect
from orgeditor.model.text import NAME, SHORT, TEXT

METADATA = frozenset({Aspect.SETTINGS})  # the design's title and notes, kept with its settings
ROLES = frozenset({Aspect.ROLES})

# ScenarioRoles field -> the names of the steps that give it to a unit and that clear it
SCENARIO_ROLES = {
    "top": (
        QT_TRANSLATE_NOOP("Command", "Make {unit} the top unit"),
        QT_TRANSLATE_NOOP("Command", "Clear the top unit"),
    ),
    "shared_structure": (
        QT_TRANSLATE_NOOP("Command", "Make {unit} the shared structure"),
        QT_TRANSLATE_NOOP("Command", "Clear the shared structure"),
    ),
    "executive_office": (
        QT_TRANSLATE_NOOP("Command", "Make {unit} the executive office"),
        QT_TRANSLATE_NOOP("Command", "Clear the executive office"),
    ),
    "principals_group": (
        QT_TRANSLATE_NOOP("Command", "Make {unit} the principals' group"),
        QT_TRANSLATE_NOOP("Command", "Clear the principals' group"),
    ),
}


class SetMetadataCommand(Command):
    """Replace the design's title, author, description and provenance notes."""

    def __init__(self, design: Design, metadata: Metadata) -> None:
        check_text(metadata.title, NAME, "title")
        check_text(metadata.author, SHORT, "author")
        check_text(metadata.description, TEXT, "description")
        for note in metadata.provenance:
            check_text(note, TEXT, "provenance note")
        if metadata == design.metadata:
            raise CommandError(nothing_changes())
        self.new, self.old = copy.deepcopy(metadata), copy.deepcopy(design.metadata)
        self.text = translate("Command", "Edit design properties")

    def do(self, design: Design) -> Change:
        design.metadata = copy.deepcopy(self.new)
        return Change(None, METADATA, scenarios=True)

    def undo(self, design: Design) -> Change:
        design.metadata = copy.deepcopy(self.old)
        return Change(None, METADATA, scenarios=True)


class SetScenarioDescriptionCommand(ScenarioCommand):
    """Describe a scenario (what it is, where it comes from)."""

    def __init__(self, design: Design, scenario_id: str, description: str) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        self.new = check_text(description, TEXT, "description")
        self.old = scenario.description
        if self.new == self.old:
            raise CommandError(nothing_changes())
        self.text = translate("Command", "Describe {scenario}").format(scenario=scenario.name)

    def do(self, design: Design) -> Change:
        self.scenario(design).description = self.new
        return Change(self.scenario_id, frozenset(), scenarios=True)

    def undo(self, design: Design) -> Change:
        self.scenario(design).description = self.old
        return Change(self.scenario_id, frozenset(), scenarios=True)


class SetScenarioRoleCommand(ScenarioCommand):
    """Give one of the scenario's single roles to a unit, or to none (``unit_id`` None)."""

    def __init__(self, design: Design, scenario_id: str, role: str, unit_id: str | None) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if role not in SCENARIO_ROLES:
            raise CommandError(
                translate("Refusal", "there is no scenario role {id}").format(id=repr(role))
            )
        if unit_id is not None and unit_id not in scenario.units:
            raise CommandError(no_unit(unit_id))
        self.old: str | None = getattr(scenario.roles, role)
        if self.old == unit_id:
            raise CommandError(nothing_changes())
        self.role, self.unit_id = role, unit_id
        make, clear = SCENARIO_ROLES[role]
        holder = scenario.units[unit_id].label if unit_id else None
        self.text = (
            translate("Command", make).format(unit=holder)
            if holder
            else translate("Command", clear)
        )

    def _set(self, design: Design, unit_id: str | None) -> Change:
        setattr(self.scenario(design).roles, self.role, unit_id)
        touched = frozenset(u for u in (self.old, self.unit_id) if u)
        return Change(self.scenario_id, ROLES, touched)

    def do(self, design: Design) -> Change:
        return self._set(design, self.unit_id)

    def undo(self, design: Design) -> Change:
        return self._set(design, self.old)


def properties_command(design: Design, metadata: Metadata, descriptions: dict[str, str]) -> Command:
    """One step that sets the metadata and the scenarios' descriptions (by scenario id) that
    differ from the design's; CommandError when nothing differs or a text is refused."""
    steps: list[Command] = []
    if metadata != design.metadata:
        steps.append(SetMetadataCommand(design, metadata))
    for scenario in design.scenarios:
        text = descriptions.get(scenario.id, scenario.description)
        if text != scenario.description:
            steps.append(SetScenarioDescriptionCommand(design, scenario.id, text))
    if not steps:
        raise CommandError(nothing_changes())
    if len(steps) == 1:
        return steps[0]
    return MacroCommand(translate("Command", "Edit design properties"), steps)
