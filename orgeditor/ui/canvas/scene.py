"""The chart scene: a projection of one scenario, re-synced after every change.

The scene never changes the model. A drag of cards ends in the intent
``units_drop_requested(unit ids, target unit id)``; the cards then go back
home, and move for real only when the model changes and the scene re-syncs.
That is also how a refused drop snaps back.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
    QWidget,
)

from orgeditor.layout import Box, ChartLayout, Connector, LineRoute
from orgeditor.ui.canvas.items import (
    KIND_COLOURS,
    MARK_COLOURS,
    SEVERITY_COLOURS,
    CaptionItem,
    CardText,
    LineItem,
    UnitItem,
    ZoneItem,
    is_dark,
)
from orgeditor.ui.canvas.zone_text import title_room
from orgeditor.ui.text import plain_tooltip

POSTS_MIME = "application/x-orgeditor-posts"
SCENE_MARGIN = 200.0  # points of empty scene around the chart
# On screen each card is painted once into a picture at the view's zoom, which Qt copies
# until the card changes (``update``: new text, selection, a drop target; or a new zoom or
# palette, which Qt handles itself). A full repaint of the chart then costs a copy per card,
# not its text (tests/ui/test_card_pictures.py compares it with painting every card afresh).
# Paper scenes draw vectors: no pictures there.
CARD_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
OVERVIEW_CACHE_SIDE = 4096  # pixels: a big overview is painted once into an image this large
OVERVIEW_CACHE_FROM = 20_000  # cards; below, drawing the paths each frame is fast enough
# (10,000 cards: 4 ms a frame without the image, while making it delays the first paint 0.3 s)


def bsp_depth(cards: int) -> int:
    """How deep the scene's item index should be: about four cards per leaf.

    Qt guesses the depth once, while the scene is still small; a 50,000-card
    chart then has hundreds of cards per leaf and each frame tests thousands of
    them (20 ms instead of 3 ms at a fifth of full size).
    """
    return max(5, min(18, math.ceil(math.log2(cards / 4 + 1))))


def connector_pen(palette: QPalette) -> QPen:
    """The pen of primary reporting lines (also the SVG writer's)."""
    return QPen(palette.color(QPalette.ColorRole.Mid), 1.6)


def route_pen(palette: QPalette, kind: str) -> QPen:
    """The pen of a dual (dashed) or dotted line and its caption (also the SVG writer's)."""
    colour = QColor("#e08a2e" if is_dark(palette) else "#c55a11")
    style = Qt.PenStyle.DotLine if kind == "dotted" else Qt.PenStyle.DashLine
    return QPen(colour, 1.8, style)


def posts_mime(post_ids: list[str]) -> QMimeData:
    """Mime data carrying post ids, for dragging posts onto a card."""
    data = QMimeData()
    data.setData(POSTS_MIME, "\n".join(post_ids).encode())
    return data


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


class OrgChartScene(QGraphicsScene):
    """Cards, zones, reporting lines; emits intents, never edits."""

    units_drop_requested = Signal(list, str)
    posts_drop_requested = Signal(list, str)
    collapse_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, UnitItem] = {}
        self.zones: dict[str, ZoneItem] = {}
        # dual and dotted lines: each line's route, kind and caption, and its items
        self._lines: dict[str, tuple[tuple[object, ...], list[QGraphicsItem]]] = {}
        self._connectors: dict[str, tuple[tuple[Connector, ...], LineItem]] = {}
        self._connector_colour = QColor()
        self._zone_keys: set[tuple[str, str, Box]] = set()
        self.tooltip_provider: Callable[[str], str] | None = None
        self.summary_provider: Callable[[str], list[str]] | None = None  # far zoom: a zone's
        self._overview: list[QGraphicsItem] = []
        self.overview = False
        self.full_detail = False  # paper: every card drawn in full, whatever the scale
        self._hover_target: UnitItem | ZoneItem | None = None
        self._dragging = False
        self._cancelled = False  # a drag ended by Esc, the button still down
        self.view_scale = 1.0  # the zoom of the view showing the scene (zone titles follow it)

    # --- syncing from the model ---------------------------------------------------------
    def sync(
        self, layout: ChartLayout, cards: dict[str, CardText], lines: dict[str, tuple[str, str]]
    ) -> None:
        """Show ``layout``: reuse cards that stay, add new ones, drop the gone.

        ``lines`` maps a line id to its kind ("dual" or "dotted") and caption.
        """
        for unit_id in self.cards.keys() - layout.boxes.keys():
            self.removeItem(self.cards.pop(unit_id))
        known = self.cards
        for unit_id, box in layout.boxes.items():
            item = known.get(unit_id)
            if item is None:
                item = UnitItem(unit_id, box, cards[unit_id])
                item.setVisible(not self.overview)
                if not self.full_detail:  # on screen: see CARD_CACHE
                    item.setCacheMode(CARD_CACHE)
                known[unit_id] = item
                self.addItem(item)
            elif item.box is not box or item.text is not cards[unit_id]:
                item.update_card(box, cards[unit_id])  # a kept box is the very same object
        depth = bsp_depth(len(self.cards))
        if depth != self.bspTreeDepth():
            self.setBspTreeDepth(depth)
        self._sync_zones(layout)
        self._sync_connectors(layout)
        self._sync_routes(layout, lines)
        if self.overview:
            self._build_overview()
        margin = SCENE_MARGIN
        b = layout.bounds
        self.setSceneRect(b.x - margin, b.y - margin, b.w + 2 * margin, b.h + 2 * margin)

    def _sync_zones(self, layout: ChartLayout) -> None:
        wanted = {(z.unit, z.title, z.box) for z in layout.zones}
        if wanted == self._zone_keys:
            return
        room = title_room(layout.zones, layout.bounds.x + layout.bounds.w + SCENE_MARGIN / 2)
        zones: dict[str, ZoneItem] = {}
        for zone in layout.zones:
            item = self.zones.pop(zone.unit, None)
            if item is None:
                item = ZoneItem(zone.unit, zone.title, zone.box, room[zone.unit])
                item.set_view_scale(self.view_scale)
                self.addItem(item)
                self.addItem(item.summary)
            elif (item.title, item.rect(), item.room) != (
                zone.title,
                _rect(zone.box),
                room[zone.unit],
            ):
                item.reshape(zone.title, zone.box, room[zone.unit])  # the zone after an edit
            zones[zone.unit] = item
        for gone in self.zones.values():
            self.removeItem(gone)
            self.removeItem(gone.summary)
        self.zones = zones
        self._zone_keys = wanted

    def _sync_connectors(self, layout: ChartLayout) -> None:
        """One path per parent to its children; only the parents whose lines changed are redrawn.

        A layout keeps an unchanged parent's lines as the very same tuple, so the
        check costs one identity test per parent.
        """
        for parent in self._connectors.keys() - layout.lines.keys():
            self.removeItem(self._connectors.pop(parent)[1])
        pen = connector_pen(self.palette())
        if pen.color() != self._connector_colour:  # a new palette: every line takes it
            self._connector_colour = pen.color()
            for _, item in self._connectors.values():
                item.setPen(pen)
        for parent, lines in layout.lines.items():
            known = self._connectors.get(parent)
            if known is not None and (known[0] is lines or known[0] == lines):
                continue
            path = QPainterPath()
            for _, _, (first, *rest) in lines:
                path.moveTo(*first)
                for point in rest:
                    path.lineTo(*point)
            if known is not None:
                known[1].setPath(path)
                self._connectors[parent] = (lines, known[1])
                continue
            item = LineItem(path)
            item.setPen(pen)
            item.setZValue(1)
            item.setVisible(not self.overview)
            self.addItem(item)
            self._connectors[parent] = (lines, item)

    def set_cards(self, cards: dict[str, CardText], only: Iterable[str] | None = None) -> None:
        """Refresh the text and badges of the cards (no layout change), or of ``only`` some."""
        for unit_id in self.cards if only is None else only:
            item = self.cards.get(unit_id)
            if item is not None and unit_id in cards and cards[unit_id] is not item.text:
                same = cards[unit_id] == item.text
                item.text = cards[unit_id]
                if not same:
                    item.update()
        if self.overview:
            self._build_overview()

    def tooltip_for(self, unit_id: str) -> str:
        """The tooltip of a card as Qt shows it (escaped: text from the file stays text)."""
        text = self.tooltip_provider(unit_id) if self.tooltip_provider else ""
        return plain_tooltip(text) if text else ""

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        view = self.views()[0] if self.views() else None
        item = self.itemAt(event.scenePos(), view.transform()) if view is not None else None
        if isinstance(item, UnitItem):
            QToolTip.showText(event.screenPos(), self.tooltip_for(item.unit_id), event.widget())
            event.accept()
            return
        super().helpEvent(event)

    def set_view_scale(self, scale: float) -> None:
        """Tell the zones the view's zoom: their titles keep a readable size on screen."""
        self.view_scale = scale
        for zone in self.zones.values():
            zone.set_view_scale(scale)

    def set_overview(self, enabled: bool) -> None:
        """Far out, draw all cards and their lines as a few cached paths instead of items.

        Painting each card costs a call into Python per card and frame; a path per
        card colour, drawn once into a cached image, keeps a zoomed-out chart of
        50,000 units smooth to pan and zoom.
        """
        if enabled == self.overview:
            return
        self.overview = enabled
        for item in self.cards.values():
            item.setVisible(not enabled)
        for _, connector in self._connectors.values():
            connector.setVisible(not enabled)
        if enabled:
            self._build_overview()
        else:
            self._clear_overview()

    def _clear_overview(self) -> None:
        for item in self._overview:
            self.removeItem(item)
        self._overview = []

    def _build_overview(self) -> None:
        self._clear_overview()
        fills: dict[str, QPainterPath] = defaultdict(QPainterPath)
        flagged: dict[str, QPainterPath] = defaultdict(QPainterPath)
        for item in self.cards.values():
            box = item.box
            fills[KIND_COLOURS.get(item.text.kind, "#4f81bd")].addRect(box.x, box.y, box.w, box.h)
            colour = (
                SEVERITY_COLOURS.get(item.text.badge_severity, "#c00000")
                if item.text.badge
                else MARK_COLOURS.get(item.text.mark)
            )
            if colour:
                flagged[colour].addRect(box.x - 30, box.y - 30, box.w + 60, box.h + 60)
        lines = QPainterPath()
        for _, connector in self._connectors.values():
            lines.addPath(connector.path())
        layers = [(lines, None, 1.0), *((p, c, 1.5) for c, p in flagged.items())]
        layers += [(p, c, 2.0) for c, p in fills.items()]
        for path, colour, z in layers:
            shape = QGraphicsPathItem(path)
            if colour is None:
                shape.setPen(connector_pen(self.palette()))
            else:
                shape.setPen(QPen(Qt.PenStyle.NoPen))
                shape.setBrush(QColor(colour))
            shape.setZValue(z)
            if len(self.cards) > OVERVIEW_CACHE_FROM:  # drawing it each frame would be too slow
                rect = path.boundingRect()
                scale = OVERVIEW_CACHE_SIDE / max(rect.width(), rect.height(), 1.0)
                width, height = round(rect.width() * scale), round(rect.height() * scale)
                size = QSize(max(1, width), max(1, height))
                shape.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache, size)
            self.addItem(shape)
            self._overview.append(shape)

    def _sync_routes(self, layout: ChartLayout, lines: dict[str, tuple[str, str]]) -> None:
        """One path (and a caption) per dual or dotted line; an unchanged line keeps its items."""
        pen_colour = route_pen(self.palette(), "dual").color().rgba()
        wanted = {
            route.line: ((route, *lines.get(route.line, ("dual", "")), pen_colour), route)
            for route in layout.routes
        }
        for line_id in list(self._lines):
            key, items = self._lines[line_id]
            new = wanted.get(line_id, (None,))[0]
            if new == key:
                continue
            if new is not None and new[1:] == key[1:]:  # only the route changed: move it
                self._lines[line_id] = (new, items)
                self._place_route(wanted[line_id][1], items)
                continue
            for item in self._lines.pop(line_id)[1]:
                self.removeItem(item)
        for line_id, (key, route) in wanted.items():
            if line_id not in self._lines:
                self._lines[line_id] = (
                    key,
                    self._route_items(route, *lines.get(line_id, ("dual", ""))),
                )

    def _route_items(self, route: LineRoute, kind: str, caption: str) -> list[QGraphicsItem]:
        item = LineItem()
        item.line_id = route.line
        pen = route_pen(self.palette(), kind)
        item.setPen(pen)
        item.setZValue(3)
        self.addItem(item)
        items: list[QGraphicsItem] = [item]
        if caption:
            text = CaptionItem(caption)  # plain text, never HTML
            text.line_id = route.line
            text.setBrush(pen.color())
            text.setZValue(4)
            self.addItem(text)
            items.append(text)
        self._place_route(route, items)
        return items

    @staticmethod
    def _place_route(route: LineRoute, items: list[QGraphicsItem]) -> None:
        """Draw a dual line's path along ``route`` and centre its caption, if any, on it."""
        path = QPainterPath()
        start, *rest = route.points
        path.moveTo(*start)
        for point in rest:
            path.lineTo(*point)
        line = items[0]
        assert isinstance(line, LineItem)
        line.setPath(path)
        if len(items) > 1:
            rect = items[1].boundingRect()
            x, y = route.caption_at
            items[1].setPos(x - rect.width() / 2, y - rect.height() / 2)

    # --- selection ----------------------------------------------------------------------
    def selected_unit_ids(self) -> list[str]:
        """The ids of the selected cards, in chart order."""
        ids = [i.unit_id for i in self.selectedItems() if isinstance(i, UnitItem)]
        if len(ids) > 1:
            order = {unit_id: index for index, unit_id in enumerate(self.cards)}
            ids.sort(key=order.__getitem__)
        return ids

    def select_units(self, unit_ids: list[str]) -> None:
        """Select exactly these cards."""
        self.clearSelection()
        for unit_id in unit_ids:
            if unit_id in self.cards:
                self.cards[unit_id].setSelected(True)

    def highlight_path(self, unit_ids: list[str]) -> None:
        """Mark these cards (a unit and its chain up to the top); clears the previous marks."""
        wanted = set(unit_ids)
        for unit_id, item in self.cards.items():
            if item.on_path != (unit_id in wanted):
                item.on_path = unit_id in wanted
                item.update()

    # --- dragging cards -----------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._dragging = event.button() == Qt.MouseButton.LeftButton and any(
            isinstance(i, UnitItem) for i in self.selectedItems()
        )

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._cancelled:  # Esc ended the drag: the cards stay home until the button is up
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._dragging and self._moved():
            self._set_hover(self._target_at(event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._cancelled = False
        super().mouseReleaseEvent(event)
        moved = self._moved()
        target = self._target_at(event.scenePos()) if moved else None
        self._set_hover(None)
        self._dragging = False
        if not moved:
            return
        for item in moved:
            item.setPos(item.home)  # back home; the model decides where they go
        if target is not None:
            self.units_drop_requested.emit([i.unit_id for i in moved], target.unit_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._dragging and self._moved():
            self.cancel_drag()
            event.accept()
            return
        super().keyPressEvent(event)

    def cancel_drag(self) -> None:
        """Put the dragged cards back home and drop nothing (Esc during a drag)."""
        for item in self._moved():
            item.setPos(item.home)
        self._set_hover(None)
        self._dragging = False
        self._cancelled = True

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(item, UnitItem):
            self.collapse_requested.emit(item.unit_id)
            return
        super().mouseDoubleClickEvent(event)

    def _moved(self) -> list[UnitItem]:
        selected = [self.cards[u] for u in self.selected_unit_ids()]
        return [i for i in selected if i.pos() != i.home]

    def _target_at(self, point: QPointF) -> UnitItem | ZoneItem | None:
        moving = set(self.selectedItems())
        for item in self.items(point):
            if isinstance(item, UnitItem) and item not in moving:
                return item
            if isinstance(item, ZoneItem):
                return item
        return None

    @property
    def hover_target(self) -> UnitItem | ZoneItem | None:
        """The card or zone a drag would drop on now (highlighted), if any."""
        return self._hover_target

    def _set_hover(self, target: UnitItem | ZoneItem | None) -> None:
        if target is self._hover_target:
            return
        for item in (self._hover_target, target):
            if item is not None:
                item.drop_target = item is target
                item.update()
        self._hover_target = target

    # --- dropping posts from the inspector ----------------------------------------------
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(POSTS_MIME))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        target = self._target_at(event.scenePos())
        unit = target if isinstance(target, UnitItem) else None
        self._set_hover(unit)
        event.setAccepted(unit is not None and event.mimeData().hasFormat(POSTS_MIME))

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._set_hover(None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        target = self._target_at(event.scenePos())
        self._set_hover(None)
        if isinstance(target, UnitItem) and event.mimeData().hasFormat(POSTS_MIME):
            ids = bytes(event.mimeData().data(POSTS_MIME).data()).decode().split("\n")
            self.posts_drop_requested.emit([i for i in ids if i], target.unit_id)
            event.acceptProposedAction()
