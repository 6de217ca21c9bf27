"""A page for one list of the settings: grades, funding sources, functions or department roles.

The list on the left is the design's, in its order (for grades, the ladder from
the most senior down); the form on the right edits the selected entry, or a
new one after New. Every field is checked as it is typed and its problem shown
beneath it; Apply (in the dialog) stays off while any field has one.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.funding_parts import add_source, edit_source, parts_problem
from orgeditor.commands.references import Kind, uses
from orgeditor.commands.settings import (
    PLAYED_BY,
    add_entry,
    delete_entry,
    edit_entry,
    move_entry,
    together_with,
)
from orgeditor.commands.settings_checks import DesignSettings, entry_problems, entry_values
from orgeditor.model import Design, FundingSource
from orgeditor.ui.design_settings.funding_parts import FundingPartsEditor
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.page import (
    Factory,
    SettingsPage,
    choice_box,
    error_label,
)
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.text import plain_label

LABELS = {
    "id": QT_TRANSLATE_NOOP("CataloguePage", "&Code"),
    "name": QT_TRANSLATE_NOOP("CataloguePage", "&Name"),
    "category": QT_TRANSLATE_NOOP("CataloguePage", "&Group"),
    "description": QT_TRANSLATE_NOOP("CataloguePage", "&Description"),
    "home": QT_TRANSLATE_NOOP("CataloguePage", "&Home"),
    "together": QT_TRANSLATE_NOOP("CataloguePage", "Sits &with"),
}
HEADERS = {
    "id": QT_TRANSLATE_NOOP("CataloguePage", "Code"),
    "name": QT_TRANSLATE_NOOP("CataloguePage", "Name"),
    "category": QT_TRANSLATE_NOOP("CataloguePage", "Group"),
    "home": QT_TRANSLATE_NOOP("CataloguePage", "Home"),
}
COLUMNS = {
    Kind.GRADE: ("id", "name", "category"),
    Kind.FUNDING: ("id", "name"),
    Kind.FUNCTION: ("id", "name", "home"),
    Kind.ROLE: ("id", "name"),
    Kind.LOCATION: ("id", "name"),
}
# per kind: the New button, and the form's heading when adding, with nothing chosen, editing
NEW_BUTTONS = {
    Kind.GRADE: QT_TRANSLATE_NOOP("CataloguePage", "&New Grade"),
    Kind.FUNDING: QT_TRANSLATE_NOOP("CataloguePage", "&New Funding Source"),
    Kind.FUNCTION: QT_TRANSLATE_NOOP("CataloguePage", "&New Function"),
    Kind.ROLE: QT_TRANSLATE_NOOP("CataloguePage", "&New Department Role"),
    Kind.LOCATION: QT_TRANSLATE_NOOP("CataloguePage", "&New Duty Station"),
}
NEW_HEADINGS = {
    Kind.GRADE: QT_TRANSLATE_NOOP("CataloguePage", "New grade"),
    Kind.FUNDING: QT_TRANSLATE_NOOP("CataloguePage", "New funding source"),
    Kind.FUNCTION: QT_TRANSLATE_NOOP("CataloguePage", "New function"),
    Kind.ROLE: QT_TRANSLATE_NOOP("CataloguePage", "New department role"),
    Kind.LOCATION: QT_TRANSLATE_NOOP("CataloguePage", "New duty station"),
}
NONE_HEADINGS = {
    Kind.GRADE: QT_TRANSLATE_NOOP("CataloguePage", "No grade selected"),
    Kind.FUNDING: QT_TRANSLATE_NOOP("CataloguePage", "No funding source selected"),
    Kind.FUNCTION: QT_TRANSLATE_NOOP("CataloguePage", "No function selected"),
    Kind.ROLE: QT_TRANSLATE_NOOP("CataloguePage", "No department role selected"),
    Kind.LOCATION: QT_TRANSLATE_NOOP("CataloguePage", "No duty station selected"),
}
ENTRY_HEADINGS = {
    Kind.GRADE: QT_TRANSLATE_NOOP("CataloguePage", "Grade {0}"),
    Kind.FUNDING: QT_TRANSLATE_NOOP("CataloguePage", "Funding source {0}"),
    Kind.FUNCTION: QT_TRANSLATE_NOOP("CataloguePage", "Function {0}"),
    Kind.ROLE: QT_TRANSLATE_NOOP("CataloguePage", "Department role {0}"),
    Kind.LOCATION: QT_TRANSLATE_NOOP("CataloguePage", "Duty station {0}"),
}
NO_HOME = QT_TRANSLATE_NOOP("CataloguePage", "(no home)")
NO_PARTNER = QT_TRANSLATE_NOOP("CataloguePage", "(sits with no other function)")
NO_UNIT = QT_TRANSLATE_NOOP("CataloguePage", "(no unit)")


class CataloguePage(SettingsPage):
    """Edit one list of entries: add, edit, reorder, delete (mapping what uses it)."""

    def __init__(self, kind: Kind, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.title = kind, title
        self._settings: DesignSettings | None = None
        self._shown: Any = None
        self._current: str | None = None  # the id being edited; None with _adding or nothing
        self._adding = False
        self._follow: str | None = None  # the code to select once the list is shown again
        self._played_shape: object = None  # the scenarios and units the role rows list
        columns = COLUMNS[kind]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(
            [translate("CataloguePage", HEADERS[c]) for c in columns]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.new_button = QPushButton(translate("CataloguePage", NEW_BUTTONS[kind]))
        self.delete_button = QPushButton(translate("CataloguePage", "&Delete…"))
        self.up_button, self.down_button = (
            QPushButton(translate("CataloguePage", "Move &Up")),
            QPushButton(translate("CataloguePage", "Move Do&wn")),
        )
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        self.heading = plain_label()
        self.heading.setStyleSheet("font-weight: bold;")
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.heading)
        for name in ("id", "name", "category", "home", "together", "description"):
            if name != "id" and name not in _field_names(kind):
                continue
            field = _field(name)
            self.fields[name] = field
            self.errors[name] = error_label()
            label = QLabel(translate("CataloguePage", LABELS[name]))
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", self.errors[name])
        right = QVBoxLayout()
        right.addLayout(form)
        self.parts_editor: FundingPartsEditor | None = None
        if kind is Kind.FUNDING:  # a source's parts and where neutrality is checked
            self.parts_editor = FundingPartsEditor()
            self.parts_editor.edited.connect(self._on_field_edited)
            self.errors["parts"] = self.parts_editor.problem
            right.addWidget(self.parts_editor, 1)
        self.played_form = QFormLayout()  # a role: the unit playing it in each scenario
        if kind is Kind.ROLE:
            right.addWidget(plain_label(translate("CataloguePage", "Played in each scenario by:")))
            right.addLayout(self.played_form)
        right.addWidget(plain_label(translate("CataloguePage", hint), wrap=True))
        if self.parts_editor is None:
            right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        for field in self.fields.values():
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self._on_field_edited)
            elif isinstance(field, QPlainTextEdit):
                field.textChanged.connect(self._on_field_edited)
            else:
                field.currentIndexChanged.connect(self._on_field_edited)

    # --- showing ----------------------------------------------------------------------------
    def show_design(self, design: Design) -> None:
        self.design = design
        settings = DesignSettings.of(design)
        shown = (
            settings.entries(self.kind),
            settings.rules.function_homes,
            settings.rules.functions_together,
            settings.ids(Kind.ROLE),
            _scenario_roles(design) if self.kind is Kind.ROLE else None,
            _scenario_units(design) if self.kind is Kind.ROLE else None,  # the played-by lists
        )
        if shown == self._shown:
            return  # nothing this page shows changed: keep what is being typed
        self._settings, self._shown = settings, shown
        if self.kind is Kind.ROLE and _scenario_units(design) != self._played_shape:
            self._build_played_rows(design)
        home = self.fields.get("home")
        if isinstance(home, QComboBox):
            home.blockSignals(True)
            home.clear()
            home.addItem(translate("CataloguePage", NO_HOME), "")
            for role in settings.rules.department_roles:
                home.addItem(f"{role.id} — {role.name}", role.id)
            home.blockSignals(False)
        together = self.fields.get("together")
        if isinstance(together, QComboBox):  # the function it sits with (FUNC-HOME)
            together.blockSignals(True)
            together.clear()
            together.addItem(translate("CataloguePage", NO_PARTNER), "")
            for function in settings.functions:
                together.addItem(f"{function.id} — {function.name}", function.id)
            together.blockSignals(False)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, entry in enumerate(settings.entries(self.kind)):
            self.table.insertRow(row)
            values = self._entry_values(entry.id)
            for column, name in enumerate(COLUMNS[self.kind]):
                item = QTableWidgetItem(values.get(name) or "")
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        ids = settings.ids(self.kind)
        keep = next((i for i in (self._follow, self._current) if i in ids), None)
        self._follow, self._adding = None, False
        self._select(keep if keep is not None else (ids[0] if ids else None))

    def _entry_values(self, item_id: str) -> dict[str, str]:
        assert self._settings is not None
        entry = self._settings.entries(self.kind)[self._settings.ids(self.kind).index(item_id)]
        values = entry_values(self.kind, entry)
        if self.kind is Kind.FUNCTION:
            values["home"] = self._settings.rules.function_homes.get(item_id, "")
            values["together"] = together_with(self._settings.rules, item_id)
        if self.kind is Kind.ROLE and self.design is not None:
            for scenario in self.design.scenarios:
                values[PLAYED_BY + scenario.id] = scenario.roles.departments.get(item_id, "")
        return values

    def _build_played_rows(self, design: Design) -> None:
        """A choice of unit per scenario, for the role being edited."""
        self._played_shape = _scenario_units(design)
        for name in [n for n in self.fields if n.startswith(PLAYED_BY)]:
            del self.fields[name]
        while self.played_form.rowCount():
            self.played_form.removeRow(0)
        for scenario in design.scenarios:
            box = choice_box()
            box.addItem(translate("CataloguePage", NO_UNIT), "")
            for unit in sorted(scenario.units.values(), key=lambda u: u.label.lower()):
                box.addItem(f"{unit.label} ({unit.id})", unit.id)
            box.currentIndexChanged.connect(self._on_field_edited)
            self.fields[PLAYED_BY + scenario.id] = box
            self.played_form.addRow(plain_label(f"{scenario.name}:"), box)

    def _select(self, item_id: str | None) -> None:
        """Select ``item_id`` in the list and load it into the form (None: an empty form)."""
        assert self._settings is not None
        ids = self._settings.ids(self.kind)
        self._current = item_id
        self.table.blockSignals(True)
        self.table.clearSelection()
        if item_id is not None:
            self.table.selectRow(ids.index(item_id))
        self.table.blockSignals(False)
        if item_id is None:
            blank = dict.fromkeys(("id", "name", "category", "description", "home", "together"), "")
            heading = NEW_HEADINGS if self._adding else NONE_HEADINGS
            self._load(blank, translate("CataloguePage", heading[self.kind]))
        else:
            self._load(
                self._entry_values(item_id),
                translate("CataloguePage", ENTRY_HEADINGS[self.kind]).format(item_id),
            )
        if self.parts_editor is not None:  # a source being added takes parts at once
            sources = self._settings.funding_sources
            source = sources[ids.index(item_id)] if item_id is not None else None
            self.parts_editor.load(self.design, FundingSource("", "") if self._adding else source)
            self._check()
        self._update_buttons()

    def _load(self, values: dict[str, str], heading: str) -> None:
        self.heading.setText(heading)
        for name, field in self.fields.items():
            field.blockSignals(True)
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(values.get(name, ""))))
            elif isinstance(field, QPlainTextEdit):
                field.setPlainText(values.get(name, ""))
            else:
                field.setText(values.get(name, ""))
            field.setEnabled(self._adding or self._current is not None)
            field.blockSignals(False)
        self._check()

    # --- editing ----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """The form's values, by field name."""
        found = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                found[name] = str(field.currentData() or "")
            elif isinstance(field, QPlainTextEdit):
                found[name] = field.toPlainText()
            else:
                found[name] = field.text()
        return found

    def _check(self) -> None:
        problems = {}
        if self._settings is not None and (self._adding or self._current is not None):
            ids = self._settings.ids(self.kind)
            index = ids.index(self._current) if self._current in ids else None
            values = self.values()
            problems = entry_problems(self._settings, self.kind, index, values)
            if values.get("together") and values["together"] in (values["id"], self._current):
                problems["together"] = translate(
                    "CataloguePage", "a function sits with another function, not with itself"
                )
            if self.parts_editor is not None:
                edited = copy.deepcopy(self._settings)
                sources = edited.funding_sources
                if index is None:  # a new source: its parts are checked beside the others
                    index = len(sources)
                    sources.append(FundingSource(self.values()["id"], ""))
                sources[index].parts = [p for _, p in self.parts_editor.parts()]
                problem = parts_problem(edited, index)
                problems |= {"parts": problem} if problem else {}
        self.report(problems, self.errors)

    def _on_field_edited(self, *_args: object) -> None:
        self._check()

    def pending(self) -> Factory | None:
        kind, values = self.kind, self.values()
        parts = self.parts_editor
        if self._adding:
            ids = self._settings.ids(kind) if self._settings else []
            index = len(ids)
            if parts is not None:
                new_parts, level = [p for _, p in parts.parts()], parts.neutrality()
                return lambda d: add_source(d, values, new_parts, level, index)
            return lambda d: add_entry(d, kind, values, index)
        current = self._current
        if parts is not None and current is not None and parts.changed():
            shown, level, mapped = parts.parts(), parts.neutrality(), dict(parts.mapped)
            return lambda d: edit_source(d, current, values, shown, level, mapped)
        if current is None or values == self._entry_values(current):
            return None
        return lambda d: edit_entry(d, kind, current, values)

    def applied(self) -> None:
        """Before Apply: follow the entry to its (new) code when the list is shown again."""
        self._follow = self.values()["id"]

    # --- list actions -----------------------------------------------------------------------
    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = self.table.item(rows[0].row(), 0)
            if item is not None:
                self._adding = False
                self._select(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_new_clicked(self) -> None:
        self._adding = True
        self._select(None)
        self.fields["id"].setFocus()

    def _move(self, step: int) -> None:
        if self._settings is None or self._current is None:
            return
        index = self._settings.ids(self.kind).index(self._current) + step
        kind, current = self.kind, self._current
        self.edit_requested.emit(lambda d: move_entry(d, kind, current, index))

    def _on_delete_clicked(self) -> None:
        if self.design is None or self._settings is None or self._current is None:
            return
        kind, current, design = self.kind, self._current, self.design
        used_by = uses(design, kind, current)
        factory: Factory = lambda d: delete_entry(d, kind, current)  # noqa: E731
        if used_by:
            ids = self._settings.ids(kind)
            index = ids.index(current)
            neighbour = ids[index + 1] if index + 1 < len(ids) else ids[max(0, index - 1)]
            choices = [(e.id, e.name) for e in self._settings.entries(kind) if e.id != current]
            dialog = MapToDialog(current, used_by, choices, neighbour, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            target = dialog.replacement()
            factory = lambda d: delete_entry(d, kind, current, target)  # noqa: E731
        self._current = None
        self.edit_requested.emit(factory)

    def _update_buttons(self) -> None:
        ids = self._settings.ids(self.kind) if self._settings else []
        index = ids.index(self._current) if self._current in ids else -1
        self.delete_button.setEnabled(index >= 0)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(ids) - 1)


def _field_names(kind: Kind) -> set[str]:
    names = {"name"}
    names |= {"category"} if kind is Kind.GRADE else set()
    names |= {"description"} if kind in (Kind.FUNDING, Kind.FUNCTION, Kind.LOCATION) else set()
    names |= {"home", "together"} if kind is Kind.FUNCTION else set()
    return names


def _field(name: str) -> QLineEdit | QPlainTextEdit | QComboBox:
    if name in ("home", "together"):
        return choice_box()
    if name == "description":
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(90)
        return text
    return QLineEdit()


def _scenario_roles(design: Design) -> list[dict[str, str]]:
    """Which unit plays each department role, per scenario."""
    return [dict(s.roles.departments) for s in design.scenarios]


def _scenario_units(design: Design) -> list[tuple[str, str, list[str]]]:
    """What the role rows list: each scenario's id, name and unit labels."""
    return [(s.id, s.name, [u.label for u in s.units.values()]) for s in design.scenarios]
