"""Help > Rules: the rule catalogue, with the open design's parameters and choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Design
from orgeditor.rules import RULES
from orgeditor.rules.catalogue import (
    RuleEntry,
    catalogue,
    catalogue_text,
    rule_text,
    severity_name,
)
from orgeditor.ui.i18n import translate


def listed_and_explained(
    rules: QWidget, name: str, heights: tuple[int, int]
) -> tuple[QSplitter, QPlainTextEdit]:
    """The list of ``rules`` above, the selected rule explained below (named ``name``)."""
    detail = QPlainTextEdit()  # plain text: names from the file are never markup
    detail.setObjectName(name)
    detail.setReadOnly(True)
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(rules)
    split.addWidget(detail)
    split.setSizes(list(heights))
    return split, detail


class RulesDialog(QDialog):
    """Every rule: its id, title and state here; the selected one explained in full."""

    def __init__(self, design: Design | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RulesDialog", "Rules"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("rulesTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                translate("RulesDialog", "Rule"),
                translate("RulesDialog", "Severity"),
                translate("RulesDialog", "In this design"),
                translate("RulesDialog", "Title"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        split, self.detail = listed_and_explained(self.tree, "ruleDetail", (260, 260))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.entries: list[RuleEntry] = []
        self.show_design(design)
        self.resize(820, 600)

    def show_design(self, design: Design | None) -> None:
        """List the rules with ``design``'s choices (None: the catalogue alone)."""
        current = self.tree.currentIndex().row()
        self.entries = catalogue(RULES, design)
        self.tree.clear()
        for entry in self.entries:
            state = entry.state if entry.with_design else ""
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        entry.rule.id,
                        severity_name(entry.severity),
                        state,
                        rule_text(entry.rule, "title"),
                    ]
                )
            )
        item = self.tree.topLevelItem(max(current, 0))
        if item is not None:  # there is a rule in every catalogue
            self.tree.setCurrentItem(item)

    def _on_tree_current_item_changed(self, *_: object) -> None:
        row = self.tree.currentIndex().row()
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.detail.setPlainText(catalogue_text([entry]) if entry else "")
