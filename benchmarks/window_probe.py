"""Drive a real ``MainWindow`` the way a user does, and time what the user sees.

The hooks this relies on (and only these; the window's internals, the controller
and the canvas may change freely behind them):

- ``MainWindow(settings)``, ``MainWindow.open_file(path)`` (what File > Open and
  File > Open Sample call after their dialog);
- the central widget is a ``QGraphicsView``; its scene has the intent signal
  ``units_drop_requested(list[str], str)`` (what a drop on a card emits);
- actions found by their text: ``Undo``, ``Save``, ``Fit to Window``,
  ``Redo``, ``Actual Size``, ``Compare with Baseline`` (checkable); their texts
  change with each step (which proves each timed edit reached the undo history);
- the toolbar's line edit whose placeholder starts with ``Find`` (Return selects
  the next unit whose name contains the text);
- docks found by object name: ``findingsDock`` (its item view ``findingsTree`` lists
  the findings; its grouping combo box has an item view too), ``scenariosDock`` (its
  list widget switches scenario on a click), ``inspectorDock`` (the line edit on the
  form row labelled ``Name``, committed with Return);
- the window title's modified mark (``isWindowModified``) clears once a save is done;
- ``window.controller.design``, the open design (to pick the units to move and rename).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFormLayout,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

MODEL_SIGNALS = ("modelReset", "rowsInserted", "rowsRemoved", "dataChanged", "layoutChanged")


class Heartbeat(QObject):
    """A 1 ms timer; the longest gap between its ticks is the longest event-loop slice."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        """Start a new measurement."""
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()

    def stop(self) -> float:
        """Stop; the longest slice in milliseconds."""
        self._on_timer_timeout()
        self._timer.stop()
        return self.longest * 1000

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


class WindowProbe:
    """One real window, offscreen, driven through its public widgets, actions and signals."""

    def __init__(self, window: QObject, app: QApplication) -> None:
        self.window = window
        self.app = app
        view = window.centralWidget()  # type: ignore[attr-defined]
        assert isinstance(view, QGraphicsView), "the central widget is the chart view"
        self.view = view
        self.heartbeat = Heartbeat()

    # --- finding the window's parts ---------------------------------------------------------
    def action(self, text: str) -> QAction:
        """The window's action whose text, without ``&`` and ``…``, starts with ``text``."""
        for action in self.window.findChildren(QAction):
            label = action.text().replace("&", "").rstrip("…")
            if label == text or label.startswith(text + " "):
                return action
        raise LookupError(f"no action {text!r}")

    def dock(self, name: str) -> QDockWidget:
        """The dock with object name ``name``."""
        dock = self.window.findChild(QDockWidget, name)
        if dock is None:
            raise LookupError(f"no dock {name!r}")
        return dock

    def findings_view(self) -> QAbstractItemView:
        """The item view that lists the findings in the Findings dock (``findingsTree``)."""
        view = self.dock("findingsDock").findChild(QAbstractItemView, "findingsTree")
        if view is None:
            raise LookupError("no item view 'findingsTree' in the Findings dock")
        return view

    def name_field(self) -> QLineEdit:
        """The Inspector's line edit on the row labelled Name."""
        for form in self.dock("inspectorDock").findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                if label.widget().text().replace("&", "").rstrip(":") == "Name":  # type: ignore[union-attr]
                    widget = field.widget()
                    if isinstance(widget, QLineEdit):
                        return widget
        raise LookupError("no Name field in the Inspector")

    def scenario_list(self) -> QListWidget:
        """The list of scenarios in the Scenarios dock."""
        found = self.dock("scenariosDock").findChild(QListWidget)
        if found is None:
            raise LookupError("no list in the Scenarios dock")
        return found

    # --- what the user sees -----------------------------------------------------------------
    def paint(self) -> None:
        """Let posted work run (the chart's pending repaint included), then paint the chart now
        if that work did not: the frame the user sees next, painted once."""
        spy = _PaintSpy(self.view.viewport())
        self.app.processEvents()
        if not spy.painted:
            self.view.viewport().repaint()
        spy.release()

    def frame(self) -> float:
        """Milliseconds to paint the whole chart as shown, with nothing changed (a floor)."""
        start = time.perf_counter()
        self.view.viewport().update()
        self.paint()
        return (time.perf_counter() - start) * 1000

    def idle_turn(self) -> float:
        """Milliseconds of one turn of the event loop with nothing posted (a floor)."""
        start = time.perf_counter()
        self.app.processEvents()
        return (time.perf_counter() - start) * 1000

    def timed(
        self, act: Callable[[], object], findings: bool, timeout: float
    ) -> tuple[float, float | None]:
        """Milliseconds from ``act`` to the repainted chart and, if ``findings``, to the Findings
        dock's view changed and painted (None: it showed no change within ``timeout`` seconds).
        """
        watcher = _ModelWatcher(self.findings_view())
        start = time.perf_counter()
        act()
        self.paint()
        canvas = (time.perf_counter() - start) * 1000
        shown = None
        if findings and watcher.wait(timeout - (time.perf_counter() - start)):
            self.findings_view().viewport().repaint()
            shown = (time.perf_counter() - start) * 1000
        watcher.release()
        return canvas, shown

    def quiet(self, timeout: float, change_first: bool = False, still: float = 0.4) -> None:
        """Run the event loop until the Findings dock has not changed for ``still`` seconds
        (after a first change if ``change_first``), at most ``timeout`` seconds: a pause."""
        deadline = time.perf_counter() + timeout
        if change_first:
            watcher = _ModelWatcher(self.findings_view())
            watcher.wait(timeout)
            watcher.release()
        while time.perf_counter() < deadline:
            watcher = _ModelWatcher(self.findings_view())
            changed = watcher.wait(min(still, deadline - time.perf_counter()))
            watcher.release()
            if not changed:
                return

    def design(self) -> Any:
        """The design the window has open."""
        return self.window.controller.design  # type: ignore[attr-defined]

    def open(self, path: Path) -> float:
        """Milliseconds from File > Open's call to the first painted frame."""
        start = time.perf_counter()
        self.window.open_file(path)  # type: ignore[attr-defined]
        self.paint()
        return (time.perf_counter() - start) * 1000

    def drop(self, unit_ids: list[str], target: str) -> None:
        """What dropping ``unit_ids`` on the card of ``target`` emits."""
        self.view.scene().units_drop_requested.emit(unit_ids, target)  # type: ignore[attr-defined]

    def find(self, name: str, tries: int = 20) -> None:
        """Select the unit called ``name`` as a user does: type it in the toolbar's Find field
        and press Return until the Inspector shows it (Return steps through the matches)."""
        field = self.find_field()
        field.setText(name)
        for _ in range(tries):
            QTest.keyClick(field, Qt.Key.Key_Return)
            self.app.processEvents()
            if self.name_field().isEnabled() and self.name_field().text() == name:
                return
        raise LookupError(f"Find did not bring {name!r} into the Inspector")

    def find_field(self) -> QLineEdit:
        """The toolbar's search field (its placeholder starts with "Find")."""
        for field in self.window.findChildren(QLineEdit):
            if field.placeholderText().startswith("Find"):
                return field
        raise LookupError("no Find field")

    def history_texts(self) -> tuple[str, str]:
        """The tooltips of the Undo and Redo actions: they name the last step either way
        (the labels stay "Undo" and "Redo", so the toolbar keeps its width)."""
        return self.action("Undo").toolTip(), self.action("Redo").toolTip()

    def rename(self, name: str) -> None:
        """Type ``name`` into the Inspector's Name field and press Return."""
        field = self.name_field()
        field.selectAll()
        field.setText(name)  # one step: typing is not what is measured
        QTest.keyClick(field, Qt.Key.Key_Return)
        field.clearFocus()  # Undo acts on the document again, not on the field's typing

    def switch_to(self, row: int) -> None:
        """Click row ``row`` of the scenarios list."""
        self.scenario_list().setCurrentRow(row)

    def pan_frames(self, count: int) -> list[float]:
        """Milliseconds of each of ``count`` frames, scrolling back and forth sideways."""
        bar = self.view.horizontalScrollBar()
        frames = []
        for step in range(count):
            bar.setValue(bar.value() + (60 if step % 2 == 0 else -40))
            start = time.perf_counter()
            self.view.viewport().repaint()
            frames.append((time.perf_counter() - start) * 1000)
        return frames

    def save(self, timeout: float) -> float | None:
        """Milliseconds from File > Save to the title's modified mark cleared."""
        start = time.perf_counter()
        self.action("Save").trigger()
        while self.window.isWindowModified():  # type: ignore[attr-defined]
            if time.perf_counter() - start > timeout:
                return None
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return (time.perf_counter() - start) * 1000

    def finding_rows(self) -> int:
        """How many findings the dock lists (rows under its Errors, Warnings, Information)."""
        model = self.findings_view().model()
        rows = 0
        for top in range(model.rowCount()):
            group = model.index(top, 0)
            if model.data(group) in ("Errors", "Warnings", "Information"):
                rows += model.rowCount(group)
        return rows


class _PaintSpy(QObject):
    """Notes whether a widget was painted while it watched."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def release(self) -> None:
        self.widget.removeEventFilter(self)


class _ModelWatcher:
    """Quits a local event loop at the first change of an item view's model."""

    def __init__(self, view: QAbstractItemView) -> None:
        self.view = view
        self.model = view.model()
        self.changed = False
        self.loop = QEventLoop()
        self._links = [(s, getattr(self.model, s)) for s in MODEL_SIGNALS]
        for _, signal in self._links:
            signal.connect(self._on_model_changed)

    def _on_model_changed(self, *_: object) -> None:
        self.changed = True
        self.loop.quit()  # after the slot that changes the model returns

    def wait(self, timeout: float) -> bool:
        """Run the event loop until the model changes (or is replaced); False on timeout."""
        deadline = time.perf_counter() + max(timeout, 0.0)
        while not self.changed and self.view.model() is self.model:
            left = deadline - time.perf_counter()
            if left <= 0:
                return False
            QTimer.singleShot(min(int(left * 1000) + 1, 50), self.loop.quit)
            self.loop.exec()
        return True

    def release(self) -> None:
        for _, signal in self._links:
            signal.disconnect(self._on_model_changed)
