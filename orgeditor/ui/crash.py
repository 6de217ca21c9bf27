"""Unexpected errors reach the user as a dialog, a log file and an autosave, not a traceback.

Qt calls Python's ``sys.excepthook`` for an exception that escapes a slot or
an event handler; :func:`install` replaces it. The hook writes the traceback
to a log in the user's data folder, keeps a recovery copy of the design, and
shows one dialog with a summary and a button that copies the details. The
app keeps running.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from orgeditor.ui.about import version_report
from orgeditor.ui.i18n import translate
from orgeditor.ui.logs import error_logger

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_error(folder: Path, details: str) -> Path | None:
    """Append ``details`` to the rotating log in ``folder``; None if it cannot be written."""
    try:
        logger, path = error_logger(folder)
        logger.error(details)
    except OSError:
        return None
    return path if path.is_file() else None


def describe(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The details a bug report needs: when, which versions, the traceback."""
    lines = traceback.format_exception(kind, error, tb)
    head = f"{datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z} " + ", ".join(
        version_report().splitlines()
    )
    return head + "\n" + "".join(lines)


class ErrorReporter:
    """The hook: log, autosave, then one dialog at a time (repeats are only logged)."""

    def __init__(self, window: QWidget, log_folder: Path, autosave: Callable[[], object]) -> None:
        self.window, self.log_folder, self.autosave = window, log_folder, autosave
        self.showing = False
        self.previous: Hook = sys.excepthook

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, tb)
            return
        details = describe(kind, error, tb)
        log = log_error(self.log_folder, details)
        saved = self._autosave()
        if self.showing:  # an error while the dialog is up (a repaint, say): logged only
            return
        self.showing = True
        try:
            self._show(f"{kind.__name__}: {error}", details, log, saved)
        finally:
            self.showing = False

    def _autosave(self) -> bool:
        try:
            return self.autosave() is not None
        except Exception:  # the hook must not fail while reporting
            return False

    def _show(self, summary: str, details: str, log: Path | None, saved: bool) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("crashBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("ErrorReporter", "Something went wrong"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            translate(
                "ErrorReporter",
                "orgeditor met an unexpected error and stopped what it was doing. "
                "The design is still open.",
            )
        )
        told = [f"Error: {summary[:300]}"]
        if saved:
            told.append("A recovery copy of the unsaved changes was kept.")
        told.append(
            f"The details were written to {log}." if log else "The details could not be logged."
        )
        told.append("Save your work under a new name if anything looks wrong.")
        box.setInformativeText("\n".join(told))
        box.setDetailedText(details)
        copy = box.addButton(
            translate("ErrorReporter", "Copy Details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()


def install(window: QWidget, log_folder: Path, autosave: Callable[[], object]) -> ErrorReporter:
    """Report unexpected exceptions for ``window`` from now on."""
    reporter = ErrorReporter(window, log_folder, autosave)
    sys.excepthook = reporter
    return reporter
