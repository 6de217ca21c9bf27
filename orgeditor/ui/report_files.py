"""Report tables, imports and GraphML from the File menu.

Export Report… writes a post, redeployment, cost or change table (XLSX, CSV,
HTML or PDF); Import Units and Posts… merges CSV or XLSX tables into the
scenario on the canvas as one undoable step, after every row has been checked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from orgeditor.io import DesignFileError
from orgeditor.io.graphml import write_graphml
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.tables import write_tables
from orgeditor.io.unit_tables import write_import_tables, write_template
from orgeditor.layout.pages import PageSetup
from orgeditor.model import Design
from orgeditor.reports.tables import REPORT_TITLES, report_tables, report_title

FORMATS = {
    "xlsx": "Excel workbook (*.xlsx)",
    "csv": "CSV, comma-separated (*.csv)",
    "html": "Web page (*.html)",
    "pdf": "PDF, printable pages (*.pdf)",
}
IMPORT_FILTER = "Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"


class ReportDialog(QDialog):
    """Which table, which two scenarios, which format."""

    def __init__(self, design: Design, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        self.table = QComboBox()
        for key, title in REPORT_TITLES.items():
            self.table.addItem(title[:1].upper() + title[1:], key)
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
            self.format.addItem(label, key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Table", self.table)
        form.addRow("From", self.old)
        form.addRow("To", self.new)
        form.addRow("Format", self.format)
        form.addRow(buttons)
        self.table.currentIndexChanged.connect(self._on_table_changed)
        self._on_table_changed()

    def _on_table_changed(self) -> None:
        costs = self.table.currentData() == "costs"
        self.new.setEnabled(not costs)
        self.new.setToolTip("The cost summary compares the first scenario with every other one")

    def choice(self, design: Design) -> tuple[str, list[str], str]:
        """(table, scenario ids, format) as chosen."""
        table, old = self.table.currentData(), self.old.currentData()
        if table == "costs":
            ids = [old, *(s.id for s in design.scenarios if s.id != old)]
        else:
            ids = [old, self.new.currentData()]
        return table, ids, self.format.currentData()


class ReportFilesMixin:
    """File menu handlers for reports, imports and GraphML; mixed into the main window."""

    def export_report(self, table: str, scenario_ids: list[str], fmt: str, out: Path) -> bool:
        """Write one report; on failure say why. Returns True when the file was written."""
        design = self.controller.design
        scenarios = [design.find_scenario(i) for i in scenario_ids]
        try:
            if fmt == "pdf":
                from orgeditor.ui.printing.report_pdf import write_report_pdf

                pages = write_report_pdf(design, table, scenarios, out, PageSetup("A4"))
                what = f"{pages} pages"
            else:
                tables = report_tables(design, table, scenarios)
                write_tables(tables, report_title(design, table), fmt, out)
                what = fmt.upper()
        except (OSError, ValueError) as error:
            self._show_error("The report was not written", f"{out}: {error}", "")
            return False
        self.statusBar().showMessage(f"Wrote {out} ({what})", 8000)
        return True

    def _on_export_report_triggered(self) -> None:
        c = self.controller
        dialog = ReportDialog(c.design, c.scenario_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        table, ids, fmt = dialog.choice(c.design)
        start = f"{self._file_stem()}-{table}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(self, "Export report", start, FORMATS[fmt])
        if name:
            out = Path(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")
            self.export_report(table, ids, fmt, out)

    def import_tables(self, paths: list[str]) -> bool:
        """Merge units and posts from ``paths`` into the scenario on the canvas (one step)."""
        c = self.controller
        names = ", ".join(Path(p).name for p in paths)
        try:
            merged = merge_tables(c.design, c.scenario, read_tables(paths, c.design), names)
        except DesignFileError as error:
            count = len(error.problems)
            self._show_error(
                "Nothing was imported",
                f"{error.file}: {count} problem{'s' if count != 1 else ''} "
                f"(first: {error.problems[0]}). Correct the rows and import again; "
                "Show Details lists every one.",
                error.details(),
            )
            return False
        except OSError as error:
            self._show_error("The tables cannot be read", f"{error.filename}: {error.strerror}", "")
            return False
        units = len(merged.units) - len(c.scenario.units)
        posts = len(merged.posts) - len(c.scenario.posts)
        if not c.import_scenario(merged, names):
            return False
        self.statusBar().showMessage(
            f"Imported {names} into {c.scenario.name}: {units:+,} units, {posts:+,} posts "
            "(Undo takes it back)",
            10000,
        )
        return True

    def _on_import_triggered(self) -> None:
        c = self.controller
        start = str(c.path.parent) if c.path else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self, f"Import units and posts into {c.scenario.name}", start, IMPORT_FILTER
        )
        if paths:
            self.import_tables(paths)

    def _on_template_triggered(self) -> None:
        c = self.controller
        name, _ = QFileDialog.getSaveFileName(
            self, "Write import template", "import-template.xlsx", FORMATS["xlsx"]
        )
        if name:
            self._write_files(lambda path: write_template(c.design, path), name, ".xlsx")

    def _on_export_units_triggered(self) -> None:
        c = self.controller
        start = f"{self._file_stem()}-{c.scenario.id}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, "Export units and posts", start, FORMATS["xlsx"]
        )
        if name:
            self._write_files(
                lambda path: write_import_tables(c.design, c.scenario, path), name, ".xlsx"
            )

    def _on_export_graphml_triggered(self) -> None:
        c = self.controller
        start = f"{self._file_stem()}-{c.scenario.id}.graphml"
        name, _ = QFileDialog.getSaveFileName(self, "Export GraphML", start, "GraphML (*.graphml)")
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
            self._show_error("The file was not written", f"{path}: {reason}", "")
            return
        self.statusBar().showMessage("Wrote " + ", ".join(str(p) for p in written), 8000)
