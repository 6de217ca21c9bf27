"""The overview (mini-map): the whole chart small, with the part on screen outlined.

It floats in the canvas's bottom-right corner (View > Mini-map) whenever the view
shows only part of the chart (at Fit it would only hide some of it). A click or a
drag in it centres the main view on that point of the chart.

The chart's picture is kept in ``_picture`` for speed: the zones and cards drawn
once at the map's size. Any change to the scene (a re-sync after an edit, a new
layout) or to the map's size marks it stale (after a short pause, so a drag's
frames do not redraw it); only the viewport's outline is drawn on each paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QFrame, QMenu, QWidget

from orgeditor.ui.canvas.items import KIND_COLOURS
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.canvas.view import OrgChartView

SIZE = (240, 150)  # pixels, at most; the chart's shape decides the rest
INSET = 10  # pixels from the canvas's corner


class MiniMap(QFrame):
    """A small picture of the whole chart; clicking in it moves the view there."""

    def __init__(self, view: OrgChartView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("miniMap")
        self.setAccessibleName(self.tr("Mini-map"))
        self.setToolTip(self.tr("The whole chart: click or drag to move the view there"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._picture: QPixmap | None = None  # see the module's docstring
        self.wanted = True  # View > Mini-map
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(250)
        self._stale.timeout.connect(self._forget_picture)
        self._scene().changed.connect(lambda _rects: self._stale.start())
        self._scene().sceneRectChanged.connect(lambda _rect: self._forget_picture())
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self.update)
            bar.rangeChanged.connect(lambda _low, _high: self._place())
        view.installEventFilter(self)  # keep to the corner when the canvas resizes
        self._place()

    def _scene(self) -> OrgChartScene:
        scene = self.view.scene()
        assert isinstance(scene, OrgChartScene)  # an OrgChartView shows nothing else
        return scene

    # --- geometry ------------------------------------------------------------------------
    def _place(self) -> None:
        if self.view.scene() is None:  # the window is closing
            return
        rect = self._scene().sceneRect()
        most_w, most_h = SIZE
        scale = min(most_w / max(rect.width(), 1.0), most_h / max(rect.height(), 1.0))
        width, height = max(40, round(rect.width() * scale)), max(30, round(rect.height() * scale))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self._picture = None
        area = self.view.viewport().geometry()
        self.move(area.right() - width - INSET, area.bottom() - height - INSET)
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        partial = any(bar.maximum() > bar.minimum() for bar in bars)  # some of it off screen
        self.setVisible(self.wanted and partial)
        self.raise_()

    def _scale(self) -> float:
        rect = self._scene().sceneRect()
        return min(self.width() / max(rect.width(), 1.0), self.height() / max(rect.height(), 1.0))

    def to_scene(self, point: QPointF) -> QPointF:
        """The chart point under ``point`` of the map."""
        rect, scale = self._scene().sceneRect(), self._scale()
        return QPointF(rect.left() + point.x() / scale, rect.top() + point.y() / scale)

    def from_scene(self, rect: QRectF) -> QRectF:
        """Where the chart's ``rect`` is on the map."""
        scene, scale = self._scene().sceneRect(), self._scale()
        return QRectF(
            (rect.left() - scene.left()) * scale,
            (rect.top() - scene.top()) * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    # --- painting ------------------------------------------------------------------------
    def _forget_picture(self) -> None:
        self._picture = None
        self._place()
        self.update()

    def _draw_picture(self) -> QPixmap:
        picture = QPixmap(self.size())
        pal = self.palette()
        picture.fill(pal.color(QPalette.ColorRole.Base))
        painter = QPainter(picture)
        scene = self._scene()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        for zone in scene.zones.values():
            painter.drawRect(self.from_scene(zone.rect()))
        painter.setPen(Qt.PenStyle.NoPen)
        for card in scene.cards.values():
            box = card.box
            painter.setBrush(QColor(KIND_COLOURS.get(card.text.kind, "#4f81bd")))
            painter.drawRect(self.from_scene(QRectF(box.x, box.y, box.w, box.h)))
        painter.end()
        return picture

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._picture is None or self._picture.size() != self.size():
            self._picture = self._draw_picture()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        shown = self.from_scene(self.view.visible_scene_rect()).intersected(
            QRectF(self.rect()).adjusted(1, 1, -1, -1)
        )
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(fill)
        painter.drawRect(shown)
        painter.end()
        super().paintEvent(event)

    # --- moving the view -----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.view.centerOn(self.to_scene(event.position()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.centerOn(self.to_scene(event.position()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: draw it again
            self._picture = None
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _on_action_toggled(self, checked: bool) -> None:
        self.wanted = checked
        self._place()

    def add_actions(self, parent: QWidget, menu: QMenu) -> QAction:
        """Add View > Mini-map (a check box, on at first) to ``menu``."""
        action = QAction(self.tr("&Mini-map"), parent)
        action.setCheckable(True)
        action.setChecked(self.wanted)
        action.setStatusTip(self.tr("Show the whole chart small in the canvas's corner"))
        action.toggled.connect(self._on_action_toggled)
        menu.addAction(action)
        return action
