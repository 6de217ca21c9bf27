"""A picker for a unit reference: a kind (top, a department role, a unit ...) and its value.

The design stores references such as ``department:political`` or ``unit:eosg``;
the picker and :func:`describe_ref` show them as a planner reads them, a role
and a unit by name ("Department role: Political", "Unit: Executive Office").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from orgeditor.ui.design_settings.page import choice_box
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

# reference kind -> what the picker calls it; "department" and "unit" take a value
KINDS = {
    "top": QT_TRANSLATE_NOOP("RefPicker", "Top unit"),
    "departments": QT_TRANSLATE_NOOP("RefPicker", "Every mapped department"),
    "department": QT_TRANSLATE_NOOP("RefPicker", "Department role…"),
    "executive-office": QT_TRANSLATE_NOOP("RefPicker", "Executive office"),
    "shared-structure": QT_TRANSLATE_NOOP("RefPicker", "Shared structure"),
    "principals-group": QT_TRANSLATE_NOOP("RefPicker", "Principals' group"),
    "unit": QT_TRANSLATE_NOOP("RefPicker", "Unit…"),
}
PREFIXES = {
    "department": QT_TRANSLATE_NOOP("RefPicker", "Department role: {0}"),
    "unit": QT_TRANSLATE_NOOP("RefPicker", "Unit: {0}"),
}


def describe_ref(ref: str, roles: Mapping[str, str], units: Mapping[str, str]) -> str:
    """``ref`` as a planner reads it: ``department:political`` -> "Department role: Political".

    ``roles`` and ``units`` map ids to names; an id the design lacks is shown as it is.
    """
    kind, _, value = ref.partition(":")
    if kind in PREFIXES:
        names = roles if kind == "department" else units
        return translate("RefPicker", PREFIXES[kind]).format(names.get(value, value))
    return translate("RefPicker", KINDS[kind]) if kind in KINDS else ref


def option_text(item_id: str, name: str) -> str:
    """How the value list shows a role or unit: its name, with its id to tell twins apart."""
    return f"{name} ({item_id})" if name and name != item_id else item_id


def typed_id(text: str, names: Mapping[str, str]) -> str:
    """The id ``text`` stands for among ``names`` (id -> name): an id, a name, or a name as
    the list shows it; any other text is taken as an id (and checked as one)."""
    if text in names:
        return text
    return next((i for i, name in names.items() if text in (name, option_text(i, name))), text)


class RefPicker(QWidget):
    """Pick ``top``, ``department:<role>``, ``unit:<id>`` ...; department roles and units
    are listed by name (the list completes what is typed; a typed id is taken as it is)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = choice_box()
        for kind, text in KINDS.items():
            self.kind.addItem(translate("RefPicker", text), kind)
        self.value = choice_box()
        self.value.setEditable(True)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._roles: dict[str, str] = {}
        self._units: dict[str, str] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.value, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.value.editTextChanged.connect(self.changed)
        self._on_kind_changed()

    def set_options(self, roles: Mapping[str, str], units: Mapping[str, str]) -> None:
        """The department roles and units (id -> name) the value lists, in order."""
        ref = self.ref()
        self._roles, self._units = dict(roles), dict(units)
        self.set_ref(ref)

    def set_ref(self, ref: str) -> None:
        """Show ``ref`` (without emitting ``changed``)."""
        kind, _, value = ref.partition(":")
        self.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._fill()
        names = self._roles if kind == "department" else self._units
        self.value.setEditText(option_text(value, names[value]) if value in names else value)
        self.blockSignals(False)

    def ref(self) -> str:
        """The reference shown, such as ``unit:spg`` or ``top``."""
        kind = str(self.kind.currentData())
        if not self.value.isEnabled():
            return kind
        names = self._roles if kind == "department" else self._units
        return f"{kind}:{typed_id(self.value.currentText().strip(), names)}"

    def _fill(self) -> None:
        kind = self.kind.currentData()
        self.value.blockSignals(True)
        self.value.clear()
        for item_id, name in (self._roles if kind == "department" else self._units).items():
            self.value.addItem(option_text(item_id, name), item_id)
        self.value.setEnabled(kind in ("department", "unit"))
        self.value.setEditText("")
        self.value.blockSignals(False)

    def _on_kind_changed(self) -> None:
        self._fill()
        if self.kind.currentData() == "department" and self._roles:
            self.value.setCurrentIndex(0)
        self.changed.emit()
