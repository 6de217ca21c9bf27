"""Autosave to a recovery copy, and the offer to restore one after a crash.

While the design has unsaved changes, a copy is written to the recovery
folder every few minutes (never over the user's file). Saving, discarding or
closing normally removes it. Each running window holds a lock file named
after its session; a copy whose lock no running process holds was left by a
crash, and the next start offers to restore it.
"""

from __future__ import annotations

import os
import uuid
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.io.recovery import (
    PRIVATE_FILE_MODE,
    RecoveryCopy,
    make_private_folder,
    remove_copy,
    scan_copies,
    write_copy,
)
from orgeditor.ui.i18n import translate

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

LOCK_SUFFIX = ".lock"


def _lock(folder: Path, session: str) -> QLockFile:
    lock = QLockFile(str(folder / f"{session}{LOCK_SUFFIX}"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    return lock


class Recovery(QObject):
    """Autosave and recovery for the window: its session lock, its copy, its timer.

    Made when the window starts: it takes the window's session lock and starts
    the autosave timer at once.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._session = uuid.uuid4().hex[:16]
        self._autosaved: tuple[int, int] | None = None  # (document, edit count) last copied
        folder = self.window.settings.recovery_folder
        with suppress(OSError):  # if it cannot be made, autosave says so when it first fails
            make_private_folder(folder)
        self._session_lock = _lock(folder, self._session)
        if self._session_lock.tryLock(0):
            with suppress(OSError):
                os.chmod(folder / f"{self._session}{LOCK_SUFFIX}", PRIVATE_FILE_MODE)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.timeout.connect(self.autosave_if_changed)
        self.set_autosave_minutes(self.window.settings.autosave_minutes())

    def set_autosave_minutes(self, minutes: int) -> None:
        """Autosave every ``minutes`` (0: never) from now on, and remember the choice."""
        self.window.settings.set_autosave_minutes(minutes)
        self._autosave_timer.stop()
        if minutes > 0:
            self._autosave_timer.start(minutes * 60_000)

    def _edits_seen(self) -> tuple[int, int] | None:
        """Which document, after how many edits: what a copy made now would hold."""
        c = self.window.controller
        return None if c is None else (id(c), c.edit_count)

    def autosave(self) -> RecoveryCopy | None:
        """Write the recovery copy of the unsaved changes (none unsaved: remove it)."""
        c = self.window.controller
        if c is None or not c.modified:
            self.forget_recovery_copy()
            return None
        folder = self.window.settings.recovery_folder
        try:
            data = dumps(c.design)
            title = c.design.metadata.title
            copy = write_copy(folder, self._session, data, c.path, title, c.disk_stamp)
        except OSError as error:
            reason = error.strerror or str(error)
            self.window.statusBar().showMessage(
                translate("Recovery", "Autosave failed: {0}: {1}").format(folder, reason), 10000
            )
            return None
        self._autosaved = self._edits_seen()
        return copy

    def autosave_if_changed(self) -> None:
        """Autosave unless the copy already holds what is on screen."""
        if self.window.controller is not None and self._autosaved != self._edits_seen():
            self.autosave()

    def forget_recovery_copy(self) -> None:
        """Remove this session's copy (after a save, a discard or a normal close)."""
        self._autosaved = None
        remove_copy(self.window.settings.recovery_folder, self._session)

    def end_recovery(self) -> None:
        """On a normal close: no copy, no lock."""
        self._autosave_timer.stop()
        self.forget_recovery_copy()
        self._session_lock.unlock()

    def left_by_crashes(self) -> list[tuple[RecoveryCopy, QLockFile]]:
        """Copies whose session is no longer running, newest first, each with its lock taken.

        On the way, the locks of crashed sessions that had nothing unsaved (and so
        no copy) are removed.
        """
        folder = self.window.settings.recovery_folder
        scan = scan_copies(folder)
        if scan.skipped:  # the app starts all the same; the good copies are still offered
            info_path, reason = scan.skipped[0]
            more = f" (and {len(scan.skipped) - 1} more)" if len(scan.skipped) > 1 else ""
            self.window.statusBar().showMessage(
                f"Skipped a damaged recovery file{more}: {info_path}: {reason}", 20000
            )
        copies = [c for c in scan.copies if c.session != self._session]
        with_copies = {copy.session for copy in copies}
        for path in folder.glob(f"*{LOCK_SUFFIX}"):
            session = path.name.removesuffix(LOCK_SUFFIX)
            if session != self._session and session not in with_copies:
                lock = _lock(folder, session)
                if lock.tryLock(0):
                    lock.unlock()  # unlocking removes the file
        found = []
        for copy in copies:
            lock = _lock(folder, copy.session)
            if lock.tryLock(0):
                found.append((copy, lock))
        return found

    def offer_recovery(self) -> bool:
        """Ask about each copy a crash left; return whether one was restored."""
        for copy, lock in self.left_by_crashes():
            try:
                answer = self._ask_about(copy)
                if answer == "later":
                    continue
                if answer == "discard":
                    remove_copy(copy.folder, copy.session)
                    continue
                if self._restore(copy):
                    remove_copy(copy.folder, copy.session)
                    return True
            finally:
                lock.unlock()
        return False

    def _ask_about(self, copy: RecoveryCopy) -> str:
        saved_at = QDateTime.fromSecsSinceEpoch(round(copy.saved_at.timestamp()))
        when = QLocale().toString(saved_at, QLocale.FormatType.LongFormat)
        box = QMessageBox(self.window)
        box.setObjectName("recoveryBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Recovery", "Restore unsaved changes?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            translate(
                "Recovery",
                "orgeditor did not close normally. It kept a recovery copy, with the changes "
                "that were not saved, made at {0}, of:\n\n{1}",
            ).format(when, copy.belongs_to)
        )
        box.setInformativeText(
            translate(
                "Recovery",
                "Restore opens the copy as an unsaved design; save it to keep it. "
                "Discard deletes the copy. Decide Later asks again at the next start.",
            )
        )
        restore = box.addButton(translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("Recovery", "Decide Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    def _restore(self, copy: RecoveryCopy) -> bool:
        """Open the copy as the unsaved document of the file it belongs to."""
        try:
            design = loads(copy.path.read_bytes(), str(copy.path))
        except (OSError, DesignFileError) as error:
            # a DesignFileError names the file itself; an OSError is worded here, once
            reason = str(error)
            if isinstance(error, OSError):
                reason = f"{copy.path}: {error.strerror or error}"
            self.window.show_error(
                translate("Recovery", "The recovery copy cannot be opened"),
                f"{reason}. The copy is left where it is.",
                "",
            )
            return False
        self.window.set_document(design, copy.original)
        c = self.window.controller
        assert c is not None  # set_document made it
        c.disk_stamp = copy.disk_stamp  # a save still notices later changes
        c.undo_stack.reset_clean()  # unsaved until the user saves it
        self.autosave()  # this session keeps it safe from now on
        self.window.statusBar().showMessage(
            translate("Recovery", "Restored the recovery copy of {0}").format(copy.belongs_to),
            10000,
        )
        return True
