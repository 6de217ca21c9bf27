"""The document controller: adapts the Qt-free editing core to the window.

The core (:class:`orgeditor.editing.OpenDocument`) holds the document, its one
undo history, the state kept for speed and the policy of when to check. This
adapter relays the core's events as Qt signals and runs its checks on the event
loop: a timer for the delay after an edit, and one rule per turn of the loop
for a design too big to check at once.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from orgeditor.commands import Change
from orgeditor.commands.stack import UndoStack
from orgeditor.editing import OpenDocument
from orgeditor.model import Design, Scenario
from orgeditor.rules import Report


class DocumentController(QObject):
    """The open document for the window: its signals, and its checks on the event loop.

    Every intent of the core (``move_units``, ``add_post``, ``edit`` …) and its
    state (``design``, ``scenario``, ``report``, ``costs_of`` …) is reached
    through the controller as well: what the controller does not define, it
    takes from ``self.document``.
    """

    changed = Signal(object)  # Change
    scenario_switched = Signal(str)
    report_ready = Signal(object)  # Report
    validation_started = Signal()
    edit_refused = Signal(str)
    history_moved = Signal()  # what Undo/Redo would do, or the clean mark, changed

    def __init__(
        self, design: Design, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = OpenDocument(design, path)
        self.undo_stack: UndoStack = self.document.history
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_checking)
        self._slices = QTimer(self)  # runs one rule per turn of the event loop
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._check_slice)
        self._checking: Generator[str, None, Report] | None = None
        d = self.document
        d.changed.connect(self._on_document_changed)
        d.scenario_switched.connect(self._on_document_scenario_switched)
        d.report_ready.connect(self.report_ready.emit)
        d.check_started.connect(lambda _: self.validation_started.emit())
        d.edit_refused.connect(self.edit_refused.emit)
        d.history_moved.connect(lambda _: self.history_moved.emit())

    def __getattr__(self, name: str) -> Any:
        if name == "document":  # not set yet: during construction
            raise AttributeError(name)
        return getattr(self.document, name)

    # the state the window sets, kept in the core
    @property
    def path(self) -> Path | None:
        """The document's file (None: untitled)."""
        return self.document.path

    @path.setter
    def path(self, path: Path | None) -> None:
        self.document.path = path

    @property
    def disk_stamp(self) -> tuple[int, int] | None:
        """The file as last read or written (see ``ui.files.disk_stamp``)."""
        return self.document.disk_stamp

    @disk_stamp.setter
    def disk_stamp(self, stamp: tuple[int, int] | None) -> None:
        self.document.disk_stamp = stamp

    @property
    def scenario(self) -> Scenario:
        """The scenario on screen."""
        return self.document.scenario

    def close(self) -> None:
        """Stop checking and go quiet: the window shows another document now."""
        self._timer.stop()
        self._stop_checking()
        self.blockSignals(True)

    # --- reacting to the core -------------------------------------------------------------
    def _on_document_changed(self, change: Change) -> None:
        self._stop_checking()  # the design changed under it
        self.changed.emit(change)
        self.validate_soon()

    def _on_document_scenario_switched(self, scenario_id: str) -> None:
        self._stop_checking()
        self.scenario_switched.emit(scenario_id)
        self.validate_soon()

    def switch_scenario(self, scenario_id: str) -> None:
        """Show another scenario (a view change, not an edit), checked at once."""
        if self.document.switch_scenario(scenario_id):
            self.validate_now()

    # --- checking -------------------------------------------------------------------------
    def validate_soon(self) -> None:
        """Check the scenario on screen after the core's delay (0 for a small design)."""
        self._timer.start(self.document.check_delay_ms)

    def validate_now(self) -> Report:
        """Check the scenario on screen now, in one go, and announce the report."""
        self._timer.stop()
        self._stop_checking()
        return self.document.check_now()

    def _start_checking(self) -> None:
        """Check at once if the design is small, else a rule at a time."""
        self._stop_checking()
        if self.document.checks_at_once:
            self.document.check_now()
            return
        self._checking = self.document.check_steps()
        self._slices.start()

    def _check_slice(self) -> None:
        if self._checking is None:
            self._slices.stop()
            return
        try:
            next(self._checking)
        except StopIteration:
            self._stop_checking()  # the core announced the report

    def _stop_checking(self) -> None:
        """Drop a check under way (the design changed under it, or a full one replaces it)."""
        self._slices.stop()
        self._checking = None

    @property
    def checking(self) -> bool:
        """Whether a check is under way or due."""
        return self._checking is not None or self._timer.isActive()
