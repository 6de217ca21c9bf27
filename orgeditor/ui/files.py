"""Opening, saving and closing design files, for the main window.

Every failure is shown as a dialog that names the file and what to do; the
design on screen stays as it was, so nothing the user made is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from orgeditor.assets import SAMPLE_SUFFIX
from orgeditor.io import DesignFileError, loads, save_design
from orgeditor.io.atomic import is_read_only, sweep_staging, swept_note
from orgeditor.io.errors import write_failure
from orgeditor.io.files import read_bytes
from orgeditor.io.saved_text import read_texts
from orgeditor.io.templates import design_from_template, templates
from orgeditor.perf import paused_gc, settle
from orgeditor.ui.dialogs import ask_about_changed_file, ask_about_read_only_file, ask_to_save
from orgeditor.ui.i18n import translate
from orgeditor.ui.new_design import choose_template
from orgeditor.ui.progress import Steps

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

BIG_FILE_BYTES = 5_000_000  # about 3,000 units: opening takes long enough to show progress


def disk_stamp(path: Path) -> tuple[int, int] | None:
    """When the file was last changed, and its size (None: it is not there)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def file_filter() -> str:
    """The file dialogs' filter: design files, or any file."""
    return translate("DocumentFiles", "Organisation designs ({0});;All files (*)").format(
        "*" + SAMPLE_SUFFIX
    )


class DocumentFiles(QObject):
    """New, Open, Recent, Save, Save As, and the unsaved-changes question, for the window.

    It shows the designs it reads with ``window.set_document`` and says when one
    was written (``saved``), so that the window's recovery copy can go.
    """

    saved = Signal(Path)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_design(self) -> None:
        """Start an untitled design from a template the user picks (after asking about changes)."""
        if not self.may_discard():
            return
        try:
            choice = choose_template(self.window, templates())
            if choice is not None:
                self.window.set_document(design_from_template(choice), None)
        except (DesignFileError, OSError) as error:  # a damaged installation
            self.window.show_error(
                translate("DocumentFiles", "The templates cannot be read"), str(error), ""
            )

    def open_file(self, path: str | Path) -> bool:
        """Open ``path``; on failure say why and keep the current design."""
        if not self.may_discard():
            return False
        try:
            big = Path(path).stat().st_size > BIG_FILE_BYTES
        except OSError:
            big = False
        with Steps(
            self.window,
            translate("DocumentFiles", "Opening {0}").format(Path(path).name),
            2,
            shown=big,
        ) as steps:
            steps.step(translate("DocumentFiles", "Reading and checking the file…"))
            stamp = disk_stamp(Path(path))  # before reading: a change while reading counts
            try:
                with paused_gc():  # and frozen before the collector wakes up to walk it all
                    data = read_bytes(path)
                    design = loads(data, str(path))
                    texts = read_texts(data, design)  # for the first save
                    del data
                    settle()
            except DesignFileError as error:
                steps.close()
                self.window.show_error(
                    translate("DocumentFiles", "This file cannot be opened"),
                    str(error),
                    error.details(),
                )
                return False
            except OSError as error:
                steps.close()
                reason = f"{path}: {error.strerror or error}"
                self.window.show_error(
                    translate("DocumentFiles", "This file cannot be read"), reason, ""
                )
                return False
            steps.step(translate("DocumentFiles", "Laying out and drawing the chart…"))
            self.window.set_document(design, Path(path))
            c = self.window.controller
            assert c is not None  # set_document made it
            c.disk_stamp = stamp
            c.document.keep_file_texts(texts)
        self.window.settings.add_recent(Path(path))
        note = swept_note(path, sweep_staging(path))
        if note:
            self.window.statusBar().showMessage(
                translate("DocumentFiles", "Opened {0}; {1}").format(path, note), 10000
            )
        return True

    def save(self) -> bool:
        """Save to the document's file (asking for one if it has none).

        If the file changed on disk since it was read or saved, ask first.
        """
        c = self.window.controller
        assert c is not None
        if c.path is None:
            return self.save_as()
        if c.disk_stamp is not None and disk_stamp(c.path) not in (None, c.disk_stamp):
            answer = ask_about_changed_file(self.window, str(c.path))
            if answer == "save-as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._save_to(c.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        c = self.window.controller
        assert c is not None
        start = str(c.path) if c.path else f"{c.design.metadata.title}{SAMPLE_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("DocumentFiles", "Save design as"), start, file_filter()
        )
        if not name:
            return False
        if not name.endswith(SAMPLE_SUFFIX):
            name += SAMPLE_SUFFIX
        return self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        """Write the design to ``path``; on failure say why and keep it open and unsaved.

        A read-only file is overwritten only if the user says so.
        """
        c = self.window.controller
        assert c is not None
        if is_read_only(path):
            answer = ask_about_read_only_file(self.window, str(path))
            if answer == "save-as":
                return self.save_as()
            if answer != "overwrite":
                return False
        try:
            swept = save_design(c.design, path, force=True, text=c.document.scenario_text)
        except OSError as error:
            self.window.show_error(
                translate("DocumentFiles", "The design was not saved"),
                translate(
                    "DocumentFiles",
                    "{0}. The design is still open and unsaved; try again, or choose another "
                    "folder with Save As.",
                ).format(write_failure(path, error)),
                "",
            )
            return False
        c.path, c.disk_stamp = path, disk_stamp(path)
        c.undo_stack.set_clean()
        self.saved.emit(path)
        self.window.settings.add_recent(path)
        note = swept_note(path, swept)
        saved = translate("DocumentFiles", "Saved {0}").format(path)
        self.window.statusBar().showMessage(saved + (f"; {note}" if note else ""), 8000)
        return True

    def may_discard(self) -> bool:
        c = self.window.controller
        if c is None or not c.modified:
            return True
        answer = ask_to_save(
            self.window,
            c.path.name if c.path else translate("DocumentFiles", "The untitled design"),
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent files in ``menu`` (File > Open Recent, as it opens)."""
        menu.clear()
        for path in self.window.settings.recent_files():
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        menu.setEnabled(True)

    def on_open_triggered(self) -> None:
        c = self.window.controller
        start = str(c.path.parent) if c and c.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("DocumentFiles", "Open design"), start, file_filter()
        )
        if path:
            self.open_file(path)
