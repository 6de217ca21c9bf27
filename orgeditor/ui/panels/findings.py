"""The findings dock: the latest report grouped by severity, rule or unit, with a filter box.

Select a finding to see its units on the chart. Grouped by unit, a finding that
names several units is listed under each of them; findings about no unit are
under "Whole design".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Scenario
from orgeditor.rules import Finding, Report, Severity
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.panels.when_shown import WhenShown
from orgeditor.ui.text import plain_label, plain_tooltip

HEADINGS = {  # group keys; translated where shown (``_shown``)
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsPanel", "Errors"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsPanel", "Warnings"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsPanel", "Information"),
}
SEVERITY_NAMES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsPanel", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsPanel", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsPanel", "Information"),
}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPINGS = [
    (QT_TRANSLATE_NOOP("FindingsPanel", "Group by severity"), "severity"),
    (QT_TRANSLATE_NOOP("FindingsPanel", "Group by rule"), "rule"),
    (QT_TRANSLATE_NOOP("FindingsPanel", "Group by unit"), "unit"),
]
WHOLE_DESIGN = QT_TRANSLATE_NOOP("FindingsPanel", "Whole design")
ErrorKeys = tuple[str, set[tuple[str, tuple[str, ...]]]]  # scenario id, (rule, units) of errors


def _errors_of(report: Report | None) -> ErrorKeys | None:
    """The errors of ``report`` as (rule, units): an error whose figures change is not new."""
    if report is None:
        return None
    errors = {(f.rule, f.units) for f in report.findings if f.severity is Severity.ERROR}
    return report.scenario, errors


class FindingsPanel(QWidget):
    """Lists findings; emits ``units_activated`` on a click, ``fix_requested`` on Apply fix and
    ``rule_off_requested`` (a rule id) on "Turn off this rule for this design"."""

    units_activated = Signal(list)
    fix_requested = Signal(object)
    rule_off_requested = Signal(str)
    new_errors_found = Signal(int)  # how many errors the latest report added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("findingsFilter")
        self.filter.setAccessibleName(translate("FindingsPanel", "Filter findings"))
        self.filter.setPlaceholderText(translate("FindingsPanel", "Filter by rule, unit or words"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(
            translate(
                "FindingsPanel",
                "Show only the findings whose rule, units or text contain every word",
            )
        )
        self.group_by = QComboBox()
        self.group_by.setObjectName("findingsGroupBy")
        self.group_by.setAccessibleName(translate("FindingsPanel", "Group findings by"))
        self.group_by.setToolTip(
            translate("FindingsPanel", "Group the findings by severity, by rule or by unit")
        )
        for label, key in GROUPINGS:
            self.group_by.addItem(translate("FindingsPanel", label), key)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.group_by)
        self.scenario_shown: Callable[[], Scenario | None] = lambda: None  # names the units
        self._report: Report | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        self.tree.setHeaderLabels(
            [translate("FindingsPanel", "Rule"), translate("FindingsPanel", "Finding")]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fix_text = plain_label(wrap=True)
        self.fix_button = QPushButton(translate("FindingsPanel", "Apply fix"))
        self.fix_button.setToolTip(
            self.tr("Apply the fix shown for the selected finding (undoable)")
        )
        self.fix_button.setEnabled(False)
        self.rule_off_button = QPushButton(translate("FindingsPanel", "Turn off this rule"))
        self.rule_off_button.setToolTip(
            translate("FindingsPanel", "Turn off this rule for this design (undoable)")
        )
        self.rule_off_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.fix_text, 1)
        bar.addWidget(self.rule_off_button)
        bar.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.rule_off_button.clicked.connect(self._on_rule_off_triggered)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.filter.textChanged.connect(lambda _: self._show_rows())
        self.group_by.activated.connect(lambda _: self._show_rows())
        self.findings: list[Finding] = []
        self._errors: ErrorKeys | None = None  # the errors of the report shown, to spot new ones
        self._listed: object = None  # what the tree lists (see _show_rows)
        self.when_shown = WhenShown(self, self._show_rows)

    def show_report(self, report: Report | None) -> None:
        """Show ``report`` (None: nothing checked yet, as for a newly opened design).

        Emits ``new_errors_found`` when the report has errors the previous report of
        the same scenario did not (an edit made them).
        """
        self.findings = list(report.findings) if report else []
        self._report = report
        self.when_shown.run(self._show_rows)
        before, now = self._errors, _errors_of(report)
        self._errors = now
        if before is not None and now is not None and before[0] == now[0] and now[1] - before[1]:
            self.new_errors_found.emit(len(now[1] - before[1]))

    def _show_rows(self) -> None:
        """List the findings that pass the filter, in the groups chosen (unless the tree
        lists them already: the same findings, units' names, filter and grouping)."""
        report = self._report
        words = self.filter.text().lower().split()
        by = self.group_by.currentData()
        scenario = self.scenario_shown()
        units = scenario.units if scenario is not None else {}
        named = [[units[u].name if u in units else u for u in f.units] for f in self.findings]
        listed = (report and (report.scenario, report.skipped), self.findings, named, words, by)
        if listed == self._listed:
            return
        self._listed = listed
        self.tree.clear()
        self._on_tree_current_item_changed(None, None)
        if report is None:
            return
        groups: dict[str, list[QTreeWidgetItem]] = {}  # one pass: 4,000 findings in a blink
        for index, (finding, names) in enumerate(zip(self.findings, named, strict=True)):
            if words:
                text = " ".join([finding.rule, finding.message, *names]).lower()
                if not all(w in text for w in words):
                    continue
            first = (
                finding.rule
                if by != "rule"
                else translate("FindingsPanel", SEVERITY_NAMES[finding.severity])
            )
            for key in self._keys(finding, names, by):
                item = QTreeWidgetItem([first, finding.message])
                item.setData(0, FINDING_ROLE, index)
                item.setToolTip(1, plain_tooltip(finding.message))
                groups.setdefault(key, []).append(item)
        for key in self._ordered(groups, by):
            items = groups.get(key, [])
            heading = by == "severity" or (by == "unit" and key == WHOLE_DESIGN)
            shown = translate("FindingsPanel", key) if heading else key
            group = QTreeWidgetItem([shown, f"{len(items)}"])
            self.tree.addTopLevelItem(group)
            group.addChildren(items)
            group.setExpanded(by != "severity" or key != HEADINGS[Severity.INFO])
        if report.skipped and not words:
            group = QTreeWidgetItem(
                [translate("FindingsPanel", "Not checked"), f"{len(report.skipped)}"]
            )
            self.tree.addTopLevelItem(group)
            for skipped in report.skipped:
                group.addChild(QTreeWidgetItem([skipped.rule, skipped.reason]))

    @staticmethod
    def _keys(finding: Finding, names: list[str], by: str) -> Iterable[str]:
        """The groups ``finding`` is listed under."""
        if by == "rule":
            return [finding.rule]
        if by == "unit":
            return dict.fromkeys(names) or [WHOLE_DESIGN]
        return [HEADINGS[finding.severity]]

    @staticmethod
    def _ordered(groups: dict[str, list[QTreeWidgetItem]], by: str) -> list[str]:
        """Severity groups always, most severe first; others by name, the whole design last."""
        if by == "severity":
            return [HEADINGS[s] for s in Severity]
        return sorted(groups, key=lambda k: (k == WHOLE_DESIGN, k.lower()))

    def current_finding(self) -> Finding | None:
        """The selected finding, if a finding row is selected."""
        item = self.tree.currentItem()
        index = item.data(0, FINDING_ROLE) if item else None
        return self.findings[index] if isinstance(index, int) else None

    def _on_tree_current_item_changed(self, *_: object) -> None:
        finding = self.current_finding()
        fix = finding.fix if finding else None
        self.fix_button.setEnabled(fix is not None)
        self.rule_off_button.setEnabled(finding is not None)
        self.fix_text.setText(
            translate("FindingsPanel", "Suggested fix: {0}").format(fix.description) if fix else ""
        )

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = self.current_finding()
        if finding is not None and finding.units:
            self.units_activated.emit(list(finding.units))

    def _on_fix_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.fix_requested.emit(finding)

    def _on_rule_off_triggered(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.rule_off_requested.emit(finding.rule)

    def _on_tree_context_menu_requested(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        finding = self.current_finding()
        if finding is None:
            return
        menu = QMenu(self)
        fix = menu.addAction(translate("FindingsPanel", "Apply fix"))
        fix.setEnabled(finding.fix is not None)
        fix.triggered.connect(self._on_fix_button_clicked)
        off = menu.addAction(
            translate("FindingsPanel", "Turn off {0} for this design").format(finding.rule)
        )
        off.triggered.connect(self._on_rule_off_triggered)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
