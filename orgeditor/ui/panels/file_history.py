"""The file history dialog: the commits that touched the open design, and what each changed.

Each row is a commit (date, author, message) with the semantic summary of the
design at that commit against its parent commit
(:func:`orgeditor.reports.versions.version_summary`). The summaries load a design
twice each, so they are worked out one per turn of the event loop after the
dialog shows, newest first. Compare with This Version asks the window to compare
the chart with the chosen commit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io import DesignFileError, loads
from orgeditor.merge.git import GitError, Revision, file_at_revision
from orgeditor.model import Design
from orgeditor.reports.versions import version_summary
from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label, plain_tooltip


def design_at(path: Path, revision: str) -> Design | None:
    """The design ``path`` at git ``revision``, None when it did not exist there.

    Raises:
        GitError: git refused for another reason, or the file there is not a design.
    """
    try:
        data = file_at_revision(path, revision)
    except GitError as error:
        if "does not exist" in str(error) or "exists on disk, but not in" in str(error):
            return None
        if any(w in str(error) for w in ("unknown revision", "bad revision", "invalid object")):
            return None  # the first commit has no parent
        raise
    try:
        return loads(data, f"{path.name} at {revision}")
    except DesignFileError as error:
        raise GitError(str(error)) from None


class FileHistoryDialog(QDialog):
    """Lists ``revisions`` of the design file ``path``; emits ``compare_requested`` (a
    :class:`Revision`) when the user asks to compare with one."""

    compare_requested = Signal(object)

    def __init__(
        self, path: Path, revisions: list[Revision], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fileHistoryDialog")
        self.setWindowTitle(
            translate("FileHistoryDialog", "History of %1").replace("%1", path.name)
        )
        self.path, self.revisions = path, revisions
        self.tree = QTreeWidget()
        self.tree.setObjectName("fileHistoryTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels(
            [
                translate("FileHistoryDialog", "Commit"),
                translate("FileHistoryDialog", "Date"),
                translate("FileHistoryDialog", "Author"),
                translate("FileHistoryDialog", "Message"),
                translate("FileHistoryDialog", "What changed"),
            ]
        )
        self.rows: list[QTreeWidgetItem] = []
        for revision in revisions:
            date = revision.date[:16].replace("T", " ")
            row = QTreeWidgetItem(
                [
                    revision.short,
                    date,
                    revision.author,
                    revision.subject,
                    translate("FileHistoryDialog", "…"),
                ]
            )
            row.setToolTip(3, plain_tooltip(revision.subject))
            self.rows.append(row)
        self.tree.addTopLevelItems(self.rows)
        header = self.tree.header()
        for column, width in enumerate((80, 130, 130, 260)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.note = plain_label(
            translate(
                "FileHistoryDialog",
                "Each commit against the one before it. Choose one to compare the chart with it.",
            ),
            wrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.compare_button = QPushButton(
            translate("FileHistoryDialog", "&Compare with This Version")
        )
        self.compare_button.setObjectName("compareWithVersionButton")
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.tree.itemDoubleClicked.connect(lambda *_: self._on_compare_button_clicked())
        self.tree.currentItemChanged.connect(lambda *_: self._show_button())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(1000, 460)
        if self.rows:
            self.tree.setCurrentItem(self.rows[0])
        self._show_button()
        self._next = 0
        self._designs: dict[str, Design | None] = {}  # commit -> design there (loaded once)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._summarize_next)
        self._timer.start()

    def summarize_all(self) -> None:
        """Work out every summary now (the dialog does it one per turn of the event loop)."""
        while self._next < len(self.revisions):
            self._summarize_next()

    def summary(self, row: int) -> str:
        """The "What changed" text of a row, as shown."""
        return self.rows[row].text(4)

    def _summarize_next(self) -> None:
        if self._next >= len(self.revisions):
            self._timer.stop()
            return
        row, revision = self._next, self.revisions[self._next]
        self._next += 1
        try:
            later = self._design(revision.commit)
            earlier = self._design(f"{revision.commit}^")
            if later is None:
                lines = [translate("FileHistoryDialog", "the design was removed")]
            else:
                lines = version_summary(earlier, later) or [
                    translate("FileHistoryDialog", "nothing in the design changed")
                ]
        except GitError as error:
            lines = [str(error)]
        self.rows[row].setText(4, "\n".join(lines))
        self.rows[row].setToolTip(4, plain_tooltip("\n".join(lines)))

    def _design(self, revision: str) -> Design | None:
        if revision not in self._designs:
            self._designs[revision] = design_at(self.path, revision)
        return self._designs[revision]

    def _show_button(self) -> None:
        self.compare_button.setEnabled(self.tree.currentItem() is not None)

    def _on_compare_button_clicked(self) -> None:
        current = self.tree.currentItem()
        row = next((i for i, item in enumerate(self.rows) if item is current), None)
        if row is not None:
            self.compare_requested.emit(self.revisions[row])
            self.accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
