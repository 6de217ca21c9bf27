"""Build the city sample from File > New > Blank the way a planner does, through the widgets.

The content is the planner's script ``samples/recipes/city.md``, typed here as
data; nothing is read from the recipe. Every step goes through a widget of the
real window: Settings pages with key presses and buttons, the chart (clicks on
cards, Edit > Add/Move/Delete with their dialogs answered by typing), the
Inspector (its fields, posts and lines tables, segments, successors and roles),
post redeployment by dropping the posts table's rows on a card, and
Design > Properties. Modal dialogs are answered by a timer that types into them.

Used by ``tests/ui/test_build_city_from_blank.py`` and by the screenshot script
(``/work/notes/shots/s5/city_shots.py``), which passes a ``shot`` callback that
is called with a name at each point worth a picture.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from orgeditor.commands.references import Kind, uses
from orgeditor.commands.settings import PLAYED_BY
from orgeditor.ui.design_properties import DesignPropertiesDialog
from orgeditor.ui.design_settings import DesignSettingsDialog
from orgeditor.ui.design_settings.bodies import BodiesPage
from orgeditor.ui.design_settings.catalogue import CataloguePage
from orgeditor.ui.design_settings.costs import CostsPage
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.page import SettingsPage
from orgeditor.ui.design_settings.rule_parameters import RuleParametersPage
from orgeditor.ui.design_settings.rule_switches import ON, RulesPage
from orgeditor.ui.design_settings.segments import SegmentsPage
from orgeditor.ui.dialogs import MoveToDialog
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.new_design import NewDesignDialog

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
I_REFORM = "[I] illustrative reform"

# --- the planner's script (samples/recipes/city.md), as typed into the app ---
TITLE = "Development services reform of an illustrative city"
AUTHOR = "orgeditor sample"
DESCRIPTION = (
    "An illustrative city merges its Planning and Building departments into a Development "
    "Policy Department and a Development Operations Department, splits its Development Review "
    "Division between them, and replaces the two departments' counters with a shared front "
    "door: one desk per client group (residents and homeowners, developers and builders, "
    "businesses), each reporting to both departments. It shows client groups as segments, a "
    "budget fund with programme parts, a successor split, and a required committee."
)
PROVENANCE = [
    "ILLUSTRATIVE [I]: an invented city, not any real one. Every unit, post, grade, cost, "
    "funding rule and rule setting in this design is illustrative; nothing in it is sourced.",
    "It illustrates a reform of a kind cities undertake [I]: planning and building merged into "
    "a policy department and an operations department, and one front-door desk per client "
    "group instead of a counter in each department.",
    "Costs are illustrative [I] annual full costs per grade in euros, for 2025.",
    "The reform is cost neutral by construction: every post of the baseline is kept, none is "
    "established, abolished or reclassified. Posts move between the General Fund's programmes "
    "(a transfer the fund's source-level neutrality allows); no post changes fund.",
]
GRADES = [
    ("DCM", "Deputy City Manager", "Executive"),
    ("DIR", "Director", "Executive"),
    ("DD", "Deputy Director", "Executive"),
    ("MGR", "Manager", "Management"),
    ("PRIN", "Principal", "Professional"),
    ("SNR", "Senior", "Professional"),
    ("OFF", "Officer", "Professional"),
    ("TECH", "Technician", "Technical and support"),
    ("ASST", "Assistant", "Technical and support"),
]
RATES = ["210,000", "175,000", "150,000", "125,000", "110,000", "95,000", "80,000", "68,000",
         "55,000"]  # fmt: skip
COST_NOTE = "[I] Illustrative annual full costs (pay, pension and benefits) per grade."
GF_TEXT = (
    "[I] Tax-funded; the council appropriates it to the development services as a whole, and "
    "its programmes are how the budget presents it. Neutrality is checked for the whole fund: "
    "moving posts between its programmes is within the manager's authority."
)
FEE_TEXT = (
    "[I] Permit and plan-review fees, which may pay only for permit, plan-review and "
    "inspection work: no post moves between this fund and the General Fund."
)
GF_PARTS = [
    ("gf-plan", "Planning programme"),
    ("gf-bld", "Building safety programme"),
    ("gf-cs", "Customer service programme"),
]
ROLES = [("policy", "Policy department"), ("operations", "Operations department")]
FUNCTIONS = [  # id, name, home, sits with
    ("direction", "Direction of the development services", "", ""),
    ("long-range", "Long-range and neighbourhood planning", "policy", ""),
    ("zoning-policy", "Zoning and building code policy", "policy", ""),
    ("plan-review", "Review of development and building plans", "operations", ""),
    ("permits", "Permit issuance", "operations", ""),
    ("inspections", "Building inspections and code enforcement", "operations", ""),
    ("customer-service", "Customer service: the door clients come to", "", ""),
]
TOGETHER = ("plan-review", "permits")
CLIENTS = [
    ("res", "Residents and homeowners"),
    ("dev", "Developers and builders"),
    ("bus", "Businesses"),
]
BASELINE = "Planning and Building today"
BASELINE_TEXT = (
    "[I] Two departments, each with its own counter: a developer and a homeowner may need "
    "both, and businesses have no door of their own."
)
PROPOSAL = "Policy, operations and a front door"
PROPOSAL_TEXT = (
    "[I] Planning and Building become a policy and an operations department; Development "
    "Review splits between them; a front door gives each client group one desk that reports "
    "to both departments."
)
DCM = "Deputy City Manager for Development"
PLAN, BLD = "Planning Department", "Building Department"
LRP, DEVREV = "Long Range Planning Division", "Development Review Division"
PCOUNTER, BCOUNTER = "Planning Counter", "Permit Counter"
PERMITS, INSP = "Permits Division", "Inspections Division"
POL, OPS = "Development Policy Department", "Development Operations Department"
CODE, REVIEW = "Zoning and Code Policy Division", "Plan Review Service"
FD, DCC = "Development Services Front Door", "Development Coordination Committee"
DESKS = [
    ("res", "Residents and Homeowners Desk", "Residents' Desk"),
    ("dev", "Developers and Builders Desk", "Developers' Desk"),
    ("bus", "Business Desk", ""),
]


@dataclass
class UnitSpec:
    """A unit as the Inspector is filled in: the fields the planner sets after Edit > Add."""

    name: str
    parent: str
    kind: str
    head: str | None
    functions: list[str]
    short: str = ""
    note: str = ""
    justification: str = ""
    staff: list[tuple[str, str, int]] = field(default_factory=list)  # funding, grade, count
    titles: dict[str, str] = field(default_factory=dict)  # grade -> title of its first post
    entry_points: list[str] = field(default_factory=list)  # client groups


BASELINE_UNITS = [
    UnitSpec(PLAN, DCM, "department", "DIR", ["direction"], "Planning",
             staff=[("gf-plan", "DIR", 1), ("gf-plan", "ASST", 1)],
             titles={"DIR": "Director of Planning"}),
    UnitSpec(LRP, PLAN, "division", "DD", ["long-range"], "Long Range Planning",
             staff=[("gf-plan", "DD", 1), ("gf-plan", "PRIN", 2), ("gf-plan", "SNR", 3),
                    ("gf-plan", "OFF", 2), ("gf-plan", "ASST", 1)]),
    UnitSpec(DEVREV, PLAN, "division", "DD", ["zoning-policy", "plan-review"],
             "Development Review",
             note="Writes the zoning code and reviews applications against it.",
             staff=[("gf-plan", "DD", 1), ("gf-plan", "MGR", 1), ("gf-plan", "PRIN", 2),
                    ("gf-plan", "SNR", 3), ("gf-plan", "OFF", 4), ("gf-plan", "TECH", 1),
                    ("fee", "SNR", 2), ("fee", "OFF", 2)]),
    UnitSpec(PCOUNTER, PLAN, "unit", "MGR", ["customer-service"],
             staff=[("gf-plan", "MGR", 1), ("gf-plan", "SNR", 2), ("gf-plan", "OFF", 2),
                    ("gf-plan", "ASST", 2)], entry_points=["res", "dev"]),
    UnitSpec(BLD, DCM, "department", "DIR", ["direction"], "Building",
             staff=[("fee", "DIR", 1), ("gf-bld", "ASST", 1)],
             titles={"DIR": "Director of Building"}),
    UnitSpec(PERMITS, BLD, "division", "DD", ["permits"], "Permits",
             staff=[("fee", "DD", 1), ("fee", "PRIN", 1), ("fee", "SNR", 2), ("fee", "OFF", 3)]),
    UnitSpec(INSP, BLD, "division", "DD", ["inspections"], "Inspections",
             note="Two technicians on the General Fund answer complaints.",
             staff=[("fee", "DD", 1), ("fee", "PRIN", 2), ("fee", "SNR", 4), ("fee", "TECH", 6),
                    ("fee", "ASST", 1), ("gf-bld", "TECH", 2)]),
    UnitSpec(BCOUNTER, BLD, "unit", "MGR", ["customer-service"],
             staff=[("fee", "MGR", 1), ("fee", "SNR", 1), ("fee", "OFF", 2), ("fee", "ASST", 1),
                    ("gf-bld", "OFF", 1), ("gf-bld", "ASST", 1)], entry_points=["res", "dev"]),
]  # fmt: skip

Shot = Callable[[str], None]


def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Process events until ``condition()`` holds; fail after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("the app did not get there in time")
        QTest.qWait(10)


FAILURES: list[BaseException] = []  # what went wrong inside a dialog answered by a timer


def answer(action: Callable[[QWidget], None]) -> None:
    """Have ``action`` answer the next modal dialog, as soon as it is open.

    If ``action`` fails, the dialog is cancelled (the run goes on, not stuck in
    its event loop) and the failure is raised by :func:`check_answers`.
    """

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        except BaseException as error:  # kept and raised after the dialog
            FAILURES.append(error)
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, attempt)


def check_answers() -> None:
    """Raise the first failure of a dialog's answer, if any."""
    if FAILURES:
        raise FAILURES.pop(0)


