"""The chart view: zoom (Ctrl+wheel, keys, fit), pan (middle button or Space+drag), rubber band."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from orgeditor.ui.canvas.items import BADGE_SCREEN_PX, UnitItem
from orgeditor.ui.canvas.scene import OrgChartScene

MIN_SCALE, MAX_SCALE = 0.0005, 4.0
OVERVIEW_SCALE = 0.12  # below this zoom, cards are drawn as one overview
READABLE = 0.8  # the zoom a search or a finding brings a too-small chart to
FAR_BADGES_BELOW = 0.5  # above this zoom every card draws its own badge (UnitItem.badge_capped)


class OrgChartView(QGraphicsView):
    """Shows an :class:`OrgChartScene`; all editing intents come from the scene."""

    def __init__(self, scene: OrgChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self._pan_from: QPoint | None = None
        self._space = False
        # a badge drawn in the foreground reaches past its card: when anything changes far
        # out, repaint the whole view so no piece of an old badge stays behind
        scene.changed.connect(self._on_scene_changed)

    def _on_scene_changed(self, _regions: object) -> None:
        if self.zoom < FAR_BADGES_BELOW:
            self.viewport().update()

    def _zoomed(self) -> None:
        """Switch the scene between cards and overview when the zoom crosses the threshold."""
        scene = self.scene()
        if isinstance(scene, OrgChartScene):
            scene.set_overview(self.zoom < OVERVIEW_SCALE)
            scene.set_view_scale(self.zoom)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Far out, each finding badge at a readable size over its card's corner.

        A card paints its badge into its cached picture, which cannot grow past the card;
        where that badge would shrink under ``BADGE_SCREEN_PX`` on screen, the card leaves
        it out and the view draws it here, on top of every card (not on paper).
        """
        super().drawForeground(painter, rect)
        scene, zoom = self.scene(), self.zoom
        if not isinstance(scene, OrgChartScene) or zoom < OVERVIEW_SCALE:
            return
        # only the cards near the exposed area (the scene's index), not every card per frame
        reach = BADGE_SCREEN_PX / zoom
        near = QRectF(rect).adjusted(-reach, -reach, reach, reach)
        badged = [
            item
            for item in scene.items(near)
            if isinstance(item, UnitItem)
            and item.text.badge
            and item.isVisible()
            and item.badge_capped(zoom)
        ]
        if not badged:
            return
        summaries = [  # far out the zones' summary cards count the findings: keep them clear
            zone.mapRectToScene(box)
            for zone in scene.zones.values()
            if (box := zone.summary_rect(zoom)) is not None
        ]
        for card in badged:
            circle = card.mapRectToScene(card.far_badge_rect(zoom))
            if not any(circle.intersects(s) for s in summaries):
                card.paint_badge(painter, circle, zoom)

    @property
    def zoom(self) -> float:
        """The current scale (1.0 is 100%)."""
        return self.transform().m11()

    def set_zoom(self, scale: float) -> None:
        """Zoom to ``scale`` about the centre of the view."""
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        factor = scale / self.zoom
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(anchor)
        self._zoomed()

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.set_zoom(self.zoom / 1.25)

    def fit_all(self) -> None:
        """Show the whole chart."""
        rect = self.scene().sceneRect()  # the chart and a margin (no walk over every item)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom > 1.0:
                self.set_zoom(1.0)
            self._zoomed()

    def center_on_units(self, unit_ids: list[str]) -> None:
        """Scroll so that these cards are in view (zooming out only if they do not fit)."""
        scene = self.scene()
        assert isinstance(scene, OrgChartScene)
        rects = [scene.cards[u].sceneBoundingRect() for u in unit_ids if u in scene.cards]
        if not rects:
            return
        area = rects[0]
        for rect in rects[1:]:
            area = area.united(rect)
        if self.zoom < READABLE:
            self.set_zoom(READABLE)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if area.width() > visible.width() or area.height() > visible.height():
            self.fitInView(area.adjusted(-60, -60, 60, 60), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()
        self.centerOn(area.center())

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene on screen."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.scale(1.15**steps, 1.15**steps)
            if not MIN_SCALE <= self.zoom <= MAX_SCALE:
                self.set_zoom(self.zoom)
            self._zoomed()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
