"""The compare dock: what changed against another scenario, grouped; click one to see it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Design, Scenario
from orgeditor.reports.changes import KINDS, change_rows, change_word
from orgeditor.reports.diff import ScenarioDiff
from orgeditor.reports.diff_output import diff_counts, diff_headline
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from orgeditor.ui.panels.fill import refill
from orgeditor.ui.panels.when_shown import WhenShown
from orgeditor.ui.text import plain_label, plain_tooltip

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 2000  # entries per group; the changes table export has them all
GROUP_TITLES = {  # translated where shown
    ("unit", "added"): QT_TRANSLATE_NOOP("ComparePanel", "Units added"),
    ("unit", "succeeds"): QT_TRANSLATE_NOOP("ComparePanel", "Units succeeding earlier units"),
    ("unit", "moved"): QT_TRANSLATE_NOOP("ComparePanel", "Units moved"),
    ("unit", "renamed"): QT_TRANSLATE_NOOP("ComparePanel", "Units renamed"),
    ("unit", "changed"): QT_TRANSLATE_NOOP("ComparePanel", "Units changed"),
    ("unit", "abolished"): QT_TRANSLATE_NOOP("ComparePanel", "Units abolished"),
    ("unit", "succeeded"): QT_TRANSLATE_NOOP("ComparePanel", "Units succeeded by later units"),
    ("post", "redeployed"): QT_TRANSLATE_NOOP("ComparePanel", "Posts redeployed to another unit"),
    ("post", "moved with its unit"): QT_TRANSLATE_NOOP(
        "ComparePanel", "Posts continuing with their unit in another department"
    ),
    ("post", "reclassified"): QT_TRANSLATE_NOOP("ComparePanel", "Posts reclassified"),
    ("post", "funding changed"): QT_TRANSLATE_NOOP(
        "ComparePanel", "Posts moved between funding sources"
    ),
    ("post", "established"): QT_TRANSLATE_NOOP("ComparePanel", "Posts established"),
    ("post", "abolished"): QT_TRANSLATE_NOOP("ComparePanel", "Posts abolished"),
    ("line", "added"): QT_TRANSLATE_NOOP("ComparePanel", "Lines added"),
    ("line", "changed"): QT_TRANSLATE_NOOP("ComparePanel", "Lines changed"),
    ("line", "removed"): QT_TRANSLATE_NOOP("ComparePanel", "Lines removed"),
    ("body", "added"): QT_TRANSLATE_NOOP("ComparePanel", "Bodies added"),
    ("body", "members changed"): QT_TRANSLATE_NOOP("ComparePanel", "Body members changed"),
    ("body", "chair changed"): QT_TRANSLATE_NOOP("ComparePanel", "Body chairs changed"),
    ("body", "removed"): QT_TRANSLATE_NOOP("ComparePanel", "Bodies removed"),
    ("role", "assigned"): QT_TRANSLATE_NOOP("ComparePanel", "Roles assigned"),
    ("role", "reassigned"): QT_TRANSLATE_NOOP("ComparePanel", "Roles reassigned"),
    ("role", "cleared"): QT_TRANSLATE_NOOP("ComparePanel", "Roles cleared"),
    ("setting", "changed"): QT_TRANSLATE_NOOP("ComparePanel", "Rule settings changed"),
}
SECTION_OF = {kind: section for section, kind in KINDS.items()}
VERSION = "\0version"  # the choice's data for another version of the design (not a scenario id)


class ComparePanel(QWidget):
    """Chooses the scenario to compare with and lists the differences.

    Emits ``compare_requested`` with a scenario id (or None to stop comparing)
    and ``units_activated`` with the unit to select when a change is clicked.
    """

    compare_requested = Signal(object)
    units_activated = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setObjectName("compareChoice")
        self.choice.setToolTip(
            self.tr("The scenario to compare the shown one with; the cards mark what changed")
        )
        self.summary = plain_label(wrap=True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compareTree")
        self.tree.setHeaderLabels(
            [
                translate("ComparePanel", "Change"),
                translate("ComparePanel", "From"),
                translate("ComparePanel", "To"),
            ]
        )
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.resizeSection(1, 320)  # lines and bodies are told in a sentence: room for it
        form = QFormLayout()
        form.addRow(translate("ComparePanel", "Compare with:"), self.choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.choice.activated.connect(self._on_choice_activated)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.itemActivated.connect(self._on_tree_item_clicked)
        self._latest: tuple[Design, str, str | None, str | None, ScenarioDiff | None] | None = None
        self._diff_shown: object = self  # the diff the tree lists (self: none yet)
        self.when_shown = WhenShown(self, self._show_latest)

    def show_comparison(
        self,
        design: Design,
        current: str,
        compared: str | None,
        version: str | None,
        diff: ScenarioDiff | None,
    ) -> None:
        """Show what the chart compares with now (see :meth:`show_design`) and ``diff``, what
        changed since it; hidden behind another dock, wait until shown."""
        self._latest = (design, current, compared, version, diff)
        self.when_shown.run(self._show_latest)

    def _show_latest(self) -> None:
        if self._latest is None:
            return
        design, current, compared, version, diff = self._latest
        self.show_design(design, current, compared, version)
        if diff is not self._diff_shown:  # a diff is made afresh after every change
            self.show_diff(diff)

    def show_design(
        self, design: Design, current: str, compared: str | None, version: str | None = None
    ) -> None:
        """Offer every other scenario; select ``compared`` (None: "Nothing"), or ``version``,
        the name of another version of the design compared with (File > Compare with)."""
        choices: list[tuple[str, object]] = [
            (translate("ComparePanel", "Nothing (compare mode off)"), None)
        ]
        if version is not None:
            choices.append((version, VERSION))
        choices += [(s.name, s.id) for s in design.scenarios if s.id != current]
        self.choice.blockSignals(True)
        refill(self.choice, choices, (VERSION if version else compared) if compared else None)
        self.choice.blockSignals(False)

    def show_diff(self, diff: ScenarioDiff | None) -> None:
        """List ``diff``'s changes, grouped by what happened (None: compare mode is off)."""
        self._diff_shown = diff
        self.tree.clear()
        if diff is None:
            self.summary.setText(
                translate("ComparePanel", "Choose a scenario to see what changed since it.")
            )
            return
        if diff.empty:
            self.summary.setText(
                translate("ComparePanel", "Nothing differs from {0}.").format(diff.old.name)
            )
            return
        counts = diff_counts(diff)
        self.summary.setText(
            translate("ComparePanel", "Against {0}: ").format(diff.old.name)
            + "; ".join(diff_headline(diff))
        )
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        for kind, item_id, name, action, before, after in change_rows(diff):
            key = (kind, action)
            change = change_word(action)
            group = groups.get(key)
            if group is None:
                title = GROUP_TITLES.get(key)
                group = QTreeWidgetItem([translate("ComparePanel", title) if title else change])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[key] = group
            if group.childCount() >= MAX_LISTED:
                continue
            post = name or translate("ComparePanel", "Post")
            label = f"{post} [{item_id}]" if kind == "post" else name
            child = QTreeWidgetItem([label, before, after])
            child.setData(0, UNIT_ROLE, self._unit_of(diff.new, kind, item_id))
            child.setToolTip(0, plain_tooltip(f"{label}\n{change}: {before} → {after}"))
            group.addChild(child)
        order = list(GROUP_TITLES)
        for key in sorted(groups, key=lambda k: order.index(k) if k in order else len(order)):
            group = groups[key]
            total = counts[SECTION_OF[key[0]]].get(key[1], 0)
            more = (
                translate("ComparePanel", ", {0} listed").format(number(MAX_LISTED))
                if total > group.childCount()
                else ""
            )
            group.setText(0, f"{group.text(0)} ({number(total)}{more})")
            self.tree.addTopLevelItem(group)
        if len(groups) <= 3:
            self.tree.expandAll()

    @staticmethod
    def _unit_of(scenario: Scenario, kind: str, item_id: str) -> str | None:
        """The unit of the current scenario to select for a change (None: it is gone)."""
        if kind in ("unit", "body"):
            return item_id if item_id in scenario.units else None
        if kind == "line":
            line = scenario.lines.get(item_id)
            return line.source if line is not None else None
        if kind == "role":
            return getattr(scenario.roles, item_id, None) or scenario.roles.departments.get(
                item_id.removeprefix("department:")
            )
        post = scenario.posts.get(item_id) if kind == "post" else None
        return post.unit if post is not None else None

    def _on_choice_activated(self, _index: int) -> None:
        if self.choice.currentData() != VERSION:  # the version shown stays
            self.compare_requested.emit(self.choice.currentData())

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        unit_id = item.data(0, UNIT_ROLE)
        if unit_id:
            self.units_activated.emit([unit_id])
