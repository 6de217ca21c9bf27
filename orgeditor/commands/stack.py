"""A plain undo stack for the command line and tests; the Qt app uses QUndoStack."""

from __future__ import annotations

from orgeditor.commands.base import Change, Command
from orgeditor.model import Design


class UndoStack:
    """Do, undo and redo commands on one design."""

    def __init__(self, design: Design) -> None:
        self.design = design
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> Change:
        """Do ``command`` and record it; the redo history is dropped."""
        change = command.do(self.design)
        self._done.append(command)
        self._undone.clear()
        return change

    def undo(self) -> Change:
        """Undo the last command."""
        command = self._done.pop()
        self._undone.append(command)
        return command.undo(self.design)

    def redo(self) -> Change:
        """Redo the last undone command."""
        command = self._undone.pop()
        self._done.append(command)
        return command.do(self.design)

    @property
    def can_undo(self) -> bool:
        """Whether there is something to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """Whether there is something to redo."""
        return bool(self._undone)

    def texts(self) -> list[str]:
        """The names of the commands done, oldest first."""
        return [c.text for c in self._done]
