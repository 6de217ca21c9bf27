"""Chart exports, printing, report tables, imports and GraphML from the File menu.

Export Report… writes a post, redeployment, cost or change table (XLSX, CSV,
HTML or PDF); Import Units and Posts… merges CSV or XLSX tables into the
scenario on the canvas as one undoable step, after every row has been checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QProgressDialog,
    QWidget,
)

from orgeditor import i18n as core_i18n
from orgeditor.io import DesignFileError
from orgeditor.io.graphml import write_graphml
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.tables import write_tables
from orgeditor.io.unit_tables import write_import_tables, write_template
from orgeditor.layout.pages import PageSetup
from orgeditor.model import Design, Scenario
from orgeditor.reports.tables import REPORT_TITLES, report_tables, report_title
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, number, signed, translate

if TYPE_CHECKING:
    from orgeditor.ui.controller import DocumentController
    from orgeditor.ui.main_window import MainWindow
    from orgeditor.ui.printing.dialogs import ChartOptionsDialog

FORMATS = {
    "xlsx": QT_TRANSLATE_NOOP("ReportFiles", "Excel workbook (*.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ReportFiles", "CSV, comma-separated (*.csv)"),
    "html": QT_TRANSLATE_NOOP("ReportFiles", "Web page (*.html)"),
    "pdf": QT_TRANSLATE_NOOP("ReportFiles", "PDF, printable pages (*.pdf)"),
}


class ReportDialog(QDialog):
    """Which table, which two scenarios, which format."""

    def __init__(self, design: Design, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportDialog", "Export report"))
        self.table = QComboBox()
        for key, title in REPORT_TITLES.items():
            shown = core_i18n.translate("Report", title)  # the core's own table names
            self.table.addItem(shown[:1].upper() + shown[1:], key)
        self.old, self.new = QComboBox(), QComboBox()
        for scenario in design.scenarios:
            self.old.addItem(scenario.name, scenario.id)
            self.new.addItem(scenario.name, scenario.id)
        self.old.setCurrentIndex(self.old.findData(design.baseline.id))
        later = current if current != design.baseline.id else None
        if later is None and design.proposals:
            later = design.proposals[0].id
        self.new.setCurrentIndex(max(0, self.new.findData(later)))
        self.format = QComboBox()
        for key, label in FORMATS.items():
            self.format.addItem(translate("ReportFiles", label), key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("ReportDialog", "Table"), self.table)
        form.addRow(translate("ReportDialog", "From"), self.old)
        form.addRow(translate("ReportDialog", "To"), self.new)
        form.addRow(translate("ReportDialog", "Format"), self.format)
        form.addRow(buttons)
        self.table.currentIndexChanged.connect(self._on_table_changed)
        self._on_table_changed()

    def _on_table_changed(self) -> None:
        costs = self.table.currentData() == "costs"
        self.new.setEnabled(not costs)
        self.new.setToolTip(
            translate(
                "ReportDialog", "The cost summary compares the first scenario with every other one"
            )
        )

    def choice(self, design: Design) -> tuple[str, list[str], str]:
        """(table, scenario ids, format) as chosen."""
        table, old = self.table.currentData(), self.old.currentData()
        if table == "costs":
            ids = [old, *(s.id for s in design.scenarios if s.id != old)]
        else:
            ids = [old, self.new.currentData()]
        return table, ids, self.format.currentData()


class ReportFiles(QObject):
    """The File menu's outputs and imports for the window: chart, reports, tables, GraphML."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _controller(self) -> DocumentController:
        """The open design's controller (the window has one from its start on)."""
        c = self.window.controller
        assert c is not None
        return c

    def export_report(self, table: str, scenario_ids: list[str], fmt: str, out: Path) -> bool:
        """Write one report; on failure say why. Returns True when the file was written."""
        design = self._controller().design
        scenarios = [design.find_scenario(i) for i in scenario_ids]
        try:
            if fmt == "pdf":
                from orgeditor.ui.printing.report_pdf import write_report_pdf

                pages = write_report_pdf(design, table, scenarios, out, PageSetup("A4"))
                what = translate("ReportFiles", "{0} pages").format(number(pages))
            else:
                tables = report_tables(design, table, scenarios)
                write_tables(tables, report_title(design, table), fmt, out)
                what = fmt.upper()
        except (OSError, ValueError) as error:
            self.window.show_error(
                translate("ReportFiles", "The report was not written"), f"{out}: {error}", ""
            )
            return False
        self.window.statusBar().showMessage(
            translate("ReportFiles", "Wrote {0} ({1})").format(out, what), 8000
        )
        return True

    def on_export_report_triggered(self) -> None:
        c = self._controller()
        dialog = ReportDialog(c.design, c.scenario_id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        table, ids, fmt = dialog.choice(c.design)
        start = f"{self.file_stem()}-{table}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("ReportFiles", "Export report"),
            start,
            translate("ReportFiles", FORMATS[fmt]),
        )
        if name:
            out = Path(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")
            self.export_report(table, ids, fmt, out)

    def import_tables(self, paths: list[str]) -> bool:
        """Merge units and posts from ``paths`` into the scenario on the canvas (one step)."""
        c = self._controller()
        names = ", ".join(Path(p).name for p in paths)
        try:
            merged = merge_tables(c.design, c.scenario, read_tables(paths, c.design), names)
        except DesignFileError as error:
            count = len(error.problems)
            self.window.show_error(
                translate("ReportFiles", "Nothing was imported"),
                translate(
                    "ReportFiles",
                    "{0}: 1 problem (first: {1}). Correct the rows and import again; "
                    "Show Details lists every one.",
                ).format(error.file, error.problems[0])
                if count == 1
                else translate(
                    "ReportFiles",
                    "{0}: {1} problems (first: {2}). Correct the rows and import again; "
                    "Show Details lists every one.",
                ).format(error.file, number(count), error.problems[0]),
                error.details(),
            )
            return False
        except OSError as error:
            self.window.show_error(
                translate("ReportFiles", "The tables cannot be read"),
                f"{error.filename}: {error.strerror}",
                "",
            )
            return False
        units = len(merged.units) - len(c.scenario.units)
        posts = len(merged.posts) - len(c.scenario.posts)
        if not c.import_scenario(merged, names):
            return False
        self.window.statusBar().showMessage(
            translate(
                "ReportFiles", "Imported {0} into {1}: {2} units, {3} posts (Undo takes it back)"
            ).format(names, c.scenario.name, signed(units), signed(posts)),
            10000,
        )
        return True

    def on_import_triggered(self) -> None:
        c = self._controller()
        start = str(c.path.parent) if c.path else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("ReportFiles", "Import units and posts into {0}").format(c.scenario.name),
            start,
            translate(
                "ReportFiles", "Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"
            ),
        )
        if paths:
            self.import_tables(paths)

    def on_template_triggered(self) -> None:
        c = self._controller()
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("ReportFiles", "Write import template"),
            "import-template.xlsx",
            translate("ReportFiles", FORMATS["xlsx"]),
        )
        if name:
            self._write_files(lambda path: write_template(c.design, path), name, ".xlsx")

    def on_export_units_triggered(self) -> None:
        c = self._controller()
        start = f"{self.file_stem()}-{c.scenario.id}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("ReportFiles", "Export units and posts"),
            start,
            translate("ReportFiles", FORMATS["xlsx"]),
        )
        if name:
            self._write_files(
                lambda path: write_import_tables(c.design, c.scenario, path), name, ".xlsx"
            )

    def on_export_graphml_triggered(self) -> None:
        c = self._controller()
        start = f"{self.file_stem()}-{c.scenario.id}.graphml"
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("ReportFiles", "Export GraphML"), start, "GraphML (*.graphml)"
        )
        if name:

            def write(path: str) -> list[Path]:
                write_graphml(c.design, c.scenario, path)
                return [Path(path)]

            self._write_files(write, name, ".graphml")

    def _write_files(self, write: Callable[[str], list[Path]], name: str, suffix: str) -> None:
        path = name if Path(name).suffix else name + suffix
        try:
            written = write(path)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or error
            self.window.show_error(
                translate("ReportFiles", "The file was not written"), f"{path}: {reason}", ""
            )
            return
        self.window.statusBar().showMessage("Wrote " + ", ".join(str(p) for p in written), 8000)

    def on_export_triggered(self) -> None:
        from orgeditor.ui.printing.base import Cancelled
        from orgeditor.ui.printing.export import export_chart

        c = self._controller()
        dialog = self._chart_options(for_print=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        start = f"{self.file_stem()}-{c.scenario.id}.{options.format}"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("ReportFiles", "Export chart"),
            start,
            f"{options.format.upper()} (*.{options.format})",
        )
        if not name:
            return
        out = Path(name if name.endswith(f".{options.format}") else f"{name}.{options.format}")
        bar = QProgressDialog(
            translate("ReportFiles", "Exporting the chart…"),
            translate("ReportFiles", "Cancel"),
            0,
            1,
            self.window,
        )
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(500)

        def progress(done: int, total: int) -> bool:
            bar.setMaximum(total)
            bar.setValue(done)
            QApplication.processEvents()
            return not bar.wasCanceled()

        try:
            options = replace(options, language=self._chart_language())
            pages = export_chart(c.design, self._shown_scenario(), out, options, progress)
        except Cancelled:
            self.window.statusBar().showMessage(
                translate("ReportFiles", "Export cancelled; no file was written"), 8000
            )
            return
        except (OSError, ValueError) as error:
            self.window.show_error(
                translate("ReportFiles", "The chart was not exported"), f"{out}: {error}", ""
            )
            return
        finally:
            bar.close()
        what = (
            translate("ReportFiles", "{0} pages").format(number(pages))
            if options.format == "pdf" and pages > 1
            else options.format
        )
        missing = self.window.presenter.missing_names if self.window.presenter else []
        note = (
            translate("ReportFiles", "; {0} units without a name in the chart language").format(
                number(len(missing))
            )
            if missing
            else ""
        )
        self.window.statusBar().showMessage(
            translate("ReportFiles", "Exported {0} ({1}){2}").format(out, what, note), 8000
        )

    def _shown_scenario(self) -> Scenario:
        """The scenario as the chart shows it (in View > Chart Language's language)."""
        presenter = self.window.presenter
        return presenter.shown_scenario() if presenter else self._controller().scenario

    def _chart_language(self) -> str | None:
        """View > Chart Language's choice (None: the design's own names)."""
        presenter = self.window.presenter
        return presenter.language if presenter else None

    def file_stem(self) -> Path:
        """Where an exported file goes by default: beside the design, named after it."""
        c = self._controller()
        return c.path.with_suffix("") if c.path else Path(c.design.metadata.title)

    def _selected_unit(self) -> tuple[str, str] | None:
        """The one selected unit, to offer printing it with its sub-units."""
        selected = self.window.scene.selected_unit_ids()
        if len(selected) != 1:
            return None
        unit = self._controller().scenario.units[selected[0]]
        return unit.id, unit.name

    def _chart_options(self, for_print: bool) -> ChartOptionsDialog:
        """The print or export dialog, set to the scenario on screen and the selected unit."""
        from orgeditor.ui.printing.dialogs import ChartOptionsDialog

        c = self._controller()
        return ChartOptionsDialog(
            for_print=for_print,
            parent=self.window,
            selected=self._selected_unit(),
            design=c.design,
            scenario=c.scenario,
        )

    def on_print_triggered(self) -> None:
        from orgeditor.ui.printing.dialogs import open_print_preview

        c = self._controller()
        dialog = self._chart_options(for_print=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            settings = self.window.settings
            scenario = self._shown_scenario()
            options = replace(dialog.options(), language=self._chart_language())
            open_print_preview(self.window, c.design, scenario, options, settings).exec()
