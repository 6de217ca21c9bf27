"""The main toolbar: icons only, so its width never changes with what Undo would undo.

Each button shows a bundled icon in the desktop's text colour (``ui.icons``);
its tooltip says what it does and its shortcut. Undo and Redo keep the label
"Undo"/"Redo" and name the step in their tooltip (``ui.undo_actions``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QToolBar

from orgeditor.ui.i18n import translate
from orgeditor.ui.icons import themed_icon

FIND_FIELD_WIDTH = 220  # fixed: typing never moves the buttons


def plain_text(action: QAction) -> str:
    """An action's label without the mnemonic ``&`` and the trailing ``…``."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_tip(action: QAction) -> str:
    """What an action does and its shortcut, as a tooltip: "Save (Ctrl+S)"."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain_text(action)} ({keys})" if keys else plain_text(action)


class MainToolbar(QToolBar):
    """The window's toolbar: ``(icon name, action)`` pairs, ``None`` for a separator."""

    def __init__(
        self,
        window: QMainWindow,
        buttons: list[tuple[str, QAction] | None],
        find_field: QLineEdit,
        keeps_tooltip: tuple[QAction, ...] = (),
    ) -> None:
        super().__init__(translate("MainToolbar", "Main toolbar"), window)
        self.setObjectName("mainToolbar")
        self.setAccessibleName(translate("MainToolbar", "Main toolbar"))
        self.setIconSize(QSize(24, 24))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setMovable(False)
        self._icons: dict[QAction, str] = {}
        for entry in buttons:
            if entry is None:
                self.addSeparator()
                continue
            name, action = entry
            self._icons[action] = name
            if action not in keeps_tooltip:  # Undo/Redo name their step themselves
                action.setToolTip(shortcut_tip(action))
            self.addAction(action)
            button = self.widgetForAction(action)
            button.setAccessibleName(plain_text(action))
            button.setObjectName(f"{name}Button")
        find_field.setFixedWidth(FIND_FIELD_WIDTH)
        self.addSeparator()
        self.addWidget(find_field)
        self.retheme()
        window.addToolBar(self)

    def retheme(self) -> None:
        """Paint the icons again in the palette's colours (after a light/dark switch)."""
        for action, name in self._icons.items():
            action.setIcon(themed_icon(name, self.palette()))
