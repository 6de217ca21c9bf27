"""The History dock: the open document's undo history; a click goes back or forward to a step."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

START = QT_TRANSLATE_NOOP("HistoryPanel", "<as opened>")  # translated where shown


class HistoryPanel(QListWidget):
    """One row per step, oldest first, after a row for the document as opened.

    The current row is the step last done; the rows below it are undone steps
    Redo would bring back. The current row is bold while the design is as saved.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyList")
        self.controller: DocumentController | None = None
        self.currentRowChanged.connect(self._on_current_row_changed)

    def follow(self, controller: DocumentController) -> None:
        """Show ``controller``'s history from now on."""
        if self.controller is not None:
            self.controller.history_moved.disconnect(self._refresh)
        self.controller = controller
        controller.history_moved.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        assert self.controller is not None
        stack = self.controller.undo_stack
        texts = [translate("HistoryPanel", START), *(stack.text(i) for i in range(stack.count()))]
        self.blockSignals(True)
        if self.count() > len(texts):  # a new step dropped the redo history
            for _ in range(self.count() - len(texts)):
                self.takeItem(self.count() - 1)
        for row, text in enumerate(texts):
            item = self.item(row)
            if item is None:
                item = QListWidgetItem(text, self)
            elif item.text() != text:
                item.setText(text)
            font = QFont(item.font())
            font.setBold(stack.clean and row == stack.index())
            item.setFont(font)
        self.setCurrentRow(stack.index())
        self.blockSignals(False)

    def _on_current_row_changed(self, row: int) -> None:
        if self.controller is not None and row >= 0:
            self.controller.undo_stack.go_to(row)
