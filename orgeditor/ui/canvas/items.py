"""The items of the chart: unit cards, zones, reporting lines and their captions.

Cards paint themselves with a level of detail: below a scale of 0.4 they skip
the small text, below 0.2 they draw one rectangle. All text from the design
is drawn with ``drawText``, which never interprets HTML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgeditor.layout import Box
from orgeditor.layout.text_sizes import (
    BADGE_PX,
    CAPTION_PX,
    CHIP_PX,
    DETAIL_PX,
    NAME_SIZES,
    ROW_NAME_PX,
    ROW_NAME_SMALLER,
    TAG_PX,
    TWO_LINES_PX,
    ZONE_TITLE_INSET,
    ZONE_TITLE_PX,
    zone_title_box,
)
from orgeditor.model import UnitKind
from orgeditor.model.names import reads_right_to_left
from orgeditor.reports.diff import mark_tag
from orgeditor.ui.canvas.zone_text import (
    FAR_SCALE,
    bold_font,
    fitted_title_px,
    paint_summary,
    summary_rect,
)
from orgeditor.ui.text import plain_tooltip

KIND_COLOURS = {
    UnitKind.DEPARTMENT: "#1f4e79",
    UnitKind.OFFICE: "#2e75b6",
    UnitKind.STRUCTURE: "#7030a0",
    UnitKind.DIVISION: "#4f81bd",
    UnitKind.SERVICE: "#5b9bd5",
    UnitKind.BRANCH: "#5b9bd5",
    UnitKind.SECTION: "#8eaadb",
    UnitKind.UNIT: "#8eaadb",
    UnitKind.TEAM: "#9dc3e6",
    UnitKind.FIELD_PRESENCE: "#548235",
    UnitKind.BODY: "#bf9000",
}
SEVERITY_COLOURS = {"error": "#c00000", "warning": "#e69500", "info": "#2e75b6"}
MARK_COLOURS = {
    "new": "#2e7d32",
    "succeeds": "#00838f",
    "moved": "#7030a0",
    "renamed": "#00838f",
    "changed": "#00838f",
}
USER_TYPE = 65536  # QGraphicsItem::UserType, the first id left to apps (not in PySide6's stubs)
UNIT_TYPE = USER_TYPE + 1
# combined once: or-ing Qt enums runs Python code (20 us), too slow to do per card or frame
CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
MIDDLE_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOP_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


def _aligned(text: str) -> Qt.AlignmentFlag:
    """Top-left, or top-right for a right-to-left text (an Arabic name reads from the right)."""
    return TOP_RIGHT if reads_right_to_left(text) else TOP_LEFT


ZONE_TYPE = USER_TYPE + 2


@dataclass
class CardText:
    """What a card shows; made by the scene from the model, plain text only."""

    name: str
    detail: str
    figures: str
    kind: UnitKind
    badge: str = ""
    badge_severity: str = ""
    hidden: int = 0
    notes: str = ""  # on paper: where the sub-units and the other ends of lines are
    mark: str = ""  # compare mode: "new", "succeeds", "moved", "renamed" or "changed"


def palette_of(item: QGraphicsItem) -> QPalette:
    """The palette of the item's scene: the system's on screen, a paper one when printing."""
    scene = item.scene()
    return scene.palette() if scene is not None else QApplication.palette()


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# a card's text as painted: detail font and metrics, notes, name font, name, its height, lines
Fitted = tuple[QFont, QFontMetricsF, list[str], QFont, str, float, list[str]]


class UnitItem(QGraphicsItem):
    """A unit's card. The scene moves it; a drag ends in an intent, never a model change."""

    def __init__(self, unit_id: str, box: Box, text: CardText) -> None:
        super().__init__()
        self.unit_id = unit_id
        self.text = text
        self.drop_target = False
        self.on_path = False
        self._fits: dict[tuple[object, ...], Fitted] = {}  # see _fitted
        self._glance: tuple[tuple[object, ...], str] | None = None  # see _glance_name
        self.box = box
        self.home = QPointF(box.x, box.y)
        self._size = QRectF(0, 0, box.w, box.h)
        self.setPos(self.home)
        self.setFlags(CARD_FLAGS)
        self.setAcceptDrops(True)
        self.setZValue(2)

    def type(self) -> int:
        return UNIT_TYPE

    def update_card(self, box: Box, text: CardText) -> None:
        """Move to a new home and show new text (doing nothing where nothing changed).

        The scene puts dragged cards back home itself, so an unchanged box means
        the card is where it belongs: the common case costs no call into Qt.
        """
        if box == self.box and text == self.text:
            self.box, self.text = box, text  # equal new ones: the identity test passes next time
            return
        if (box.w, box.h) != (self.box.w, self.box.h):
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, box.w, box.h)
        if (box.x, box.y) != (self.box.x, self.box.y):
            self.home = QPointF(box.x, box.y)
            self.setPos(self.home)
        self.box = box
        if text != self.text:
            self.update()
        self.text = text  # an equal new one too: the identity test passes next time

    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-3, -9, 9, 3)

    def shape(self) -> QPainterPath:
        """The card and its badge: not the margin a neighbour's card may lie in."""
        shape = QPainterPath()
        shape.addRect(self._size)
        if self.text.badge:
            shape.addEllipse(QRectF(self._size.right() - 14, self._size.top() - 8, 22, 22))
        return shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the chart never mirrors
        scene = self.scene()
        full = scene is not None and getattr(scene, "full_detail", False)
        lod = 1.0 if full else option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._size
        pal = palette_of(self)
        accent = QColor(KIND_COLOURS.get(self.text.kind, "#4f81bd"))
        selected = self.isSelected()
        if lod < 0.2:
            painter.fillRect(rect, accent)
            outline = (
                SEVERITY_COLOURS.get(self.text.badge_severity, "#c00000")
                if self.text.badge  # findings stay visible however far out
                else MARK_COLOURS.get(self.text.mark)  # and so does what changed
            )
            if outline:
                painter.setPen(QPen(QColor(outline), 6 / max(lod, 0.01)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            self._glance_name(painter, rect.adjusted(4, 2, -4, -2), lod, QColor("white"))
            if self.text.badge:
                self._badge(painter, rect, lod)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.4)
        if rect.height() < ROW_MODE_HEIGHT:
            self._paint_row(painter, rect, accent)
            return
        strong = selected or self.drop_target or self.on_path
        marked = MARK_COLOURS.get(self.text.mark)
        border = (
            pal.color(QPalette.ColorRole.Highlight)
            if strong
            else QColor(marked)
            if marked
            else pal.color(QPalette.ColorRole.Mid)
        )
        pen = QPen(border, 3 if strong else 2.5 if marked else 1)
        if self.on_path and not selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(rect.x() + 1, rect.y() + 1, rect.width() - 2, 6), accent)
        text_pen = QPen(pal.color(QPalette.ColorRole.Text))
        painter.setPen(text_pen)
        inner = rect.adjusted(8, 10, -8, -6)
        if not full and lod < 0.4 and NAME_SIZES[0][0] * lod < GLANCE_PX:  # nothing fitted shows
            self._glance_name(painter, inner, lod, pal.color(QPalette.ColorRole.Text))
            self._marks(painter, rect, marked, lod)
            return
        fitted = self._fitted(painter.font(), inner)
        small, metrics, notes, name_font, name, name_height, lines = fitted
        if name_font.pixelSize() * lod >= GLANCE_PX or full:
            painter.setFont(name_font)
            painter.drawText(
                QRectF(inner.x(), inner.y(), inner.width(), name_height),
                _aligned(name),
                name,
            )
        else:  # the fitted name would be too small to read: a larger one, elided
            self._glance_name(painter, inner, lod, pal.color(QPalette.ColorRole.Text))
        if lod >= 0.4:
            painter.setFont(small)
            y = inner.bottom() - metrics.lineSpacing() * (len(lines) + len(notes))
            painter.setPen(QPen(pal.color(QPalette.ColorRole.PlaceholderText)))
            for line in lines:
                x = inner.x()
                if reads_right_to_left(line):  # an Arabic short name: flush right
                    x = inner.right() - metrics.horizontalAdvance(line)
                painter.drawText(QPointF(x, y + metrics.ascent()), line)
                y += metrics.lineSpacing()
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight)))
            for line in notes:
                painter.drawText(QPointF(inner.x(), y + metrics.ascent()), line)
                y += metrics.lineSpacing()
        self._marks(painter, rect, marked, 1.0 if full else lod)

    def _marks(self, painter: QPainter, rect: QRectF, marked: str | None, lod: float) -> None:
        """What sits on the card's edges: hidden sub-units, compare mode's tag, the badge."""
        if self.text.hidden:
            self._chip(painter, f"+{self.text.hidden}", rect)
        if marked:
            self._tag(painter, mark_tag(self.text.mark), QColor(marked), rect)
        if self.text.badge:
            self._badge(painter, rect, lod)

    def _glance_name(self, painter: QPainter, inner: QRectF, lod: float, colour: QColor) -> None:
        """The name in as many lines of ``GLANCE_PX`` screen pixels as ``inner`` holds,
        elided (the tooltip has it whole); nothing if not even one line fits."""
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(1, math.ceil(GLANCE_PX / max(lod, 1e-6))))
        spacing = QFontMetricsF(font).lineSpacing()
        lines = min(2, int(inner.height() // spacing))
        if lines < 1:
            return
        painter.setFont(font)
        painter.setPen(QPen(colour))
        # elided once per name, font and size (a new zoom, palette or mark repaints the
        # card's picture, but leaves the name as it was)
        key = (self.text.name, font, inner.width(), lines)  # QFont compares by value
        if self._glance is None or self._glance[0] != key:
            self._glance = (key, _elide_lines(self.text.name, font, inner.width(), lines))
        painter.drawText(inner, _aligned(self.text.name), self._glance[1])

    def _fitted(self, base: QFont, inner: QRectF) -> Fitted:
        """The card's wrapped and elided text, made once per text, font and size.

        Kept in ``_fits`` with the key it was made for (the text, the painter's
        font and the inner rectangle's size), for the last ``KEEP_FITS`` keys: so
        turning compare mode on and off (which adds and takes away the card's
        notes) finds both fits made. Any other key makes it again, so a rename, a
        new card size or the paper's font never paints stale text.
        """
        text = self.text
        key = (text.name, text.notes, text.detail, text.figures, base.key(), inner.size().toTuple())
        known = self._fits.get(key)
        if known is not None:
            return known
        small = QFont(base)
        small.setBold(False)
        small.setPixelSize(DETAIL_PX)
        metrics = QFontMetricsF(small)
        notes = _wrap(self.text.notes, small, inner.width(), 2) if self.text.notes else []
        room = inner.height() - (2 + len(notes)) * metrics.lineSpacing()
        if len(notes) > 1 and room < _two_lines(base):  # the name keeps two lines
            notes = _wrap(self.text.notes, small, inner.width(), 1)
            room += metrics.lineSpacing()
        name_font, name, name_height = _fit_name(self.text.name, base, inner.width(), room)
        lines = [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
            for line in (self.text.detail, self.text.figures)
        ]
        fitted = (small, metrics, notes, name_font, name, name_height, lines)
        if len(self._fits) >= KEEP_FITS:
            del self._fits[next(iter(self._fits))]  # the oldest
        self._fits[key] = fitted
        return fitted

    def _paint_row(self, painter: QPainter, rect: QRectF, accent: QColor) -> None:
        """A leaf drawn as one line of a list: colour strip, name, short name."""
        pal = palette_of(self)
        border = (
            pal.color(QPalette.ColorRole.Highlight)
            if self.isSelected()
            else pal.color(QPalette.ColorRole.Midlight)
        )
        painter.setPen(QPen(border, 2 if self.isSelected() else 0.6))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRect(rect)
        painter.fillRect(QRectF(rect.x(), rect.y(), 4, rect.height()), accent)
        badge = min(rect.height(), 16.0) if self.text.badge else 0.0
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(ROW_NAME_PX)
        metrics = QFontMetricsF(font)
        side = self.text.detail.split(" · ")[0] if self.text.detail else ""
        small = QFont(font)
        small.setBold(False)
        side_width = QFontMetricsF(small).horizontalAdvance(side) + 6 if side else 0.0
        room = rect.width() - 10 - badge
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Text)))
        if metrics.horizontalAdvance(self.text.name) <= room - side_width:
            lines, shown_side = [self.text.name], side  # name and short name on one line
        elif metrics.horizontalAdvance(self.text.name) <= room:
            lines, shown_side = [self.text.name], ""
        else:  # two smaller lines if the row is tall enough (smaller still if need be)
            shown_side = ""
            for size in ROW_NAME_SMALLER:
                font.setPixelSize(size)
                metrics = QFontMetricsF(font)
                two = rect.height() >= 2 * metrics.lineSpacing()
                lines = _elide_lines(self.text.name, font, room, 2 if two else 1).split("\n")
                if "…" not in lines[-1]:
                    break
        painter.setFont(font)
        block = metrics.lineSpacing() * len(lines)
        y = rect.y() + (rect.height() - block) / 2 + metrics.ascent()
        for line in lines:
            if reads_right_to_left(line):  # the side text goes left of an Arabic name
                end = rect.right() - badge - 4
                painter.drawText(QPointF(end - metrics.horizontalAdvance(line), y), line)
            else:
                painter.drawText(QPointF(rect.x() + 8, y), line)
            y += metrics.lineSpacing()
        if shown_side:
            base = rect.y() + (rect.height() + metrics.ascent() - metrics.descent()) / 2
            painter.setFont(small)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.PlaceholderText)))
            rtl = reads_right_to_left(self.text.name)  # then the side text goes on the left
            x = rect.x() + 8 if rtl else rect.right() - side_width - badge
            painter.drawText(QPointF(x, base), shown_side)
        if self.text.badge:
            colour = QColor(SEVERITY_COLOURS.get(self.text.badge_severity, "#c00000"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(
                QRectF(
                    rect.right() - badge + 1,
                    rect.center().y() - badge / 2 + 1,
                    badge - 2,
                    badge - 2,
                )
            )

    def badge_rect(self, lod: float) -> QRectF:
        """The finding badge's circle at the view scale ``lod``: over the card's corner,
        or (far out, to stay ``BADGE_SCREEN_PX`` wide on screen) inside the card."""
        rect = self._size
        side = BADGE_SCREEN_PX / max(lod, 1e-6)
        if side <= 22:
            return QRectF(rect.right() - 14, rect.top() - 8, 22, 22)
        side = min(side, rect.height())
        return QRectF(rect.right() - side, rect.top(), side, side)

    def badge_capped(self, lod: float) -> bool:
        """Whether the badge at view scale ``lod`` would shrink under ``BADGE_SCREEN_PX``
        inside the card: then the view draws it on top instead (``far_badge_rect``)."""
        return BADGE_SCREEN_PX / max(lod, 1e-6) > self._size.height()

    def far_badge_rect(self, lod: float) -> QRectF:
        """The badge the view draws far out: ``BADGE_SCREEN_PX`` wide on screen, over the
        card's top right corner (it may cover a neighbour's edge, as a map pin does)."""
        side = BADGE_SCREEN_PX / max(lod, 1e-6)
        rect = self._size
        return QRectF(rect.right() - side * 0.7, rect.top() - side * 0.3, side, side)

    def _badge(self, painter: QPainter, rect: QRectF, lod: float = 1.0) -> None:
        if self.badge_capped(lod):
            return  # drawn by the view over every card (OrgChartView.drawForeground)
        self.paint_badge(painter, self.badge_rect(lod), lod)

    def paint_badge(self, painter: QPainter, circle: QRectF, lod: float) -> None:
        """Draw the finding badge (its count on the severity's colour) in ``circle``."""
        colour = QColor(SEVERITY_COLOURS.get(self.text.badge_severity, "#c00000"))
        painter.setPen(QPen(QColor("white"), 1.5 / min(lod, 1.0)))
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(BADGE_PX, math.ceil(BADGE_TEXT_PX / max(lod, 1e-6))))
        painter.setFont(font)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.text.badge)

    def _tag(self, painter: QPainter, label: str, colour: QColor, rect: QRectF) -> None:
        """A small coloured label over the card's top edge ("NEW", "MOVED" ...)."""
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(TAG_PX)
        width = QFontMetricsF(font).horizontalAdvance(label) + 10
        tag = QRectF(rect.left() + 8, rect.top() - 7, width, 13)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(tag, 3, 3)
        painter.setFont(font)
        painter.setPen(QPen(QColor("white")))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)

    def _chip(self, painter: QPainter, label: str, rect: QRectF) -> None:
        chip = QRectF(rect.center().x() - 20, rect.bottom() - 2, 40, 14)
        pal = palette_of(self)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid)))
        painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(chip, 7, 7)
        font = QFont(painter.font())
        font.setPixelSize(CHIP_PX)
        painter.setFont(font)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Text)))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)


