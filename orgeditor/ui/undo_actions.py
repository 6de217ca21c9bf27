"""Undo and Redo act where the keyboard is: a text field's own typing, else the document.

As in other editors: with the cursor in a text field (the find field, a field
of the Inspector, a spin box) Ctrl+Z undoes the typing there and never reaches
past it into the document; anywhere else it undoes the document's last edit.
The Edit menu and the toolbar act on the same target; their tooltip names it
("Undo Typing", "Undo Move OMA to DPPA"), so what Ctrl+Z will do is always on
show, while the label stays "Undo" and the toolbar keeps its width.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QMenu, QWidget

from orgeditor.commands.stack import UndoStack
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import translate


def text_field(widget: QWidget | None) -> QLineEdit | None:
    """The editable text field of the focused ``widget``, if it has one."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        widget = widget.findChild(QLineEdit)  # a spin box's (or editable combo's) own field
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        return widget
    return None


class UndoActions(QObject):
    """The Undo and Redo actions of a window: the focused field's typing, or the undo stack."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.undo = QAction(translate("UndoActions", "&Undo"), parent)
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)  # every binding, as text fields
        self.redo = QAction(translate("UndoActions", "&Redo"), parent)
        self.redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.undo.triggered.connect(self._on_undo_triggered)
        self.redo.triggered.connect(self._on_redo_triggered)
        self.controller: DocumentController | None = None
        self.field: QLineEdit | None = None  # the text field with the keyboard, if any
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_app_focus_changed)
        self._refresh()

    def follow(self, controller: DocumentController) -> None:
        """Undo the open document's history when no text field has the keyboard."""
        if self.controller is not None:
            self.controller.history_moved.disconnect(self._refresh)
        controller.history_moved.connect(self._refresh)
        self.controller = controller
        self._refresh()

    @property
    def stack(self) -> UndoStack | None:
        """The open document's history."""
        return self.controller.undo_stack if self.controller is not None else None

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, QMenu) or new.window() is not self.parent():
            return  # the window lost the keyboard, or a menu opened: the target stays
        field = text_field(new)
        if field is self.field:
            return
        if self.field is not None:
            self.field.textChanged.disconnect(self._refresh)
        self.field = field
        if field is not None:
            field.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        if self.field is not None:
            typing = translate("UndoActions", "Typing")
            self._show(self.undo, typing, self.field.isUndoAvailable())
            self._show(self.redo, typing, self.field.isRedoAvailable())
            return
        stack = self.stack
        self._show(self.undo, stack.undo_text() if stack else "", bool(stack and stack.can_undo))
        self._show(self.redo, stack.redo_text() if stack else "", bool(stack and stack.can_redo))

    def _show(self, action: QAction, what: str, enabled: bool) -> None:
        """The label stays the verb; the tooltip and status tip name what it would do."""
        if action is self.undo:
            tip = translate("UndoActions", "Undo {0}").format(what) if what else ""
            tip = tip or translate("UndoActions", "Undo")
            action.setText(translate("UndoActions", "&Undo"))
        else:
            tip = translate("UndoActions", "Redo {0}").format(what) if what else ""
            tip = tip or translate("UndoActions", "Redo")
            action.setText(translate("UndoActions", "&Redo"))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setEnabled(enabled)

    def _on_undo_triggered(self) -> None:
        if self.field is not None:
            self.field.undo()
        elif self.stack is not None:
            self.stack.undo()

    def _on_redo_triggered(self) -> None:
        if self.field is not None:
            self.field.redo()
        elif self.stack is not None:
            self.stack.redo()
