"""The review appendix of a PDF or a print: every comment of the design, by unit (issue 18 §4).

Comments are grouped by scenario and by what they are on (the unit's or post's
label, from :mod:`orgeditor.reports.review`), open ones first, each with its
state, author and date, and its whole text wrapped to the page. The text goes
into a ``QTextDocument`` through a cursor as plain text, so markup typed in a
comment prints as typed; the document breaks the lines across as many pages as
it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPainter, QTextCharFormat, QTextCursor, QTextDocument, QTextLine

from orgeditor.layout.geometry import Box
from orgeditor.model import Design
from orgeditor.reports.review import comment_rows, review_order
from orgeditor.ui.printing.tables import TablePage

BODY_PX, HEADING_PX, TITLE_PX = 9, 10, 13  # in points: the pages are painted in points


def _format(size: int, bold: bool = False) -> QTextCharFormat:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    chosen = QTextCharFormat()
    chosen.setFont(font)
    return chosen


def review_document(design: Design, width: float, height: float) -> QTextDocument:
    """The appendix as a document of pages ``width`` by ``height`` points."""
    document = QTextDocument()
    document.setPageSize(QSizeF(width, height))
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    cursor.insertText("Review comments", _format(TITLE_PX, bold=True))
    rows = review_order(comment_rows(design))
    if not rows:
        cursor.insertBlock()
        cursor.insertText("The design has no comments.", _format(BODY_PX))
    place = None
    for row in rows:
        if (row.scenario, row.target) != place:
            place = (row.scenario, row.target)
            cursor.insertBlock()
            cursor.insertBlock()
            cursor.insertText(f"{row.target} — {row.scenario}", _format(HEADING_PX, bold=True))
        c = row.comment
        state = "resolved" if c.resolved else "OPEN"
        by = ", ".join(x for x in (c.author, c.date) if x)
        cursor.insertBlock()
        cursor.insertText(f"{state}  {by}", _format(BODY_PX, bold=True))
        for line in c.text.splitlines() or [""]:
            cursor.insertBlock()
            cursor.insertText(line, _format(BODY_PX))
    return document


def review_pages(design: Design, area: Box) -> list[TablePage]:
    """Pages for the appendix, each painting its part of :func:`review_document` in ``area``.

    Each page draws just the lines the document laid out on it, one by one: drawing the
    document through a clip would also put the lines next to the clip into the PDF,
    hidden but found by a text search or a copy.
    """
    document = review_document(design, area.w, area.h)
    layout = document.documentLayout()
    pages: list[list[tuple[QTextLine, QPointF]]] = [[] for _ in range(document.pageCount())]
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).topLeft()
        lines = block.layout()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            index = min(int((top.y() + line.y()) // area.h), len(pages) - 1)
            pages[index].append((line, QPointF(top.x(), top.y() - index * area.h)))
        block = block.next()

    def page(lines: list[tuple[QTextLine, QPointF]]) -> TablePage:
        def paint(painter: QPainter, rect: QRectF, kept: QTextDocument = document) -> None:
            """Draw the page's lines (``kept``: the lines live while their document does)."""
            painter.save()
            painter.translate(rect.topLeft())
            painter.setPen(Qt.GlobalColor.black)
            for line, at in lines:
                line.draw(painter, at)
            painter.restore()

        return TablePage([], paint, fills=True)

    return [page(lines) for lines in pages]