ROW_MODE_HEIGHT = 40  # a box lower than this is a one-line row of a leaf list
GLANCE_PX = 8.0  # screen pixels: a card's name is drawn at least this large, or not at all
KEEP_FITS = 2  # fitted texts a card keeps: without and with compare mode's notes
# The summary card's lines (units, posts, cost, findings) shown in a zone too short for all:
# fewer and fewer, the findings kept to the last.
SUMMARY_LINES_KEPT = ({0, 1, 2, 3}, {1, 2, 3}, {1, 3}, {3})
BADGE_SCREEN_PX = 18.0  # screen pixels: a finding badge's circle, however far out
BADGE_TEXT_PX = 10.0  # and its count

# Fonts are sized in scene units (setPixelSize), so a card looks the same on any
# device: on screen, on a 1200 dpi PDF page or in a PNG, whatever its resolution.
# The sizes live in layout.text_sizes, where the print dialog reads its smallest.


def _two_lines(base: QFont) -> float:
    """The height two lines of the name take at ``TWO_LINES_PX``."""
    font = QFont(base)
    font.setBold(True)
    font.setPixelSize(TWO_LINES_PX)
    return 2 * QFontMetricsF(font).lineSpacing() - 0.5


def _fit_name(text: str, base: QFont, width: float, height: float) -> tuple[QFont, str, float]:
    """The largest bold font whose lines show the whole name within ``height``.

    Each size gets as many lines as fit (up to its most). When no size shows
    the whole name, the largest size that gives it two lines is used (one line
    if none does) and the name is elided with "…" (the tooltip has it whole).
    """
    best: tuple[int, tuple[QFont, str, float]] | None = None  # lines, and the fit
    for size, most in NAME_SIZES:
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(size)
        spacing = QFontMetricsF(font).lineSpacing()
        lines = min(most, int((height + 0.5) // spacing))
        if lines < 1:
            continue
        wrapped = _elide_lines(text, font, width, lines)
        fit = (font, wrapped, spacing * lines)
        if "…" not in wrapped:
            return fit
        if best is None or best[0] < 2 <= lines:
            best = (lines, fit)
    if best is None:
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(NAME_SIZES[0][0])
        return font, _elide_lines(text, font, width, 1), QFontMetricsF(font).lineSpacing()
    return best[1]


def _wrap(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """``text`` wrapped to at most ``lines`` lines of ``width``, the last elided."""
    return _elide_lines(text, font, width, lines).split("\n")


def _elide_lines(text: str, font: QFont, width: float, lines: int) -> str:
    """Wrap ``text`` to at most ``lines`` lines of ``width``, eliding the last."""
    metrics = QFontMetricsF(font)
    words = text.split()
    out: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        if len(out) == lines - 1:  # the last line takes the rest, to be elided
            current = " ".join([current, *words[index:]])
            break
        out.append(current)
        current = word
    out.append(current)
    out = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in out[:lines]]
    return "\n".join(out)


class ZoneItem(QGraphicsRectItem):
    """A top-level home on the chart; dropping a card on it moves the unit to its root.

    On screen its title never reads smaller than ``TITLE_FLOOR_PX`` pixels: far
    out it grows (upwards, out of the zone's header) as the view's scale shrinks,
    and runs on past a narrow zone's edge (``room``) rather than being cut. Below
    ``FAR_SCALE`` it shows its department's summary card, whose lines the scene's
    ``summary_provider`` gives. ``view_scale`` is the view's scale, set by the
    scene when the view zooms.
    """

    def __init__(self, unit_id: str, title: str, box: Box, room: float = 0.0) -> None:
        super().__init__(QRectF(box.x, box.y, box.w, box.h))
        self.unit_id = unit_id
        self.title = title
        self.room = room
        self.drop_target = False
        self.view_scale = 1.0
        self._title_at: tuple[tuple[float, QFont], QRectF] | None = None  # see title_rect
        self.setZValue(0)
        self.setToolTip(plain_tooltip(title))
        self.summary = ZoneSummaryItem(self)  # the scene adds it, over the cards

    def type(self) -> int:
        return ZONE_TYPE

    def set_view_scale(self, scale: float) -> None:
        """Follow the view's zoom (the title's size, and so the item's extent, depend on it)."""
        if scale != self.view_scale:
            self.prepareGeometryChange()
            self.summary.prepareGeometryChange()
            self.view_scale = scale

    def reshape(self, title: str, box: Box, room: float) -> None:
        """Take another title, box or room beside (the zone after an edit), as if made anew."""
        self.prepareGeometryChange()
        self.summary.prepareGeometryChange()
        self.title, self.room = title, room
        self._title_at = None  # measured for the old title and box
        self.setToolTip(plain_tooltip(title))
        self.setRect(QRectF(box.x, box.y, box.w, box.h))

    def summary_changed(self) -> None:
        """The department's totals changed: measure and paint the summary card again."""
        self.summary.prepareGeometryChange()
        self.summary.update()

    def _base_font(self) -> QFont:
        scene = self.scene()
        return scene.font() if scene is not None else QFont()

    def _box(self) -> Box:
        rect = self.rect()
        return Box(rect.x(), rect.y(), rect.width(), rect.height())

    def _widest(self) -> float:
        """The widest the title may be: the header, its right inset and the room beside."""
        return zone_title_box(self._box()).w + ZONE_TITLE_INSET[0] + self.room

    def title_px(self, scale: float) -> float:
        """The title's font size in chart units at the view scale ``scale``."""
        widest = self._widest()
        return fitted_title_px(self.title, self._base_font(), widest, scale, ZONE_TITLE_PX)

    def title_rect(self, scale: float) -> QRectF:
        """Where the title is written at the view scale ``scale``: in the zone's header,
        or (far out, when it needs more room) rising above it and running on to its right.

        Measured once per scale and font (asked for on every paint and every bounding
        rectangle); :meth:`reshape`, the only change of box, title or room, forgets it.
        """
        key = (scale, self._base_font())  # QFont compares by value (its key() is slow)
        if self._title_at is None or self._title_at[0] != key:
            self._title_at = (key, self._title_rect(scale))
        return QRectF(self._title_at[1])

    def _title_rect(self, scale: float) -> QRectF:
        title = zone_title_box(self._box())
        px = self.title_px(scale)
        need = QFontMetricsF(bold_font(self._base_font(), px)).horizontalAdvance(self.title) + 2
        width = min(max(title.w, need), self._widest())
        height = max(title.h, px * 1.3)
        return QRectF(title.x, title.y + title.h - height, width, height)

    def summary_rect(self, scale: float) -> QRectF | None:
        """Where the summary card goes at ``scale`` (None: near enough to read the cards)."""
        shown = self.summary_shown(scale)
        return shown[0] if shown is not None else None

    def summary_shown(self, scale: float) -> tuple[QRectF, list[str]] | None:
        """The summary card at ``scale``, its place and the lines that fit in the zone.

        A short zone (one card) keeps the findings first, then posts and cost, so the
        card never runs out of its zone (nor, in the last row, off the chart).
        """
        scene = self.scene()
        provider = getattr(scene, "summary_provider", None)
        if scale >= FAR_SCALE or provider is None or getattr(scene, "full_detail", False):
            return None
        header = self.title_rect(scale)
        header.setTop(header.bottom() - ZONE_TITLE_INSET[2])
        most = self.rect().width() - ZONE_TITLE_INSET[0] + self.room
        lines = list(provider(self.unit_id))
        if not lines:
            return None
        for keep in SUMMARY_LINES_KEPT:
            shown = [lines[i] for i in sorted(keep) if i < len(lines)]
            rect = summary_rect(header, shown, self._base_font(), scale, most)
            if rect.bottom() <= self.rect().bottom():
                return rect, shown
        return rect, shown

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self.title_rect(self.view_scale))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as printed, in any language
        pal = palette_of(self)
        tint = pal.color(QPalette.ColorRole.AlternateBase)
        border = (
            pal.color(QPalette.ColorRole.Highlight)
            if self.drop_target
            else pal.color(QPalette.ColorRole.Midlight)
        )
        painter.setPen(QPen(border, 3 if self.drop_target else 1, Qt.PenStyle.SolidLine))
        painter.setBrush(QBrush(tint))
        painter.drawRoundedRect(self.rect(), 12, 12)
        scene = self.scene()
        scale = 1.0 if scene is not None and getattr(scene, "full_detail", False) else None
        scale = scale or self.view_scale  # paper: the title's own size
        font = bold_font(self._base_font(), self.title_px(scale))
        painter.setFont(font)
        title_rect = self.title_rect(scale)
        if title_rect.height() > ZONE_TITLE_INSET[2] + 0.5 or title_rect.right() > (
            self.rect().right() - ZONE_TITLE_INSET[0]
        ):  # rising out of the header or running past it
            painter.fillRect(title_rect, tint)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText)))
        painter.drawText(
            title_rect,
            MIDDLE_LEFT,
            QFontMetricsF(font).elidedText(
                self.title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )


class ZoneSummaryItem(QGraphicsItem):
    """A zone's department summary card, drawn over the cards far out (nothing nearer)."""

    def __init__(self, zone: ZoneItem) -> None:
        super().__init__()
        self.zone = zone
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.zone.summary_rect(self.zone.view_scale) or QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        zone = self.zone
        shown = zone.summary_shown(zone.view_scale)
        if shown is not None:
            accent = QColor(KIND_COLOURS[UnitKind.DEPARTMENT])
            rect, lines = shown
            paint_summary(painter, rect, lines, zone.view_scale, palette_of(self), accent)


NO_SHAPE = QPainterPath()


class PointerTransparent:
    """Mixed into a drawn item that must never be under the pointer.

    A path item's shape is the area its path encloses (a curved dual line
    encloses whole cards), so a plain path item takes the hover and the
    clicks of the cards it passes. With no shape and no buttons, the pointer
    goes through to the card or zone beneath.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # the Qt item after this in the MRO
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # type: ignore[attr-defined]
        self.setAcceptHoverEvents(False)  # type: ignore[attr-defined]

    def shape(self) -> QPainterPath:
        return NO_SHAPE


class LineItem(PointerTransparent, QGraphicsPathItem):
    """A reporting line, drawn over or under the cards, never under the pointer.

    Qt works out a path item's bounding rectangle from its shape; with no shape
    it would be empty, and the view culls the line wherever the scene's origin
    is off screen. So the rectangle comes from the path and the pen.
    """

    line_id = ""  # the reporting line drawn (its context menu edits it)

    def boundingRect(self) -> QRectF:
        pen = self.pen()
        half = 0.0 if pen.style() == Qt.PenStyle.NoPen else pen.widthF() / 2 + 0.5
        return self.path().controlPointRect().adjusted(-half, -half, half, half)


class CaptionItem(PointerTransparent, QGraphicsSimpleTextItem):
    """The caption of a dual or dotted line (plain text), never under the pointer."""

    line_id = ""  # the reporting line it names

    def __init__(self, text: str) -> None:
        super().__init__(text)
        font = QFont(self.font())
        font.setPixelSize(CAPTION_PX)  # scene units, like the cards' text (points on paper)
        self.setFont(font)
