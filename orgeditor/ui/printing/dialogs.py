"""File > Export… and File > Print…: one options dialog, then a file or the print preview."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from orgeditor.layout.legibility import PrintEstimate
from orgeditor.layout.pages import (
    DPI_RANGE,
    MARGIN_MM_RANGE,
    TILE_SCALE_RANGE,
    Orientation,
    PageSetup,
)
from orgeditor.layout.paper import best_orientation
from orgeditor.layout.paper_sizes import CUSTOM_SIDE_MM, PAPERS_MM
from orgeditor.model import Design, Scenario
from orgeditor.ui.i18n import translate
from orgeditor.ui.printing.base import qt_orientation, qt_page_size
from orgeditor.ui.printing.export import ExportOptions, chosen_part, paint_document
from orgeditor.ui.printing.legible import SmallestTextRow
from orgeditor.ui.settings import AppSettings

CUSTOM = "custom"
PREVIEW_SHARE = 0.85  # of the screen's free area, the first time the preview opens


class ChartOptionsDialog(QDialog):
    """Format (for export), page layout, paper, orientation, tile scale, PNG resolution, DRAFT.

    Given the design and scenario, it shows the smallest text the choice prints
    and, when that is under 6 pt, proposes a larger sheet, tiles or a booklet
    that keep every text legible; it starts on such a choice.
    """

    def __init__(
        self,
        for_print: bool,
        parent: QWidget | None = None,
        selected: tuple[str, str] | None = None,
        design: Design | None = None,
        scenario: Scenario | None = None,
    ) -> None:
        """``selected`` (unit id, name) offers to print just that unit and its sub-units."""
        super().__init__(parent)
        self.setWindowTitle(
            translate("ChartOptionsDialog", "Print chart")
            if for_print
            else translate("ChartOptionsDialog", "Export chart")
        )
        self.format = QComboBox()
        for label, value in (
            (translate("ChartOptionsDialog", "PDF (pages)"), "pdf"),
            (translate("ChartOptionsDialog", "SVG (whole chart)"), "svg"),
            (translate("ChartOptionsDialog", "PNG image (whole chart)"), "png"),
        ):
            self.format.addItem(label, value)
        self.layout_mode = QComboBox()
        self.layout_mode.addItem(translate("ChartOptionsDialog", "Fit to one page"), "fit")
        self.layout_mode.addItem(
            translate("ChartOptionsDialog", "Tile across pages (poster)"), "tile"
        )
        self.layout_mode.addItem(
            translate("ChartOptionsDialog", "Booklet (a page per department or division)"),
            "booklet",
        )
        self.paper = QComboBox()
        for name in PAPERS_MM:
            self.paper.addItem(name, name)
        self.paper.addItem(translate("ChartOptionsDialog", "Custom size"), CUSTOM)
        self.paper.setCurrentIndex(self.paper.findData("A4"))
        self.paper.setToolTip(
            translate(
                "ChartOptionsDialog",
                "ISO A and B, US and ANSI, architectural sheets, or a custom size",
            )
        )
        self.custom = (QDoubleSpinBox(), QDoubleSpinBox())
        for side, mm in zip(self.custom, (900.0, 600.0), strict=True):
            side.setRange(*CUSTOM_SIDE_MM)
            side.setDecimals(0)
            side.setSuffix(translate("ChartOptionsDialog", " mm"))
            side.setValue(mm)
        self.custom[0].setAccessibleName(translate("ChartOptionsDialog", "Custom paper width"))
        self.custom[1].setAccessibleName(translate("ChartOptionsDialog", "Custom paper height"))
        self.orientation = QComboBox()
        self.orientation.addItem(
            translate("ChartOptionsDialog", "Automatic (one page: whichever prints larger)"), "auto"
        )
        self.orientation.addItem(translate("ChartOptionsDialog", "Landscape"), "landscape")
        self.orientation.addItem(translate("ChartOptionsDialog", "Portrait"), "portrait")
        self.scale = QSpinBox()
        self.scale.setRange(*(round(x * 100) for x in TILE_SCALE_RANGE))
        self.scale.setSuffix(" %")
        self.scale.setValue(75)
        self.dpi = QSpinBox()
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setValue(150)
        self.dpi.setSuffix(translate("ChartOptionsDialog", " dpi"))
        self.draft = QCheckBox(translate("ChartOptionsDialog", "Mark every page DRAFT"))
        self.part = QComboBox()
        self.part.addItem(translate("ChartOptionsDialog", "The whole scenario"), None)
        if selected is not None:
            self.part.addItem(
                translate("ChartOptionsDialog", "{0} and its sub-units").format(selected[1]),
                selected[0],
            )
        self.margin = QSpinBox()
        self.margin.setRange(*(round(x) for x in MARGIN_MM_RANGE))
        self.margin.setValue(10)
        self.margin.setSuffix(translate("ChartOptionsDialog", " mm"))
        self.figures = QComboBox()
        for label, value in (
            (translate("ChartOptionsDialog", "Posts and annual cost"), "cost"),
            (translate("ChartOptionsDialog", "Posts by grade"), "grades"),
            (translate("ChartOptionsDialog", "Posts by funding source"), "funding"),
            (translate("ChartOptionsDialog", "Nothing"), "none"),
        ):
            self.figures.addItem(label, value)
        self.legend = QComboBox()
        for label, value in (
            (translate("ChartOptionsDialog", "On the first page"), "first"),
            (translate("ChartOptionsDialog", "On every page"), "every"),
            (translate("ChartOptionsDialog", "None"), "none"),
        ):
            self.legend.addItem(label, value)
        form = QFormLayout(self)
        if not for_print:
            form.addRow(translate("ChartOptionsDialog", "Format"), self.format)
        form.addRow(translate("ChartOptionsDialog", "What"), self.part)
        form.addRow(translate("ChartOptionsDialog", "Pages"), self.layout_mode)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        for side in self.custom:
            paper_row.addWidget(side)
        form.addRow(translate("ChartOptionsDialog", "Paper"), paper_row)
        form.addRow(translate("ChartOptionsDialog", "Orientation"), self.orientation)
        form.addRow(translate("ChartOptionsDialog", "Margins"), self.margin)
        form.addRow(translate("ChartOptionsDialog", "Tile scale"), self.scale)
        if not for_print:
            form.addRow(translate("ChartOptionsDialog", "PNG resolution"), self.dpi)
        form.addRow(translate("ChartOptionsDialog", "Card figures"), self.figures)
        form.addRow(translate("ChartOptionsDialog", "Legend"), self.legend)
        form.addRow("", self.draft)
        self.smallest = SmallestTextRow(design, scenario)
        self.smallest.chosen.connect(self._on_smallest_chosen)
        form.addRow(translate("ChartOptionsDialog", "Legibility"), self.smallest)
        self.tables = {
            "posts": QCheckBox(translate("ChartOptionsDialog", "Posts by unit")),
            "redeployment": QCheckBox(translate("ChartOptionsDialog", "Post redeployment")),
            "costs": QCheckBox(translate("ChartOptionsDialog", "Cost summary")),
        }
        box = QHBoxLayout()
        for check in self.tables.values():
            check.setToolTip(
                translate(
                    "ChartOptionsDialog",
                    "Pages after the chart, comparing the baseline with this scenario",
                )
            )
            box.addWidget(check)
        form.addRow(translate("ChartOptionsDialog", "Add tables"), box)
        self.comments = QCheckBox(self.tr("Review comments, by unit"))
        self.comments.setObjectName("printCommentsCheck")
        self.comments.setToolTip(
            self.tr("Pages after the chart listing every comment, open ones first")
        )
        form.addRow(self.tr("Appendix"), self.comments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._update)
        self.layout_mode.currentIndexChanged.connect(self._update)
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self._mode_by_user = False  # until then, a new paper gets its legible default layout
        self.layout_mode.activated.connect(self._on_mode_activated)
        for signal in (
            self.orientation.currentIndexChanged,
            self.part.currentIndexChanged,
            self.legend.currentIndexChanged,
            self.margin.valueChanged,
            self.scale.valueChanged,
            self.custom[0].valueChanged,
            self.custom[1].valueChanged,
        ):
            signal.connect(self._update_figure)
        self._update()
        self._on_smallest_chosen(self.smallest.default_choice(self.options()))

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
            self.comments,
        ):
            widget.setEnabled(paged)
        self.scale.setEnabled(paged and self.layout_mode.currentData() == "tile")
        self.dpi.setEnabled(self.format.currentData() == "png")
        for side in self.custom:
            side.setVisible(self.paper.currentData() == CUSTOM)
            side.setEnabled(paged)
        self._update_figure()

    def _on_mode_activated(self) -> None:
        self._mode_by_user = True

    def _on_paper_changed(self) -> None:
        if self._mode_by_user:
            self._update()
        else:
            self._on_smallest_chosen(self.smallest.default_choice(self.options()))

    def _update_figure(self) -> None:
        self.smallest.show_for(self.options())

    def _on_smallest_chosen(self, choice: PrintEstimate | None) -> None:
        """Take a proposed choice: its paper, page layout and (for tiles) scale."""
        if choice is None:
            self._update()
            return
        blocked = [w.blockSignals(True) for w in (self.paper, self.layout_mode, self.scale)]
        index = self.paper.findData(choice.setup.paper)
        if index >= 0:
            self.paper.setCurrentIndex(index)
        self.layout_mode.setCurrentIndex(self.layout_mode.findData(choice.mode))
        if choice.mode == "tile":
            self.scale.setValue(round(choice.scale * 100))
        for widget, was in zip((self.paper, self.layout_mode, self.scale), blocked, strict=True):
            widget.blockSignals(was)
        self._update()

    def paper_name(self) -> str:
        """The chosen paper: a name, or the custom size as ``"900x600mm"``."""
        if self.paper.currentData() == CUSTOM:
            width, height = (round(side.value()) for side in self.custom)
            return f"{width}x{height}mm"
        return str(self.paper.currentData())

    def _turned(self) -> Orientation:
        """The chosen orientation; "auto" starts in landscape (the export may turn it)."""
        return "portrait" if self.orientation.currentData() == "portrait" else "landscape"

    def options(self) -> ExportOptions:
        """The options as chosen."""
        return ExportOptions(
            format=self.format.currentData(),
            layout=self.layout_mode.currentData(),
            setup=PageSetup(
                self.paper_name(), self._turned(), margin_mm=float(self.margin.value())
            ),
            root=self.part.currentData(),
            turn=self.orientation.currentData() == "auto",
            scale=self.scale.value() / 100,
            dpi=self.dpi.value(),
            draft=self.draft.isChecked(),
            legend=self.legend.currentData(),
            figures=self.figures.currentData(),
            tables=tuple(name for name, check in self.tables.items() if check.isChecked()),
            comments=self.comments.isChecked(),
        )


def print_chart(
    printer: QPrinter, design: Design, scenario: Scenario, options: ExportOptions
) -> int:
    """Paint the chart on ``printer`` (on the printer's own paper); returns the page count."""
    layout = printer.pageLayout()
    sheet = layout.fullRectPoints()
    orientation: Orientation = (
        "landscape" if layout.orientation() == QPageLayout.Orientation.Landscape else "portrait"
    )
    setup = replace(
        options.page_setup,
        orientation=orientation,
        sheet_pt=(float(sheet.width()), float(sheet.height())),
    )
    printer.setFullPage(True)
    return paint_document(printer, design, scenario, options, setup, printer.newPage)


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview, holding on to its printer: Qt only borrows it, and a printer
    that Python frees while the preview is open crashes the app."""

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self._printer = printer


def open_print_preview(
    parent: QWidget,
    design: Design,
    scenario: Scenario,
    options: ExportOptions,
    settings: AppSettings | None = None,
) -> QPrintPreviewDialog:
    """A print preview set to the chosen paper; printing from it uses the same painting.

    It opens at the size it had when last closed (``settings``), else at most of
    the screen, so a page of a wall chart shows at a readable size.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup = options.page_setup
    if options.turn and options.layout == "fit":
        setup = best_orientation(chosen_part(scenario, options.root), setup, design.grade_rank())
    printer.setPageSize(qt_page_size(setup.paper))
    printer.setPageOrientation(qt_orientation(setup))
    dialog = PrintPreview(printer, parent)
    dialog.setWindowTitle(translate("PrintDialog", "Print — {0}").format(scenario.name))
    dialog.paintRequested.connect(lambda p: print_chart(p, design, scenario, options))
    dialog.resize(*preview_size(settings, parent))
    if settings is not None:
        dialog.finished.connect(
            lambda _: settings.save_print_preview_size(dialog.width(), dialog.height())
        )
    return dialog


def preview_size(settings: AppSettings | None, parent: QWidget | None) -> tuple[int, int]:
    """The remembered preview size, else ``PREVIEW_SHARE`` of the screen's free area."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    remembered = settings.print_preview_size() if settings is not None else None
    if remembered is not None:
        return min(remembered[0], free.width()), min(remembered[1], free.height())
    return round(free.width() * PREVIEW_SHARE), round(free.height() * PREVIEW_SHARE)
