"""UI fixtures: a main window with its own settings file, closed after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from orgeditor.ui import files as files_module
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.settings import AppSettings

# Nothing a test does may touch the user's own settings or data folder.
QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(store, tmp_path / "data")


@pytest.fixture
def main_window(
    qtbot: QtBot, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    # A modal question would block the run: unless a test says otherwise, discard.
    monkeypatch.setattr(
        files_module, "ask_to_save", lambda parent, name: QMessageBox.StandardButton.Discard
    )
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()


def show_dock(window: MainWindow, name: str) -> QDockWidget:
    """Bring the dock ``name`` (``"costs"``, ``"compare"`` …) to the front, as a user clicks its
    tab: a dock out of sight waits until then to show what changed."""
    dock = window.findChild(QDockWidget, f"{name}Dock")
    assert dock is not None, name
    dock.show()
    dock.raise_()
    return dock


def tree_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The rows under every top-level row of ``tree`` (the findings under their headings)."""
    return [
        tree.topLevelItem(g).child(r)
        for g in range(tree.topLevelItemCount())
        for r in range(tree.topLevelItem(g).childCount())
    ]


def _send(
    widget: QWidget,
    kind: QEvent.Type,
    pos: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier,
) -> None:
    point = QPointF(pos)
    event = QMouseEvent(kind, point, QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(
    widget: QWidget,
    start: QPoint,
    end: QPoint,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at ``start``, move in steps with the left button held, release at ``end``."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(widget, QEvent.Type.MouseButtonPress, start, left, left, modifiers)
    for step in range(1, 9):
        point = start + (end - start) * (step / 8)
        _send(widget, QEvent.Type.MouseMove, point, none, left, modifiers)
    _send(widget, QEvent.Type.MouseButtonRelease, end, left, none, modifiers)


def click(
    widget: QWidget, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A left click at ``pos``."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(widget, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)
    _send(widget, QEvent.Type.MouseButtonRelease, pos, left, none, modifiers)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard, its window activated as a user's click would."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
