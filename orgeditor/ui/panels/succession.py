"""The Inspector's "Succeeds" box: which baseline units the selected proposal unit succeeds.

It lists the unit's predecessors with why each holds (same id, declared, or
inferred from its name, to confirm or reject), then the units of the same name
the planner rejected, and emits the whole new ``Succession`` for every change:
add a baseline unit, remove the selected ones (a rejected one is then inferred
again), confirm or reject the inferred ones, edit the source. The controller
turns each into one undoable ``SetUnitFieldCommand``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Design, Scenario, ScenarioKind, Succession
from orgeditor.model.successors import Basis, Predecessor, predecessors_of
from orgeditor.model.text import SHORT, fitted_text
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.panels.unit_choice import UnitChoice
from orgeditor.ui.text import plain_label

DATA = Qt.ItemDataRole.UserRole


BASES = {  # Basis values, shown after each predecessor
    "same id": QT_TRANSLATE_NOOP("SuccessionBox", "same id"),
    "declared": QT_TRANSLATE_NOOP("SuccessionBox", "declared"),
    "inferred: same name": QT_TRANSLATE_NOOP("SuccessionBox", "inferred: same name"),
    "rejected: not succeeded": QT_TRANSLATE_NOOP("SuccessionBox", "rejected: not succeeded"),
}


class SuccessionBox(QGroupBox):
    """Shows and edits one unit's predecessors in the baseline; emits ``succession_requested``."""

    succession_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SuccessionBox", "Succeeds"), parent)
        self.setToolTip(
            translate("SuccessionBox", "The baseline units whose posts continue in this unit")
        )
        self._declared = Succession()
        self._inferred: list[str] = []
        self._filling = False
        self.status = plain_label(wrap=True)
        self.units = QListWidget()
        self.units.setObjectName("predecessorList")
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.units.setMaximumHeight(100)
        self.choice = UnitChoice()
        self.add = QPushButton(translate("SuccessionBox", "Add"))
        self.choice.setToolTip(self.tr("A baseline unit whose posts continue in this unit"))
        self.choice.setAccessibleName(self.tr("Predecessor to add"))
        self.add.setToolTip(self.tr("Add the chosen unit as a predecessor (undoable)"))
        self.remove = QPushButton(translate("SuccessionBox", "Remove"))
        self.remove.setToolTip(translate("SuccessionBox", "Remove the selected predecessors"))
        self.confirm = QPushButton(translate("SuccessionBox", "Confirm"))
        self.confirm.setToolTip(translate("SuccessionBox", "Confirm the inferred predecessors"))
        self.reject = QPushButton(translate("SuccessionBox", "Reject"))
        self.reject.setToolTip(
            translate(
                "SuccessionBox", "This unit does not succeed the inferred unit of the same name"
            )
        )
        self.source = QLineEdit()
        self.source.setPlaceholderText(
            translate("SuccessionBox", "Source: document and paragraph, or [I]")
        )
        self.source.setToolTip(
            self.tr("Where the succession is stated: a document and paragraph, or [I] for inferred")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.units)
        for widgets in ((self.choice, self.add), (self.remove, self.confirm, self.reject)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            layout.addLayout(row)
        layout.addWidget(self.source)
        self.choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add.clicked.connect(self._on_add_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.reject.clicked.connect(self._on_reject_clicked)
        self.source.editingFinished.connect(self._on_source_edited)

    def show_unit(self, design: Design, scenario: Scenario, unit_id: str) -> None:
        """Fill from ``unit_id`` of ``scenario``; a baseline unit has nothing to succeed."""
        self._filling = True
        try:
            self._fill(design, scenario, unit_id)
        finally:
            self._filling = False

    def _fill(self, design: Design, scenario: Scenario, unit_id: str) -> None:
        unit = scenario.units[unit_id]
        self._declared = unit.succession
        self.units.clear()
        self.source.setText(unit.succession.source)
        self.source.setCursorPosition(0)
        baseline = design.baseline
        self.choice.show_choice(  # the same in a baseline, disabled: nothing of another unit
            lambda: [
                (f"{u.name} [{u.label}]", u.id)
                for u in sorted(baseline.units.values(), key=lambda u: u.name.lower())
                if u.id != unit_id
            ],
            translate("SuccessionBox", "Choose a baseline unit…"),
            None,
        )
        if scenario.kind is ScenarioKind.BASELINE:
            self._inferred = []
            self.status.setText(
                translate("SuccessionBox", "A baseline unit succeeds no earlier unit.")
            )
            buttons = (self.remove, self.confirm, self.reject)
            for widget in (self.units, self.choice, self.add, self.source, *buttons):
                widget.setEnabled(False)
            return
        chain: tuple[Predecessor, ...] = predecessors_of(baseline, scenario, unit_id)
        self._inferred = [p.unit for p in chain if p.basis is Basis.SAME_NAME]
        listed = [(p.unit, p.basis.value) for p in chain]
        listed += [(u, "rejected: not succeeded") for u in unit.succession.rejected]
        for old_id, why in listed:
            old = baseline.units[old_id]
            shown = old.name if old.label == old.name else f"{old.label}: {old.name}"
            item = QListWidgetItem(f"{shown} ({translate('SuccessionBox', BASES[why])})")
            item.setData(DATA, old_id)
            if old_id == unit_id:  # the same unit: nothing to remove
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.units.addItem(item)
        if not chain:
            self.status.setText(
                translate(
                    "SuccessionBox", "A new unit: its posts came by redeployment or establishment."
                )
            )
        elif self._inferred:
            self.status.setText(
                translate(
                    "SuccessionBox", "Inferred from the name: confirm it, or reject it if wrong."
                )
            )
        else:
            self.status.setText(
                translate(
                    "SuccessionBox", "Posts that came from these units continue (not redeployed)."
                )
            )
        for widget in (self.units, self.choice, self.add, self.source):
            widget.setEnabled(True)
        self.remove.setEnabled(bool(self._declared.units or self._declared.rejected))
        self.confirm.setEnabled(bool(self._inferred))
        self.reject.setEnabled(bool(self._inferred))

    def _request(
        self, units: list[str], source: str | None = None, rejected: list[str] | None = None
    ) -> None:
        if not self._filling:
            chosen = source if source is not None else self._declared.source
            refused = rejected if rejected is not None else list(self._declared.rejected)
            self.succession_requested.emit(Succession(units, chosen, refused))

    def _on_add_clicked(self) -> None:
        chosen = self.choice.currentData()
        if chosen and chosen not in self._declared.units:
            self._request([*self._declared.units, chosen])

    def _on_remove_clicked(self) -> None:
        gone = {item.data(DATA) for item in self.units.selectedItems()}
        kept = [u for u in self._declared.units if u not in gone]
        refused = [u for u in self._declared.rejected if u not in gone]
        if kept != self._declared.units or refused != self._declared.rejected:
            self._request(kept, rejected=refused)

    def _on_confirm_clicked(self) -> None:
        if self._inferred:
            self._request([*self._declared.units, *self._inferred])

    def _on_reject_clicked(self) -> None:
        if self._inferred:
            refused = [*self._declared.rejected, *self._inferred]
            self._request(list(self._declared.units), rejected=refused)

    def _on_source_edited(self) -> None:
        value, _ = fitted_text(self.source.text(), SHORT)
        if value != self._declared.source:
            self._request(list(self._declared.units), value)
