"""The start page: what a user sees before any file is open.

Three lists, each opened by a double-click or Return: the recent files, the
bundled samples (by their titles) and the templates a new design starts from,
with a button to open any file. It lies over the chart until a design is
opened or made, or the user starts on the blank chart (Esc).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from orgeditor.assets import sample_files
from orgeditor.io import DesignFileError
from orgeditor.io.templates import design_from_template, templates
from orgeditor.io.titles import design_title
from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

DATA_ROLE = Qt.ItemDataRole.UserRole


def _list(name: str, rows: Sequence[tuple[str, str, object]]) -> QListWidget:
    """A list of (label, tooltip, data) rows, named for screen readers."""
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(name.replace("_", " ").capitalize())
    widget.setWordWrap(True)  # a sample's title is long
    widget.setSpacing(2)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for label, tip, data in rows:
        item = QListWidgetItem(label)
        item.setToolTip(tip)
        item.setData(DATA_ROLE, data)
        widget.addItem(item)
    if rows:
        widget.setCurrentRow(0)
    return widget


class StartPage(QFrame):
    """Open recent, open a sample, new from a template: over the chart of an empty window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.view)
        self.main = window
        self.setObjectName("startPage")
        self.setAccessibleName(translate("StartPage", "Start page"))
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        recent = [(Path(p).name, p, p) for p in window.settings.recent_files()]
        samples = [(design_title(p), str(p), str(p)) for p in sample_files()]
        made = [(t.name, t.description, t.id) for t in templates()]
        self.recent = _list("recent_files", recent)
        self.samples = _list("samples", samples)
        self.templates = _list("new_from_template", made)
        self.open_button = QPushButton(translate("StartPage", "&Open a File…"))
        self.open_button.setToolTip(translate("StartPage", "Open a design file from disk (Ctrl+O)"))
        self.blank_button = QPushButton(translate("StartPage", "Start on the &Blank Chart"))
        self.blank_button.setToolTip(
            translate("StartPage", "Close this page and work on the untitled design (Esc)")
        )
        grid = QGridLayout()
        columns = [
            (
                translate("StartPage", "Open recent"),
                self.recent,
                translate("StartPage", "No recent files yet"),
                self._open_path,
            ),
            (translate("StartPage", "Open a sample"), self.samples, "", self._open_path),
            (translate("StartPage", "New from a template"), self.templates, "", self._new_from),
        ]
        for column, (heading, widget, empty, slot) in enumerate(columns):
            title = plain_label(heading)
            title.setStyleSheet("font-weight: bold; font-size: 12pt")
            title.setBuddy(widget)
            grid.addWidget(title, 0, column)
            grid.addWidget(widget, 1, column)
            if not widget.count() and empty:
                widget.addItem(empty)
                widget.setEnabled(False)
            widget.setToolTip(
                translate("StartPage", "{0}: double-click or press Return").format(heading)
            )
            widget.itemActivated.connect(lambda item, s=slot: s(item.data(DATA_ROLE)))
            grid.setColumnStretch(column, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.blank_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        welcome = plain_label(translate("StartPage", "Welcome to orgeditor"))
        welcome.setStyleSheet("font-size: 18pt; font-weight: bold")
        layout.addWidget(welcome)
        layout.addWidget(
            plain_label(
                translate(
                    "StartPage",
                    "Open a design to work on, or start a new one. Help > User Guide explains "
                    "the chart, the rules and the keys.",
                ),
                wrap=True,
            )
        )
        layout.addSpacing(12)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(window.files.on_open_triggered)
        self.blank_button.clicked.connect(self.dismiss)
        window.view.installEventFilter(self)
        self.setGeometry(window.view.rect())
        first = self.samples if not recent else self.recent
        self.setFocusProxy(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main.view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.main.view.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def dismiss(self) -> None:
        """Go, for good: the chart is the window now."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.main.view.setFocus()
        self.main.view.removeEventFilter(self)
        self.hide()
        self.deleteLater()

    def _open_path(self, path: object) -> None:
        self.main.files.open_file(str(path))  # set_document dismisses this page

    def _new_from(self, template_id: object) -> None:
        try:
            design = design_from_template(str(template_id))
        except (DesignFileError, OSError) as error:
            self.main.show_error(
                translate("StartPage", "The template cannot be read"), str(error), ""
            )
            return
        self.main.set_document(design, None)