def activate(widget: QWidget) -> None:
    """Bring ``widget``'s window to the front with the keyboard, as a click into it does."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        end = time.monotonic() + 1
        while not window.isActiveWindow() and time.monotonic() < end:
            QTest.qWait(10)


def retype(field: QLineEdit, text: str, finish: bool = False) -> None:
    """Select what the field holds and type ``text`` (then Return when ``finish``)."""
    activate(field)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    if text:
        QTest.keyClicks(field, text)
    else:
        QTest.keyClick(field, Qt.Key.Key_Delete)
    if finish:
        QTest.keyClick(field, Qt.Key.Key_Return)


def type_lines(box: QPlainTextEdit, lines: list[str]) -> None:
    """Replace what ``box`` holds by ``lines``, Return between them."""
    activate(box)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_A, CTRL)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    for index, line in enumerate(lines):
        if index:
            QTest.keyClick(box, Qt.Key.Key_Return)
        QTest.keyClicks(box, line)


def choose(combo: QComboBox, data: object) -> None:
    """Open the combo box's list, step to the entry holding ``data``, Enter (one activation)."""
    activate(combo)
    combo.setFocus()  # a unit choice lists every unit when it gets the keyboard
    target = combo.findData(data)
    assert target >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    if combo.currentIndex() == target:
        return
    combo.showPopup()
    view = combo.view()
    wait_until(view.isVisible)
    while view.currentIndex().row() != target:
        key = Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up
        QTest.keyClick(view, key)
    QTest.keyClick(view, Qt.Key.Key_Return)
    wait_until(lambda: not view.isVisible())


