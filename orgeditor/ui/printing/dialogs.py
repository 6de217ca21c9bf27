"""File > Export… and File > Print…: one options dialog, then a file or the print preview."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from orgeditor.layout.pages import DPI_RANGE, MARGIN_MM_RANGE, TILE_SCALE_RANGE, PageSetup
from orgeditor.layout.paper import best_orientation
from orgeditor.model import Design, Scenario
from orgeditor.ui.printing.export import ExportOptions, chosen_part, paint_document
from orgeditor.ui.printing.render import PAGE_SIZES


class ChartOptionsDialog(QDialog):
    """Format (for export), page layout, paper, orientation, tile scale, PNG resolution, DRAFT."""

    def __init__(
        self,
        for_print: bool,
        parent: QWidget | None = None,
        selected: tuple[str, str] | None = None,
    ) -> None:
        """``selected`` (unit id, name) offers to print just that unit and its sub-units."""
        super().__init__(parent)
        self.setWindowTitle("Print chart" if for_print else "Export chart")
        self.format = QComboBox()
        for label, value in (
            ("PDF (pages)", "pdf"),
            ("SVG (whole chart)", "svg"),
            ("PNG image (whole chart)", "png"),
        ):
            self.format.addItem(label, value)
        self.layout_mode = QComboBox()
        self.layout_mode.addItem("Fit to one page", "fit")
        self.layout_mode.addItem("Tile across pages (poster)", "tile")
        self.layout_mode.addItem("Booklet (a page per department or division)", "booklet")
        self.paper = QComboBox()
        self.paper.addItems(list(PAGE_SIZES))
        self.orientation = QComboBox()
        self.orientation.addItem("Automatic (one page: whichever prints larger)", "auto")
        self.orientation.addItem("Landscape", "landscape")
        self.orientation.addItem("Portrait", "portrait")
        self.scale = QSpinBox()
        self.scale.setRange(*(round(x * 100) for x in TILE_SCALE_RANGE))
        self.scale.setSuffix(" %")
        self.scale.setValue(75)
        self.dpi = QSpinBox()
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.draft = QCheckBox("Mark every page DRAFT")
        self.part = QComboBox()
        self.part.addItem("The whole scenario", None)
        if selected is not None:
            self.part.addItem(f"{selected[1]} and its sub-units", selected[0])
        self.margin = QSpinBox()
        self.margin.setRange(*(round(x) for x in MARGIN_MM_RANGE))
        self.margin.setValue(10)
        self.margin.setSuffix(" mm")
        self.figures = QComboBox()
        for label, value in (
            ("Posts and annual cost", "cost"),
            ("Posts by grade", "grades"),
            ("Posts by funding source", "funding"),
            ("Nothing", "none"),
        ):
            self.figures.addItem(label, value)
        self.legend = QComboBox()
        for label, value in (
            ("On the first page", "first"),
            ("On every page", "every"),
            ("None", "none"),
        ):
            self.legend.addItem(label, value)
        form = QFormLayout(self)
        if not for_print:
            form.addRow("Format", self.format)
        form.addRow("What", self.part)
        form.addRow("Pages", self.layout_mode)
        form.addRow("Paper", self.paper)
        form.addRow("Orientation", self.orientation)
        form.addRow("Margins", self.margin)
        form.addRow("Tile scale", self.scale)
        if not for_print:
            form.addRow("PNG resolution", self.dpi)
        form.addRow("Card figures", self.figures)
        form.addRow("Legend", self.legend)
        form.addRow("", self.draft)
        self.tables = {
            "posts": QCheckBox("Posts by unit"),
            "redeployment": QCheckBox("Post redeployment"),
            "costs": QCheckBox("Cost summary"),
        }
        box = QHBoxLayout()
        for check in self.tables.values():
            check.setToolTip("Pages after the chart, comparing the baseline with this scenario")
            box.addWidget(check)
        form.addRow("Add tables", box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._update)
        self.layout_mode.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        paged = self.format.currentData() == "pdf"
        for widget in (
            self.layout_mode,
            self.paper,
            self.orientation,
            self.draft,
            self.legend,
            self.margin,
            *self.tables.values(),
        ):
            widget.setEnabled(paged)
        self.scale.setEnabled(paged and self.layout_mode.currentData() == "tile")
        self.dpi.setEnabled(self.format.currentData() == "png")

    def _turned(self) -> str:
        chosen = self.orientation.currentData()
        return "landscape" if chosen == "auto" else chosen

    def options(self) -> ExportOptions:
        """The options as chosen."""
        return ExportOptions(
            format=self.format.currentData(),
            layout=self.layout_mode.currentData(),
            setup=PageSetup(
                self.paper.currentText(), self._turned(), margin_mm=float(self.margin.value())
            ),
            root=self.part.currentData(),
            turn=self.orientation.currentData() == "auto",
            scale=self.scale.value() / 100,
            dpi=self.dpi.value(),
            draft=self.draft.isChecked(),
            legend=self.legend.currentData(),
            figures=self.figures.currentData(),
            tables=tuple(name for name, check in self.tables.items() if check.isChecked()),
        )


def print_chart(
    printer: QPrinter, design: Design, scenario: Scenario, options: ExportOptions
) -> int:
    """Paint the chart on ``printer`` (on the printer's own paper); returns the page count."""
    layout = printer.pageLayout()
    sheet = layout.fullRectPoints()
    orientation = (
        "landscape" if layout.orientation() == QPageLayout.Orientation.Landscape else "portrait"
    )
    setup = replace(
        options.page_setup,
        orientation=orientation,
        sheet_pt=(float(sheet.width()), float(sheet.height())),
    )
    printer.setFullPage(True)
    return paint_document(printer, design, scenario, options, setup, printer.newPage)


def open_print_preview(
    parent: QWidget, design: Design, scenario: Scenario, options: ExportOptions
) -> QPrintPreviewDialog:
    """A print preview set to the chosen paper; printing from it uses the same painting."""
    from PySide6.QtGui import QPageSize

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup = options.page_setup
    if options.turn and options.layout == "fit":
        setup = best_orientation(chosen_part(scenario, options.root), setup, design.grade_rank())
    orientation = (
        QPageLayout.Orientation.Landscape
        if setup.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(QPageSize(PAGE_SIZES[options.setup.paper]))
    printer.setPageOrientation(orientation)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer = printer  # type: ignore[attr-defined]  # the dialog only borrows it from Qt
    dialog.setWindowTitle(f"Print — {scenario.name}")
    dialog.paintRequested.connect(lambda p: print_chart(p, design, scenario, options))
    return dialog
