"""Draw a chart onto pages (PDF, printer) or into one image (PNG; SVG: ``svg.py``).

The chart is the editor's own scene, built offscreen with a paper palette, so
what prints is what the screen shows. Each page gets a header (title,
scenario, tile label) and a footer (date, "page x of y"); tiles get crop
marks at the corners of the printed area, to trim and assemble the sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageWriter,
    QPaintDevice,
    QPainter,
    QPen,
)

from orgeditor.layout import ChartLayout, LayoutOptions, layout_chart
from orgeditor.layout.booklet import booklet_sheets
from orgeditor.layout.geometry import Box
from orgeditor.layout.legibility import printed_areas
from orgeditor.layout.pages import MM, PagePlan, PageSetup
from orgeditor.layout.text_sizes import HEADER_PT
from orgeditor.model import Design, Scenario
from orgeditor.reports.chart_text import (
    assembly_heading,
    assembly_note,
    page_number,
    scale_note,
    tile_note,
)
from orgeditor.rules import Report, validate
from orgeditor.ui.canvas.cards import card_texts
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.fonts import paper_font
from orgeditor.ui.printing.base import Cancelled, PageText, Progress, paper_palette
from orgeditor.ui.printing.legend import draw_legend
from orgeditor.ui.printing.tables import TablePage, paint_table_page

MAX_PNG_SIDE = 20_000  # pixels: beyond this an image takes gigabytes to draw
MAP_LABEL_PT = 12  # a tile's number and label on the assembly map


@dataclass
class PaperChart:
    """An offscreen chart for paper, the extent of what it shows and the layout it shows.

    ``line_kinds`` maps each dual or dotted line's id to its kind.
    """

    scene: OrgChartScene
    bounds: Box
    areas: list[Box]  # what a tile must hold part of to print: cards and zone titles
    layout: ChartLayout
    line_kinds: dict[str, str]


def paper_chart(
    design: Design,
    scenario: Scenario,
    options: LayoutOptions | None = None,
    report: Report | None = None,
    figures: str = "cost",
) -> PaperChart:
    """An offscreen scene of ``scenario`` for paper: everything expanded, badges included.

    ``report`` gives the badges; pass the whole scenario's report when ``scenario``
    is only a part of it (a zone or a subtree), whose own findings would be wrong.
    A scenario with no units gives a sheet that says so.
    """
    if not scenario.units:
        return note_chart(f"{scenario.name} has no units: there is no chart to print.")
    scene = OrgChartScene()
    scene.setPalette(paper_palette())
    scene.full_detail = True
    options = replace(options or LayoutOptions(), collapsed=frozenset())
    layout = layout_chart(scenario, options, design.grade_rank())
    report = report if report is not None else validate(design, scenario)
    cards = card_texts(design, scenario, report, layout.hidden, figures=figures)
    lines = {x.id: (x.kind.value, x.caption) for x in scenario.lines.values()}
    scene.sync(layout, cards, lines)
    return PaperChart(scene, layout.bounds, printed_areas(layout), layout, _kinds(lines))


def _kinds(lines: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {line: kind for line, (kind, _) in lines.items()}


def note_chart(text: str) -> PaperChart:
    """A chart that is only a line of text, for a sheet with nothing else to show."""
    scene = OrgChartScene()
    scene.setPalette(paper_palette())
    font = QFont()
    font.setPointSizeF(14)
    item = scene.addSimpleText(text, font)  # plain text: never read as HTML
    rect = item.boundingRect()
    bounds = Box(rect.x(), rect.y(), rect.width(), rect.height())
    return PaperChart(scene, bounds, [bounds], ChartLayout(bounds=bounds), {})


def booklet_charts(
    design: Design,
    scenario: Scenario,
    setup: PageSetup,
    min_scale: float = 0.6,
    report: Report | None = None,
    figures: str = "cost",
) -> list[tuple[PaperChart, PagePlan, str]]:
    """One offscreen chart per booklet page, with its fitted page plan and its title."""
    booklet, sheets = booklet_sheets(scenario, setup, min_scale, design.grade_rank())
    report = report if report is not None else validate(design, scenario)
    lines = {x.id: (x.kind.value, x.caption) for x in scenario.lines.values()}
    pages = []
    for sheet in sheets:
        layout = sheet.layout
        notes = booklet.notes(scenario, sheet.page)
        cards = card_texts(design, sheet.part, report, layout.hidden, notes, figures)
        scene = OrgChartScene()
        scene.setPalette(paper_palette())
        scene.full_detail = True
        scene.sync(layout, cards, lines)
        chart = PaperChart(scene, layout.bounds, printed_areas(layout), layout, _kinds(lines))
        pages.append((chart, sheet.plan, scenario.units[sheet.page.root].name))
    return pages


Sheet = tuple[OrgChartScene, PagePlan, str]  # a scene, its part on the page, a page title


@dataclass(frozen=True)
class AssemblyMap:
    """The first page of a tiled print: the whole chart with each tile's cell marked.

    ``boxes`` (the cards and zone titles) are drawn as outlines, so the page
    has no text too small to read; each cell carries its tile's number and label.
    """

    overview: PagePlan  # the whole chart fitted to the page
    tiles: Sequence[PagePlan]
    boxes: Sequence[Box]


def paint_pages(
    device: QPaintDevice,
    sheets: Sequence[Sheet | AssemblyMap],
    setup: PageSetup,
    text: PageText,
    new_page: Callable[[], object],
    progress: Progress | None = None,
    table_pages: Sequence[TablePage] = (),
) -> None:
    """Paint chart sheets (or an assembly map), then pages of tables, on a paged device.

    Pages are laid out in points; the legend goes on the chart pages asked for.

    Raises:
        Cancelled: ``progress`` returned False.
    """
    total = len(sheets) + len(table_pages)
    tiles = sum(1 for sheet in sheets if not isinstance(sheet, AssemblyMap) and sheet[1].label)
    painter = QPainter(device)
    try:
        for index in range(total):
            if progress is not None and not progress(index, total):
                raise Cancelled
            if index:
                new_page()
            painter.save()
            factor = device.logicalDpiX() / 72
            painter.scale(factor, factor)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            if text.draft:
                _watermark(painter, *setup.size)
            sheet = sheets[index] if index < len(sheets) else None
            if isinstance(sheet, AssemblyMap):
                _draw_assembly_map(painter, sheet, setup)
                footer = f"{text.date}   {assembly_note()}   orgeditor"
                heading = assembly_heading(text.title, text.scenario, tiles)
            elif sheet is not None:
                scene, plan, title = sheet
                page_text = replace(text, scenario=f"{text.scenario} — {title}") if title else text
                _draw_chart(painter, scene, plan, setup)
                footer = f"{text.date}   {scale_note(plan.scale)}   orgeditor"
                where = f"   {tile_note(plan.number, tiles, plan.label)}" if plan.label else ""
                heading = f"{page_text.title} — {page_text.scenario}{where}"
            else:
                paint_table_page(painter, table_pages[index - len(sheets)], setup.content)
                footer = f"{text.date}   orgeditor"
                heading = f"{text.title} — {text.scenario}"
            band = setup.legend_band
            wanted = text.legend == "every" or (text.legend == "first" and index == 0)
            if band is not None and sheet is not None and wanted:
                draw_legend(painter, band, text.grades)
            _frame(painter, setup, heading, footer, page_number(index + 1, total))
            painter.restore()
    finally:
        painter.end()


def _draw_chart(
    painter: QPainter,
    scene: OrgChartScene,
    plan: PagePlan,
    setup: PageSetup,
) -> None:
    content = setup.content
    target = QRectF(content.x, content.y, content.w, content.h)
    painter.save()
    painter.setClipRect(target)
    source = plan.source
    scene.render(
        painter,
        target,
        QRectF(source.x, source.y, source.w, source.h),
        Qt.AspectRatioMode.KeepAspectRatio,
    )
    painter.restore()
    if plan.label:
        _crop_marks(painter, content)


def _draw_assembly_map(painter: QPainter, assembly: AssemblyMap, setup: PageSetup) -> None:
    """The cards as outlines, and each tile's cell with its number and grid label."""
    content = setup.content
    source, scale = assembly.overview.source, assembly.overview.scale

    def on_page(box: Box) -> QRectF:
        return QRectF(
            content.x + (box.x - source.x) * scale,
            content.y + (box.y - source.y) * scale,
            box.w * scale,
            box.h * scale,
        )

    painter.save()
    painter.setPen(QPen(QColor("#7f7f7f"), 0.5))
    painter.setBrush(QColor("#dce6f2"))
    for box in assembly.boxes:
        painter.drawRect(on_page(box))
    font = QFont("DejaVu Sans")
    font.setPixelSize(MAP_LABEL_PT)
    font.setBold(True)
    painter.setFont(font)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for tile in assembly.tiles:
        cell = on_page(tile.cell or tile.source)
        painter.setPen(QPen(QColor("#c00000"), 1.2, Qt.PenStyle.DashLine))
        painter.drawRect(cell)
        painter.setPen(QPen(QColor("#c00000")))
        painter.drawText(
            cell.adjusted(4, 3, -4, -3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{tile.number} · {tile.label}",
        )
    painter.restore()


def _frame(painter: QPainter, setup: PageSetup, heading: str, footer: str, page: str) -> None:
    """The header line and the footer (left: date and scale; right: page x of y)."""
    width, height = setup.size
    margin = setup.margin_mm * MM
    font = paper_font()
    font.setPixelSize(HEADER_PT)  # points, as the painter works in points
    painter.setFont(font)
    painter.setPen(QPen(QColor("#1a1a1a")))
    header = QRectF(margin, margin, width - 2 * margin, setup.header_mm * MM - 2)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, heading)
    band = QRectF(
        margin,
        height - margin - setup.footer_mm * MM + 4,
        width - 2 * margin,
        setup.footer_mm * MM - 4,
    )
    painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
    painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page)


