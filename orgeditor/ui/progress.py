"""Progress for long work done in steps on the UI thread (opening a big design).

The work itself cannot report progress from inside (a file is parsed in one
call), so a dialog names each step as it starts and repaints before it runs:
the window shows what it is doing instead of looking frozen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class Steps:
    """A modal progress dialog over ``parent`` with one tick per step, shown only when ``shown``."""

    def __init__(self, parent: QWidget, title: str, steps: int, shown: bool) -> None:
        self.dialog: QProgressDialog | None = None
        if shown:
            dialog = QProgressDialog(title, "", 0, steps, parent)
            dialog.setWindowTitle(title)
            dialog.setCancelButton(None)  # a parse cannot stop half-way
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            self.dialog = dialog
        self.done = 0

    def step(self, text: str) -> None:
        """Say what comes next, and show it before it starts."""
        if self.dialog is None:
            return
        self.dialog.setLabelText(text)
        self.dialog.setValue(self.done)
        self.done += 1
        QApplication.processEvents()

    def close(self) -> None:
        """Take the dialog away."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def __enter__(self) -> Steps:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
