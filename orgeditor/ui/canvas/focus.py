"""Focus on a department or a subtree, with a breadcrumb back up to the whole chart.

Focus is a view state, not an edit: it dims everything outside the focused unit's
subtree, fits the view to it and shows a breadcrumb bar ("Whole chart > DPPA >
EAD") over the canvas whose crumbs go back up. Esc, or the first crumb, returns to
the whole chart. The document and its undo stack never see it. Double-clicking a
zone's title focuses on that zone; View > Focus on Unit on the selected card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsSceneMouseEvent,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from orgeditor.model.tree import children_map, walk_down
from orgeditor.ui.canvas.items import UnitItem, ZoneItem, ZoneSummaryItem
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.canvas.view import OrgChartView
from orgeditor.ui.controller import DocumentController

DIMMED = 0.15  # the opacity of what lies outside the focus
MARGIN = 40.0  # chart units around the focused subtree when fitting


class Breadcrumb(QFrame):
    """The bar over the canvas: "Whole chart > DPPA > EAD"; a crumb's click goes there."""

    crumb_clicked = Signal(object)  # a unit id, or None for the whole chart

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusBreadcrumb")
        self.setAccessibleName(self.tr("Focus breadcrumb"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 2, 6, 2)
        self._row.setSpacing(2)
        self.crumbs: list[QToolButton] = []
        self.hide()

    def show_path(self, path: list[tuple[str, str]]) -> None:
        """Show the crumbs for ``path`` (unit id, label), top first; hide when empty."""
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.crumbs = []
        if not path:
            self.hide()
            return
        whole = self.tr("Whole chart")
        for index, (unit_id, label) in enumerate([(None, whole), *path]):
            if index:
                self._row.addWidget(QLabel("\u203a"))
            button = QToolButton()
            button.setText(label)
            button.setAutoRaise(True)
            last = index == len(path)
            button.setEnabled(not last)
            button.setToolTip(
                self.tr("Show the whole chart (Esc)")
                if unit_id is None
                else self.tr("Focus on {0}").format(label)
            )
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, u=unit_id: self.crumb_clicked.emit(u))
            self._row.addWidget(button)
            self.crumbs.append(button)
        self.adjustSize()
        self.show()
        self.raise_()

    def labels(self) -> list[str]:
        """The crumbs' texts, as shown."""
        return [b.text() for b in self.crumbs]


