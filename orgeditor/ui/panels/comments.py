"""The Comments dock: review notes on units and posts, and Add / Edit / Resolve / Delete.

Each row is one comment of the design (``Design.comments``): open or resolved,
what it is on (a removed unit or post is named as such), the scenario, the
author, the date and the text, all shown as plain text. The list can be limited
to open or resolved comments and to the units selected on the chart. A click
shows the target on the chart, switching to its scenario. Every button is one
undoable step (:mod:`orgeditor.commands.comments`). Comments have no threads,
so there is no Reply: a new comment on the same unit answers one.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import Change
from orgeditor.commands.comments import (
    AddCommentCommand,
    DeleteCommentCommand,
    EditCommentCommand,
    ResolveCommentCommand,
    new_comment,
)
from orgeditor.model import CommentTarget, Design
from orgeditor.model.aspects import Aspect
from orgeditor.reports.review import CommentRow, CommentStatus, comment_rows
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.settings import AppSettings
from orgeditor.ui.text import plain_label, plain_tooltip

SHOWN_CHARACTERS = 120  # the list shows a comment's first line up to this; its tooltip all
AUTHOR_KEY = "review/author"


def remembered_author(settings: AppSettings) -> str:
    """The author name last used for a comment, else the operating system's user name."""
    value = settings.store.value(AUTHOR_KEY, "")
    if isinstance(value, str) and value.strip():
        return value
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in this environment
        return ""


