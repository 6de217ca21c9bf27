"""The Inspector's Roles box: the scenario role the unit plays, and a body's chair and members.

A scenario names one unit for each of its single roles (the top unit, the shared
structure ...); a body unit (a committee, a principals' group) has a chair and
members. Both are edited here and emitted as intents; the box is refilled from
the model after every change.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.properties import SCENARIO_ROLES
from orgeditor.model import Body, Scenario, UnitKind
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.panels.unit_choice import UnitChoice

ROLE_NAMES = {  # SCENARIO_ROLES as the role list shows them
    "top": QT_TRANSLATE_NOOP("UnitRolesBox", "Top unit"),
    "shared_structure": QT_TRANSLATE_NOOP("UnitRolesBox", "Shared structure"),
    "executive_office": QT_TRANSLATE_NOOP("UnitRolesBox", "Executive office"),
    "principals_group": QT_TRANSLATE_NOOP("UnitRolesBox", "Principals' group"),
}

NONE = "—"
DATA = Qt.ItemDataRole.UserRole


class UnitRolesBox(QGroupBox):
    """Edits the scenario role of one unit and, for a body, its chair and members."""

    role_requested = Signal(str, object)  # (role, unit id or None to clear it)
    body_requested = Signal(object)  # the body's new Body

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("UnitRolesBox", "Role in this scenario"), parent)
        self._scenario: Scenario | None = None
        self._unit_id: str | None = None
        self._filling = False
        self.role = QComboBox()
        self.role.setObjectName("scenarioRole")
        self.role.addItem(NONE, "")
        for role in SCENARIO_ROLES:
            self.role.addItem(translate("UnitRolesBox", ROLE_NAMES[role]), role)
        self.role.activated.connect(self._on_role_activated)
        self.chair = UnitChoice()
        self.chair.setObjectName("bodyChair")
        self.chair.activated.connect(self._on_chair_activated)
        self.members = QListWidget()
        self.members.setObjectName("bodyMembers")
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.setMaximumHeight(90)
        self.member = UnitChoice()
        self.add_member = QPushButton(translate("UnitRolesBox", "Add member"))
        self.remove_members = QPushButton(translate("UnitRolesBox", "Remove selected"))
        self.role.setToolTip(self.tr("The role this unit plays in this scenario"))
        self.chair.setToolTip(self.tr("The unit that chairs this body"))
        self.member.setToolTip(self.tr("A unit to add to this body's members"))
        self.member.setAccessibleName(self.tr("Member to add"))
        self.add_member.setToolTip(self.tr("Add the chosen unit to the members (undoable)"))
        self.remove_members.setToolTip(self.tr("Remove the selected members (undoable)"))
        self.add_member.clicked.connect(self._on_add_member_clicked)
        self.remove_members.clicked.connect(self._on_remove_members_clicked)
        self.body = QWidget()  # shown for body units only
        body_form = QFormLayout(self.body)
        body_form.setContentsMargins(0, 0, 0, 0)
        body_form.addRow(translate("UnitRolesBox", "Chair"), self.chair)
        members = QVBoxLayout()
        members.addWidget(self.members)
        row = QHBoxLayout()
        for widget in (self.member, self.add_member, self.remove_members):
            row.addWidget(widget)
        members.addLayout(row)
        body_form.addRow(translate("UnitRolesBox", "Members"), members)
        form = QFormLayout()
        form.addRow(translate("UnitRolesBox", "Plays"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body)

    def show_unit(self, scenario: Scenario, unit_id: str) -> None:
        """Show ``unit_id``'s role in ``scenario`` and, if it is a body, its membership."""
        self._filling = True
        try:
            self._fill(scenario, unit_id)
        finally:
            self._filling = False

    def _fill(self, scenario: Scenario, unit_id: str) -> None:
        self._scenario, self._unit_id = scenario, unit_id
        played = next((r for r in SCENARIO_ROLES if getattr(scenario.roles, r) == unit_id), "")
        self.role.setCurrentIndex(max(self.role.findData(played), 0))
        is_body = scenario.units[unit_id].kind is UnitKind.BODY
        self.body.setVisible(is_body)
        if not is_body:
            return
        body = scenario.bodies.get(unit_id, Body(unit_id))
        chair = scenario.units.get(body.chair or "")
        self.chair.show_choice(
            lambda: [(NONE, None), *self._units()], chair.name if chair else NONE, body.chair
        )
        self.members.clear()
        for member in body.members:
            unit = scenario.units.get(member)
            item = QListWidgetItem(unit.name if unit else member)
            item.setData(DATA, member)
            self.members.addItem(item)
        self.member.show_choice(self._units, translate("UnitRolesBox", "Choose a unit…"), None)
        self.remove_members.setEnabled(bool(body.members))

    def _units(self) -> list[tuple[str, object]]:
        """(name, id) of the scenario's units but this one, by name."""
        assert self._scenario is not None
        units = (u for u in self._scenario.units.values() if u.id != self._unit_id)
        return [(u.name, u.id) for u in sorted(units, key=lambda u: u.name.lower())]

    def _current_body(self) -> Body:
        assert self._scenario is not None and self._unit_id is not None
        return self._scenario.bodies.get(self._unit_id, Body(self._unit_id))

    def _on_role_activated(self) -> None:
        if self._filling or self._scenario is None or self._unit_id is None:
            return
        role = str(self.role.currentData() or "")
        if role:
            self.role_requested.emit(role, self._unit_id)
            return
        played = [r for r in SCENARIO_ROLES if getattr(self._scenario.roles, r) == self._unit_id]
        for old in played:  # "—": the unit gives up the roles it played
            self.role_requested.emit(old, None)

    def _on_chair_activated(self) -> None:
        if not self._filling and self._unit_id is not None:
            body = self._current_body()
            self.body_requested.emit(replace(body, chair=self.chair.currentData()))

    def _on_add_member_clicked(self) -> None:
        chosen = self.member.currentData()
        body = self._current_body() if self._unit_id is not None else None
        if body is not None and chosen and chosen not in body.members:
            self.body_requested.emit(replace(body, members=[*body.members, chosen]))

    def _on_remove_members_clicked(self) -> None:
        gone = {item.data(DATA) for item in self.members.selectedItems()}
        body = self._current_body() if self._unit_id is not None else None
        if body is not None and gone:
            kept = [m for m in body.members if m not in gone]
            self.body_requested.emit(replace(body, members=kept))
