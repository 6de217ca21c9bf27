"""The Rules page: which rules run for this design and the severity each reports at.

One row per rule of the catalogue (id, title, an On box, a severity); the
selected rule is explained below, with the design's parameters. Apply sets
every changed rule in one undo step (``rule_states_command``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.rule_settings import rule_states_command
from orgeditor.model import Design, RuleOverride
from orgeditor.model.design import SEVERITIES
from orgeditor.rules import RULES
from orgeditor.rules.catalogue import (
    RuleEntry,
    catalogue,
    catalogue_text,
    rule_text,
    severity_name,
)
from orgeditor.ui.design_settings.page import Factory, SettingsPage
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.rules_help import listed_and_explained

RULE, TITLE, ON, SEVERITY = range(4)
HINT = QT_TRANSLATE_NOOP(
    "RulesPage",
    "Untick a rule to stop checking it in this design; its findings are listed as skipped. "
    "The severity is the one its findings report at. Both are saved in the file.",
)

State = tuple[bool, str]  # (on, the severity it reports at)


class RulesPage(SettingsPage):
    """Switch rules on or off and set their severity; Apply sets the changed ones in one step."""

    title = QT_TRANSLATE_NOOP("SettingsPage", "Rules")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RuleEntry] = []
        self._shown: dict[str, RuleOverride] | None = None  # the overrides the rows show
        hint = QLabel(translate("RulesPage", HINT))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("ruleSwitches")
        self.table.setHorizontalHeaderLabels(
            [
                translate("RulesPage", "Rule"),
                translate("RulesPage", "Title"),
                translate("RulesPage", "On"),
                translate("RulesPage", "Severity"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (RULE, ON, SEVERITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        split, self.detail = listed_and_explained(self.table, "ruleSwitchDetail", (380, 160))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.table.itemChanged.connect(self._on_table_item_changed)

    def show_design(self, design: Design) -> None:
        self.design = design
        overrides = dict(design.rules.rule_overrides)
        if overrides == self._shown:
            self._explain()  # parameters may have changed; the switches did not
            return
        # a rule the planner changed here keeps the change unless its state changed elsewhere
        kept = {
            rule_id: state
            for rule_id, state in self._changed().items()
            if self._shown is not None and overrides.get(rule_id) == self._shown.get(rule_id)
        }
        self._shown = {k: RuleOverride(v.enabled, v.severity) for k, v in overrides.items()}
        current = max(self.table.currentRow(), 0)
        self.entries = catalogue(RULES, design)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry, kept.get(entry.rule.id, (entry.enabled, entry.severity)))
        self.table.blockSignals(False)
        self.table.setCurrentCell(current, ON)
        self._explain()
        self.state_changed.emit()

    def _fill_row(self, row: int, entry: RuleEntry, state: State) -> None:
        rule_item = QTableWidgetItem(entry.rule.id)
        title_item = QTableWidgetItem(rule_text(entry.rule, "title"))
        title_item.setToolTip(title_item.text())
        on_item = QTableWidgetItem()
        on_item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        on_item.setCheckState(Qt.CheckState.Checked if state[0] else Qt.CheckState.Unchecked)
        for column, item in ((RULE, rule_item), (TITLE, title_item)):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, item)
        self.table.setItem(row, ON, on_item)
        box = QComboBox()
        for severity in SEVERITIES:
            box.addItem(severity_name(severity), severity)
        box.setCurrentIndex(box.findData(state[1]))
        box.setToolTip(
            translate("RuleSwitchesPage", "{0} reports at {1} unless changed").format(
                entry.rule.id, severity_name(entry.rule.severity.value)
            )
        )
        box.currentIndexChanged.connect(self._on_severity_changed)
        self.table.setCellWidget(row, SEVERITY, box)

    def severity_box(self, row: int) -> QComboBox:
        """The severity combo box of ``row``."""
        box = self.table.cellWidget(row, SEVERITY)
        assert isinstance(box, QComboBox)
        return box

    def _switch(self, row: int) -> QTableWidgetItem:
        """The on/off check box of ``row``."""
        item = self.table.item(row, ON)
        assert item is not None  # _fill_row gave every row one
        return item

    def states(self) -> dict[str, State]:
        """Each rule's switch and severity as the rows show them."""
        return {
            entry.rule.id: (
                self._switch(row).checkState() == Qt.CheckState.Checked,
                self.severity_box(row).currentData(),
            )
            for row, entry in enumerate(self.entries)
        }

    def _changed(self) -> dict[str, State]:
        """The rules whose row differs from the design's state."""
        shown = {entry.rule.id: (entry.enabled, entry.severity) for entry in self.entries}
        return {
            rule_id: state for rule_id, state in self.states().items() if state != shown[rule_id]
        }

    def pending(self) -> Factory | None:
        changed = self._changed()
        if not changed:
            return None
        return lambda d: rule_states_command(d, changed)

    def _explain(self) -> None:
        row = self.table.currentRow()
        if self.design is None or not 0 <= row < len(self.entries):
            self.detail.setPlainText("")
            return
        entry = catalogue([self.entries[row].rule], self.design)[0]
        self.detail.setPlainText(catalogue_text([entry]))

    def _on_table_current_cell_changed(self, row: int, *_: object) -> None:
        if row != -1:
            self._explain()

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == ON:
            self.state_changed.emit()

    def _on_severity_changed(self, *_: object) -> None:
        self.state_changed.emit()
