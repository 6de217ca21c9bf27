"""The inspector dock: every field of the selected unit, its posts and its lines.

It only emits intents (``*_requested``); the controller makes the commands.
It follows the controller: after a change it may show (:func:`orgeditor.editing.touched`)
it fills again what the change touched, setting only the widgets whose content differs;
hidden behind another dock it waits until it is shown. Typed or
pasted text is fitted to the file format's rules first (``orgeditor.model.text``:
line breaks and control characters replaced, cut to the limit), and a line
under the unit's title says what was changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import Change
from orgeditor.editing import touched
from orgeditor.model import Design, Note, PresenceType, Scenario, UnitKind
from orgeditor.model.aspects import EVERYTHING, Aspect
from orgeditor.model.text import NAME, SHORT, TEXT, TextRule, fitted_text
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.panels.citation import CitationBox
from orgeditor.ui.panels.fill import refill
from orgeditor.ui.panels.names_box import NamesBox
from orgeditor.ui.panels.posts import PostsBox
from orgeditor.ui.panels.segment_fields import SegmentFields
from orgeditor.ui.panels.succession import SuccessionBox
from orgeditor.ui.panels.unit_choice import UnitChoice
from orgeditor.ui.panels.unit_roles import UnitRolesBox
from orgeditor.ui.panels.when_shown import WhenShown
from orgeditor.ui.text import plain_label

NONE = "—"
EMPTY = QT_TRANSLATE_NOOP("InspectorPanel", "Select a unit")
LIST_ROWS = 30  # the Functions and Entry point lists show this many rows without scrolling
DATA = Qt.ItemDataRole.UserRole
FIELD_RULES: dict[str, tuple[str, TextRule]] = {
    "name": ("Name", NAME),
    "short_name": ("Short name", SHORT),
    "note_text": ("Note", TEXT),
    "justification": ("Justification", TEXT),
    "reference": ("Reference", SHORT),
    "title": ("Post title", SHORT),
    "caption": ("Caption", SHORT),
    "condition": ("Condition", SHORT),
}
# What the posts table shows: the unit's posts, the grades and funding sources to choose
# from, and the grade proposed for a new post (from the head grade and the ancestors').
POSTS_READ = frozenset({Aspect.POSTS, Aspect.GRADES, Aspect.STRUCTURE, Aspect.SETTINGS})
NOT_SHOWN = frozenset({Aspect.COMMENTS, Aspect.RULE_SETTINGS})  # the Inspector shows neither


UNIT_KIND_NAMES = {  # UnitKind values as the Inspector shows them (translated there)
    "department": QT_TRANSLATE_NOOP("InspectorPanel", "department"),
    "office": QT_TRANSLATE_NOOP("InspectorPanel", "office"),
    "structure": QT_TRANSLATE_NOOP("InspectorPanel", "structure"),
    "division": QT_TRANSLATE_NOOP("InspectorPanel", "division"),
    "service": QT_TRANSLATE_NOOP("InspectorPanel", "service"),
    "branch": QT_TRANSLATE_NOOP("InspectorPanel", "branch"),
    "section": QT_TRANSLATE_NOOP("InspectorPanel", "section"),
    "unit": QT_TRANSLATE_NOOP("InspectorPanel", "unit"),
    "team": QT_TRANSLATE_NOOP("InspectorPanel", "team"),
    "field-presence": QT_TRANSLATE_NOOP("InspectorPanel", "field presence"),
    "body": QT_TRANSLATE_NOOP("InspectorPanel", "body"),
}
PRESENCE_TYPE_NAMES = {  # PresenceType values as the Inspector shows them
    "peacekeeping-operation": QT_TRANSLATE_NOOP("InspectorPanel", "peacekeeping operation"),
    "special-political-mission": QT_TRANSLATE_NOOP("InspectorPanel", "special political mission"),
    "regional-office": QT_TRANSLATE_NOOP("InspectorPanel", "regional office"),
    "envoy": QT_TRANSLATE_NOOP("InspectorPanel", "envoy"),
    "political-process-office": QT_TRANSLATE_NOOP("InspectorPanel", "political process office"),
    "other": QT_TRANSLATE_NOOP("InspectorPanel", "other"),
}
LINE_KIND_NAMES = {  # LineKind values in the lines table and its combo
    "dual": QT_TRANSLATE_NOOP("InspectorPanel", "dual"),
    "dotted": QT_TRANSLATE_NOOP("InspectorPanel", "dotted"),
}


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _units_by_name(
    scenario: Scenario, leave_out: str, kind: UnitKind | None = None
) -> list[tuple[str, object]]:
    """(name, id) of the units but ``leave_out`` (and units of ``kind``), by name."""
    units = (u for u in scenario.units.values() if u.id != leave_out and u.kind is not kind)
    return [(u.name, u.id) for u in sorted(units, key=lambda u: u.name.lower())]


class CheckList(QListWidget):
    """A list of check boxes whose rows wrap and which is as high as its first rows."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_rows(self) -> None:
        """Be as high as the first ``LIST_ROWS`` rows at the present width."""
        self.doItemsLayout()  # the rows' wrapped heights at the present width
        shown = range(min(self.count(), LIST_ROWS))
        rows = sum(self.visualItemRect(self.item(r)).height() for r in shown)
        self.setFixedHeight(max(rows, self.fontMetrics().height()) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()  # a narrower list wraps into more lines


class InspectorPanel(QWidget):
    """Edits the selected unit through intents."""

    unit_field_requested = Signal(str, str, object)
    post_add_requested = Signal(str, str, str)
    posts_abolish_requested = Signal(list)
    post_field_requested = Signal(str, str, str)
    posts_field_requested = Signal(list, str, str)
    posts_redeploy_requested = Signal(list, str)
    post_titles_requested = Signal(str, object)  # post id, its titles in other languages
    line_add_requested = Signal(str, str, str)
    line_remove_requested = Signal(str)
    line_field_requested = Signal(str, str, str)
    role_requested = Signal(str, object)  # (scenario role, unit id or None)
    body_requested = Signal(object)  # a body unit's new Body

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id: str | None = None
        self._filling = False
        self.controller: DocumentController | None = None
        self.when_shown = WhenShown(self, self._refresh)
        self.title = plain_label(wrap=True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.adjusted = plain_label(wrap=True)  # what fitting a typed text changed
        self.adjusted.setStyleSheet("color: #8a4b00")
        self.adjusted.hide()
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.kind = _combo(
            [(translate("InspectorPanel", UNIT_KIND_NAMES[k.value]), k.value) for k in UnitKind]
        )
        self.head_grade = QComboBox()
        self.region = QComboBox()
        self.location = QComboBox()  # per-location costs (issue 15 part 1)
        self.presence_type = _combo(
            [(NONE, None)]
            + [
                (translate("InspectorPanel", PRESENCE_TYPE_NAMES[p.value]), p.value)
                for p in PresenceType
            ]
        )
        self.lead_department = QComboBox()
        self.backstopped_by = UnitChoice()
        self.note_text = QLineEdit()
        self.justification = QLineEdit()
        self.reference = QLineEdit()
        self.functions = CheckList()
        self.entry_points = CheckList()
        form = QFormLayout()
        for label, widget in [
            (QT_TRANSLATE_NOOP("InspectorPanel", "Name"), self.name),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Short name"), self.short_name),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Kind"), self.kind),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Head grade"), self.head_grade),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Region"), self.region),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Duty station"), self.location),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Field presence"), self.presence_type),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Lead department"), self.lead_department),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Backstopped by"), self.backstopped_by),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Entry point for"), self.entry_points),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Functions"), self.functions),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Note"), self.note_text),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Justification"), self.justification),
            (QT_TRANSLATE_NOOP("InspectorPanel", "Reference"), self.reference),
        ]:
            form.addRow(translate("InspectorPanel", label), widget)
        for widget, tip in self._field_tips().items():
            widget.setToolTip(tip)
        self.form = form
        unit_box = QGroupBox(translate("InspectorPanel", "Unit"))
        unit_box.setLayout(form)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.adjusted)
        layout.addWidget(unit_box)
        self.names_box = NamesBox()  # names in other languages side by side (issue 19)
        self.names_box.names_requested.connect(lambda n: self._emit("names", n))
        layout.addWidget(self.names_box)
        self.segments = SegmentFields()  # segment lists beside regions (issue 15)
        self.segments.field_requested.connect(self._emit)
        layout.addWidget(self.segments)
        self.succession = SuccessionBox()  # successors (issue 15 part 3)
        self.succession.succession_requested.connect(lambda s: self._emit("succession", s))
        layout.addWidget(self.succession)
        self.citation = CitationBox()  # structured sources (issue 21)
        self.citation.citation_requested.connect(lambda c: self._emit("citation", c))
        layout.addWidget(self.citation)
        self.roles = UnitRolesBox()  # the scenario role it plays; a body's chair and members
        self.roles.role_requested.connect(self.role_requested)
        self.roles.body_requested.connect(self.body_requested)
        layout.addWidget(self.roles)
        self.posts_box = PostsBox(self._fitted)
        self.posts = self.posts_box.table
        self.new_grade = self.posts_box.new_grade
        for mine, theirs in [
            (self.post_add_requested, self.posts_box.post_add_requested),
            (self.posts_abolish_requested, self.posts_box.posts_abolish_requested),
            (self.post_field_requested, self.posts_box.post_field_requested),
            (self.posts_field_requested, self.posts_box.posts_field_requested),
            (self.posts_redeploy_requested, self.posts_box.posts_redeploy_requested),
            (self.post_titles_requested, self.posts_box.post_titles_requested),
        ]:
            theirs.connect(mine)
        layout.addWidget(self.posts_box)
        layout.addWidget(self._lines_box())
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("inspectorScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(inner)
        self.empty = plain_label(translate("InspectorPanel", EMPTY))
        self.empty.setObjectName("inspectorEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.scroll_area)
        self._connect_fields()

    def _lines_box(self) -> QGroupBox:
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("lineTable")
        self.lines.setHorizontalHeaderLabels(
            [
                translate("InspectorPanel", "To"),
                translate("InspectorPanel", "Kind"),
                translate("InspectorPanel", "Caption"),
                translate("InspectorPanel", "Condition"),
            ]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(90)
        self.line_target = UnitChoice()
        self.line_kind = _combo(
            [(translate("InspectorPanel", name), k) for k, name in LINE_KIND_NAMES.items()]
        )
        add = QPushButton(translate("InspectorPanel", "Add line"))
        remove = QPushButton(translate("InspectorPanel", "Remove selected"))
        self.line_target.setToolTip(self.tr("The unit the new line goes to"))
        self.line_target.setAccessibleName(self.tr("Line to unit"))
        self.line_kind.setAccessibleName(self.tr("Line kind"))
        self.line_kind.setToolTip(self.tr("Dual (dashed) or dotted reporting line"))
        add.setToolTip(self.tr("Add a line of the chosen kind to the chosen unit (undoable)"))
        remove.setToolTip(self.tr("Remove the selected lines (undoable)"))
        add.clicked.connect(self._on_add_line_clicked)
        remove.clicked.connect(self._on_remove_line_clicked)
        self.line_target.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid = QGridLayout()  # two rows: the dock's default width shows every control
        grid.addWidget(self.line_target, 0, 0)
        grid.addWidget(self.line_kind, 0, 1)
        grid.addWidget(add, 1, 0)
        grid.addWidget(remove, 1, 1)
        grid.setColumnStretch(0, 1)
        box = QGroupBox(translate("InspectorPanel", "Dual and dotted lines from this unit"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.lines)
        layout.addLayout(grid)
        self.lines.itemChanged.connect(self._on_lines_item_changed)
        return box

    def _field_tips(self) -> dict[QWidget, str]:
        """What each of the unit's fields holds, shown when the pointer rests on it."""
        return {
            self.name: self.tr("The unit's full name, as the chart shows it"),
            self.short_name: self.tr("An abbreviation (DPPA, EAD), shown under the name"),
            self.kind: self.tr("Department, office, division, section … (the card's colour)"),
            self.head_grade: self.tr("The grade of the post that heads the unit"),
            self.region: self.tr("The region the unit covers, if any"),
            self.location: self.tr("The duty station: it sets the posts' standard costs"),
            self.presence_type: self.tr("For a field presence: mission, office or centre"),
            self.lead_department: self.tr("The department that leads this field presence"),
            self.backstopped_by: self.tr("The unit at headquarters that backstops this one"),
            self.entry_points: self.tr("The regions or segments this unit is the entry point for"),
            self.functions: self.tr("The functions the unit performs (ticked)"),
            self.note_text: self.tr("A note shown in the card's tooltip and in reports"),
            self.justification: self.tr("Why the unit exists or changes, for the proposal"),
            self.reference: self.tr("The document that establishes it, e.g. ST/SGB/2009/13"),
        }

    def _connect_fields(self) -> None:
        for name in ("name", "short_name"):
            edit: QLineEdit = getattr(self, name)
            edit.editingFinished.connect(lambda n=name, e=edit: self._emit(n, self._fitted(n, e)))
        for name in (
            "kind",
            "head_grade",
            "region",
            "location",
            "presence_type",
            "lead_department",
            "backstopped_by",
        ):
            combo: QComboBox = getattr(self, name)
            combo.activated.connect(lambda _=0, n=name, c=combo: self._emit(n, c.currentData()))
        for edit in (self.note_text, self.justification, self.reference):
            edit.editingFinished.connect(self._emit_note)
        self.functions.itemChanged.connect(
            lambda _: self._emit("functions", self._checked(self.functions))
        )
        self.entry_points.itemChanged.connect(
            lambda _: self._emit("entry_point_for", self._checked(self.entry_points))
        )

    def _emit(self, name: str, value: object) -> None:
        if not self._filling and self.unit_id is not None:
            self.unit_field_requested.emit(self.unit_id, name, value)

    def _emit_note(self) -> None:
        texts = [
            self._fitted(n, getattr(self, n)) for n in ("note_text", "justification", "reference")
        ]
        self._emit("note", Note(*texts))

    def _fitted(self, name: str, edit: QLineEdit | QTableWidgetItem) -> str:
        """The text of ``edit`` fitted to its field's rule; says in the panel what changed."""
        label, rule = FIELD_RULES[name]
        typed = edit.text()
        value, message = fitted_text(typed, rule)
        if message is not None:
            self.adjusted.setText(f"{label}: {message}.")
            self.adjusted.show()
            if not self._filling:  # show what is kept, even if the edit changes nothing
                self._filling = True
                try:
                    edit.setText(value)
                finally:
                    self._filling = False
        return value

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(DATA)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    # --- filling from the model ---------------------------------------------------------
    def follow(self, controller: DocumentController) -> None:
        """Fill again after each change of ``controller``'s document that the unit shown may
        show; the window says which unit is selected (:meth:`show_unit`)."""
        if self.controller is not None:
            self.controller.changed.disconnect(self._on_controller_changed)
        self.controller = controller
        controller.changed.connect(self._on_controller_changed)

    def _on_controller_changed(self, change: Change) -> None:
        c = self.controller
        assert c is not None
        seen = touched(change, c.scenario_id, c.design.baseline.id)
        seen |= change.aspects & {Aspect.NAMES}  # the names box lists every scenario's languages
        seen -= NOT_SHOWN
        if seen and self.unit_id is not None:
            self.when_shown.run(lambda: self.show_unit(c.design, c.scenario, self.unit_id, seen))

    def _refresh(self) -> None:
        """Fill everything again (shown after changes it missed while hidden)."""
        if self.controller is not None:
            c = self.controller
            self.show_unit(c.design, c.scenario, self.unit_id)

    def show_unit(
        self,
        design: Design,
        scenario: Scenario,
        unit_id: str | None,
        seen: frozenset[Aspect] = EVERYTHING,
    ) -> None:
        """Show ``unit_id`` of ``scenario`` (None: nothing selected); ``seen``: the aspects
        changed since it was shown (the posts table is filled again only if it shows one)."""
        self._filling = True
        try:
            self._fill(design, scenario, unit_id, seen)
        finally:
            self._filling = False

    def _fill(
        self, design: Design, scenario: Scenario, unit_id: str | None, seen: frozenset[Aspect]
    ) -> None:
        unit = scenario.units.get(unit_id) if unit_id else None
        if (unit.id if unit else None) != self.unit_id:
            self.adjusted.hide()
            seen = EVERYTHING
        self.unit_id = unit.id if unit else None
        page = self.scroll_area if unit else self.empty
        if self.pages.currentWidget() is not page:  # else Qt lays the page out again
            self.pages.setCurrentWidget(page)
        if unit is None:  # nothing of the last unit stays behind, even hidden
            self.title.clear()
            self.posts_box.clear()
            self.lines.setRowCount(0)
            return
        self.title.setText(unit.name)
        self.name.setText(unit.name)
        self.short_name.setText(unit.short_name)
        _select(self.kind, unit.kind.value)
        grades = [(NONE, None)] + [(g.id, g.id) for g in design.grades]
        refill(self.head_grade, grades, unit.head_grade)
        refill(self.region, [(NONE, None)] + [(r.name, r.id) for r in design.regions], unit.region)
        stations = [(NONE, None)] + [(x.name, x.id) for x in design.locations]
        refill(self.location, stations, unit.location)
        self.form.setRowVisible(self.location, bool(design.locations))
        _select(self.presence_type, unit.presence_type.value if unit.presence_type else None)
        departments = list(scenario.roles.departments.values())
        leads = [u for u in departments if u in scenario.units]
        if unit.lead_department and unit.lead_department not in leads:
            leads.append(unit.lead_department)
        refill(
            self.lead_department,
            [(NONE, None)] + [(scenario.units[u].name, u) for u in leads],
            unit.lead_department,
        )
        backstop = scenario.units.get(unit.backstopped_by or "")
        self.backstopped_by.show_choice(
            lambda: [(NONE, None), *_units_by_name(scenario, unit.id, UnitKind.FIELD_PRESENCE)],
            backstop.name if backstop else NONE,
            backstop.id if backstop else None,
        )
        self._checks(self.functions, [(f.name, f.id) for f in design.functions], unit.functions)
        self._checks(
            self.entry_points, [(r.name, r.id) for r in design.regions], unit.entry_point_for
        )
        for widget in (self.region, self.entry_points):  # regions are one segment list of many
            self.form.setRowVisible(widget, bool(design.regions))
        self.segments.show_unit(design, unit)
        self.note_text.setText(unit.note.text)
        self.justification.setText(unit.note.justification)
        self.reference.setText(unit.note.reference)
        self.succession.show_unit(design, scenario, unit.id)
        self.citation.show_citation(unit.citation)
        if Aspect.NAMES in seen:  # the languages of every scenario's units, the unit's names
            self.names_box.show_unit(design, unit)
        self.roles.show_unit(scenario, unit.id)
        if not seen.isdisjoint(POSTS_READ):
            self.posts_box.show_posts(design, scenario, unit.id)
        self._fill_lines(scenario, unit.id)

    @staticmethod
    def _checks(widget: CheckList, items: list[tuple[str, str]], chosen: list[str]) -> None:
        on, off = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        states = [on if value in chosen else off for _, value in items]
        shown = [(widget.item(r).text(), widget.item(r).data(DATA)) for r in range(widget.count())]
        if shown == items:  # the same choices: tick and untick only
            for row, state in enumerate(states):
                if widget.item(row).checkState() != state:
                    widget.item(row).setCheckState(state)
            return
        widget.clear()
        for (label, value), state in zip(items, states, strict=True):
            item = QListWidgetItem(label)
            item.setData(DATA, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(state)
            widget.addItem(item)
        widget.fit_rows()

    def _fill_lines(self, scenario: Scenario, unit_id: str) -> None:
        target = scenario.units.get(self.line_target.currentData() or "")
        if target is None or target.id == unit_id:
            target = next((u for u in scenario.units.values() if u.id != unit_id), None)
        self.line_target.show_choice(
            lambda: _units_by_name(scenario, unit_id),
            target.name if target else "",
            target.id if target else None,
        )
        lines = [x for x in scenario.lines.values() if x.source == unit_id]
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            target = scenario.units.get(line.target)
            cells = [
                target.name if target else line.target,
                translate("InspectorPanel", LINE_KIND_NAMES[line.kind.value]),
                line.caption,
                line.condition,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DATA, line.id)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.lines.setItem(row, column, item)

    # --- intents from the tables ----------------------------------------------------------
    def _on_lines_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < 2:
            return
        name = "caption" if item.column() == 2 else "condition"
        self.line_field_requested.emit(item.data(DATA), name, self._fitted(name, item))

    def _on_add_line_clicked(self) -> None:
        target = self.line_target.currentData()
        if self.unit_id and target:
            self.line_add_requested.emit(self.unit_id, target, self.line_kind.currentData())

    def _on_remove_line_clicked(self) -> None:
        # every id first (each cell holds its line's): a removal fills the table again
        line_ids = dict.fromkeys(i.data(DATA) for i in self.lines.selectedItems())
        for line_id in line_ids:
            self.line_remove_requested.emit(line_id)
