"""Undoable edits of a design without Qt, for the editor, the command line and tests."""

from orgeditor.commands.base import Change, Command, CommandError, MacroCommand, new_id, unused_id
from orgeditor.commands.fixes import command_for_fix
from orgeditor.commands.imports import ImportTablesCommand
from orgeditor.commands.lines import (
    AddLineCommand,
    RemoveLineCommand,
    SetBodyCommand,
    SetLineFieldCommand,
)
from orgeditor.commands.posts import (
    AbolishPostsCommand,
    AddPostCommand,
    MovePostsCommand,
    SetPostFieldCommand,
    SetPostsFieldCommand,
)
from orgeditor.commands.rule_settings import (
    SetRuleStateCommand,
    rule_states_command,
    turn_off_rule_command,
)
from orgeditor.commands.scenarios import (
    CopyScenarioCommand,
    DeleteScenarioCommand,
    RenameScenarioCommand,
)
from orgeditor.commands.shared import move_units_command
from orgeditor.commands.stack import UndoStack
from orgeditor.commands.units import (
    AddUnitCommand,
    DeleteUnitsCommand,
    MoveUnitsCommand,
    SetUnitFieldCommand,
)

__all__ = [
    "AbolishPostsCommand",
    "AddLineCommand",
    "AddPostCommand",
    "AddUnitCommand",
    "Change",
    "Command",
    "CommandError",
    "CopyScenarioCommand",
    "DeleteScenarioCommand",
    "DeleteUnitsCommand",
    "ImportTablesCommand",
    "MacroCommand",
    "MovePostsCommand",
    "MoveUnitsCommand",
    "RemoveLineCommand",
    "RenameScenarioCommand",
    "SetBodyCommand",
    "SetLineFieldCommand",
    "SetPostFieldCommand",
    "SetPostsFieldCommand",
    "SetRuleStateCommand",
    "SetUnitFieldCommand",
    "UndoStack",
    "command_for_fix",
    "move_units_command",
    "new_id",
    "rule_states_command",
    "turn_off_rule_command",
    "unused_id",
]