def click(button: QPushButton) -> None:
    """A left click on ``button``."""
    assert button.isEnabled(), button.text()
    activate(button)
    QTest.mouseClick(button, LEFT)


def toggle(view: QListWidget | QTableWidget, row: int, column: int = 0) -> None:
    """Space on a checkable cell, as a planner ticks its box with the keyboard."""
    activate(view)
    view.setFocus()
    if isinstance(view, QListWidget):
        view.setCurrentRow(row)
    else:
        view.setCurrentCell(row, column)
    QTest.keyClick(view, Qt.Key.Key_Space)


def type_in_cell(grid: QTableWidget, row: int, column: int, text: str) -> None:
    """F2 on a cell, replace what is there by ``text``, Enter."""
    activate(grid)
    grid.setFocus()
    grid.setCurrentCell(row, column)
    QTest.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is grid.viewport()
    QTest.keyClick(editor, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    wait_until(lambda: grid.state() != QAbstractItemView.State.EditingState)


def button_of(parent: QWidget, text: str) -> QPushButton:
    """The push button of ``parent`` showing ``text``."""
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


class CityBuilder:
    """Drives one main window from File > New > Blank to the city sample."""

    def __init__(self, window: MainWindow, shot: Shot | None = None) -> None:
        self.w = window
        self.shot = shot or (lambda name: None)
        self.dialog: DesignSettingsDialog | None = None

    # --- the chart and the inspector ---
    def unit_id(self, name: str) -> str:
        """The id of the unit called ``name`` in the scenario on screen (to find its card)."""
        c = self.w.controller
        assert c is not None
        found = [u.id for u in c.scenario.units.values() if u.name == name]
        assert len(found) == 1, (name, found)
        return found[0]

    def card_point(self, name: str) -> QPoint:
        """Scroll the chart to the card of ``name``; its centre on the viewport."""
        unit_id = self.unit_id(name)
        view = self.w.view
        view.set_zoom(0.7)
        view.center_on_units([unit_id])
        QApplication.processEvents()
        card = self.w.scene.cards[unit_id]
        return view.mapFromScene(card.sceneBoundingRect().center())

    def select(self, name: str) -> None:
        """Click the card of ``name``: the Inspector shows it."""
        point = self.card_point(name)
        viewport = self.w.view.viewport()
        activate(viewport)
        QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.NoModifier, point)
        unit_id = self.unit_id(name)
        wait_until(lambda: self.w.inspector.unit_id == unit_id)

    def add_unit(self, spec: UnitSpec) -> None:
        """Select the parent, Edit > Add, type the name; fill the Inspector; staff it."""
        self.select(spec.parent)

        def name_it(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            field = dialog.findChild(QLineEdit)
            QTest.keyClicks(field, spec.name)
            QTest.keyClick(field, Qt.Key.Key_Return)

        answer(name_it)
        self.w.add_action.trigger()
        check_answers()
        wait_until(lambda: self.w.inspector.name.text() == spec.name)
        self.fill_unit(spec)
        self.staff(spec)

    def fill_unit(self, spec: UnitSpec) -> None:
        """The unit's fields in the Inspector (the unit on screen is ``spec.name``)."""
        i = self.w.inspector
        if spec.short:
            retype(i.short_name, spec.short, finish=True)
        choose(i.kind, spec.kind)
        if spec.head:
            choose(i.head_grade, spec.head)
        for function in spec.functions:
            toggle(i.functions, self._row_of(i.functions, function))
        for item in spec.entry_points:
            checks = i.segments.entry_points["client"]
            toggle(checks, self._row_of(checks, item))
        if spec.note:
            retype(i.note_text, spec.note, finish=True)
        if spec.justification:
            retype(i.justification, spec.justification, finish=True)

    @staticmethod
    def _row_of(checks: QListWidget, value: str) -> int:
        return next(
            r
            for r in range(checks.count())
            if checks.item(r).data(Qt.ItemDataRole.UserRole) == value
        )

    def staff(self, spec: UnitSpec) -> None:
        """Establish the unit's posts (grade and funding chosen, then the button), title some."""
        i = self.w.inspector
        for funding, grade, count in spec.staff:
            choose(i.posts_box.new_funding, funding)
            choose(i.posts_box.new_grade, grade)
            for _ in range(count):
                click(button_of(i, "Establish post"))
        for grade, title in spec.titles.items():
            self.title_post(grade, title)

    def title_post(self, grade: str, title: str, funding: str | None = None) -> None:
        """Type ``title`` into the posts table for the first post of ``grade``."""
        table = self.w.inspector.posts
        row = next(
            r
            for r in range(table.rowCount())
            if table.text_at(r, 1) == grade and (funding is None or table.text_at(r, 2) == funding)
        )
        type_in_cell(table, row, 3, title)

    def move_posts(
        self,
        source: str,
        target: str,
        grade: str | None = None,
        funding: str | None = None,
        count: int | None = None,
    ) -> int:
        """Select rows of ``source``'s posts table and drop them on ``target``'s card."""
        self.select(source)
        table = self.w.inspector.posts
        rows = [
            r
            for r in range(table.rowCount())
            if (grade is None or table.text_at(r, 1) == grade)
            and (funding is None or table.text_at(r, 2) == funding)
        ][:count]
        assert rows and (count is None or len(rows) == count), (source, grade, funding, count)
        table.clearSelection()
        activate(table)
        table.setFocus()
        for row in rows:  # Ctrl+click each row: the planner's selection
            rect = table.visualItemRect(table.item(row, 0))
            QTest.mouseClick(table.viewport(), LEFT, CTRL, rect.center())
        data = table.mimeData(table.selectedItems())
        where = self.card_point(target)
        viewport = self.w.view.viewport()
        move, none = Qt.DropAction.MoveAction, Qt.MouseButton.NoButton
        plain = Qt.KeyboardModifier.NoModifier
        QApplication.sendEvent(viewport, QDragEnterEvent(where, move, data, none, plain))
        QApplication.sendEvent(viewport, QDragMoveEvent(where, move, data, none, plain))
        QApplication.sendEvent(viewport, QDropEvent(QPointF(where), move, data, none, plain))
        return len(rows)

    def refund(self, unit: str, grade: str, old: str, new: str) -> None:
        """Every ``grade`` post of ``unit`` funded from ``old``: funded from ``new`` instead."""
        self.select(unit)
        box = self.w.inspector.posts_box
        table = box.table
        rows = [
            r
            for r in range(table.rowCount())
            if table.text_at(r, 1) == grade and table.text_at(r, 2) == old
        ]
        if not rows:
            return
        table.clearSelection()
        activate(table)
        for row in rows:  # Ctrl+click each row, then Change funding of selected
            rect = table.visualItemRect(table.item(row, 0))
            QTest.mouseClick(table.viewport(), LEFT, CTRL, rect.center())
        choose(box.to_funding, new)
        click(button_of(self.w.inspector, "Change funding of selected"))

    def move_unit(self, name: str, parent: str) -> None:
        """Select the unit, Edit > Move to…, type part of the new parent's name, Enter."""
        self.select(name)

        def pick(dialog: QWidget) -> None:
            assert isinstance(dialog, MoveToDialog)
            QTest.keyClicks(dialog.search, parent)
            QTest.keyClick(dialog.search, Qt.Key.Key_Return)

        answer(pick)
        self.w.move_action.trigger()
        check_answers()

    def delete_unit(self, name: str) -> None:
        """Select the unit and Edit > Delete."""
        self.select(name)
        self.w.delete_action.trigger()

    def succeeds(self, name: str, earlier: list[str], source: str) -> None:
        """The Inspector's Succeeds box: add each baseline unit, then type the source."""
        self.select(name)
        box = self.w.inspector.succession
        for old in earlier:
            box.choice.setFocus()
            choose(box.choice, self._baseline_id(old))
            click(box.add)
        retype(box.source, source, finish=True)

    def _baseline_id(self, name: str) -> str:
        c = self.w.controller
        assert c is not None
        return next(u.id for u in c.design.baseline.units.values() if u.name == name)

    def dual_line(self, source: str, target: str, condition: str) -> None:
        """Inspector lines box: choose the target and kind, Add line; type the condition."""
        self.select(source)
        i = self.w.inspector
        choose(i.line_target, self.unit_id(target))
        choose(i.line_kind, "dual")
        click(button_of(i, "Add line"))
        target_name = target
        row = next(r for r in range(i.lines.rowCount()) if i.lines.item(r, 0).text() == target_name)
        type_in_cell(i.lines, row, 3, condition)

    def scenario_button(self, button: QPushButton, text: str) -> None:
        """Click Copy… or Rename… on the Scenarios dock; the name question is answered with
        ``text`` (Qt's own input dialog is stood in for here: answered by a timer inside
        a button's handler, its event loop did not return offscreen). Rename's own dialog
        (names side by side) is not modal: typed into, then OK clicked."""
        import orgeditor.ui.main_window as window_module

        if button is self.w.scenarios.rename_button:
            click(button)
            dialog = self.w.rename_dialog
            assert dialog is not None and dialog.isVisible()
            retype(dialog.name, text)
            click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
            return
        asked = window_module.QInputDialog.getText
        window_module.QInputDialog.getText = lambda *a, **k: (text, True)  # type: ignore[method-assign]
        try:
            click(button)
        finally:
            window_module.QInputDialog.getText = asked  # type: ignore[method-assign]

    # --- the settings dialog ---
    def settings(self, title: str) -> SettingsPage:
        """Design > Settings… (opened once), on the page called ``title``."""
        if self.dialog is None or not self.dialog.isVisible():
            self.w.design_settings_action.trigger()
            self.dialog = self.w.show_design_settings()
            self.dialog.activateWindow()
        index = next(i for i, p in enumerate(self.dialog.pages) if p.title == title)
        self.dialog.tabs.setCurrentIndex(index)
        return self.dialog.pages[index]

    def apply(self) -> None:
        """Click Apply; the page has nothing pending afterwards."""
        assert self.dialog is not None
        page = self.dialog.page()
        assert page.valid(), page.problems
        steps = self.w.controller.undo_stack.count()
        click(self.dialog.apply_button)
        assert self.w.controller.undo_stack.count() == steps + 1, page.title
        assert page.pending() is None, page.title

    def catalogue_entry(self, page: CataloguePage, values: dict[str, str]) -> None:
        """New, type the code, name, group or description, pick the home; Apply."""
        click(page.new_button)
        self.fill_entry(page, values)
        self.apply()

    def fill_entry(self, page: CataloguePage, values: dict[str, str]) -> None:
        """Type ``values`` into the page's form (text fields by typing, choices by keys)."""
        for name, value in values.items():
            field = page.fields[name]
            if isinstance(field, QComboBox):
                choose(field, value)
            elif isinstance(field, QPlainTextEdit):
                type_lines(field, [value])
            else:
                retype(field, value)

    def select_entry(self, page: CataloguePage, code: str) -> None:
        """Click the row of ``code`` in the page's list."""
        table = page.table
        activate(table)
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
        QTest.mouseClick(
            table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, 0)).center()
        )
        assert page.heading.text().endswith(code)

    @staticmethod
    def type_new_row(table: QTableWidget, code: str, name: str) -> None:
        """A new row's code is being edited: type it, Enter; then type its name."""
        row = table.currentRow()
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport(), (
            editor,
            editor.parent() if editor else None,
            QApplication.activeWindow(),
            table.state(),
        )
        QTest.keyClicks(editor, code)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        wait_until(lambda: table.state() != QAbstractItemView.State.EditingState)
        type_in_cell(table, row, 1, name)

    # --- the build, in the script's order ---
    def build(self) -> None:
        """From File > New > Blank to the saved-ready city design."""
        self.new_blank()
        self.enter_settings()
        self.build_baseline()
        self.build_proposal()
        self.enter_bodies()
        self.enter_promises()
        self.describe()

    def new_blank(self) -> None:
        """File > New, Blank chosen in the template list."""

        def pick_blank(dialog: QWidget) -> None:
            assert isinstance(dialog, NewDesignDialog)
            dialog.list.setFocus()
            dialog.list.setCurrentRow(0)
            assert dialog.chosen() == "blank"
            QTest.keyClick(dialog.list, Qt.Key.Key_Return)

        answer(pick_blank)
        self.w.new_action.trigger()
        check_answers()
        wait_until(lambda: self.w.controller is not None and self.w.controller.path is None)

    def enter_settings(self) -> None:
        """Grades, costs, funding, roles, functions, segments, rule parameters, rule switches."""
        page = self.settings("Grades")
        assert isinstance(page, CataloguePage)
        old = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
        for code, name, group in GRADES:
            self.catalogue_entry(page, {"id": code, "name": name, "category": group})
        for code in old:  # the Blank ladder goes; its top grade's uses are mapped to DCM
            self.select_entry(page, code)

            def map_to_dcm(dialog: QWidget) -> None:
                assert isinstance(dialog, MapToDialog)
                choose(dialog.choice, "DCM")
                QTest.keyClick(dialog.choice, Qt.Key.Key_Return)

            if uses(self.w.controller.design, Kind.GRADE, code):  # the page will ask
                answer(map_to_dcm)
            click(page.delete_button)
            check_answers()
        self.shot("grades")

        page = self.settings("Funding Sources")
        assert isinstance(page, CataloguePage) and page.parts_editor is not None
        self.select_entry(page, page.table.item(0, 0).text())  # Blank's one source: renamed
        self.fill_entry(page, {"id": "gf", "name": "General Fund", "description": GF_TEXT})
        parts = page.parts_editor
        for code, name in GF_PARTS:
            click(parts.new_button)
            self.type_new_row(parts.table, code, name)
        choose(parts.level, "source")
        self.apply()
        self.catalogue_entry(
            page, {"id": "fee", "name": "Permit Fee Fund", "description": FEE_TEXT}
        )
        self.select_entry(page, "gf")
        self.shot("funding")

        page = self.settings("Costs")
        assert isinstance(page, CostsPage)
        retype(page.currency, "EUR")
        retype(page.year, "2025")
        type_lines(page.note, [COST_NOTE])
        for row, rate in enumerate(RATES):
            type_in_cell(page.grid, row, 0, rate)  # the "Any source" column
        self.apply()
        self.shot("costs")

        page = self.settings("Department Roles")
        assert isinstance(page, CataloguePage)
        for code, name in ROLES:
            self.catalogue_entry(page, {"id": code, "name": name})

        page = self.settings("Functions")
        assert isinstance(page, CataloguePage)
        for code, name, home, _ in FUNCTIONS:
            values = {"id": code, "name": name} | ({"home": home} if home else {})
            self.catalogue_entry(page, values)
        self.select_entry(page, TOGETHER[0])
        choose(page.fields["together"], TOGETHER[1])
        self.apply()
        self.shot("functions")

        page = self.settings("Segments")
        assert isinstance(page, SegmentsPage)
        click(page.new_kind)
        retype(page.code, "client")
        retype(page.name, "client group")
        if not page.checked.isChecked():
            page.checked.setFocus()
            QTest.keyClick(page.checked, Qt.Key.Key_Space)
        choose(page.grade, "SNR")
        for code, name in CLIENTS:
            click(page.new_item)
            self.type_new_row(page.items, code, name)
        self.apply()
        self.shot("segments")

        page = self.settings("Rule Parameters")
        assert isinstance(page, RuleParametersPage)
        retype(page.tolerance, "0")
        choose(page.combos["senior_grade"], "DD")
        for box, value in ((page.span, "8"), (page.layers, "4")):
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_A, CTRL)
            QTest.keyClicks(box, value)
        self.apply()
        self.shot("rule-parameters")
        self.dialog_close()

    def rules_round_trip(self, rule_id: str) -> None:
        """Rules page: untick ``rule_id``, Apply; tick it again, Apply (the planner tries it)."""
        page = self.settings("Rules")
        assert isinstance(page, RulesPage)
        row = next(r for r, e in enumerate(page.entries) if e.rule.id == rule_id)
        toggle(page.table, row, ON)
        self.apply()
        self.dialog_close()
        assert not self.w.controller.design.rules.override(rule_id).enabled
        self.shot("rules")
        toggle(page.table, row, ON)
        self.apply()
        self.dialog_close()

    def build_baseline(self) -> None:
        """The top unit renamed, eight units added and staffed, the departments mapped."""
        self.select("Organisation")  # Blank's top unit
        i = self.w.inspector
        retype(i.name, DCM, finish=True)
        top = UnitSpec(DCM, "", "office", "DCM", ["direction"], "Development",
                       staff=[("gf", "DCM", 1), ("gf", "PRIN", 1), ("gf", "ASST", 1)],
                       titles={"DCM": "Deputy City Manager"})  # fmt: skip
        self.fill_unit(top)
        self.staff(top)
        for spec in BASELINE_UNITS:
            self.add_unit(spec)
        self.map_roles({"policy": PLAN, "operations": BLD})
        self.w.scenarios.list.setCurrentRow(0)
        self.scenario_button(self.w.scenarios.rename_button, BASELINE)
        wait_until(lambda: self.w.controller.scenario.name == BASELINE)

    def map_roles(self, played: dict[str, str]) -> None:
        """Department Roles page: for each role, the unit playing it in the scenario on screen."""
        page = self.settings("Department Roles")
        assert isinstance(page, CataloguePage)
        c = self.w.controller
        for role, name in played.items():
            self.select_entry(page, role)
            choose(page.fields[PLAYED_BY + c.scenario.id], self.unit_id(name))
            self.apply()
        self.dialog_close()

    def build_proposal(self) -> None:
        """Copy the baseline and reorganise it (the script's steps 1 to 9)."""
        self.w.scenarios.list.setCurrentRow(0)
        self.scenario_button(self.w.scenarios.copy_button, PROPOSAL)
        wait_until(lambda: self.w.controller.scenario.name == PROPOSAL)
        self.rules_round_trip("GOV-SPG")
        for name, short, old, title in ((POL, "Policy", PLAN, "Director of Development Policy"),
                                        (OPS, "Operations", BLD,
                                         "Director of Development Operations")):  # fmt: skip
            self.add_unit(UnitSpec(name, DCM, "department", "DIR", ["direction"], short))
            self.move_posts(old, name)
            self.select(name)
            self.title_post("DIR", title)
        self.move_unit(LRP, POL)
        self.select(LRP)
        retype(self.w.inspector.name, "Citywide Planning Division", finish=True)
        retype(self.w.inspector.short_name, "Citywide Planning", finish=True)
        # the split of Development Review
        self.add_unit(UnitSpec(CODE, POL, "division", "DD", ["zoning-policy"],
                               "Zoning & Code Policy"))  # fmt: skip
        for grade, count in (("DD", 1), ("PRIN", 2), ("SNR", 1), ("OFF", 1)):
            self.move_posts(DEVREV, CODE, grade, "gf-plan", count)
        self.move_unit(PERMITS, OPS)
        self.move_unit(INSP, OPS)
        self.add_unit(UnitSpec(REVIEW, OPS, "service", "MGR", ["plan-review"], "Plan Review",
                               justification="Plan review next to permit issuance: one path "
                               "to a permit."))  # fmt: skip
        self.move_posts(DEVREV, REVIEW)
        for grade in ("MGR", "SNR", "OFF", "TECH"):
            self.refund(REVIEW, grade, "gf-plan", "gf-bld")
        # the front door
        self.add_unit(UnitSpec(FD, DCM, "structure", "MGR", ["customer-service"], "Front Door",
                               justification="One door per client group, shared by both "
                               "departments."))  # fmt: skip
        self.select(FD)
        choose(self.w.inspector.roles.role, "shared_structure")
        for item, name, short in DESKS:
            self.add_unit(UnitSpec(name, FD, "unit", "SNR", ["customer-service"], short,
                                   entry_points=[item]))  # fmt: skip
            choose(self.w.inspector.segments.members["client"], item)
        desk = {item: name for item, name, _ in DESKS}
        self.move_posts(PCOUNTER, FD, "MGR")
        self.move_posts(PCOUNTER, FD, "ASST", count=1)
        for grade in ("SNR", "OFF", "ASST"):
            self.move_posts(PCOUNTER, desk["res"], grade, count=1)
        self.move_posts(BCOUNTER, desk["dev"], "SNR")
        self.move_posts(BCOUNTER, desk["dev"], "OFF", "fee")
        self.move_posts(BCOUNTER, desk["dev"], "ASST", "fee")
        self.move_posts(PCOUNTER, desk["bus"])
        self.move_posts(BCOUNTER, desk["bus"], funding="gf-bld")
        self.move_posts(BCOUNTER, PERMITS, "MGR")
        self.select(PERMITS)
        self.title_post("MGR", "Permit intake manager")
        for unit, grades, old in ((FD, ("MGR", "ASST"), "gf-plan"),
                                  (desk["res"], ("SNR", "OFF", "ASST"), "gf-plan"),
                                  (desk["bus"], ("SNR", "OFF"), "gf-plan"),
                                  (desk["bus"], ("OFF", "ASST"), "gf-bld")):  # fmt: skip
            for grade in grades:
                self.refund(unit, grade, old, "gf-cs")
        for _, name, _ in DESKS:
            self.dual_line(name, POL, "plans, zoning and code questions")
            self.dual_line(name, OPS, "permits, plan review and inspections")
        # the committee
        self.add_unit(UnitSpec(DCC, DCM, "body", None, [], "Committee",
                               note="Meets weekly on cases that need both departments."))  # fmt: skip
        roles = self.w.inspector.roles
        choose(roles.chair, self.unit_id(DCM))
        for member in (POL, OPS, FD):
            choose(roles.member, self.unit_id(member))
            click(roles.add_member)
        for name in (DEVREV, PCOUNTER, BCOUNTER, PLAN, BLD):
            self.delete_unit(name)
        self.map_roles({"policy": POL, "operations": OPS})
        self.succeeds(POL, [PLAN], I_REFORM)
        self.succeeds(OPS, [BLD], I_REFORM)
        self.succeeds(CODE, [DEVREV], I_REFORM)
        self.succeeds(REVIEW, [DEVREV], I_REFORM)
        for name in (FD, *(d for _, d, _ in DESKS)):
            self.succeeds(name, [PCOUNTER, BCOUNTER], I_REFORM)

    def enter_bodies(self) -> None:
        """Bodies page: the required committee, and the desks' dual reporting."""
        page = self.settings("Bodies")
        assert isinstance(page, BodiesPage)
        click(page.new_button)
        retype(page.fields["id"], "dcc")
        retype(page.fields["name"], DCC)
        retype(page.fields["called"], "development coordination committee")
        choose(page.body.kind, "unit")
        dcc = self.unit_id(DCC)
        choose(page.body.value, dcc)
        choose(page.chair.kind, "top")
        choose(page.member.kind, "departments")
        click(page.add_member)
        for _, name, _ in DESKS:
            retype(page.dual_unit, name)
            click(page.add_dual)
        for row in range(page.dual_table.rowCount()):
            for column in range(1, page.dual_table.columnCount()):
                toggle(page.dual_table, row, column)
        self.apply()
        self.shot("bodies")
        self.dialog_close()

    def enter_promises(self) -> None:
        """Rule Parameters page, once the desks exist: the front door kept together, heads
        graded as their posts (issue 21)."""
        page = self.settings("Rule Parameters")
        assert isinstance(page, RuleParametersPage)
        desks = ", ".join(self.unit_id(name) for _, name, _ in DESKS)
        type_lines(page.promises.groups, [f"the front door's desks: {desks}"])
        activate(page.promises.from_posts)
        page.promises.from_posts.setFocus()
        QTest.keyClick(page.promises.from_posts, Qt.Key.Key_Space)
        assert page.promises.from_posts.isChecked()
        self.apply()
        self.shot("promises")
        self.dialog_close()

    def dialog_close(self) -> None:
        """Close the settings dialog (nothing is pending)."""
        assert self.dialog is not None
        assert all(p.pending() is None for p in self.dialog.pages)
        click(self.dialog.buttons.button(QDialogButtonBox.StandardButton.Close))
        wait_until(lambda: self.dialog is not None and not self.dialog.isVisible())

    def describe(self) -> None:
        """Design > Properties…: title, author, description, notes, scenario descriptions."""
        self.w.design_properties_action.trigger()
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DesignPropertiesDialog)
        retype(dialog.title, TITLE)
        retype(dialog.author, AUTHOR)
        type_lines(dialog.description, [DESCRIPTION])
        type_lines(dialog.provenance, PROVENANCE)
        c = self.w.controller
        for scenario in c.design.scenarios:
            text = BASELINE_TEXT if scenario.name == BASELINE else PROPOSAL_TEXT
            type_lines(dialog.scenarios[scenario.id], [text])
        self.shot("properties")
        steps = c.undo_stack.count()
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        assert c.undo_stack.count() == steps + 1
