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

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)

from orgeditor.layout import ChartLayout, LayoutOptions, layout_chart
from orgeditor.layout.booklet import plan_booklet, subtree_scenario
from orgeditor.layout.geometry import Box
from orgeditor.layout.pages import MM, PagePlan, PageSetup, plan_fit
from orgeditor.model import Design, Scenario
from orgeditor.rules import Report, validate
from orgeditor.ui.canvas.cards import card_texts
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.printing.legend import draw_legend
from orgeditor.ui.printing.tables import TablePage, paint_table_page

MAX_PNG_SIDE = 20_000  # pixels: beyond this an image takes gigabytes to draw
PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}


@dataclass(frozen=True)
class PageText:
    """What the header and footer of every page say."""

    title: str
    scenario: str
    date: str
    draft: bool = False
    legend: str = "none"  # "none", "first" (page) or "every" (page)
    grades: tuple[tuple[str, str], ...] = ()


def paper_palette() -> QPalette:
    """Black on white, whatever the screen's theme."""
    palette = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1a1a1a"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f3f5f8"),
        (QPalette.ColorRole.Text, "#111111"),
        (QPalette.ColorRole.PlaceholderText, "#555555"),
        (QPalette.ColorRole.Mid, "#7f7f7f"),
        (QPalette.ColorRole.Midlight, "#c8c8c8"),
        (QPalette.ColorRole.Highlight, "#2e75b6"),
    ]:
        palette.setColor(role, QColor(colour))
    return palette


@dataclass
class PaperChart:
    """An offscreen chart for paper, the extent of what it shows and the layout it shows.

    ``line_kinds`` maps each dual or dotted line's id to its kind.
    """

    scene: OrgChartScene
    bounds: Box
    boxes: list[Box]
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
    notes = _far_line_notes(scenario, layout.far_lines)
    cards = card_texts(design, scenario, report, layout.hidden, notes, figures)
    lines = {x.id: (x.kind.value, x.caption) for x in scenario.lines.values()}
    scene.sync(layout, cards, lines)
    return PaperChart(scene, layout.bounds, list(layout.boxes.values()), layout, _kinds(lines))


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


def _far_line_notes(scenario: Scenario, line_ids: list[str]) -> dict[str, str]:
    """Lines not drawn (their ends are far apart on the sheet), written on both cards."""
    ends: dict[tuple[str, str], list[str]] = {}
    for line_id in line_ids:
        line = scenario.lines[line_id]
        for here, there in ((line.source, line.target), (line.target, line.source)):
            other = scenario.units[there]
            ends.setdefault((here, line.kind.value), []).append(other.short_name or other.name)
    notes: dict[str, list[str]] = {}
    for (unit, kind), names in ends.items():
        plural = "s" if len(names) > 1 else ""
        notes.setdefault(unit, []).append(f"{kind} line{plural}: {', '.join(names)}")
    return {unit: "; ".join(parts) for unit, parts in notes.items()}


BOOKLET_CARD_HEIGHT = 96.0  # room for two lines of page references on a card


def booklet_charts(
    design: Design,
    scenario: Scenario,
    setup: PageSetup,
    min_scale: float = 0.6,
    report: Report | None = None,
    figures: str = "cost",
) -> list[tuple[PaperChart, PagePlan, str]]:
    """One offscreen chart per booklet page, with its fitted page plan and its title."""
    options = LayoutOptions(card_height=BOOKLET_CARD_HEIGHT)
    rank = design.grade_rank()
    booklet = plan_booklet(scenario, setup, options, min_scale, rank)
    report = report if report is not None else validate(design, scenario)
    lines = {x.id: (x.kind.value, x.caption) for x in scenario.lines.values()}
    pages = []
    for page in booklet.pages:
        sub = subtree_scenario(scenario, page.root)
        layout = layout_chart(sub, replace(options, zones=False, collapsed=page.collapsed), rank)
        notes = booklet.notes(scenario, page)
        cards = card_texts(design, sub, report, layout.hidden, notes, figures)
        scene = OrgChartScene()
        scene.setPalette(paper_palette())
        scene.full_detail = True
        scene.sync(layout, cards, lines)
        chart = PaperChart(scene, layout.bounds, list(layout.boxes.values()), layout, _kinds(lines))
        [plan] = plan_fit(layout.bounds, setup)
        pages.append((chart, replace(plan, number=page.number), scenario.units[page.root].name))
    return pages


def pdf_writer(path: Path, setup: PageSetup, title: str) -> QPdfWriter:
    """A vector PDF writer for ``setup``'s paper; text stays text (selectable, searchable)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("orgeditor")
    orientation = (
        QPageLayout.Orientation.Landscape
        if setup.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[setup.paper]), orientation, QMarginsF(0, 0, 0, 0))
    )
    return writer


Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> go on?
Sheet = tuple[OrgChartScene, PagePlan, str]  # a scene, its part on the page, a page title


class Cancelled(Exception):
    """The user stopped a long export or print."""


def paint_pages(
    device: QPaintDevice,
    sheets: list[Sheet],
    setup: PageSetup,
    text: PageText,
    new_page: Callable[[], object],
    progress: Progress | None = None,
    table_pages: Sequence[TablePage] = (),
) -> None:
    """Paint chart sheets, then pages of tables, on a paged device, laid out in points.

    Raises:
        Cancelled: ``progress`` returned False.
    """
    total = len(sheets) + len(table_pages)
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
            if index < len(sheets):
                scene, plan, title = sheets[index]
                page_text = replace(text, scenario=f"{text.scenario} — {title}") if title else text
                _draw_chart(painter, scene, plan, setup, page_text)
                footer = f"{text.date}   Scale {plan.scale:.0%}   orgeditor"
                where = f"   Sheet {plan.label}" if plan.label else ""
                heading = f"{page_text.title} — {page_text.scenario}{where}"
            else:
                paint_table_page(painter, table_pages[index - len(sheets)], setup.content)
                footer = f"{text.date}   orgeditor"
                heading = f"{text.title} — {text.scenario}"
            _frame(painter, setup, heading, footer, f"Page {index + 1} of {total}")
            painter.restore()
    finally:
        painter.end()


def _draw_chart(
    painter: QPainter,
    scene: OrgChartScene,
    plan: PagePlan,
    setup: PageSetup,
    text: PageText,
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
    band = setup.legend_band
    if band is not None and (
        text.legend == "every" or (text.legend == "first" and plan.number == 1)
    ):
        draw_legend(painter, band, text.grades)
    if plan.label:
        _crop_marks(painter, content)


def _frame(painter: QPainter, setup: PageSetup, heading: str, footer: str, page: str) -> None:
    """The header line and the footer (left: date and scale; right: page x of y)."""
    width, height = setup.size
    margin = setup.margin_mm * MM
    font = QFont("DejaVu Sans")
    font.setPixelSize(9)  # points, as the painter works in points
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
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return size


def _set_dpi(image: QImage, dpi: float) -> None:
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
