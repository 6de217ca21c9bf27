"""What the user can ask of an open document, each as one undoable command.

Each intent names the scenario on screen and builds its command from
``orgeditor.commands``; the domain decisions live in those commands.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    AddUnitCommand,
    Command,
    CopyScenarioCommand,
    DeleteScenarioCommand,
    DeleteUnitsCommand,
    ImportTablesCommand,
    MovePostsCommand,
    RemoveLineCommand,
    RenameScenarioCommand,
    SetBodyCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetPostsFieldCommand,
    SetUnitFieldCommand,
    command_for_fix,
    move_units_command,
    turn_off_rule_command,
    unused_id,
)
from orgeditor.commands.properties import SetScenarioRoleCommand
from orgeditor.editing.events import Event
from orgeditor.i18n import translate
from orgeditor.model import (
    Body,
    Design,
    LineKind,
    LocalName,
    Post,
    ReportingLine,
    Scenario,
    Unit,
    UnitKind,
)
from orgeditor.rules import Finding

Factory = Callable[[Design], Command]


class Intents(ABC):
    """The edits a user asks for, on the scenario on screen; the document does them."""

    design: Design
    scenario_id: str
    edit_refused: Event[str]

    @property
    @abstractmethod
    def scenario(self) -> Scenario:
        """The scenario on screen."""

    @abstractmethod
    def edit(self, factory: Factory) -> bool:
        """Build a command from the current design and do it; False if refused."""

    @abstractmethod
    def switch_scenario(self, scenario_id: str) -> bool:
        """Show another scenario."""

    def move_units(self, unit_ids: list[str], target: str) -> bool:
        """Re-parent units; into the shared structure with their dual lines (commands.shared)."""
        sid = self.scenario_id
        return self.edit(lambda d: move_units_command(d, sid, unit_ids, target))

    def move_posts(self, post_ids: list[str], unit_id: str) -> bool:
        """Redeploy posts to a unit."""
        sid = self.scenario_id
        return self.edit(lambda d: MovePostsCommand(d, sid, post_ids, unit_id))

    def apply_fix(self, finding: Finding) -> bool:
        """Apply a finding's suggested fix as one undoable step."""
        if finding.fix is None:
            why = finding.no_fix or translate("NoFix", "this finding has no automatic fix")
            self.edit_refused.emit(why)
            return False
        fix, sid = finding.fix, self.scenario_id
        return self.edit(lambda d: command_for_fix(d, sid, fix))

    def turn_off_rule(self, rule_id: str) -> bool:
        """Turn a rule off for this design, as one undoable step."""
        return self.edit(lambda d: turn_off_rule_command(d, rule_id))

    def set_unit_field(self, unit_id: str, name: str, value: object) -> bool:
        """Edit one field of a unit."""
        sid = self.scenario_id
        return self.edit(lambda d: SetUnitFieldCommand(d, sid, unit_id, name, value))

    def add_unit(self, parent: str, name: str) -> str | None:
        """Add a unit under ``parent``; returns its id."""
        sid = self.scenario_id
        unit_id = unused_id(self.design, "units", "unit")
        kind = UnitKind.UNIT
        done = self.edit(lambda d: AddUnitCommand(d, sid, Unit(unit_id, name, kind, parent=parent)))
        return unit_id if done else None

    def delete_units(self, unit_ids: list[str]) -> bool:
        """Delete units with their sub-units, posts and lines."""
        sid = self.scenario_id
        return self.edit(lambda d: DeleteUnitsCommand(d, sid, unit_ids))

    def add_post(self, unit_id: str, grade: str, funding: str) -> bool:
        """Establish a post in a unit."""
        sid = self.scenario_id
        post_id = unused_id(self.design, "posts", f"{unit_id}.new")
        return self.edit(lambda d: AddPostCommand(d, sid, Post(post_id, grade, funding, unit_id)))

    def abolish_posts(self, post_ids: list[str]) -> bool:
        """Abolish posts."""
        sid = self.scenario_id
        return self.edit(lambda d: AbolishPostsCommand(d, sid, post_ids))

    def set_post_field(self, post_id: str, name: str, value: str) -> bool:
        """Reclassify a post, change its funding or its title."""
        sid = self.scenario_id
        return self.edit(lambda d: SetPostFieldCommand(d, sid, post_id, name, value))

    def set_post_titles(self, post_id: str, titles: dict[str, str]) -> bool:
        """Set a post's titles in other languages (tag -> title), as one step."""
        sid = self.scenario_id
        return self.edit(lambda d: SetPostFieldCommand(d, sid, post_id, "titles", titles))

    def set_posts_field(self, post_ids: list[str], name: str, value: str) -> bool:
        """Reclassify several posts or change their funding, as one step."""
        sid = self.scenario_id
        return self.edit(lambda d: SetPostsFieldCommand(d, sid, post_ids, name, value))

    def add_line(self, source: str, target: str, kind: str) -> bool:
        """Add a dual or dotted line."""
        sid = self.scenario_id
        line_id = unused_id(self.design, "lines", f"{source}-{target}")
        line = ReportingLine(line_id, source, target, LineKind(kind))
        return self.edit(lambda d: AddLineCommand(d, sid, line))

    def set_scenario_role(self, role: str, unit_id: str | None) -> bool:
        """Give a scenario role (top, shared structure ...) to a unit, or to none."""
        sid = self.scenario_id
        return self.edit(lambda d: SetScenarioRoleCommand(d, sid, role, unit_id))

    def set_body(self, body: Body) -> bool:
        """Set a body unit's chair and members."""
        sid = self.scenario_id
        return self.edit(lambda d: SetBodyCommand(d, sid, body))

    def remove_line(self, line_id: str) -> bool:
        """Remove a line."""
        sid = self.scenario_id
        return self.edit(lambda d: RemoveLineCommand(d, sid, line_id))

    def set_line_field(self, line_id: str, name: str, value: str) -> bool:
        """Edit a line's caption or condition."""
        sid = self.scenario_id
        return self.edit(lambda d: SetLineFieldCommand(d, sid, line_id, name, value))

    def import_scenario(self, merged: Scenario, source: str) -> bool:
        """Replace the current scenario's units and posts by an import's (one undo step)."""
        scenario_id = self.scenario_id
        return self.edit(lambda d: ImportTablesCommand(d, scenario_id, merged, source))

    def copy_scenario(self, scenario_id: str, name: str) -> bool:
        """Create a proposal as a copy of a scenario, and show it."""
        command: list[CopyScenarioCommand] = []

        def make(design: Design) -> Command:
            command.append(CopyScenarioCommand(design, scenario_id, name))
            return command[0]

        if not self.edit(make):
            return False
        self.switch_scenario(command[0].new_id)
        return True

    def rename_scenario(
        self, scenario_id: str, name: str, names: dict[str, LocalName] | None = None
    ) -> bool:
        """Rename a scenario; with ``names``, set its names in other languages in the same step."""
        return self.edit(lambda d: RenameScenarioCommand(d, scenario_id, name, names))

    def delete_scenario(self, scenario_id: str) -> bool:
        """Delete a proposal."""
        return self.edit(lambda d: DeleteScenarioCommand(d, scenario_id))