class ChartFocus(QObject):
    """The focus of one window's chart: which unit, what is dimmed, the breadcrumb."""

    focus_changed = Signal(object)  # the focused unit id, or None

    def __init__(self, view: OrgChartView) -> None:
        super().__init__(view)
        self.view = view
        scene = view.scene()
        assert isinstance(scene, OrgChartScene)
        self.scene = scene
        self.unit_id: str | None = None
        self.controller: DocumentController | None = None
        self.breadcrumb = Breadcrumb(view)
        self.breadcrumb.crumb_clicked.connect(self._on_breadcrumb_crumb_clicked)
        view.installEventFilter(self)  # Esc, and the breadcrumb's place on resize
        scene.installEventFilter(self)  # a double-click on a zone's title

    def follow(self, controller: DocumentController) -> None:
        """Follow a newly opened document: no focus to begin with."""
        self.controller = controller
        self.leave(fit=False)
        controller.changed.connect(lambda _change: QTimer.singleShot(0, self._reapply))
        controller.scenario_switched.connect(lambda _id: self.leave(fit=False))

    def enter(self, unit_id: str) -> None:
        """Focus on ``unit_id`` and its sub-units (the top unit: the whole chart)."""
        c = self.controller
        if c is None or unit_id not in c.scenario.units or self._is_top(unit_id):
            self.leave()
            return
        self.unit_id = unit_id
        area = self._apply()
        if area is not None:
            crumbs = self.breadcrumb.height() + 8  # pixels the breadcrumb covers, at about 1:1
            self.view.fitInView(
                area.adjusted(-MARGIN, -MARGIN - crumbs, MARGIN, MARGIN),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
            self.view.set_zoom(min(self.view.zoom, 1.0))  # and the scene's level of detail
            self.view.centerOn(area.center())
        self.focus_changed.emit(unit_id)

    def leave(self, fit: bool = True) -> None:
        """Show the whole chart again (Esc, or the first crumb)."""
        was = self.unit_id
        self.unit_id = None
        for item in self.scene.items():
            if item.opacity() != 1.0:
                item.setOpacity(1.0)
        self.breadcrumb.show_path([])
        if fit and was is not None:
            self.view.fit_all()
        if was is not None:
            self.focus_changed.emit(None)

    def path(self) -> list[str]:
        """The focused unit's chain from its zone down to it (empty: no focus)."""
        c = self.controller
        if c is None or self.unit_id is None:
            return []
        up = [u for u in c.scenario.ancestors(self.unit_id) if not self._is_top(u)]
        return [*reversed(up), self.unit_id]

    def _is_top(self, unit_id: str) -> bool:
        """Whether ``unit_id`` heads the chart (no parent): "Whole chart" stands for it."""
        c = self.controller
        return c is not None and c.scenario.units[unit_id].parent is None

    def _apply(self) -> QRectF | None:
        """Dim what is outside the focus, show the breadcrumb; the focused cards' area."""
        c = self.controller
        assert c is not None and self.unit_id is not None
        inside = set(walk_down(children_map(c.scenario), self.unit_id))
        path = self.path()
        cards = [self.scene.cards[u] for u in inside if u in self.scene.cards]
        area = QRectF()
        for card in cards:
            area = area.united(card.sceneBoundingRect())
        zone = self.scene.zones.get(self.unit_id)
        if zone is not None and cards:  # a department: its zone and title in view too
            area = area.united(zone.rect())
        for item in self.scene.items():
            if isinstance(item, UnitItem):
                keep = item.unit_id in inside
            elif isinstance(item, ZoneItem):
                keep = item.unit_id in path
            elif isinstance(item, ZoneSummaryItem):
                keep = item.zone.unit_id in path
            else:  # lines and captions: those within the focused cards' area
                keep = area.contains(item.sceneBoundingRect())
            opacity = 1.0 if keep else DIMMED
            if item.opacity() != opacity:
                item.setOpacity(opacity)
        units = c.scenario.units
        self.breadcrumb.show_path([(u, units[u].short_name or units[u].name) for u in path])
        self._place_breadcrumb()
        return area if cards else None

    def _reapply(self) -> None:
        """After an edit: keep the focus (new cards dimmed too), or leave if its unit went."""
        c = self.controller
        if self.unit_id is None or c is None:
            return
        if self.unit_id not in c.scenario.units:
            self.leave()
            return
        self._apply()

    def _place_breadcrumb(self) -> None:
        self.breadcrumb.move(8, 8)

    def _on_breadcrumb_crumb_clicked(self, unit_id: str | None) -> None:
        if unit_id is None:
            self.leave()
        else:
            self.enter(unit_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            dragging = QApplication.mouseButtons() != Qt.MouseButton.NoButton
            if event.key() == Qt.Key.Key_Escape and self.unit_id is not None and not dragging:
                self.leave()
                return True
        elif watched is self.scene and kind == QEvent.Type.GraphicsSceneMouseDoubleClick:
            assert isinstance(event, QGraphicsSceneMouseEvent)
            zone = self._zone_title_at(event.scenePos())
            if zone is not None:
                self.enter(zone)
                return True
        return False

    def _zone_title_at(self, point: QPointF) -> str | None:
        """The zone whose title is under ``point``, if any."""
        for zone in self.scene.zones.values():
            if zone.title_rect(zone.view_scale).contains(point):
                return zone.unit_id
        return None
