"""Right-click menus on the chart: on a card, a zone, a reporting line, or empty canvas.

Every entry is an action that also sits in a menu of the window with its
shortcut (``MainWindow``, ``ChartActions``), or an edit of a line that goes
to the controller as one undo step. A right-click on a card that is not
selected selects it first, as in other editors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QInputDialog, QMenu

from orgeditor.model import LineKind
from orgeditor.ui.canvas.items import CaptionItem, LineItem, UnitItem, ZoneItem
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

LINE_REACH_PX = 6  # how near the pointer must be to a line, in screen pixels
LINE_FIELDS = {  # the menu entry, the dialog's title and its label (translated where shown)
    "caption": (
        QT_TRANSLATE_NOOP("ChartContextMenus", "Edit Caption…"),
        QT_TRANSLATE_NOOP("ChartContextMenus", "Line caption"),
        QT_TRANSLATE_NOOP("ChartContextMenus", "Caption:"),
    ),
    "condition": (
        QT_TRANSLATE_NOOP("ChartContextMenus", "Edit Condition…"),
        QT_TRANSLATE_NOOP("ChartContextMenus", "Line condition"),
        QT_TRANSLATE_NOOP("ChartContextMenus", "Condition:"),
    ),
}


LINE_KINDS = {
    LineKind.DUAL: QT_TRANSLATE_NOOP("ChartContextMenus", "Dual"),
    LineKind.DOTTED: QT_TRANSLATE_NOOP("ChartContextMenus", "Dotted"),
}


class ChartContextMenus(QObject):
    """Builds the chart's context menu for what is under the pointer."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the last menu shown (tests read it)
        view = window.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_view_context_menu_requested)

    def line_at(self, point: QPointF) -> str | None:
        """The id of the reporting line (or its caption) at scene ``point``, if any."""
        view = self.window.view
        reach = LINE_REACH_PX / max(view.zoom, 1e-6)
        near = QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach)
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * reach)
        for item in self.window.scene.items(near, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, CaptionItem) and item.sceneBoundingRect().contains(point):
                return item.line_id
            if isinstance(item, LineItem) and stroker.createStroke(item.path()).contains(point):
                return item.line_id
        return None

    def menu_at(self, pos: QPoint) -> QMenu:
        """The menu for viewport position ``pos`` (what is under it decides the entries)."""
        w = self.window
        point = w.view.mapToScene(pos)
        menu = QMenu(w.view)
        menu.setAccessibleName("Chart menu")
        line = self.line_at(point)
        under = [i for i in w.scene.items(point) if isinstance(i, UnitItem | ZoneItem)]
        if line is not None and not any(isinstance(i, UnitItem) for i in under):
            self._fill_line_menu(menu, line)
        elif under and isinstance(under[0], UnitItem):
            if under[0].unit_id not in w.scene.selected_unit_ids():
                w.scene.select_units([under[0].unit_id])
            self._fill_card_menu(menu)
        elif under and isinstance(zone := under[0], ZoneItem):
            w.scene.select_units([zone.unit_id])  # a zone: its department's card
            menu.addSection(translate("ChartContextMenus", "Zone: {0}").format(zone.title))
            self._fill_card_menu(menu)
        else:
            self._fill_canvas_menu(menu)
        self.menu = menu
        return menu

    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.menu_at(pos)
        menu.popup(self.window.view.viewport().mapToGlobal(pos))

    def _fill_card_menu(self, menu: QMenu) -> None:
        w, chart = self.window, self.window.chart_actions
        menu.addActions([w.move_action, w.add_action, chart.add_post])
        menu.addSeparator()
        menu.addActions([chart.collapse, chart.focus, chart.show_findings, w.compare_action])
        menu.addSeparator()
        menu.addActions([chart.edit_name, w.delete_action])

    def _fill_canvas_menu(self, menu: QMenu) -> None:
        w = self.window
        menu.addActions([w.fit_action, w.expand_action, w.compare_action])
        menu.addSeparator()
        menu.addActions([w.legend_action, w.find_action])

    def _fill_line_menu(self, menu: QMenu, line_id: str) -> None:
        c = self.window.controller
        assert c is not None
        line = c.scenario.lines[line_id]
        units = c.scenario.units
        source = units[line.source].short_name or units[line.source].name
        target = units[line.target].short_name or units[line.target].name
        menu.addSection(translate("ChartContextMenus", "Line: {0} to {1}").format(source, target))
        for field, (label, _title, _prompt) in LINE_FIELDS.items():
            action = menu.addAction(translate("ChartContextMenus", label))
            action.triggered.connect(lambda _=False, f=field: self.edit_line_text(line_id, f))
        kinds = menu.addMenu(translate("ChartContextMenus", "&Kind"))
        for kind in LineKind:
            action = kinds.addAction(translate("ChartContextMenus", LINE_KINDS[kind]))
            action.setCheckable(True)
            action.setChecked(line.kind is kind)
            action.triggered.connect(
                lambda _=False, k=kind.value: c.set_line_field(line_id, "kind", k)
            )
        menu.addSeparator()
        remove = menu.addAction(translate("ChartContextMenus", "&Delete Line"))
        remove.triggered.connect(lambda: c.remove_line(line_id))

    def edit_line_text(self, line_id: str, field: str) -> None:
        """Ask for a line's new caption or condition and set it (one undo step)."""
        c = self.window.controller
        assert c is not None
        line = c.scenario.lines.get(line_id)
        if line is None:
            return
        _label, title, prompt = LINE_FIELDS[field]
        text, ok = QInputDialog.getText(
            self.window,
            translate("ChartContextMenus", title),
            translate("ChartContextMenus", prompt),
            text=getattr(line, field),
        )
        if ok and text != getattr(line, field):
            c.set_line_field(line_id, field, text.strip())
