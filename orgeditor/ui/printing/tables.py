"""Report tables on paper: columns sized to their contents, headers repeated on every page.

A table too wide for the page is drawn with a smaller font (down to a floor);
long tables continue on the next page under "(continued)" and their header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from orgeditor.layout.geometry import Box
from orgeditor.reports.table import Cell, RowStyle, Table
from orgeditor.ui.fonts import paper_font

BODY_PT, SMALLEST_PT, TITLE_PT = 8.0, 4.5, 11.0
PAD = 3.0  # points of space left and right in each cell


@dataclass
class TableSlice:
    """Rows ``start`` to ``stop`` of one table, drawn at ``font_pt`` from ``top`` on a page."""

    table: Table
    start: int
    stop: int
    top: float
    font_pt: float
    widths: list[float]
    continued: bool
    notes: bool


Picture = Callable[[QPainter, QRectF], None]  # paints a figure into a rectangle, in points


@dataclass
class TablePage:
    """What one page of tables holds: slices of tables, or a picture filling the page."""

    slices: list[TableSlice]
    picture: Picture | None = None
    fills: bool = False  # the picture takes the whole area, not a figure's band of it


FINE = 8  # painting happens at 1/8 point, so fonts (whole pixels) can be 4.5 or 7.25 points


def _font(size: float, bold: bool = False) -> QFont:
    """A font of ``size`` points in the painter's fine units (pixel-sized: device independent)."""
    font = paper_font()
    font.setPixelSize(max(1, round(size * FINE)))
    font.setBold(bold)
    return font


class _Metrics:
    """Font metrics in points."""

    def __init__(self, font: QFont) -> None:
        self._metrics = QFontMetricsF(font)

    def width(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text) / FINE

    def height(self) -> float:
        return self._metrics.height() / FINE

    def wrapped_lines(self, text: str, width: float) -> int:
        flags = Qt.TextFlag.TextWordWrap
        rect = self._metrics.boundingRect(QRectF(0, 0, width * FINE, 100_000), flags, text)
        return max(1, round(rect.height() / self._metrics.height()))

    def elided(self, text: str, width: float) -> str:
        return self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * FINE)


def _rect(x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * FINE, y * FINE, w * FINE, h * FINE)


def _point(x: float, y: float) -> QPointF:
    return QPointF(x * FINE, y * FINE)


def _widths(table: Table, size: float) -> list[float]:
    body, bold = _Metrics(_font(size)), _Metrics(_font(size, True))
    widths = []
    for index, column in enumerate(table.columns):
        words = max((bold.width(w) for w in column.title.split()), default=0.0)
        header = min(bold.width(column.title), max(words, 60.0))
        cells = [
            (bold if row.style is RowStyle.TOTAL else body).width(
                table.cell_text(index, row.cells[index])
            )
            for row in table.rows
            if row.style is not RowStyle.SECTION
        ]
        widths.append(max([header, *cells]) + 2 * PAD)
    return widths


def _fitting(table: Table, width: float) -> tuple[float, list[float]]:
    """The largest font size (to the floor) at which the table fits ``width``."""
    size = BODY_PT
    widths = _widths(table, size)
    while sum(widths) > width and size > SMALLEST_PT:
        size = max(SMALLEST_PT, size * min(0.95, width / sum(widths)))
        widths = _widths(table, size)
    if sum(widths) > width:  # at the floor: squeeze the text columns (their text is elided)
        excess = sum(widths) - width
        text = [i for i, c in enumerate(table.columns) if not c.numeric]
        room = sum(widths[i] for i in text) or 1.0
        for i in text:
            widths[i] -= excess * widths[i] / room
    return size, widths


def _line(size: float) -> float:
    return _Metrics(_font(size)).height() * 1.3


def _header_height(table: Table, size: float, widths: list[float]) -> float:
    metrics = _Metrics(_font(size, True))
    lines = max(
        metrics.wrapped_lines(column.title, width - 2 * PAD)
        for column, width in zip(table.columns, widths, strict=True)
    )
    return lines * metrics.height() + 4


def _notes_height(table: Table, size: float, width: float) -> float:
    if not table.notes:
        return 0.0
    metrics = _Metrics(_font(size))
    lines = sum(metrics.wrapped_lines(note, width) for note in table.notes)
    return (lines + 0.5) * metrics.height()


