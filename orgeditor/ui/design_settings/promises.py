"""The promise fields of the Rule Parameters page (issue 21): groups kept together,
required head grades, heads graded as their posts, leads on the chart, entry-point holders.

The page owns these widgets' rows; the texts are read by
:mod:`orgeditor.commands.promise_text`, and Apply sets them with the page's other
parameters in one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from orgeditor.commands.promise_text import grades_text, groups_text, parse_grades, parse_groups
from orgeditor.model import Design, RuleSettings
from orgeditor.model.limits import MAX_SPAN
from orgeditor.ui.design_settings.page import error_label

Row = Callable[[QFormLayout, str, QWidget], None]


class PromiseFields:
    """The widgets of the promise parameters, and what they hold."""

    def __init__(self) -> None:
        self.groups = QPlainTextEdit()
        self.groups.setPlaceholderText(
            QCoreApplication.translate("PromiseFields", "PBSO's components: pbc-branch, ppab, fpb")
        )
        self.groups.setTabChangesFocus(True)
        self.groups.setFixedHeight(self.groups.fontMetrics().lineSpacing() * 4 + 12)
        self.groups_error = error_label()
        self.head_grades = QLineEdit()
        self.head_grades.setPlaceholderText(
            QCoreApplication.translate("PromiseFields", "pbso=ASG, oma=ASG")
        )
        self.head_grades_error = error_label()
        self.from_posts = QCheckBox(
            QCoreApplication.translate(
                "PromiseFields", "A unit's head grade is that of its most senior post"
            )
        )
        self.follows_chart = QCheckBox(
            QCoreApplication.translate(
                "PromiseFields", "A field presence sits under its lead department on the chart"
            )
        )
        self.holders = QSpinBox()
        self.holders.setRange(0, MAX_SPAN)
        self.holders.setSpecialValueText(QCoreApplication.translate("PromiseFields", "not set"))
        self._units: set[str] = set()
        self._grades: set[str] = set()

    def add_rows(self, form: QFormLayout, row: Row) -> None:
        """Add the fields' rows to ``form`` (``row`` adds a labelled row)."""
        row(
            form, QCoreApplication.translate("PromiseFields", "Groups kept &together:"), self.groups
        )
        form.addRow("", self.groups_error)
        row(
            form,
            QCoreApplication.translate("PromiseFields", "Required &head grades:"),
            self.head_grades,
        )
        form.addRow("", self.head_grades_error)
        form.addRow("", self.from_posts)
        form.addRow("", self.follows_chart)
        row(
            form,
            QCoreApplication.translate("PromiseFields", "Fewest entry-point &holders:"),
            self.holders,
        )

    def connect(self, slot: Callable[..., None]) -> None:
        """Call ``slot`` whenever a field changes."""
        self.groups.textChanged.connect(slot)
        self.head_grades.textEdited.connect(slot)
        self.from_posts.toggled.connect(slot)
        self.follows_chart.toggled.connect(slot)
        self.holders.valueChanged.connect(slot)

    def show(self, design: Design, rules: RuleSettings, grades: list[str]) -> None:
        """Show ``rules``' promises; ``design``'s units and ``grades`` are what they may name."""
        self._units = {u for s in design.scenarios for u in s.units}
        self._grades = set(grades)
        widgets = [self.groups, self.from_posts, self.follows_chart, self.holders]
        for widget in widgets:
            widget.blockSignals(True)
        self.groups.setPlainText(groups_text(rules.keep_together))
        self.head_grades.setText(grades_text(rules.required_head_grades))
        self.from_posts.setChecked(rules.head_grade_from_posts)
        self.follows_chart.setChecked(rules.lead_follows_chart)
        self.holders.setValue(rules.min_entry_point_holders or 0)
        for widget in widgets:
            widget.blockSignals(False)

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The parameters the fields hold, and the problems of those they cannot give."""
        groups, groups_problem = parse_groups(self.groups.toPlainText(), self._units)
        grades, grades_problem = parse_grades(self.head_grades.text(), self._units, self._grades)
        values: dict[str, Any] = {
            "head_grade_from_posts": self.from_posts.isChecked(),
            "lead_follows_chart": self.follows_chart.isChecked(),
            "min_entry_point_holders": self.holders.value() or None,
        }
        problems = {}
        if groups_problem:
            problems["keep_together"] = groups_problem
        else:
            values["keep_together"] = groups
        if grades_problem:
            problems["required_head_grades"] = grades_problem
        else:
            values["required_head_grades"] = grades
        return values, problems