def _crop_marks(painter: QPainter, area: Box) -> None:
    """Short marks just outside each corner of the printed area."""
    painter.setPen(QPen(QColor("#000000"), 0.4))
    length, gap = 12.0, 3.0
    for x, dx in ((area.x, -1), (area.right, 1)):
        for y, dy in ((area.y, -1), (area.bottom, 1)):
            painter.drawLine(QPointF(x + dx * gap, y), QPointF(x + dx * (gap + length), y))
            painter.drawLine(QPointF(x, y + dy * gap), QPointF(x, y + dy * (gap + length)))


def _watermark(painter: QPainter, width: float, height: float) -> None:
    painter.save()
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(min(width, height) / 5))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(200, 0, 0, 40))
    painter.translate(width / 2, height / 2)
    painter.rotate(-30)
    painter.drawText(
        QRectF(-width, -height / 4, 2 * width, height / 2), Qt.AlignmentFlag.AlignCenter, "DRAFT"
    )
    painter.restore()


def write_png(chart: PaperChart, path: Path, dpi: int) -> QSize:
    """The whole chart as one image at ``dpi`` (100% chart size is 72 dpi); returns its size."""
    bounds = chart.bounds.grown(20)
    factor = dpi / 72
    size = QSize(max(1, round(bounds.w * factor)), max(1, round(bounds.h * factor)))
    if max(size.width(), size.height()) > MAX_PNG_SIDE:
        most = int(MAX_PNG_SIDE * 72 / max(bounds.w, bounds.h))
        raise ValueError(
            f"the image would be {size.width():,} x {size.height():,} pixels; use at most "
            f"{most} dpi for this chart, or export PDF or SVG, which have no such limit"
        )
    image = QImage(size, QImage.Format.Format_ARGB32)
    _set_dpi(image, dpi)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.scene.render(
        painter,
        QRectF(0, 0, size.width(), size.height()),
        QRectF(bounds.x, bounds.y, bounds.w, bounds.h),
    )
    painter.end()
    writer = QImageWriter(str(path), b"PNG")  # PNG whatever the name ends with
    if not writer.write(image):
        raise OSError(f"cannot write {path}")
    return size


def _set_dpi(image: QImage, dpi: float) -> None:
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
