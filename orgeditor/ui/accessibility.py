"""Names for screen readers where Qt cannot derive one from a label or a text.

Buttons, fields with a form label and labelled lists get their names from Qt.
What remains are the chart and the lists that fill a dock: each is named after
what it shows.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QMainWindow, QWidget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (set, or derived by Qt)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def name_unnamed_views(window: QMainWindow) -> None:
    """Name each dock's unnamed scrolling views after the dock ("Findings list")."""
    for dock in window.findChildren(QDockWidget):
        content = dock.widget()
        if content is None:
            continue
        views = [content] if isinstance(content, QAbstractScrollArea) else []
        views += content.findChildren(QAbstractScrollArea)
        for view in views:
            if not accessible_name(view):
                what = view.objectName().removeprefix(dock.objectName().removesuffix("Dock"))
                view.setAccessibleName(f"{dock.windowTitle()} {what or 'list'}".strip())
