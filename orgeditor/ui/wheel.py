"""The wheel scrolls; it changes a value only in the widget that has the keyboard focus.

Scrolling the Inspector over a post's grade combo box used to reclassify the
post (and drop the Redo history). One filter on the application covers every
combo box, spin box and slider of every window and dialog, now and later:
a value widget without focus passes the wheel on to its parent (the scroll
area scrolls), and no value widget takes the focus from the wheel.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QAbstractSlider)
WHEEL, POLISH = QEvent.Type.Wheel, QEvent.Type.Polish


def is_value_widget(widget: QObject) -> TypeGuard[QWidget]:
    """A widget whose value the wheel would change (scroll bars only scroll)."""
    return isinstance(widget, VALUE_WIDGETS) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """Stops wheel events at value widgets that do not have the keyboard focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == WHEEL:
            if is_value_widget(watched) and not watched.hasFocus():
                event.ignore()  # unaccepted: Qt offers the wheel to the parent
                return True
        elif kind == POLISH and is_value_widget(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # Qt's default for these
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard() -> WheelGuard:
    """Install the guard on the application (once; later calls return the same guard)."""
    app = QApplication.instance()
    assert app is not None, "the application comes first"
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
