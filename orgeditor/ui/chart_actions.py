"""What one does to the cards from the keyboard and the context menu.

Arrow keys move the selection between cards (parent, first sub-unit,
siblings; ``editing.navigation``), Return or F2 opens the Inspector's name
field, and the card actions (Add Post, Collapse/Expand, Focus, Show Findings)
act on the selected card. Edits go to the controller, one undo step each; the
status bar says how many cards are selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
)
from shiboken6 import isValid

from orgeditor.editing.navigation import Step, neighbour
from orgeditor.model.costs import funding_owners
from orgeditor.model.grades import default_post_grade
from orgeditor.ui.canvas.view import READABLE
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from orgeditor.ui.panels.findings import FINDING_ROLE, FindingsPanel
from orgeditor.ui.text import plain_label

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

ARROWS = {  # translated where the actions are made
    Step.PARENT: (QT_TRANSLATE_NOOP("ChartActions", "Select &Parent Unit"), "Up"),
    Step.CHILD: (QT_TRANSLATE_NOOP("ChartActions", "Select First &Sub-unit"), "Down"),
    Step.PREVIOUS: (QT_TRANSLATE_NOOP("ChartActions", "Select P&revious Sibling"), "Left"),
    Step.NEXT: (QT_TRANSLATE_NOOP("ChartActions", "Select &Next Sibling"), "Right"),
}


def select_findings_of(panel: FindingsPanel, unit_id: str) -> int:
    """Make the first row of ``panel`` about ``unit_id`` current; how many rows are about it."""
    tree = panel.tree
    first = None
    count = 0
    for group in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(group)
        if heading is None:
            continue
        for row in range(heading.childCount()):
            item = heading.child(row)
            index = item.data(0, FINDING_ROLE) if item else None
            if isinstance(index, int) and unit_id in panel.findings[index].units:
                heading.setExpanded(True)
                first = first or item
                count += 1
    if first is not None:
        tree.setCurrentItem(first)  # its fix shows under the list
        tree.scrollToItem(first)
    return count


class AddPostDialog(QDialog):
    """Choose the grade and the funding of a new post (the unit's usual grade proposed)."""

    def __init__(self, window: MainWindow, unit_id: str) -> None:
        super().__init__(window)
        c = window.controller
        assert c is not None
        unit = c.scenario.units[unit_id]
        self.setWindowTitle(translate("AddPostDialog", "Add post"))
        self.grade, self.funding = QComboBox(), QComboBox()
        self.grade.setAccessibleName("Grade")
        self.funding.setAccessibleName("Funding")
        for grade in c.design.grades:
            self.grade.addItem(grade.id, grade.id)
        for source in funding_owners(c.design):
            self.funding.addItem(source, source)
        proposed = default_post_grade(c.design, c.scenario, unit_id)
        if proposed is not None:
            self.grade.setCurrentIndex(max(0, self.grade.findData(proposed)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(plain_label(translate("AddPostDialog", "A new post in {0}").format(unit.name)))
        form.addRow(translate("AddPostDialog", "&Grade"), self.grade)
        form.addRow(translate("AddPostDialog", "&Funding"), self.funding)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str] | None:
        """The grade and funding chosen (None: the design has none to choose from)."""
        grade, funding = self.grade.currentData(), self.funding.currentData()
        return (grade, funding) if grade and funding else None


class ChartActions(QObject):
    """The card actions and the arrow keys of one window's chart."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view = window.view
        self.add_post = self._action(
            translate("ChartActions", "Add &Post…"), "Ctrl+Shift+P", self._on_add_post_triggered
        )
        self.collapse = self._action(
            translate("ChartActions", "&Collapse/Expand Sub-units"),
            "Ctrl+Shift+C",
            self._on_collapse_triggered,
        )
        self.focus = self._action(
            translate("ChartActions", "&Focus on Unit"),
            "Ctrl+Shift+F",
            self.focus_selected,
            translate("ChartActions", "Fit the selected unit and its sub-units to the window"),
        )
        self.show_findings = self._action(
            translate("ChartActions", "Show &Findings of Unit"),
            "Ctrl+Shift+I",
            self._on_show_findings_triggered,
        )
        self.edit_name = self._action(
            translate("ChartActions", "&Rename in Inspector (Return)"), "F2", self.edit_name_field
        )
        view.installEventFilter(self)  # and Return on the chart (see eventFilter)
        self.arrows: list[QAction] = []
        for step, (text, key) in ARROWS.items():
            action = self._action(
                translate("ChartActions", text), key, lambda _=False, s=step: self.go(s)
            )
            self.arrows.append(action)
        for action in (*self.arrows, self.edit_name):
            # the arrows and Return belong to the chart: a text field keeps its own
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not the start page
            view.addAction(action)
        self.selection_label = plain_label()
        self.selection_label.setObjectName("selectionCount")
        self.selection_label.setAccessibleName(translate("ChartActions", "Selected units"))
        window.statusBar().addPermanentWidget(self.selection_label)
        window.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self._on_scene_selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return or Enter on the chart renames, as F2 does (not a shortcut: a dialog keeps it)."""
        if (
            watched is self.window.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.edit_name_field()
            return True
        return False

    def _action(self, text: str, keys: str, slot: Callable[..., object], tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def card_actions(self) -> list[QAction]:
        """The actions on the selected card, in the order the menus list them."""
        return [self.add_post, self.collapse, self.focus, self.show_findings, self.edit_name]

    def selected(self) -> str | None:
        """The one selected card's unit id (the first, if several are selected)."""
        ids = self.window.scene.selected_unit_ids()
        return ids[0] if ids else None

    def _need_selection(self, message: str) -> str | None:
        unit_id = self.selected()
        if unit_id is None:
            self.window.statusBar().showMessage(message, 5000)
        return unit_id

    # --- the arrow keys -----------------------------------------------------------------
    def go(self, step: Step) -> str | None:
        """Select the card one ``step`` from the selected one (the first card if none is)."""
        w = self.window
        c, scene = w.controller, w.scene
        if c is None or not scene.cards:
            return None
        current = self.selected()
        if current is None:
            target: str | None = next(iter(scene.cards))
        else:
            target = neighbour(c.scenario, current, step, scene.cards)
        if target is None:
            return None
        if w.view.zoom < READABLE and w.presenter is not None:
            w.presenter.reveal([target])  # far out the cards are hidden: come near
        else:
            scene.select_units([target])
            w.view.ensureVisible(scene.cards[target].sceneBoundingRect(), 40, 40)
        return target

    def edit_name_field(self) -> None:
        """Put the keyboard in the Inspector's name field for the selected unit."""
        if self._need_selection(translate("ChartActions", "Select a unit to rename")) is None:
            return
        dock = self.window.inspector.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        self.window.inspector.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.inspector.name.selectAll()

    # --- card actions -------------------------------------------------------------------
    def _on_add_post_triggered(self) -> None:
        unit_id = self._need_selection(translate("ChartActions", "Select a unit to add a post to"))
        c = self.window.controller
        if unit_id is None or c is None:
            return
        dialog = AddPostDialog(self.window, unit_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.chosen()):
            c.add_post(unit_id, *chosen)

    def _on_collapse_triggered(self) -> None:
        unit_id = self._need_selection(
            translate("ChartActions", "Select a unit to collapse or expand")
        )
        if unit_id is not None and self.window.presenter is not None:
            self.window.presenter.toggle_collapsed(unit_id)
            self.window.scene.select_units([unit_id])

    def focus_selected(self) -> None:
        """Focus on the selected unit: its subtree fitted to the window, the rest dimmed."""
        unit_id = self._need_selection(translate("ChartActions", "Select a unit to focus on"))
        if unit_id is not None:
            self.window.chart_focus.enter(unit_id)  # the rest dimmed, a breadcrumb back

    def _on_show_findings_triggered(self) -> None:
        unit_id = self._need_selection(
            translate("ChartActions", "Select a unit to see the findings of")
        )
        if unit_id is None:
            return
        shown = select_findings_of(self.window.findings, unit_id)
        dock = self.window.findings.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        if not shown:
            self.window.statusBar().showMessage(
                translate("ChartActions", "No findings on this unit"), 5000
            )

    def _on_scene_selection_changed(self) -> None:
        if not isValid(self.window.scene):
            return  # the window is closing: its scene went first, emptying its selection
        count = len(self.window.scene.selected_unit_ids())
        self.selection_label.setText(
            translate("ChartActions", "Nothing selected")
            if count == 0
            else translate("ChartActions", "1 unit selected")
            if count == 1
            else translate("ChartActions", "{0} units selected").format(number(count))
        )
        c = self.window.controller
        unit_id = self.selected()
        has_children = bool(c and unit_id and c.scenario.children(unit_id))
        self.collapse.setEnabled(has_children)
