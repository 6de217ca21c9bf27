"""The Bodies page: the bodies GOV-SPG requires, and the units REGION-DUAL checks.

The list on the left holds the required bodies; the form on the right edits
the selected one (its id, name, how findings call it, where each scenario
keeps it, its chair and its members, each a reference picked by kind), and
below it the body's names in other languages side by side (issue 19). The
table below marks the units that report to two or more department roles.
References are stored as ids (``department:political``) and shown by name
("Department role: Political"), a unit as its name with its id.
Edits stay pending until Apply, which sets both in one undo step; a field the
loader would refuse shows its problem beneath it and keeps Apply off.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.bodies import body_problems, design_units, dual_problems, set_bodies
from orgeditor.io.name_columns import unit_languages
from orgeditor.model import Design, LocalName, RequiredBody
from orgeditor.ui.design_settings.page import Factory, SettingsPage, error_label
from orgeditor.ui.design_settings.ref_picker import (
    RefPicker,
    describe_ref,
    option_text,
    typed_id,
)
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.panels.names_box import NamesBox

TEXT_FIELDS = {
    "id": QT_TRANSLATE_NOOP("BodiesPage", "&Id:"),
    "name": QT_TRANSLATE_NOOP("BodiesPage", "&Name:"),
    "called": QT_TRANSLATE_NOOP("BodiesPage", "Findings &call it:"),
}


class BodiesPage(SettingsPage):
    """Edit ``rules.required_bodies`` and ``rules.dual_reporting``; Apply sets both."""

    title = QT_TRANSLATE_NOOP("SettingsPage", "Bodies")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the design's bodies and dual reporting as last shown (None before the first)
        self._saved: tuple[list[RequiredBody], dict[str, list[str]]] | None = None
        self.bodies: list[RequiredBody] = []
        self.dual: dict[str, list[str]] = {}
        self.roles: list[str] = []
        self.units: set[str] = set()
        self.role_names: dict[str, str] = {}  # id -> name, to show references by name
        self.unit_names: dict[str, str] = {}
        self.list = QListWidget()
        self.new_button, self.delete_button = (
            QPushButton(translate("BodiesPage", "Ne&w")),
            QPushButton(translate("BodiesPage", "&Delete")),
        )
        self.fields = {name: QLineEdit() for name in TEXT_FIELDS}
        self.body, self.chair, self.member = RefPicker(), RefPicker(), RefPicker()
        self.members = QListWidget()
        self.members.setMaximumHeight(90)
        self.add_member = QPushButton(translate("BodiesPage", "&Add member"))
        self.remove_member = QPushButton(translate("BodiesPage", "&Remove member"))
        # the body's names in other languages (issue 19); the page has no room to grow
        self.names = NamesBox(visible_rows=3)
        self.names.setToolTip(
            translate("BodiesPage", "The body's name and short name in each language of the design")
        )
        self.names.names_requested.connect(self._on_names_requested)
        fields = [*TEXT_FIELDS, "body", "chair", "members", "names"]
        self.errors = {name: error_label() for name in fields}
        self.errors[""] = error_label()  # another body's problem
        self.dual_table = QTableWidget()
        self.dual_unit = QLineEdit()
        self.dual_unit.setPlaceholderText(translate("BodiesPage", "unit name or id"))
        self.dual_names = QStringListModel()
        completer = QCompleter(self.dual_names, self.dual_unit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.dual_unit.setCompleter(completer)
        self.add_dual = QPushButton(translate("BodiesPage", "Add &unit"))
        self.remove_dual = QPushButton(translate("BodiesPage", "Remo&ve unit"))
        self.errors["dual"] = error_label()
        self._build()
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        for field in self.fields.values():
            field.textEdited.connect(self._on_form_edited)
        self.body.changed.connect(self._on_form_edited)
        self.chair.changed.connect(self._on_form_edited)
        self.add_member.clicked.connect(self._on_add_member_clicked)
        self.remove_member.clicked.connect(self._on_remove_member_clicked)
        self.add_dual.clicked.connect(self._on_add_dual_clicked)
        self.remove_dual.clicked.connect(self._on_remove_dual_clicked)
        self.dual_table.itemChanged.connect(self._on_dual_item_changed)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        form = QFormLayout()
        for name, text in TEXT_FIELDS.items():
            self._row(form, translate("BodiesPage", text), self.fields[name], name)
        self._row(form, translate("BodiesPage", "&Sits at:"), self.body, "body")
        self._row(form, translate("BodiesPage", "C&hair:"), self.chair, "chair")
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.member, 1)
        member_buttons.addWidget(self.add_member)
        member_buttons.addWidget(self.remove_member)
        members = QVBoxLayout()
        members.addWidget(self.members)
        members.addLayout(member_buttons)
        label = QLabel(translate("BodiesPage", "&Members:"))
        label.setBuddy(self.members)
        form.addRow(label, members)
        form.addRow("", self.errors["members"])
        form.addRow(self.names)
        form.addRow("", self.errors["names"])
        form.addRow("", self.errors[""])
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(form, 5)
        required = QGroupBox(translate("BodiesPage", "Required bodies (GOV-SPG)"))
        required.setLayout(top)
        dual_buttons = QHBoxLayout()
        dual_buttons.addWidget(self.dual_unit, 1)
        dual_buttons.addWidget(self.add_dual)
        dual_buttons.addWidget(self.remove_dual)
        dual = QVBoxLayout()
        dual.addWidget(self.dual_table, 1)
        dual.addLayout(dual_buttons)
        dual.addWidget(self.errors["dual"])
        dual_box = QGroupBox(
            translate(
                "BodiesPage", "Dual reporting: units that report to two or more department roles"
            )
        )
        dual_box.setLayout(dual)
        layout = QVBoxLayout(self)
        layout.addWidget(required, 3)
        layout.addWidget(dual_box, 2)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, name: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget.kind if isinstance(widget, RefPicker) else widget)
        form.addRow(label, widget)
        form.addRow("", self.errors[name])

    def show_design(self, design: Design) -> None:
        """Show ``design``'s bodies; pending edits stay unless the bodies themselves changed."""
        self.design = design
        rules = design.rules
        roles = [role.id for role in rules.department_roles]
        units = design_units(design)
        role_names = {role.id: role.name for role in rules.department_roles}
        unit_names = _unit_names(design)
        saved = (rules.required_bodies, rules.dual_reporting)
        options = (role_names, unit_names) != (self.role_names, self.unit_names)
        if options:  # the pickers list the design's department roles and units
            self.roles, self.units = roles, units
            self.role_names, self.unit_names = role_names, unit_names
            for picker in (self.body, self.chair, self.member):
                picker.set_options(role_names, unit_names)
            self.dual_names.setStringList([option_text(i, n) for i, n in unit_names.items()])
            self._fill_members()
        reset = self._saved is None or saved != self._saved
        if reset:
            self._saved = copy.deepcopy(saved)
            self.bodies, self.dual = copy.deepcopy(saved)
            self._fill_list(0)
        if options or reset:  # the table has a column per department role
            self._fill_dual()
        self._check()

    def pending(self) -> Factory | None:
        if (self.bodies, self.dual) == self._saved:
            return None
        bodies, dual = copy.deepcopy((self.bodies, self.dual))
        return lambda design: set_bodies(design, bodies, dual)

    # --- required bodies ---
    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        new = translate("BodiesPage", "(new body)")
        self.list.addItems([body.name or body.id or new for body in self.bodies])
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.bodies) - 1))
        self._show_body()

    def _current(self) -> RequiredBody | None:
        row = self.list.currentRow()
        return self.bodies[row] if 0 <= row < len(self.bodies) else None

    def _show_body(self) -> None:
        body = self._current()
        widgets = [*self.fields.values(), self.body, self.chair, self.member, self.members]
        for widget in [*widgets, self.names]:
            widget.setEnabled(body is not None)
        for button in (self.delete_button, self.add_member, self.remove_member):
            button.setEnabled(body is not None)
        shown = body or RequiredBody("", "")
        for name, field in self.fields.items():
            field.setText(getattr(shown, name))
        self.body.set_ref(shown.body)
        self.chair.set_ref(shown.chair)
        tags = unit_languages(self.design) if self.design else []
        self.names.show_names(self._language(), tags, shown.names)
        self._fill_members()

    def _language(self) -> str:
        """The design's own language (whose name is the Name field)."""
        return self.design.metadata.language if self.design else "en"

    def _on_names_requested(self, names: dict[str, LocalName]) -> None:
        body = self._current()
        if body is not None:
            body.names = names
            self._check()

    def _fill_members(self) -> None:
        """The current body's members, each by name; the reference is the item's data."""
        body = self._current()
        self.members.clear()
        for ref in body.members if body else []:
            self._add_member_item(ref)

    def _add_member_item(self, ref: str) -> None:
        item = QListWidgetItem(describe_ref(ref, self.role_names, self.unit_names))
        item.setData(Qt.ItemDataRole.UserRole, ref)
        self.members.addItem(item)

    def _on_list_row_changed(self, _row: int) -> None:
        self._show_body()
        self._check()

    def _on_form_edited(self, *_args: object) -> None:
        body = self._current()
        if body is None:
            return
        for name, field in self.fields.items():
            setattr(body, name, field.text())
        body.body, body.chair = self.body.ref(), self.chair.ref()
        item = self.list.currentItem()
        if item is not None:
            item.setText(body.name or body.id or translate("BodiesPage", "(new body)"))
        self._check()

    def _on_new_clicked(self) -> None:
        self.bodies.append(RequiredBody("", "", members=[]))
        self._fill_list(len(self.bodies) - 1)
        self.fields["id"].setFocus()
        self._check()

    def _on_delete_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.bodies):
            del self.bodies[row]
            self._fill_list(row)
            self._check()

    def _on_add_member_clicked(self) -> None:
        body, ref = self._current(), self.member.ref()
        if body is not None and ref not in body.members:
            body.members.append(ref)
            self._add_member_item(ref)
            self._check()

    def _on_remove_member_clicked(self) -> None:
        body, row = self._current(), self.members.currentRow()
        if body is not None and 0 <= row < len(body.members):
            del body.members[row]
            self.members.takeItem(row)
            self._check()

    # --- dual reporting ---
    def _fill_dual(self) -> None:
        table = self.dual_table
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(1 + len(self.roles))
        names = [self.role_names.get(role, role) for role in self.roles]
        table.setHorizontalHeaderLabels([translate("BodiesPage", "Unit"), *names])
        table.setRowCount(len(self.dual))
        for row, (unit_id, roles) in enumerate(self.dual.items()):
            unit = QTableWidgetItem(option_text(unit_id, self.unit_names.get(unit_id, "")))
            unit.setData(Qt.ItemDataRole.UserRole, unit_id)
            unit.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, 0, unit)
            for column, role in enumerate(self.roles, start=1):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if role in roles else Qt.CheckState.Unchecked
                box.setCheckState(checked)
                table.setItem(row, column, box)
        table.resizeColumnsToContents()
        table.blockSignals(False)

    def _on_dual_item_changed(self, item: QTableWidgetItem) -> None:
        unit = self.dual_table.item(item.row(), 0)
        assert unit is not None  # _fill_dual puts the unit first in every row
        unit_id = str(unit.data(Qt.ItemDataRole.UserRole))
        role = self.roles[item.column() - 1]
        roles = [r for r in self.dual[unit_id] if r != role]
        if item.checkState() == Qt.CheckState.Checked:
            roles.append(role)
        self.dual[unit_id] = [r for r in self.roles if r in roles]
        self._check()

    def _on_add_dual_clicked(self) -> None:
        unit_id = typed_id(self.dual_unit.text().strip(), self.unit_names)
        if unit_id and unit_id not in self.dual:
            self.dual[unit_id] = []
            self.dual_unit.clear()
            self._fill_dual()
            self._check()

    def _on_remove_dual_clicked(self) -> None:
        row = self.dual_table.currentRow()
        if 0 <= row < len(self.dual):
            del self.dual[list(self.dual)[row]]
            self._fill_dual()
            self._check()

    def _check(self) -> None:
        problems: dict[str, str] = {}
        current = self._current()
        for body in self.bodies:
            found = body_problems(body, self.roles, self.units, self._language())
            if body is current:
                problems |= found
            elif found:
                problems.setdefault(
                    "other",
                    translate("BodiesPage", "{0}: {1}").format(
                        body.id or translate("BodiesPage", "a new body"), next(iter(found.values()))
                    ),
                )
        dual = dual_problems(self.dual, self.roles, self.units)
        if dual:
            problems["dual"] = next(iter(dual.values()))
        self.report(problems, self.errors)


def _unit_names(design: Design) -> dict[str, str]:
    """Unit id -> name over every scenario (the first scenario naming it wins), by name."""
    names: dict[str, str] = {}
    for scenario in design.scenarios:
        for unit in scenario.units.values():
            names.setdefault(unit.id, unit.name)
    return dict(sorted(names.items(), key=lambda pair: (pair[1].lower(), pair[0])))
