"""Help while dragging cards: the view scrolls at its edges, a ghost shows the landing.

While cards are dragged, a pointer within ``EDGE`` pixels of the canvas's edge
scrolls the view that way (faster nearer the edge), so a card can be dragged to
any part of the chart at any zoom. Over a drop target (the scene highlights it),
a translucent outline of the dragged card shows where the unit goes: under the
target card, as its sub-unit, or at the top of the target zone. Esc cancels (the
scene puts the cards back) and the ghost goes with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from orgeditor.layout.text_sizes import ZONE_TITLE_INSET
from orgeditor.ui.canvas.items import UnitItem, ZoneItem
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.canvas.view import OrgChartView

EDGE = 28  # pixels from the canvas's edge where a drag scrolls
STEP = 24  # pixels a tick scrolls at the very edge
TICK_MS = 30
GAP = 24.0  # chart units between the target card and the ghost under it


class DragAssist(QObject):
    """Autoscroll and the landing ghost for card drags on one view."""

    def __init__(self, view: OrgChartView) -> None:
        super().__init__(view)
        self.view = view
        scene = view.scene()
        assert isinstance(scene, OrgChartScene)
        self.scene = scene
        self.ghost: QGraphicsRectItem | None = None
        self._pointer: QPoint | None = None  # in the viewport, while the button is down
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pending = False
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)  # Esc

    def dragging(self) -> bool:
        """Whether cards are being dragged (some selected card is away from home)."""
        return any(
            isinstance(item, UnitItem) and item.pos() != item.home
            for item in self.scene.selectedItems()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.MouseMove:
            assert isinstance(event, QMouseEvent)
            held = bool(event.buttons() & Qt.MouseButton.LeftButton)
            self._pointer = event.position().toPoint() if held else None
            self._follow_later()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress):
            if kind == QEvent.Type.MouseButtonRelease:
                self._pointer = None
            self._follow_later()
        return False

    def _follow_later(self) -> None:
        """Look again once the scene has handled the event (its hover, its cards)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._follow)

    def _follow(self) -> None:
        self._pending = False
        dragging = self._pointer is not None and self.dragging()
        if dragging and self._edge_push() != (0, 0):
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        self._show_ghost(self.scene.hover_target if dragging else None)

    def _edge_push(self) -> tuple[int, int]:
        """How far to scroll this tick: towards the edges the pointer is near."""
        if self._pointer is None:
            return 0, 0
        area = self.view.viewport().rect()
        x, y = self._pointer.x(), self._pointer.y()

        def push(low: int, high: int, at: int) -> int:
            if at < low + EDGE:
                return -round(STEP * (low + EDGE - at) / EDGE)
            if at > high - EDGE:
                return round(STEP * (at - (high - EDGE)) / EDGE)
            return 0

        return push(area.left(), area.right(), x), push(area.top(), area.bottom(), y)

    def _on_timer_timeout(self) -> None:
        dx, dy = self._edge_push()
        if self._pointer is None or (dx, dy) == (0, 0) or not self.dragging():
            self._timer.stop()
            return
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        # the dragged cards and the drop target follow the chart under the still pointer
        where = QPointF(self._pointer)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            where,
            QPointF(self.view.viewport().mapToGlobal(self._pointer)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            QApplication.keyboardModifiers(),
        )
        QApplication.sendEvent(self.view.viewport(), move)

    def _show_ghost(self, target: UnitItem | ZoneItem | None) -> None:
        moving = [i for i in self.scene.selectedItems() if isinstance(i, UnitItem)]
        if target is None or not moving:
            if self.ghost is not None:
                self.scene.removeItem(self.ghost)
                self.ghost = None
            return
        box = moving[0].box
        if isinstance(target, UnitItem):
            spot = QPointF(target.box.x + GAP, target.box.y + target.box.h + GAP)
        else:
            side, top, height = ZONE_TITLE_INSET
            zone = target.rect()
            spot = QPointF(zone.left() + side, zone.top() + top + height + GAP)
        rect = QRectF(spot.x(), spot.y(), box.w, box.h)
        if self.ghost is None:
            self.ghost = QGraphicsRectItem()
            highlight = self.view.palette().color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(50)
            pen = QPen(highlight, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)  # two pixels wide at any zoom
            self.ghost.setPen(pen)
            self.ghost.setBrush(fill)
            self.ghost.setZValue(6)
            self.ghost.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene.addItem(self.ghost)
        self.ghost.setRect(rect)
