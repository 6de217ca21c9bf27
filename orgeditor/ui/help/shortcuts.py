"""Help > Keyboard Shortcuts: every action of the window's menus and the keys that trigger it.

Generated from the menus themselves, so the list cannot go stale; the chart's
own keys (arrows, Return) are actions too and are listed with them.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.i18n import translate
from orgeditor.ui.toolbar import plain_text


def keys_of(action: QAction) -> str:
    """All the key sequences of ``action``, as the desktop writes them ("Ctrl+Z, Alt+Backspace")."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


def menu_shortcuts(menu: QMenu, path: str = "") -> list[tuple[str, str, str]]:
    """(menu path, action, keys) for every action in ``menu`` and its sub-menus, in menu order."""
    where = f"{path} > {plain_text(menu.menuAction())}" if path else plain_text(menu.menuAction())
    rows = []
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows.extend(menu_shortcuts(sub, where))
        else:
            rows.append((where, plain_text(action), keys_of(action)))
    return rows


def window_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """Every action of ``window``'s menu bar, with its keys."""
    rows = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows.extend(menu_shortcuts(menu))
    return rows


class ShortcutsDialog(QDialog):
    """The list of shortcuts, grouped by menu, with a filter."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("ShortcutsDialog", "Filter by action or key"))
        self.filter.setAccessibleName(translate("ShortcutsDialog", "Filter shortcuts"))
        self.filter.setToolTip(
            translate(
                "ShortcutsDialog", "Show only the actions whose name or keys contain this text"
            )
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Keys")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for where, text, keys in window_shortcuts(window):
            if where not in groups:
                groups[where] = QTreeWidgetItem([where, ""])
                self.tree.addTopLevelItem(groups[where])
                groups[where].setExpanded(True)
            groups[where].addChild(QTreeWidgetItem([text, keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.resize(560, 640)

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                continue
            shown = 0
            for r in range(group.childCount()):
                row = group.child(r)
                if row is None:
                    continue
                hit = not needle or needle in f"{row.text(0)} {row.text(1)}".casefold()
                row.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
