"""The Conflicts dock: what a merge left undecided, and Take Ours / Take Theirs / Edit.

Each row is one conflict the design keeps (``Design.conflicts``): its place in
words, the base's, ours and theirs' values and what the design holds now. A
click shows the place on the chart (switching to its scenario); each button
is one undoable step (:mod:`orgeditor.commands.conflicts`). Saving keeps the
conflicts not yet decided.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import Change
from orgeditor.commands.conflicts import ResolveConflictCommand, take_side
from orgeditor.merge.resolve import current_values, place_text
from orgeditor.model import Design, MergeConflict, MergeSide
from orgeditor.model.aspects import Aspect
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label, plain_tooltip

SHOWN_CHARACTERS = 80  # a value longer than this is cut in the list; its tooltip has it all


def unresolved_text(design: Design) -> str:
    """ "3 unresolved conflicts" for the title and the status, or "" when there are none."""
    count = len(design.conflicts)
    if count == 0:
        return ""
    if count == 1:
        return translate("ConflictsPanel", "1 unresolved conflict")
    return QCoreApplication.translate("ConflictsPanel", "%n unresolved conflicts", "", count)


def value_text(value: Any) -> str:
    """A value of a design's file form as a planner reads it: text as typed, else JSON."""
    if value is None:
        return translate("ConflictsPanel", "(none)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def conflict_unit(design: Design, conflict: MergeConflict) -> str | None:
    """The unit of the conflict's scenario to show for it (None: no unit on the chart)."""
    scenario = next((s for s in design.scenarios if s.id == conflict.scenario), None)
    target = conflict.target
    if scenario is None or target is None:
        return None
    collection, item = target
    if collection in ("units", "bodies"):
        return item if item in scenario.units else None
    if collection == "posts" and item in scenario.posts:
        return scenario.posts[item].unit
    if collection == "lines" and item in scenario.lines:
        return scenario.lines[item].source
    if collection == "roles":
        role = getattr(scenario.roles, conflict.path[3], None)
        return role if isinstance(role, str) and role in scenario.units else None
    return None


class ConflictEditDialog(QDialog):
    """Edit: the conflict's place and three versions, and the value to keep, prefilled with
    what the design holds now. Text is typed as text; any other value as JSON."""

    def __init__(self, design: Design, index: int, now: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictEditDialog")
        self.setWindowTitle(translate("ConflictsPanel", "Edit conflict"))
        conflict = design.conflicts[index]
        values = (conflict.base, conflict.ours, conflict.theirs, now)
        self.textual = all(isinstance(v, str | None) for v in values[1:])
        form = QFormLayout()
        form.addRow(
            translate("ConflictsPanel", "Place:"),
            plain_label(place_text(design, conflict), wrap=True),
        )
        form.addRow(translate("ConflictsPanel", "Why:"), plain_label(conflict.reason, wrap=True))
        for name, value in zip(
            (
                translate("ConflictsPanel", "Base:"),
                translate("ConflictsPanel", "Ours:"),
                translate("ConflictsPanel", "Theirs:"),
            ),
            values,
            strict=False,
        ):
            form.addRow(name, plain_label(value_text(value), wrap=True))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("conflictValueEdit")
        self.editor.setPlainText(
            (now or "") if self.textual else json.dumps(now, ensure_ascii=False, indent=1)
        )
        form.addRow(
            translate("ConflictsPanel", "Keep:")
            if self.textual
            else translate("ConflictsPanel", "Keep (JSON):"),
            self.editor,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def value(self) -> Any:
        """The value typed; raises ValueError for JSON that does not parse."""
        text = self.editor.toPlainText()
        if self.textual:
            return text
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(
                translate("ConflictsPanel", "that is not JSON: ") + str(error)
            ) from None


class ConflictsPanel(QWidget):
    """Lists the open design's conflicts and decides them through the controller.

    Emits ``units_activated`` with the unit to select when a conflict is clicked,
    and ``conflicts_found`` (the count) when a document with conflicts is followed.
    """

    units_activated = Signal(list)
    conflicts_found = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("conflictsSummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                translate("ConflictsPanel", "Place"),
                translate("ConflictsPanel", "Base"),
                translate("ConflictsPanel", "Ours"),
                translate("ConflictsPanel", "Theirs"),
                translate("ConflictsPanel", "Now"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 360)
        for column in range(1, 5):
            header.resizeSection(column, 160)
        self.take_ours = QPushButton(translate("ConflictsPanel", "Take &Ours"))
        self.take_theirs = QPushButton(translate("ConflictsPanel", "Take &Theirs"))
        self.edit_button = QPushButton(translate("ConflictsPanel", "&Edit…"))
        self.take_ours.setObjectName("takeOursButton")
        self.take_theirs.setObjectName("takeTheirsButton")
        self.edit_button.setObjectName("editConflictButton")
        self.take_ours.setToolTip(
            translate("ConflictsPanel", "Put our branch's value in place (one undo step)")
        )
        self.take_theirs.setToolTip(
            translate("ConflictsPanel", "Put their branch's value in place (one undo step)")
        )
        self.edit_button.setToolTip(
            translate("ConflictsPanel", "Type the value to keep (one undo step)")
        )
        buttons = QHBoxLayout()
        for button in (self.take_ours, self.take_theirs, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.take_ours.clicked.connect(lambda: self.take(MergeSide.OURS))
        self.take_theirs.clicked.connect(lambda: self.take(MergeSide.THEIRS))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemClicked.connect(lambda item, _column: self._show_place(item))
        self._show_buttons()

    def follow(self, controller: DocumentController) -> None:
        """Show ``controller``'s conflicts from now on."""
        if self.controller is not None:
            self.controller.changed.disconnect(self._on_controller_changed)
        self.controller = controller
        controller.changed.connect(self._on_controller_changed)
        self.refresh()
        if controller.design.conflicts:
            self.conflicts_found.emit(len(controller.design.conflicts))

    def refresh(self) -> None:
        """List the conflicts again, keeping the row chosen where there still is one."""
        assert self.controller is not None
        design = self.controller.design
        row = self.chosen() or 0
        self.tree.clear()
        if not design.conflicts:
            self.summary.setText(
                translate("ConflictsPanel", "No merge conflicts: nothing to decide.")
            )
            self._show_buttons()
            return
        self.summary.setText(
            unresolved_text(design)
            + translate(
                "ConflictsPanel", ": choose each one's value. Saving keeps those not decided yet."
            )
        )
        items = []
        for index, (conflict, now) in enumerate(
            zip(design.conflicts, current_values(design), strict=True)
        ):
            place = place_text(design, conflict)
            cells = [conflict.base, conflict.ours, conflict.theirs, now]
            texts = [value_text(v) for v in cells]
            item = QTreeWidgetItem([place, *(t[:SHOWN_CHARACTERS] for t in texts)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, plain_tooltip(f"{place}\n{conflict.reason}"))
            for column, text in enumerate(texts, start=1):
                item.setToolTip(column, plain_tooltip(text))
            items.append(item)
        self.tree.addTopLevelItems(items)
        for column in range(1, 5):  # values fit, up to a limit; the tooltips have them whole
            self.tree.resizeColumnToContents(column)
            width = self.tree.header().sectionSize(column)
            self.tree.header().resizeSection(column, min(max(width + 12, 90), 280))
        self.tree.setCurrentItem(items[min(row, len(items) - 1)])
        self._show_buttons()

    def chosen(self) -> int | None:
        """The index of the conflict chosen in the list."""
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def take(self, side: MergeSide) -> bool:
        """Decide the chosen conflict as ``side`` had it (one undo step)."""
        index = self.chosen()
        if self.controller is None or index is None:
            return False
        return bool(self.controller.edit(lambda d: take_side(d, index, side)))

    def decide(self, value: Any) -> bool:
        """Decide the chosen conflict as ``value`` (Edit; one undo step)."""
        index = self.chosen()
        if self.controller is None or index is None:
            return False
        return bool(
            self.controller.edit(
                lambda d: ResolveConflictCommand(
                    d, index, value, translate("ConflictsPanel", "Edit conflict")
                )
            )
        )

    def _on_edit_button_clicked(self) -> None:
        index = self.chosen()
        if self.controller is None or index is None:
            return
        self._show_place(self.tree.currentItem())
        design = self.controller.design
        dialog = ConflictEditDialog(design, index, current_values(design)[index], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            value = dialog.value()
        except ValueError as error:
            self.controller.edit_refused.emit(str(error))
            return
        self.decide(value)

    def _show_place(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.controller is None:
            return
        design = self.controller.design
        conflict = design.conflicts[int(item.data(0, Qt.ItemDataRole.UserRole))]
        if conflict.scenario is not None and conflict.scenario != self.controller.scenario_id:
            self.controller.switch_scenario(conflict.scenario)
        unit = conflict_unit(design, conflict)
        if unit is not None:
            self.units_activated.emit([unit])

    def _show_buttons(self) -> None:
        chosen = self.tree.currentItem() is not None
        for button in (self.take_ours, self.take_theirs, self.edit_button):
            button.setEnabled(chosen)

    def _on_tree_current_item_changed(self, *_items: object) -> None:
        self._show_buttons()

    def _on_controller_changed(self, change: Change) -> None:
        """List again when the edit may have changed a conflict or a value at its place."""
        assert self.controller is not None
        places = {c.scenario for c in self.controller.design.conflicts}
        if Aspect.COMMENTS in change.aspects or (
            places and (change.scenarios or None in places or change.scenario in places)
        ):
            self.refresh()
