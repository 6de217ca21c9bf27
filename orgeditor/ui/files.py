"""Opening, saving and closing design files, for the main window.

Every failure is shown as a dialog that names the file and what to do; the
design on screen stays as it was, so nothing the user made is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog

from orgeditor.assets import SAMPLE_SUFFIX
from orgeditor.io import DesignFileError, load_design, save_design
from orgeditor.io.atomic import is_read_only, sweep_staging, swept_note
from orgeditor.io.errors import write_failure
from orgeditor.io.templates import design_from_template, templates
from orgeditor.perf import paused_gc, settle
from orgeditor.ui.dialogs import ask_about_changed_file, ask_about_read_only_file, ask_to_save
from orgeditor.ui.new_design import choose_template
from orgeditor.ui.progress import Steps

FILE_FILTER = f"Organisation designs (*{SAMPLE_SUFFIX});;All files (*)"
BIG_FILE_BYTES = 5_000_000  # about 3,000 units: opening takes long enough to show progress


def disk_stamp(path: Path) -> tuple[int, int] | None:
    """When the file was last changed, and its size (None: it is not there)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class DocumentFilesMixin:
    """New, Open, Recent, Save, Save As, drop a file, and the unsaved-changes question.

    Mixed into the main window, which provides ``controller``, ``settings``,
    ``recent_menu``, ``_action``, ``_set_document`` and ``forget_recovery_copy``.
    """

    def new_design(self) -> None:
        """Start an untitled design from a template the user picks (after asking about changes)."""
        if not self._may_discard():
            return
        try:
            choice = choose_template(self, templates())
            if choice is not None:
                self._set_document(design_from_template(choice), None)
        except (DesignFileError, OSError) as error:  # a damaged installation
            self._show_error("The templates cannot be read", str(error), "")

    def open_file(self, path: str | Path) -> bool:
        """Open ``path``; on failure say why and keep the current design."""
        if not self._may_discard():
            return False
        try:
            big = Path(path).stat().st_size > BIG_FILE_BYTES
        except OSError:
            big = False
        with Steps(self, f"Opening {Path(path).name}", 2, shown=big) as steps:
            steps.step("Reading and checking the file…")
            stamp = disk_stamp(Path(path))  # before reading: a change while reading counts
            try:
                with paused_gc():  # and frozen before the collector wakes up to walk it all
                    design = load_design(path)
                    settle()
            except DesignFileError as error:
                steps.close()
                self._show_error("This file cannot be opened", str(error), error.details())
                return False
            except OSError as error:
                steps.close()
                reason = f"{path}: {error.strerror or error}"
                self._show_error("This file cannot be read", reason, "")
                return False
            steps.step("Laying out and drawing the chart…")
            self._set_document(design, Path(path))
            self.controller.disk_stamp = stamp
        self.settings.add_recent(Path(path))
        note = swept_note(path, sweep_staging(path))
        if note:
            self.statusBar().showMessage(f"Opened {path}; {note}", 10000)
        return True

    def save(self) -> bool:
        """Save to the document's file (asking for one if it has none).

        If the file changed on disk since it was read or saved, ask first.
        """
        c = self.controller
        assert c is not None
        if c.path is None:
            return self.save_as()
        if c.disk_stamp is not None and disk_stamp(c.path) not in (None, c.disk_stamp):
            answer = ask_about_changed_file(self, str(c.path))
            if answer == "save-as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._save_to(c.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        c = self.controller
        assert c is not None
        start = str(c.path) if c.path else f"{c.design.metadata.title}{SAMPLE_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(self, "Save design as", start, FILE_FILTER)
        if not name:
            return False
        if not name.endswith(SAMPLE_SUFFIX):
            name += SAMPLE_SUFFIX
        return self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        """Write the design to ``path``; on failure say why and keep it open and unsaved.

        A read-only file is overwritten only if the user says so.
        """
        c = self.controller
        if is_read_only(path):
            answer = ask_about_read_only_file(self, str(path))
            if answer == "save-as":
                return self.save_as()
            if answer != "overwrite":
                return False
        try:
            swept = save_design(c.design, path, force=True)
        except OSError as error:
            self._show_error(
                "The design was not saved",
                f"{write_failure(path, error)}. The design is still open and unsaved; "
                "try again, or choose another folder with Save As.",
                "",
            )
            return False
        c.path, c.disk_stamp = path, disk_stamp(path)
        c.undo_stack.setClean()
        self._update_title()
        self.forget_recovery_copy()
        self.settings.add_recent(path)
        note = swept_note(path, swept)
        self.statusBar().showMessage(f"Saved {path}" + (f"; {note}" if note else ""), 8000)
        return True

    def _may_discard(self) -> bool:
        c = self.controller
        if c is None or not c.modified:
            return True
        answer = ask_to_save(self, c.path.name if c.path else "The untitled design")
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.open_file(files[0])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            self.recent_menu.addAction(
                self._action(path, lambda _=False, p=path: self.open_file(p))
            )
        self.recent_menu.setEnabled(True)

    def _on_export_triggered(self) -> None:
        from orgeditor.ui.printing.base import Cancelled
        from orgeditor.ui.printing.dialogs import ChartOptionsDialog
        from orgeditor.ui.printing.export import export_chart

        c = self.controller
        dialog = ChartOptionsDialog(
            False, self, self._selected_unit(), design=c.design, scenario=c.scenario
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        start = f"{self._file_stem()}-{c.scenario.id}.{options.format}"
        name, _ = QFileDialog.getSaveFileName(
            self, "Export chart", start, f"{options.format.upper()} (*.{options.format})"
        )
        if not name:
            return
        out = Path(name if name.endswith(f".{options.format}") else f"{name}.{options.format}")
        bar = QProgressDialog("Exporting the chart…", "Cancel", 0, 1, self)
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(500)

        def progress(done: int, total: int) -> bool:
            bar.setMaximum(total)
            bar.setValue(done)
            QApplication.processEvents()
            return not bar.wasCanceled()

        try:
            pages = export_chart(c.design, c.scenario, out, options, progress)
        except Cancelled:
            self.statusBar().showMessage("Export cancelled; no file was written", 8000)
            return
        except (OSError, ValueError) as error:
            self._show_error("The chart was not exported", f"{out}: {error}", "")
            return
        finally:
            bar.close()
        what = f"{pages} pages" if options.format == "pdf" and pages > 1 else options.format
        self.statusBar().showMessage(f"Exported {out} ({what})", 8000)

    def _file_stem(self) -> Path:
        """Where an exported file goes by default: beside the design, named after it."""
        c = self.controller
        return c.path.with_suffix("") if c.path else Path(c.design.metadata.title)

    def _selected_unit(self) -> tuple[str, str] | None:
        """The one selected unit, to offer printing it with its sub-units."""
        selected = self.scene.selected_unit_ids()
        if len(selected) != 1:
            return None
        unit = self.controller.scenario.units[selected[0]]
        return unit.id, unit.name

    def _on_print_triggered(self) -> None:
        from orgeditor.ui.printing.dialogs import ChartOptionsDialog, open_print_preview

        c = self.controller
        dialog = ChartOptionsDialog(
            True, self, self._selected_unit(), design=c.design, scenario=c.scenario
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            options = dialog.options()
            open_print_preview(self, c.design, c.scenario, options, self.settings).exec()

    def _on_open_triggered(self) -> None:
        c = self.controller
        start = str(c.path.parent) if c and c.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open design", start, FILE_FILTER)
        if path:
            self.open_file(path)

    def _show_error(self, title: str, text: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details and details != text:
            box.setDetailedText(details)
        box.open()
        self.statusBar().showMessage(title, 8000)
