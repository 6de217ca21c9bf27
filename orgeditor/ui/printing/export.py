"""Export a scenario's chart as PDF, SVG or PNG: one entry point for the menu and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from PySide6.QtGui import QPaintDevice

from orgeditor.layout.booklet import subtree_scenario
from orgeditor.layout.pages import (
    DPI_RANGE,
    TILE_SCALE_RANGE,
    PageSetup,
    check_range,
    plan_fit,
    plan_tiles,
)
from orgeditor.layout.paper import best_fit, best_orientation
from orgeditor.model import Design, Scenario
from orgeditor.reports.chart_text import chart_words
from orgeditor.reports.tables import report_tables
from orgeditor.rules import validate
from orgeditor.ui.cost_summary import paint_cost_summary
from orgeditor.ui.printing.base import check_folder, ensure_application, pdf_writer
from orgeditor.ui.printing.pdf_text import make_searchable
from orgeditor.ui.printing.render import (
    AssemblyMap,
    PageText,
    Sheet,
    booklet_charts,
    paint_pages,
    paper_chart,
    write_png,
)
from orgeditor.ui.printing.review import review_pages
from orgeditor.ui.printing.svg import write_svg
from orgeditor.ui.printing.tables import TablePage, plan_table_pages

LEGEND_MM = 15.0
Format = Literal["pdf", "svg", "png"]
Layout = Literal["fit", "tile", "booklet"]


@dataclass(frozen=True)
class ExportOptions:
    """How to export: format, page layout, paper, tile scale, PNG resolution, DRAFT mark."""

    format: Format = "pdf"
    layout: Layout = "fit"
    setup: PageSetup = field(default_factory=PageSetup)
    scale: float = 0.75
    dpi: int = 150
    draft: bool = False
    root: str | None = None  # a zone or subtree to print alone (a unit id)
    legend: Literal["none", "first", "every"] = "first"
    figures: Literal["cost", "grades", "funding", "none"] = "cost"
    turn: bool = False  # fit: use the orientation that prints larger
    tables: tuple[str, ...] = ()  # report tables printed after the chart ("posts", ...)
    comments: bool = False  # PDF: a review appendix of every comment after the tables
    # the chart language (View > Chart Language, --lang): the chart's own words and the
    # tables speak it when the core does (``chart_text.chart_words``), else the interface's
    language: str | None = None

    def __post_init__(self) -> None:
        check_range("the tile scale", self.scale, TILE_SCALE_RANGE)
        check_range("the PNG resolution", self.dpi, DPI_RANGE, " dpi")

    @property
    def page_setup(self) -> PageSetup:
        """The page setup, with a band for the legend when there is one."""
        return replace(self.setup, legend_mm=0.0 if self.legend == "none" else LEGEND_MM)


def cost_picture(design: Design, scenarios: list[Scenario]) -> Callable[[Any, Any], None]:
    """A painter of the cost summary of ``scenarios`` (the first against the others)."""

    def paint(painter: Any, area: Any) -> None:
        paint_cost_summary(painter, area, design, scenarios)

    return paint


def chosen_part(scenario: Scenario, root: str | None) -> Scenario:
    """The whole scenario, or the subtree under ``root``.

    Raises:
        ValueError: ``root`` is not a unit of the scenario.
    """
    if root is None:
        return scenario
    if root not in scenario.units:
        raise ValueError(f"scenario {scenario.name!r} has no unit {root!r}")
    return subtree_scenario(scenario, root)


def export_chart(
    design: Design,
    scenario: Scenario,
    out: Path,
    options: ExportOptions,
    progress: Callable[[int, int], bool] | None = None,
    stage: Callable[[str], None] | None = None,
) -> int:
    """Write the chart of ``scenario`` to ``out``; returns the number of pages (1 for images).

    ``progress(done, total)`` is told of each PDF page; if it returns False the
    export stops and no file is left behind. ``stage(what)`` is told of each
    long step before the pages ("checking the rules", ...), for a progress line.

    Raises:
        Cancelled: the export was cancelled through ``progress``.
        OSError: the file cannot be written.
        ValueError: options that cannot work (a bad scale, an unknown paper or unit).
    """
    check_folder(out)
    part = chosen_part(scenario, options.root)
    stage = stage or (lambda what: None)
    ensure_application()
    if options.format in ("png", "svg"):
        stage("checking the rules")
        report = validate(design, scenario)
        stage(f"drawing {len(part.units):,} units")
        with chart_words(options.language):
            chart = paper_chart(design, part, report=report, figures=options.figures)
        if options.format == "png":
            write_png(chart, out, options.dpi)
        else:
            title = f"{design.metadata.title} — {scenario.name}"
            write_svg(chart.scene, chart.layout, chart.line_kinds, out, title)
        return 1
    setup = options.page_setup
    if options.turn and options.layout == "fit":
        stage("choosing the orientation")
        setup = best_orientation(part, setup, design.grade_rank(), _arrangements(stage))
    writer = pdf_writer(out, setup, f"{design.metadata.title} — {scenario.name}")
    try:
        pages = paint_document(
            writer, design, scenario, options, setup, writer.newPage, progress, stage
        )
    except BaseException:
        del writer  # close the file before removing it
        out.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    if not out.exists():
        raise OSError(f"cannot write {out}")
    make_searchable(out)
    return pages


def paint_document(
    device: QPaintDevice,
    design: Design,
    scenario: Scenario,
    options: ExportOptions,
    setup: PageSetup,
    new_page: Callable[[], object],
    progress: Callable[[int, int], bool] | None = None,
    stage: Callable[[str], None] | None = None,
) -> int:
    """Paint the pages (fit, tiles or booklet) on a paged device; returns the page count.

    The same painting serves a PDF file and a printer, so what prints is what exports.
    ``progress(done, total)`` is called before each page; returning False cancels.
    ``stage(what)`` is told of each long step before the pages.
    """
    part = chosen_part(scenario, options.root)
    heading = scenario.name
    if options.root is not None:
        heading += f" — {scenario.units[options.root].name}"
    grades = tuple((g.id, g.name) for g in design.grades)
    text = PageText(
        design.metadata.title,
        heading,
        date.today().isoformat(),
        options.draft,
        options.legend,
        grades,
    )
    with chart_words(options.language):  # the chart's own words (docs/I18N.md)
        stage = stage or (lambda what: None)
        stage("checking the rules")
        report = validate(design, scenario)
        units = f"{len(part.units):,} units"
        sheets: list[Sheet | AssemblyMap]
        if options.layout == "booklet" and part.units:
            stage(f"laying out and drawing {units} on booklet pages")
            sheets = [
                (chart.scene, plan, title)
                for chart, plan, title in booklet_charts(
                    design, part, setup, report=report, figures=options.figures
                )
            ]
        else:
            if options.layout == "tile":
                stage(f"laying out and drawing {units}")
                chart = paper_chart(design, part, report=report, figures=options.figures)
                areas = chart.areas
                tiles = plan_tiles(chart.bounds, setup, options.scale, occupied=areas)
                sheets = [(chart.scene, plan, "") for plan in tiles]
                if len(tiles) > 1:  # the first page: how the tiles assemble
                    grid = chart.bounds
                    for tile in tiles:
                        grid = grid.union(tile.source)
                    [overview] = plan_fit(grid, setup)
                    sheets.insert(0, AssemblyMap(overview, tiles, areas))
            else:  # one sheet: leaves as list rows, zones wrapped, whatever prints largest
                stage(f"fitting {units} on one sheet")
                dense, _ = best_fit(part, setup, design.grade_rank(), tried=_arrangements(stage))
                stage(f"laying out and drawing {units}")
                chart = paper_chart(design, part, dense, report=report, figures=options.figures)
                sheets = [(chart.scene, plan, "") for plan in plan_fit(chart.bounds, setup)]
        table_pages = _table_pages(design, scenario, options.tables, setup)
        if options.comments:
            table_pages += review_pages(design, setup.content)
        paint_pages(device, sheets, setup, text, new_page, progress, table_pages)
    return len(sheets) + len(table_pages)


def _arrangements(stage: Callable[[str], None]) -> Callable[[int, int], None]:
    """Tell ``stage`` of each layout arrangement tried while fitting a chart to a sheet."""
    return lambda done, total: stage(f"tried {done} of {total} arrangements")


def _table_pages(
    design: Design, scenario: Scenario, tables: tuple[str, ...], setup: PageSetup
) -> list[Any]:
    """Pages of report tables comparing the baseline with ``scenario`` (costs: every scenario)."""
    pages: list[Any] = []
    base = design.baseline
    for name in tables:
        if name == "costs":
            everything = [base, *design.proposals]
            pages.append(TablePage([], cost_picture(design, everything)))
            pages += plan_table_pages(report_tables(design, name, everything), setup.content)
        elif scenario is not base:
            pages += plan_table_pages(report_tables(design, name, [base, scenario]), setup.content)
    return pages
