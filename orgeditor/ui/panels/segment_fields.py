"""The Inspector's rows for segment lists other than regions: membership and entry points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from orgeditor.model import Design, Unit
from orgeditor.ui.i18n import translate

DATA = Qt.ItemDataRole.UserRole
NONE = "(none)"


class SegmentFields(QGroupBox):
    """Per segment kind of the design: the item the unit belongs to, and the items it is
    the entry point for. Emits the unit's whole new mapping as an intent; hidden when the
    design has no segment kinds besides regions."""

    field_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SegmentFields", "Segments"), parent)
        self.form = QFormLayout(self)
        self.members: dict[str, QComboBox] = {}
        self.entry_points: dict[str, QListWidget] = {}
        self._shape: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = ()
        self._unit: Unit | None = None
        self._filling = False
        self.hide()

    def show_unit(self, design: Design, unit: Unit) -> None:
        """Show ``unit``'s segments; rebuild the rows when the design's lists changed."""
        shape = tuple(
            (k.id, k.name, tuple((x.id, x.name) for x in k.items)) for k in design.segment_kinds
        )
        if shape != self._shape:
            self._rebuild(shape)
        self._unit = unit
        self._filling = True
        try:
            for kind, combo in self.members.items():
                combo.setCurrentIndex(max(combo.findData(unit.segments.get(kind)), 0))
            for kind, checks in self.entry_points.items():
                chosen = unit.segment_entry_points.get(kind, [])
                for row in range(checks.count()):
                    item = checks.item(row)
                    state = item.data(DATA) in chosen
                    item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self.setVisible(bool(shape))

    def _rebuild(self, shape: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.members, self.entry_points, self._shape = {}, {}, shape
        for kind, noun, items in shape:
            combo = QComboBox()
            combo.addItem(NONE, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.activated.connect(lambda _=0, k=kind: self._on_member_activated(k))
            combo.setToolTip(
                QCoreApplication.translate("SegmentFields", "The {0} this unit belongs to").format(
                    noun
                )
            )
            checks = QListWidget()
            checks.setMaximumHeight(90)
            for item_id, name in items:
                entry = QListWidgetItem(name)
                entry.setData(DATA, item_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                checks.addItem(entry)
            checks.itemChanged.connect(lambda _, k=kind: self._on_entry_points_changed(k))
            self.members[kind], self.entry_points[kind] = combo, checks
            self.form.addRow(noun[:1].upper() + noun[1:], combo)
            self.form.addRow(f"Entry point for ({noun})", checks)

    def _on_member_activated(self, kind: str) -> None:
        if self._filling or self._unit is None:
            return
        value = dict(self._unit.segments)
        item = self.members[kind].currentData()
        if item is None:
            value.pop(kind, None)
        else:
            value[kind] = item
        self.field_requested.emit("segments", value)

    def _on_entry_points_changed(self, kind: str) -> None:
        if self._filling or self._unit is None:
            return
        checks = self.entry_points[kind]
        chosen = [
            checks.item(row).data(DATA)
            for row in range(checks.count())
            if checks.item(row).checkState() == Qt.CheckState.Checked
        ]
        value = {k: list(v) for k, v in self._unit.segment_entry_points.items()}
        value[kind] = chosen
        self.field_requested.emit("segment_entry_points", value)
