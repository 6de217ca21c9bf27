"""The main window: wires the chart, the docks, the menus and one document together.

Decisions live elsewhere: edits in the controller and ``orgeditor.commands``,
files in ``orgeditor.io``, figures in ``orgeditor.model``/``rules``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, SignalInstance
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from orgeditor.assets import sample_files
from orgeditor.commands import Change
from orgeditor.io.templates import design_from_template
from orgeditor.io.titles import design_title
from orgeditor.model import Design
from orgeditor.perf import release, settle
from orgeditor.rules import Report
from orgeditor.ui.accessibility import name_unnamed_views
from orgeditor.ui.canvas.drag_assist import DragAssist
from orgeditor.ui.canvas.focus import ChartFocus
from orgeditor.ui.canvas.minimap import MiniMap
from orgeditor.ui.canvas.presenter import ChartPresenter
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.canvas.view import OrgChartView
from orgeditor.ui.chart_actions import ChartActions
from orgeditor.ui.chart_language import ChartLanguageMenu
from orgeditor.ui.context_menus import ChartContextMenus
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.cost_summary import CostSummaryDialog
from orgeditor.ui.design_properties import DesignPropertiesDialog
from orgeditor.ui.design_settings import DesignSettingsDialog
from orgeditor.ui.dialogs import MoveToDialog
from orgeditor.ui.files import DocumentFiles
from orgeditor.ui.help.guide import UserGuideDialog
from orgeditor.ui.help.shortcuts import ShortcutsDialog
from orgeditor.ui.i18n import number, signed
from orgeditor.ui.i18n_menu import language_menu
from orgeditor.ui.legend_panel import LegendPanel
from orgeditor.ui.panels import comments
from orgeditor.ui.panels.compare import ComparePanel
from orgeditor.ui.panels.conflicts import ConflictsPanel, unresolved_text
from orgeditor.ui.panels.costs import CostPanel
from orgeditor.ui.panels.findings import FindingsPanel
from orgeditor.ui.panels.history import HistoryPanel
from orgeditor.ui.panels.inspector import InspectorPanel
from orgeditor.ui.panels.scenario_names import RenameScenarioDialog
from orgeditor.ui.panels.scenarios import ScenarioPanel
from orgeditor.ui.panels.when_shown import WhenShown
from orgeditor.ui.recovery import Recovery
from orgeditor.ui.report_files import ReportFiles
from orgeditor.ui.rules_help import RulesDialog
from orgeditor.ui.settings import AppSettings
from orgeditor.ui.start_page import StartPage
from orgeditor.ui.text import plain_label
from orgeditor.ui.toolbar import MainToolbar
from orgeditor.ui.undo_actions import UndoActions
from orgeditor.ui.versions import VersionCompare
from orgeditor.ui.wheel import install_wheel_guard

APP_NAME = "orgeditor"
BIG_CHART_UNITS = 5_000  # from here, checking the rules takes long enough to say so
Link = tuple[SignalInstance, Callable[..., object]]  # a signal and the slot it is connected to


class MainWindow(QMainWindow):
    """The application window for one design document at a time.

    It owns the chart, the docks, the menus and three collaborators: ``files``
    (new, open, save), ``reports`` (chart exports, printing, tables, imports)
    and ``recovery`` (autosave and crash recovery). The docks follow the open
    document's controller themselves.
    """

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()  # before any widget is shown: the whole app, every dialog
        self.settings = settings or AppSettings()
        self.scene = OrgChartScene(self)
        self.view = OrgChartView(self.scene)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as printed, in any language
        self.setCentralWidget(self.view)
        self.chart_focus = ChartFocus(self.view)  # View > Focus, with a breadcrumb back
        self.minimap = MiniMap(self.view)  # View > Mini-map
        self.drag_assist = DragAssist(self.view)  # autoscroll and a ghost while dragging
        self.scenarios = ScenarioPanel()
        self.costs = CostPanel()
        self.findings = FindingsPanel()
        self.inspector = InspectorPanel()
        self.history = HistoryPanel()
        self.compare = ComparePanel()
        self.conflicts = ConflictsPanel()
        self.comments = comments.CommentsPanel(self.scene.selected_unit_ids, self.settings)
        self.legend = LegendPanel()
        self.start_page: StartPage | None = None  # shown by show_start_page, until a design opens
        self.controller: DocumentController | None = None
        self.presenter: ChartPresenter | None = None
        self._links: list[Link] = []  # the panels' links to the open document's controller
        self.rules_dialog: RulesDialog | None = None  # Help > Rules, made on first use
        self.rename_dialog: RenameScenarioDialog | None = None  # the last Rename Scenario
        self._find_index = 0
        self.errors_label, self.delta_label = plain_label(), plain_label()
        self.statusBar().addPermanentWidget(self.errors_label)
        self.statusBar().addPermanentWidget(self.delta_label)
        self.files = DocumentFiles(self)
        self.reports = ReportFiles(self)
        self.recovery = Recovery(self)
        self._build_docks()
        self.chart_actions = ChartActions(self)  # the arrows, Return and the card actions
        self._build_actions()
        self.context_menus = ChartContextMenus(self)
        self.view.setAccessibleName(self.tr("Organisation chart"))
        self.view.viewport().setAccessibleName(self.tr("Chart canvas: arrows move between units"))
        name_unnamed_views(self)
        self.scene.selectionChanged.connect(self._show_selected_unit)
        self.findings.units_activated.connect(self._reveal)
        self.compare.units_activated.connect(self._reveal)
        self.conflicts.units_activated.connect(self._reveal)
        self.comments.units_activated.connect(self._reveal)
        self.scene.selectionChanged.connect(self.comments.selection_changed)
        self.compare.compare_requested.connect(self._on_compare_requested)
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._first_show = state is None or not self.restoreState(state)
        self._shown = False
        self.files.saved.connect(lambda _path: self.recovery.forget_recovery_copy())
        self.costs.total_changed.connect(self._on_costs_total_changed)
        self.set_document(design_from_template(), None)

    # --- building ---------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")  # the saved dock layout finds it in any language
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        when_shown = getattr(widget, "when_shown", None)
        if isinstance(when_shown, WhenShown):  # it waits while out of sight
            dock.visibilityChanged.connect(when_shown.on_visibility_changed)
        return dock

    def _build_docks(self) -> None:
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        scenarios = self._dock("scenarios", self.tr("Scenarios"), self.scenarios, left)
        self.tabifyDockWidget(scenarios, self._dock("costs", self.tr("Costs"), self.costs, left))
        scenarios.raise_()
        self._dock("inspector", self.tr("Inspector"), self.inspector, right)
        findings = self._dock("findings", self.tr("Findings"), self.findings, bottom)
        history = self._dock("history", self.tr("History"), self.history, bottom)
        self.compare_dock = self._dock("compare", self.tr("Compare"), self.compare, bottom)
        self.tabifyDockWidget(findings, history)
        self.tabifyDockWidget(findings, self.compare_dock)
        conflicts = self._dock("conflicts", self.tr("Conflicts"), self.conflicts, bottom)
        self.tabifyDockWidget(findings, conflicts)
        conflicts.hide()  # shown when a merged design with conflicts opens
        self.conflicts.conflicts_found.connect(conflicts.show)
        self.conflicts.conflicts_found.connect(conflicts.raise_)
        self.comments_dock = comments.add_comments_dock(self, findings, self.comments)
        findings.raise_()
        self._dock("legend", self.tr("Legend"), self.legend, right).hide()  # View > Legend shows it
        self.findings.new_errors_found.connect(findings.raise_)  # an edit made errors: show them

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self._on_first_shown)

    def _on_first_shown(self) -> None:
        """Size the docks on a first run, then fit the chart to the canvas they leave."""
        if self._first_show:
            self._first_show = False
            self._size_docks()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the docks take their sizes now, not at the next event
        self.fit_chart()

    def _size_docks(self) -> None:
        """Give the docks sensible sizes on a first run (later runs restore the user's):
        the canvas stays the largest part of the window."""
        docks = {d.objectName(): d for d in self.findChildren(QDockWidget)}
        self.resizeDocks(
            [docks["scenariosDock"], docks["inspectorDock"]], [260, 360], Qt.Orientation.Horizontal
        )
        self.resizeDocks([docks["findingsDock"]], [170], Qt.Orientation.Vertical)

    def expand_all(self) -> None:
        """Show every unit of the chart (View > Expand All)."""
        if self.presenter is not None:
            self.presenter.expand_all()

    def fit_chart(self) -> None:
        """Wrap the chart's zones to the canvas's shape and show it whole (View > Fit)."""
        if self.presenter is not None:
            self.presenter.fit()

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        files, reports = self.files, self.reports
        self.new_action = self._action(self.tr("&New"), files.new_design, keys.New)
        self.open_action = self._action(self.tr("&Open…"), files.on_open_triggered, keys.Open)
        self.save_action = self._action(self.tr("&Save"), files.save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), files.save_as, keys.SaveAs)
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        samples = file_menu.addMenu(self.tr("Open &Sample"))
        for sample in sample_files():
            samples.addAction(
                self._action(design_title(sample), lambda _=False, p=sample: files.open_file(p))
            )
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        self.print_action = self._action(self.tr("&Print…"), reports.on_print_triggered, keys.Print)
        self.export_action = self._action(
            self.tr("&Export Chart…"), reports.on_export_triggered, QKeySequence("Ctrl+E")
        )
        file_menu.addActions([self.print_action, self.export_action])
        self.report_action = self._action(
            self.tr("Export &Report…"),
            reports.on_export_report_triggered,
            QKeySequence("Ctrl+Shift+E"),
            self.tr("Post, redeployment, cost or change tables as XLSX, CSV, HTML or PDF"),
        )
        file_menu.addAction(self.report_action)
        exchange = file_menu.addMenu(self.tr("E&xchange"))
        self.import_action = self._action(
            self.tr("&Import Units and Posts…"),
            reports.on_import_triggered,
            tip=self.tr(
                "Merge units and posts from CSV or XLSX into this scenario (one undo step)"
            ),
        )
        exchange.addActions(
            [
                self.import_action,
                self._action(self.tr("Write Import &Template…"), reports.on_template_triggered),
                self._action(
                    self.tr("Export &Units and Posts…"), reports.on_export_units_triggered
                ),
                self._action(self.tr("Export &GraphML…"), reports.on_export_graphml_triggered),
            ]
        )
        self.versions = VersionCompare(self)  # Compare with File/Version, File History
        self.versions.add_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("Auto&save Every…"),
                self._on_autosave_interval_triggered,
                tip=self.tr("How often a recovery copy of unsaved changes is kept"),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, keys.Quit))
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.add_action = self._action(
            self.tr("&Add Unit Below…"), self._on_add_triggered, QKeySequence("Ctrl+Shift+N")
        )
        self.delete_action = self._action(
            self.tr("&Delete Units"), self._on_delete_triggered, keys.Delete
        )
        self.move_action = self._action(
            self.tr("&Move To…"), self._on_move_triggered, QKeySequence("Ctrl+M")
        )
        self.find_action = self._action(self.tr("&Find…"), self._on_find_triggered, keys.Find)
        self.undo_actions = UndoActions(self)  # the focused text field's typing, else the document
        undo, redo = self.undo_actions.undo, self.undo_actions.redo
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        chart = self.chart_actions
        self.edit_menu.addActions([self.add_action, chart.add_post, self.move_action])
        self.edit_menu.addActions([chart.edit_name, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addMenu(self.tr("Se&lect")).addActions(chart.arrows)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        zoom_in = self._action(self.tr("Zoom &In"), self.view.zoom_in, keys.ZoomIn)
        zoom_out = self._action(self.tr("Zoom &Out"), self.view.zoom_out, keys.ZoomOut)
        fit = self._action(self.tr("&Fit to Window"), self.fit_chart, QKeySequence("Ctrl+0"))
        self.fit_action = fit
        actual = self._action(
            self.tr("&Actual Size"), lambda: self.view.set_zoom(1.0), QKeySequence("Ctrl+1")
        )
        self.compact_action = self._action(
            self.tr("&Compact Layout"), self._on_layout_option_toggled
        )
        self.grade_rows_action = self._action(
            self.tr("Align Rows by &Grade"), self._on_layout_option_toggled
        )
        for action in (self.compact_action, self.grade_rows_action):
            action.setCheckable(True)
        self.compact_action.setChecked(True)
        expand = self._action(self.tr("&Expand All"), self.expand_all)
        expand.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.expand_action = expand
        self.compare_action = self._action(
            self.tr("Compare with &Baseline"),
            self._on_compare_action_triggered,
            QKeySequence("Ctrl+Shift+B"),
            self.tr("Mark what is new, moved or changed against the baseline, and list it"),
        )
        self.compare_action.setCheckable(True)
        self.summary_action = self._action(
            self.tr("Cost &Summary…"),
            self.show_cost_summary,
            tip=self.tr("Cost per funding source of every scenario, and a grade pyramid"),
        )
        view_menu.addActions([zoom_in, zoom_out, fit, actual])
        view_menu.addSeparator()
        view_menu.addActions([chart.focus, chart.collapse, expand, chart.show_findings])
        view_menu.addSeparator()
        view_menu.addActions([self.compact_action, self.grade_rows_action])
        view_menu.addActions([self.compare_action, self.summary_action])
        self.chart_language_menu = ChartLanguageMenu(  # names in several languages (issue 19)
            lambda: self.presenter, lambda text: self.statusBar().showMessage(text, 8000), self
        )
        view_menu.addMenu(self.chart_language_menu)
        self.minimap_action = self.minimap.add_actions(self, view_menu)
        comments.add_actions(self.comments_dock, view_menu)
        view_menu.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view_menu.addAction(dock.toggleViewAction())
            if dock.widget() is self.legend:
                self.legend_action = dock.toggleViewAction()
                self.legend_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        design_menu = self.menuBar().addMenu(self.tr("&Design"))
        self.design_settings_action = self._action(
            self.tr("&Settings…"),
            self.show_design_settings,
            tip=self.tr(
                "Grades, standard costs, funding sources, functions, department roles, rules"
            ),
        )
        self.design_properties_action = self._action(
            self.tr("&Properties…"),
            self.show_design_properties,
            tip=self.tr("Title, author, description and provenance notes; scenario descriptions"),
        )
        design_menu.addActions([self.design_settings_action, self.design_properties_action])
        self.language_menu = language_menu(self, self.settings)  # Settings > Language
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&User Guide"), self._on_guide_triggered, keys.HelpContents)
        )
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence("Ctrl+/")
            )
        )
        help_menu.addAction(
            self._action(
                self.tr("&Rules"), self._on_rules_help_triggered, QKeySequence("Ctrl+Shift+H")
            )
        )
        help_menu.addAction(
            self._action(self.tr("&About {0}").format(APP_NAME), self._on_about_triggered)
        )
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find a unit (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setAccessibleName(self.tr("Find a unit"))
        self.find_field.setToolTip(
            self.tr("Type part of a unit's name, then Return for the next match")
        )
        self.find_field.returnPressed.connect(self.find_next)
        self.toolbar = MainToolbar(
            self,
            [
                ("new", self.new_action),
                ("open", self.open_action),
                ("save", self.save_action),
                None,
                ("undo", undo),
                ("redo", redo),
                None,
                ("print", self.print_action),
                ("export", self.export_action),
                ("compare", self.compare_action),
                None,
                ("fit", fit),
                ("focus", chart.focus),
                ("legend", self.legend_action),
                ("find", self.find_action),
            ],
            self.find_field,
            keeps_tooltip=(undo, redo),
        )

    # --- the document -----------------------------------------------------------------------
    def set_document(self, design: Design, path: Path | None) -> None:
        """Show ``design`` (read from ``path``, None: untitled) in place of the open one."""
        release()  # what earlier documents left in cycles: frozen, it would never be freed
        settle()  # the new design: out of the collector's way before the scene is built
        self.recovery.forget_recovery_copy()  # the old design was saved or discarded
        if self.start_page is not None:
            self.start_page.dismiss()  # a design was opened or made: the chart is the window
            self.start_page = None
        if self.presenter is not None:
            self.presenter.detach()
        old = self.controller
        if old is not None:
            for signal, slot in self._links:
                signal.disconnect(slot)
            old.close()
            old.deleteLater()
        controller = DocumentController(design, path, self)
        self.controller = controller
        self.presenter = ChartPresenter(controller, self.scene, self.view)
        controller.changed.connect(self._on_controller_changed)
        controller.scenario_switched.connect(self._on_controller_scenario_switched)
        controller.report_ready.connect(self._on_controller_report_ready)
        controller.validation_started.connect(self._on_controller_validation_started)
        controller.edit_refused.connect(self._on_controller_edit_refused)
        controller.history_moved.connect(self._update_title)
        self._links = self._panel_links(controller)  # the same ones go when the document goes
        for signal, slot in self._links:
            signal.connect(slot)
        self.findings.scenario_shown = lambda: controller.scenario  # to name units
        self.findings.show_report(None)  # nothing checked yet; the first report raises nothing
        for follower in (
            self.inspector,
            self.history,
            self.undo_actions,
            self.scenarios,
            self.costs,
            self.conflicts,
            self.comments,
        ):
            follower.follow(controller)
        self.chart_focus.follow(controller)  # no focus in a newly opened design
        if getattr(self, "_summary", None) is not None:
            self._summary.follow(controller)  # the cost summary follows the open design
        if getattr(self, "_design_settings", None) is not None:
            self._design_settings.follow(controller)  # and so do the design settings
        self.scene.clearSelection()
        self.presenter.refresh()
        self.refresh_compare()
        self._show_selected_unit()
        self.errors_label.setText(self.tr("Checking the rules…"))
        controller.validate_soon()  # after the first paint: a big design shows sooner
        self.presenter.fit()
        self._update_title()
        settle()

    def _panel_links(self, c: DocumentController) -> list[Link]:
        p, i = self.scenarios, self.inspector
        return [
            (c.report_ready, self.findings.show_report),
            (p.switch_requested, c.switch_scenario),
            (p.copy_requested, self._on_copy_scenario_requested),
            (p.rename_requested, self._on_rename_scenario_requested),
            (p.delete_requested, c.delete_scenario),
            (self.findings.fix_requested, c.apply_fix),
            (self.findings.rule_off_requested, c.turn_off_rule),
            (i.unit_field_requested, c.set_unit_field),
            (i.post_add_requested, c.add_post),
            (i.posts_abolish_requested, c.abolish_posts),
            (i.post_field_requested, c.set_post_field),
            (i.posts_field_requested, c.set_posts_field),
            (i.posts_redeploy_requested, c.move_posts),
            (i.post_titles_requested, c.set_post_titles),
            (i.line_add_requested, c.add_line),
            (i.line_remove_requested, c.remove_line),
            (i.line_field_requested, c.set_line_field),
            (i.role_requested, c.set_scenario_role),
            (i.body_requested, c.set_body),
        ]

    def show_start_page(self) -> StartPage:
        """Lay the start page over the chart (an app started without a file)."""
        if self.start_page is None:
            self.start_page = StartPage(self)
            self.start_page.destroyed.connect(lambda: setattr(self, "start_page", None))
        self.start_page.show()
        self.start_page.raise_()
        self.start_page.setFocus()
        return self.start_page

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: every menu action and its keys."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_guide_triggered(self) -> None:
        dialog = UserGuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_file(self, path: str | Path) -> bool:
        """Open ``path`` (see :meth:`DocumentFiles.open_file`)."""
        return self.files.open_file(path)

    def save(self) -> bool:
        """Save the open design (see :meth:`DocumentFiles.save`)."""
        return self.files.save()

    def show_error(self, title: str, text: str, details: str) -> None:
        """Say in a dialog what failed and what to do; ``details`` behind Show Details."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details and details != text:
            box.setDetailedText(details)
        box.open()
        self.statusBar().showMessage(title, 8000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.files.open_file(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard():
            event.ignore()
            return
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.recovery.end_recovery()
        event.accept()

    # --- reacting to the document: what the docks do not follow themselves -----------------
    def _on_controller_changed(self, _change: Change) -> None:
        c = self.controller
        assert c is not None
        self.refresh_compare()  # the chart's diff is made afresh after any change (if comparing)
        if self.rules_dialog is not None and self.rules_dialog.isVisible():
            self.rules_dialog.show_design(c.design)

    def _on_controller_scenario_switched(self, _scenario_id: str) -> None:
        self.refresh_compare()
        self._show_selected_unit()
        self._update_title()

    def _on_controller_validation_started(self) -> None:
        if len(self.scene.cards) > BIG_CHART_UNITS:  # long enough to say so
            self.errors_label.setText(self.tr("Checking the rules…"))
            self.errors_label.repaint()

    def _on_controller_report_ready(self, report: Report) -> None:
        counts = report.counts()
        self.errors_label.setText(
            self.tr("{0} errors, {1} warnings").format(
                number(counts["error"]), number(counts["warning"])
            )
        )

    def _on_controller_edit_refused(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Not done: {0}").format(reason), 8000)

    def _on_costs_total_changed(self, delta: int) -> None:
        currency = self.controller.design.cost_table.currency if self.controller else ""
        self.delta_label.setText(
            self.tr("Cost change: {0} {1}").format(signed(delta), currency)
            if delta
            else self.tr("Cost change: {0}").format(number(0))
        )

    def refresh_compare(self) -> None:
        """Show in the Compare dock and the toolbar what the chart compares with now."""
        c = self.controller
        assert c is not None and self.presenter is not None
        compared = self.presenter.compared_scenario()
        version = self.versions.label if self.presenter.version is not None else None
        self.compare.show_comparison(
            c.design, c.scenario_id, compared.id if compared else None, version, self.presenter.diff
        )
        self.compare_action.setChecked(compared is not None and version is None)

    def _show_selected_unit(self) -> None:
        c = self.controller
        if c is None:
            return
        selected = self.scene.selected_unit_ids()
        self.inspector.show_unit(c.design, c.scenario, selected[0] if len(selected) == 1 else None)

    def _update_title(self) -> None:
        c = self.controller
        name = c.path.name if c and c.path else self.tr("Untitled")
        scenario = f" ({c.scenario.name})" if c else ""
        conflicts = unresolved_text(c.design) if c else ""
        scenario += f" — {conflicts}" if conflicts else ""
        self.setWindowTitle(f"{name}[*]{scenario} — {APP_NAME}")
        self.setWindowModified(bool(c and c.modified))

    # --- commands from menus ----------------------------------------------------------------
    def _on_autosave_interval_triggered(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Autosave"),
            self.tr("Keep a recovery copy of unsaved changes every (minutes; 0: never):"),
            self.settings.autosave_minutes(),
            0,
            120,
        )
        if ok:
            self.recovery.set_autosave_minutes(minutes)

    def _on_add_triggered(self) -> None:
        c = self.controller
        selected = self.scene.selected_unit_ids()
        if c is None or len(selected) != 1:
            self.statusBar().showMessage(self.tr("Select the unit to add a unit below"), 5000)
            return
        name, ok = QInputDialog.getText(self, self.tr("Add unit"), self.tr("Name of the new unit:"))
        if ok and name.strip():
            unit_id = c.add_unit(selected[0], name.strip())
            if unit_id:
                self._reveal([unit_id])

    def _on_delete_triggered(self) -> None:
        if self.controller is not None and self.scene.selected_unit_ids():
            self.controller.delete_units(self.scene.selected_unit_ids())

    def _on_move_triggered(self) -> None:
        c = self.controller
        selected = self.scene.selected_unit_ids()
        if c is None or not selected:
            self.statusBar().showMessage(self.tr("Select the units to move first"), 5000)
            return
        dialog = MoveToDialog(c.scenario, selected, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            c.move_units(selected, dialog.chosen() or "")

    def _on_find_triggered(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Select the next unit whose name or short name contains the search text."""
        c = self.controller
        needle = self.find_field.text().strip().casefold()
        if c is None or not needle:
            return False
        matches = [
            u.id
            for u in c.scenario.units.values()
            if needle in u.name.casefold() or needle in u.short_name.casefold()
        ]
        if not matches:
            self.statusBar().showMessage(
                self.tr("No unit matches “{0}”").format(self.find_field.text()), 5000
            )
            return False
        self._find_index = self._find_index % len(matches)
        found = matches[self._find_index]
        self._find_index += 1
        self._reveal([found])
        path = [found, *c.scenario.ancestors(found)]
        self.scene.highlight_path(path)
        self.statusBar().showMessage(
            self.tr("{0} of {1}: ").format(self._find_index, len(matches))
            + " > ".join(
                c.scenario.units[u].short_name or c.scenario.units[u].name for u in reversed(path)
            ),
            8000,
        )
        return True

    def _reveal(self, unit_ids: list[str]) -> None:
        if self.presenter is not None:
            self.presenter.reveal(unit_ids)

    def _on_layout_option_toggled(self) -> None:
        if self.presenter is not None:
            self.presenter.set_option(
                compact=self.compact_action.isChecked(),
                grade_rows=self.grade_rows_action.isChecked(),
            )

    def show_cost_summary(self) -> CostSummaryDialog:
        """Open the cost summary window (one at a time; it follows the open design)."""
        c = self.controller
        assert c is not None
        if getattr(self, "_summary", None) is None:
            self._summary = CostSummaryDialog(c.design, c.scenario_id, self)
        self._summary.follow(c)
        self._summary.show()
        self._summary.raise_()
        return self._summary

    def show_design_settings(self) -> DesignSettingsDialog:
        """Open Design > Settings… (one at a time; it follows the open design)."""
        c = self.controller
        assert c is not None
        if getattr(self, "_design_settings", None) is None:
            self._design_settings = DesignSettingsDialog(c, self)
        self._design_settings.follow(c)
        self._design_settings.show()
        self._design_settings.raise_()
        return self._design_settings

    def show_design_properties(self) -> DesignPropertiesDialog:
        """Open Design > Properties… for the open design (window-modal)."""
        assert self.controller is not None
        dialog = DesignPropertiesDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_compare_requested(self, scenario_id: str | None) -> None:
        assert self.presenter is not None
        self.presenter.set_compare(scenario_id)
        self.refresh_compare()

    def _on_compare_action_triggered(self, checked: bool) -> None:
        c = self.controller
        assert c is not None
        if checked:
            self.compare_dock.show()
            self.compare_dock.raise_()
        self._on_compare_requested(c.design.baseline.id if checked else None)

    def _on_copy_scenario_requested(self, scenario_id: str) -> None:
        c = self.controller
        assert c is not None
        source = next(s for s in c.design.scenarios if s.id == scenario_id)
        name, ok = QInputDialog.getText(
            self,
            self.tr("Copy scenario"),
            self.tr("Name of the new proposal:"),
            text=self.tr("{0} (copy)").format(source.name),
        )
        if ok:
            c.copy_scenario(scenario_id, name.strip())

    def _on_rename_scenario_requested(self, scenario_id: str) -> None:
        c = self.controller
        assert c is not None
        source = next(s for s in c.design.scenarios if s.id == scenario_id)
        dialog = RenameScenarioDialog(c.design, source, self)  # names side by side (issue 19)
        dialog.rename_requested.connect(c.rename_scenario)
        dialog.finished.connect(dialog.deleteLater)
        self.rename_dialog = dialog
        dialog.open()

    def _on_rules_help_triggered(self) -> None:
        design = self.controller.design if self.controller is not None else None
        if self.rules_dialog is None:
            self.rules_dialog = RulesDialog(design, self)
        self.rules_dialog.show_design(design)
        self.rules_dialog.show()
        self.rules_dialog.raise_()

    def _on_about_triggered(self) -> None:
        from orgeditor.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.presenter is not None:
            self.presenter.refresh()  # follow a light/dark switch
            self.toolbar.retheme()
        super().changeEvent(event)
