"""A picker for a unit reference: a kind (top, a department role, a unit ...) and its value."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from orgeditor.ui.design_settings.page import choice_box

# reference kind -> what the picker calls it; "department" and "unit" take a value
KINDS = {
    "top": "Top unit",
    "departments": "Every mapped department",
    "department": "Department role…",
    "executive-office": "Executive office",
    "shared-structure": "Shared structure",
    "principals-group": "Principals' group",
    "unit": "Unit (by id)…",
}


class RefPicker(QWidget):
    """Pick ``top``, ``department:<role>``, ``unit:<id>`` ...; department roles are listed,
    a unit id is typed (completed from the design's units)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = choice_box()
        for kind, text in KINDS.items():
            self.kind.addItem(text, kind)
        self.value = choice_box()
        self.value.setEditable(True)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._roles: list[str] = []
        self._units: list[str] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.value, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.value.editTextChanged.connect(self.changed)
        self._on_kind_changed()

    def set_options(self, roles: Sequence[str], units: Sequence[str]) -> None:
        """The department roles and unit ids the value lists."""
        ref = self.ref()
        self._roles, self._units = list(roles), sorted(units)
        self.set_ref(ref)

    def set_ref(self, ref: str) -> None:
        """Show ``ref`` (without emitting ``changed``)."""
        kind, _, value = ref.partition(":")
        self.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._fill()
        self.value.setEditText(value)
        self.blockSignals(False)

    def ref(self) -> str:
        """The reference shown, such as ``unit:spg`` or ``top``."""
        kind = str(self.kind.currentData())
        return f"{kind}:{self.value.currentText().strip()}" if self.value.isEnabled() else kind

    def _fill(self) -> None:
        kind = self.kind.currentData()
        self.value.blockSignals(True)
        self.value.clear()
        self.value.addItems(self._roles if kind == "department" else self._units)
        self.value.setEnabled(kind in ("department", "unit"))
        self.value.setEditText("")
        self.value.blockSignals(False)

    def _on_kind_changed(self) -> None:
        self._fill()
        if self.kind.currentData() == "department" and self._roles:
            self.value.setCurrentIndex(0)
        self.changed.emit()