def short_text(text: str) -> str:
    """A comment's first line, cut to what a list row shows."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    cut = first[:SHOWN_CHARACTERS]
    return cut + ("…" if len(cut) < len(text.strip()) else "")


class CommentDialog(QDialog):
    """Add or edit a comment: what it is on (add only), the author (add only), the text."""

    def __init__(
        self,
        title: str,
        text: str = "",
        targets: list[tuple[str, CommentTarget, str]] | None = None,
        author: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(title)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setObjectName("commentTargetCombo")
        for label, kind, item_id in targets or []:
            self.target.addItem(label, (kind, item_id))
        if targets:
            form.addRow(translate("CommentsPanel", "On:"), self.target)
        self.author = QLineEdit(author or "")
        self.author.setObjectName("commentAuthorEdit")
        if author is not None:
            form.addRow(translate("CommentsPanel", "Author:"), self.author)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("commentTextEdit")
        self.editor.setPlainText(text)
        form.addRow(translate("CommentsPanel", "Comment:"), self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 300)

    def chosen_target(self) -> tuple[CommentTarget, str]:
        """The unit or post chosen to comment on."""
        kind, item_id = self.target.currentData()
        return kind, item_id


def comment_targets(
    design: Design, scenario_id: str, unit_id: str
) -> list[tuple[str, CommentTarget, str]]:
    """What Add comment offers for a selected unit: the unit, then each post in it."""
    scenario = next(s for s in design.scenarios if s.id == scenario_id)
    unit = scenario.units[unit_id]
    targets = [(translate("CommentsPanel", "Unit: ") + unit.name, CommentTarget.UNIT, unit_id)]
    for post in scenario.posts.values():
        if post.unit == unit_id:
            label = f"{post.title or post.id} ({post.grade}, {post.id})"
            targets.append(
                (translate("CommentsPanel", "Post: ") + label, CommentTarget.POST, post.id)
            )
    return targets


class CommentsPanel(QWidget):
    """Lists the open design's comments and edits them through the controller.

    ``selected_units`` tells which units are selected on the chart; ``settings``
    remembers the author. Emits ``units_activated`` with the unit to show when a
    comment is clicked.
    """

    units_activated = Signal(list)

    def __init__(
        self,
        selected_units: Callable[[], list[str]],
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.selected_units = selected_units
        self.settings = settings
        self.rows: list[CommentRow] = []
        self.status = QComboBox()
        self.status.setObjectName("commentStatusCombo")
        for label, status in (
            (translate("CommentsPanel", "Open"), CommentStatus.OPEN),
            (translate("CommentsPanel", "Resolved"), CommentStatus.RESOLVED),
            (translate("CommentsPanel", "All"), CommentStatus.ALL),
        ):
            self.status.addItem(label, status)
        self.status.setToolTip(translate("CommentsPanel", "Which comments to list"))
        self.on_selection = QCheckBox(translate("CommentsPanel", "Only on the selected units"))
        self.on_selection.setObjectName("commentsOnSelectionCheck")
        self.on_selection.setToolTip(
            translate("CommentsPanel", "List the comments on the units selected on the chart")
        )
        self.summary = plain_label()
        self.summary.setObjectName("commentsSummary")
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.on_selection)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("commentsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                translate("CommentsPanel", "State"),
                translate("CommentsPanel", "On"),
                translate("CommentsPanel", "Scenario"),
                translate("CommentsPanel", "Author"),
                translate("CommentsPanel", "Date"),
                translate("CommentsPanel", "Comment"),
            ]
        )
        for column, width in enumerate((70, 240, 110, 110, 130)):
            self.tree.header().resizeSection(column, width)
        self.add_button = QPushButton(translate("CommentsPanel", "&Add…"))
        self.edit_button = QPushButton(translate("CommentsPanel", "&Edit…"))
        self.resolve_button = QPushButton(translate("CommentsPanel", "&Resolve"))
        self.delete_button = QPushButton(translate("CommentsPanel", "&Delete"))
        for button, name, tip in (
            (
                self.add_button,
                "addCommentButton",
                QT_TRANSLATE_NOOP("CommentsPanel", "Comment on the selected unit or a post in it"),
            ),
            (
                self.edit_button,
                "editCommentButton",
                QT_TRANSLATE_NOOP("CommentsPanel", "Change the chosen comment's text"),
            ),
            (
                self.resolve_button,
                "resolveCommentButton",
                QT_TRANSLATE_NOOP(
                    "CommentsPanel", "Mark the chosen comment resolved, or open it again"
                ),
            ),
            (
                self.delete_button,
                "deleteCommentButton",
                QT_TRANSLATE_NOOP("CommentsPanel", "Delete the chosen comment"),
            ),
        ):
            button.setObjectName(name)
            button.setToolTip(
                translate("CommentsPanel", tip) + translate("CommentsPanel", " (one undo step)")
            )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.resolve_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.on_selection.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.resolve_button.clicked.connect(lambda: self.toggle_resolved())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.tree.currentItemChanged.connect(lambda *_items: self._show_buttons())
        self.tree.itemClicked.connect(lambda item, _column: self._show_target(item))
        self._show_buttons()

    def follow(self, controller: DocumentController) -> None:
        """Show ``controller``'s comments from now on."""
        if self.controller is not None:
            self.controller.changed.disconnect(self._on_controller_changed)
        self.controller = controller
        controller.changed.connect(self._on_controller_changed)
        self.refresh()

    def selection_changed(self) -> None:
        """The chart's selection changed: list again when the list follows it."""
        if self.on_selection.isChecked():
            self.refresh()
        self._show_buttons()

    def refresh(self) -> None:
        """List the comments again, keeping the comment chosen where it is still listed."""
        if self.controller is None:
            return
        chosen = self.chosen()
        design = self.controller.design
        units = self._selected() if self.on_selection.isChecked() else None
        scenario = self.controller.scenario_id if units is not None else None
        self.rows = comment_rows(design, CommentStatus(self.status.currentData()), scenario, units)
        self.tree.clear()
        items = []
        for row in self.rows:
            c = row.comment
            state = (
                translate("CommentsPanel", "resolved")
                if c.resolved
                else translate("CommentsPanel", "open")
            )
            item = QTreeWidgetItem(
                [state, row.target, row.scenario, c.author, c.date, short_text(c.text)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(5, plain_tooltip(c.text))
            item.setToolTip(1, plain_tooltip(row.target))
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.summary.setText(
            translate("CommentsPanel", "{0} of {1} comments").format(
                len(self.rows), len(design.comments)
            )
        )
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole) == chosen:
                self.tree.setCurrentItem(item)
        self._show_buttons()

    def chosen(self) -> str | None:
        """The id of the comment chosen in the list."""
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def choose(self, comment_id: str) -> None:
        """Choose a comment in the list (if it is listed)."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == comment_id:
                self.tree.setCurrentItem(item)

    # --- the edits: each one undo step ------------------------------------------------------

    def add(self, target: CommentTarget, target_id: str, text: str, author: str) -> bool:
        """Comment on a unit or post of the shown scenario, dated now; remember the author."""
        c = self.controller
        if c is None:
            return False
        self.settings.store.setValue(AUTHOR_KEY, author.strip())
        scenario = c.scenario_id
        done = bool(
            c.edit(
                lambda d: AddCommentCommand(
                    d, new_comment(d, scenario, target, target_id, text, author.strip())
                )
            )
        )
        if done:
            self.choose(c.design.comments[-1].id)
        return done

    def edit_text(self, text: str) -> bool:
        """Change the chosen comment's text."""
        comment_id = self.chosen()
        if self.controller is None or comment_id is None:
            return False
        return bool(self.controller.edit(lambda d: EditCommentCommand(d, comment_id, text)))

    def toggle_resolved(self) -> bool:
        """Resolve the chosen comment, or reopen it when it is resolved."""
        comment_id = self.chosen()
        if self.controller is None or comment_id is None:
            return False
        resolved = self._chosen_resolved()
        return bool(
            self.controller.edit(lambda d: ResolveCommentCommand(d, comment_id, not resolved))
        )

    def delete(self) -> bool:
        """Delete the chosen comment."""
        comment_id = self.chosen()
        if self.controller is None or comment_id is None:
            return False
        return bool(self.controller.edit(lambda d: DeleteCommentCommand(d, comment_id)))

    # --- the buttons ------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        units = self._selected()
        if self.controller is None or len(units) != 1:
            return
        c = self.controller
        dialog = CommentDialog(
            translate("CommentsPanel", "Add comment"),
            targets=comment_targets(c.design, c.scenario_id, units[0]),
            author=remembered_author(self.settings),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            target, target_id = dialog.chosen_target()
            self.add(target, target_id, dialog.editor.toPlainText(), dialog.author.text())

    def _on_edit_button_clicked(self) -> None:
        row = self._chosen_row()
        if row is None:
            return
        dialog = CommentDialog(
            translate("CommentsPanel", "Edit comment"), row.comment.text, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit_text(dialog.editor.toPlainText())

    def _chosen_row(self) -> CommentRow | None:
        comment_id = self.chosen()
        return next((r for r in self.rows if r.comment.id == comment_id), None)

    def _chosen_resolved(self) -> bool:
        row = self._chosen_row()
        return row is not None and row.comment.resolved

    def _show_target(self, item: QTreeWidgetItem | None) -> None:
        row = self._chosen_row() if item is not None else None
        if row is None or self.controller is None or row.unit is None:
            return
        if row.comment.scenario != self.controller.scenario_id:
            self.controller.switch_scenario(row.comment.scenario)
        self.units_activated.emit([row.unit])

    def _selected(self) -> list[str]:
        try:
            return self.selected_units()
        except RuntimeError:  # the chart's scene is deleted before this panel at exit
            return []

    def _show_buttons(self) -> None:
        chosen = self.tree.currentItem() is not None
        for button in (self.edit_button, self.resolve_button, self.delete_button):
            button.setEnabled(chosen)
        self.resolve_button.setText(
            translate("CommentsPanel", "&Reopen")
            if self._chosen_resolved()
            else translate("CommentsPanel", "&Resolve")
        )
        self.add_button.setEnabled(self.controller is not None and len(self._selected()) == 1)

    def _on_controller_changed(self, change: Change) -> None:
        """List again after an edit of the comments, or of the units and posts they name."""
        if Aspect.COMMENTS in change.aspects or change.units or change.scenarios:
            self.refresh()


def add_comments_dock(
    window: QMainWindow, beside: QDockWidget, panel: CommentsPanel
) -> QDockWidget:
    """Put ``panel`` in a Comments dock tabbed with ``beside``, hidden until View > Comments."""
    dock = QDockWidget(translate("CommentsPanel", "Comments"), window)
    dock.setObjectName("commentsDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(beside, dock)
    return dock


def add_actions(dock: QDockWidget, menu: QMenu) -> QAction:
    """View > Comments: show or hide the dock."""
    action = dock.toggleViewAction()
    action.setText(translate("CommentsPanel", "&Comments"))
    action.setObjectName("commentsAction")
    action.setToolTip(translate("CommentsPanel", "Show the review comments on units and posts"))
    menu.addAction(action)
    return action