def plan_table_pages(tables: list[Table], area: Box) -> list[TablePage]:
    """Cut the tables into pages of ``area``; a table starts a new page unless it fits."""
    pages: list[TablePage] = [TablePage([])]
    y = area.y
    for table in tables:
        size, widths = _fitting(table, area.w)
        line, head = _line(size), _header_height(table, size, widths)
        title = _line(TITLE_PT)
        notes = _notes_height(table, size, area.w)
        needed = title + head + line * min(len(table.rows), 3)
        if y > area.y and y + needed > area.bottom:
            pages.append(TablePage([]))
            y = area.y
        start, continued = 0, False
        while True:
            room = int((area.bottom - y - title - head) // line)
            stop = min(len(table.rows), start + max(room, 1))
            done = stop == len(table.rows)
            fits_notes = y + title + head + (stop - start) * line + notes <= area.bottom
            if done and not fits_notes and stop - start > 1:
                stop -= 1
                done = False
            pages[-1].slices.append(
                TableSlice(table, start, stop, y, size, widths, continued, done)
            )
            y += title + head + (stop - start) * line + (notes if done else 0) + line
            if done:
                break
            pages.append(TablePage([]))
            y, start, continued = area.y, stop, True
    return [page for page in pages if page.slices]


def paint_table_page(painter: QPainter, page: TablePage, area: Box) -> None:
    """Draw one page of table slices (or its picture); the painter works in points."""
    if page.picture is not None:
        height = area.h if page.fills else min(area.h, area.w * 0.55)
        page.picture(painter, QRectF(area.x, area.y, area.w, height))
        return
    painter.save()
    painter.scale(1 / FINE, 1 / FINE)
    for piece in page.slices:
        _paint_slice(painter, piece, area)
    painter.restore()


def _paint_slice(painter: QPainter, piece: TableSlice, area: Box) -> None:
    table, size, widths = piece.table, piece.font_pt, piece.widths
    line = _line(size)
    y = piece.top
    painter.setPen(QPen(QColor("#000000")))
    painter.setFont(_font(TITLE_PT, True))
    title = table.title + (" (continued)" if piece.continued else "")
    painter.drawText(_rect(area.x, y, area.w, _line(TITLE_PT)), Qt.AlignmentFlag.AlignLeft, title)
    y += _line(TITLE_PT)
    head = _header_height(table, size, widths)
    total_width = sum(widths)
    painter.fillRect(_rect(area.x, y, total_width, head), QColor("#dde4ee"))
    painter.setFont(_font(size, True))
    x = area.x
    for column, width in zip(table.columns, widths, strict=True):
        align = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
        flags = align | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        painter.drawText(_rect(x + PAD, y, width - 2 * PAD, head - 2), flags, column.title)
        x += width
    y += head
    painter.setPen(QPen(QColor("#000000"), 0.6 * FINE))
    painter.drawLine(_point(area.x, y), _point(area.x + total_width, y))
    for row in table.rows[piece.start : piece.stop]:
        _paint_row(painter, table, row.cells, row.style, area.x, y, widths, size)
        y += line
    if piece.notes:
        painter.setFont(_font(size))
        painter.setPen(QPen(QColor("#444444")))
        metrics = _Metrics(painter.font())
        y += metrics.height() * 0.5
        for note in table.notes:
            height = metrics.wrapped_lines(note, area.w) * metrics.height()
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            painter.drawText(_rect(area.x, y, area.w, height), flags, note)
            y += height


def _paint_row(
    painter: QPainter,
    table: Table,
    cells: tuple[Cell, ...],
    style: RowStyle,
    left: float,
    y: float,
    widths: list[float],
    size: float,
) -> None:
    line = _line(size)
    total_width = sum(widths)
    if style is RowStyle.SECTION:
        font = _font(size, True)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000")))
        text = str(cells[0])
        painter.drawText(
            _rect(left + PAD, y, total_width, line), Qt.AlignmentFlag.AlignVCenter, text
        )
        return
    bold = style is RowStyle.TOTAL
    painter.setFont(_font(size, bold))
    painter.setPen(QPen(QColor("#000000"), (0.6 if bold else 0.2) * FINE))
    if bold:
        painter.drawLine(_point(left, y), _point(left + total_width, y))
    else:
        painter.setPen(QPen(QColor("#dddddd"), 0.3 * FINE))
        painter.drawLine(_point(left, y + line), _point(left + total_width, y + line))
    painter.setPen(QPen(QColor("#000000")))
    metrics = _Metrics(painter.font())
    x = left
    for index, (column, width) in enumerate(zip(table.columns, widths, strict=True)):
        text = table.cell_text(index, cells[index])
        text = metrics.elided(text, width - 2 * PAD)
        align = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            _rect(x + PAD, y, width - 2 * PAD, line), align | Qt.AlignmentFlag.AlignVCenter, text
        )
        x += width
