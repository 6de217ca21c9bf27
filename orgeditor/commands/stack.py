"""The one undo history: the app, the command line and the tests all use it.

It keeps at most ``limit`` steps (the oldest are forgotten), knows the step
at which the design matched its file ("clean", for the title's modified mark),
and tells its listeners after every do, undo or redo what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from orgeditor.commands.base import Change, Command
from orgeditor.model import Design

UNDO_LIMIT = 500  # steps kept; each holds only what its edit changed


class UndoStack:
    """Do, undo and redo commands on one design, with a limit and a clean mark.

    ``listeners`` are called with the :class:`Change` of every step done,
    undone or redone; ``moved`` listeners whenever what Undo and Redo would do,
    or the clean mark, may have changed.
    """

    def __init__(self, design: Design, limit: int = UNDO_LIMIT) -> None:
        self.design = design
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean: int | None = 0  # steps done when the design matched its file; None: lost
        self.listeners: list[Callable[[Change], None]] = []
        self.moved: list[Callable[[], None]] = []

    def push(self, command: Command) -> Change:
        """Do ``command`` and record it; the redo history is dropped."""
        change = command.do(self.design)
        if self._clean is not None and self._clean > len(self._done):
            self._clean = None  # the saved state was in the redo history, now gone
        self._done.append(command)
        self._undone.clear()
        if len(self._done) > self.limit:
            del self._done[0]
            self._clean = None if not self._clean else self._clean - 1
        return self._tell(change)

    def undo(self) -> Change:
        """Undo the last command."""
        command = self._done.pop()
        self._undone.append(command)
        return self._tell(command.undo(self.design))

    def redo(self) -> Change:
        """Redo the last undone command."""
        command = self._undone.pop()
        self._done.append(command)
        return self._tell(command.do(self.design))

    def go_to(self, index: int) -> None:
        """Undo or redo until ``index`` steps are done (a click in the History dock)."""
        while self.index() > index and self.can_undo:
            self.undo()
        while self.index() < index and self.can_redo:
            self.redo()

    def _tell(self, change: Change) -> Change:
        for listener in list(self.listeners):
            listener(change)
        self._moved()
        return change

    def _moved(self) -> None:
        for listener in list(self.moved):
            listener()

    @property
    def can_undo(self) -> bool:
        """Whether there is something to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """Whether there is something to redo."""
        return bool(self._undone)

    def index(self) -> int:
        """How many steps are done (the History dock's current row)."""
        return len(self._done)

    def count(self) -> int:
        """How many steps are kept, done and undone."""
        return len(self._done) + len(self._undone)

    def text(self, index: int) -> str:
        """The name of step ``index`` (0: the oldest kept), done or undone."""
        return (self._done + self._undone[::-1])[index].text

    def texts(self) -> list[str]:
        """The names of the commands done, oldest first."""
        return [c.text for c in self._done]

    def undo_text(self) -> str:
        """The name of what Undo would undo ("" if nothing)."""
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        """The name of what Redo would redo ("" if nothing)."""
        return self._undone[-1].text if self._undone else ""

    @property
    def clean(self) -> bool:
        """Whether the design is as it was when last saved or opened."""
        return self._clean == len(self._done)

    def set_clean(self) -> None:
        """Mark the design as matching its file (after a save)."""
        self._clean = len(self._done)
        self._moved()

    def reset_clean(self) -> None:
        """Mark the design as matching no file (a restored recovery copy is unsaved)."""
        self._clean = None
        self._moved()
