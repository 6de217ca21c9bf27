"""The Rule Parameters page: tolerance, senior grade, limits, leads and watched functions.

A rule whose parameter is not set is skipped. Which rules run and at what
severity is the Rules page's (the rule switches); the segments that need an
entry point have their own page.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.references import Kind
from orgeditor.commands.settings import set_rule_parameters
from orgeditor.commands.settings_checks import DesignSettings, rule_problems
from orgeditor.model import Design, PresenceType
from orgeditor.model.limits import MAX_LAYERS, MAX_SPAN
from orgeditor.rules.spread import PRESENCE_WORDS
from orgeditor.ui.design_settings.page import (
    Factory,
    SettingsPage,
    choice_box,
    error_label,
    whole_number,
)
from orgeditor.ui.design_settings.promises import PromiseFields
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

NOT_SET = QT_TRANSLATE_NOOP("RuleParametersPage", "(not set)")
PRESENCE_NAMES = {
    PresenceType.PEACEKEEPING_OPERATION: QT_TRANSLATE_NOOP(
        "RuleParametersPage", "Peacekeeping operations"
    ),
    PresenceType.SPECIAL_POLITICAL_MISSION: QT_TRANSLATE_NOOP(
        "RuleParametersPage", "Special political missions"
    ),
    PresenceType.REGIONAL_OFFICE: QT_TRANSLATE_NOOP("RuleParametersPage", "Regional offices"),
    PresenceType.ENVOY: QT_TRANSLATE_NOOP("RuleParametersPage", "Envoys"),
    PresenceType.POLITICAL_PROCESS_OFFICE: QT_TRANSLATE_NOOP(
        "RuleParametersPage", "Political process offices"
    ),
    PresenceType.OTHER: QT_TRANSLATE_NOOP("RuleParametersPage", "Other field presences"),
}
# parameter -> (label, the kind of entry its combo box lists)
CHOICES = {
    "senior_grade": (QT_TRANSLATE_NOOP("RuleParametersPage", "&Senior grade (from):"), Kind.GRADE),
    "entry_point_grade": (
        QT_TRANSLATE_NOOP("RuleParametersPage", "&Entry-point grade:"),
        Kind.GRADE,
    ),
    "gender_function": (
        QT_TRANSLATE_NOOP("RuleParametersPage", "&Gender function:"),
        Kind.FUNCTION,
    ),
    "pbf_function": (
        QT_TRANSLATE_NOOP("RuleParametersPage", "Peacebuilding &Fund function:"),
        Kind.FUNCTION,
    ),
    "mission_default_lead": (
        QT_TRANSLATE_NOOP("RuleParametersPage", "Missions that name &no lead:"),
        Kind.ROLE,
    ),
}


class RuleParametersPage(SettingsPage):
    """Edit the rules' parameters; Apply sets the changed ones in one step."""

    title = QT_TRANSLATE_NOOP("SettingsPage", "Rule Parameters")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings: DesignSettings | None = None
        self._labels: list[QLabel] = []
        self.tolerance = QLineEdit()
        self.tolerance.setMaximumWidth(160)
        self.tolerance_error = error_label()
        self.other_error = error_label()  # a parameter the design names but no longer has
        self.combos = {name: choice_box() for name in CHOICES}
        self.leads = {presence: choice_box() for presence in PresenceType}
        self.span, self.layers = _limit(MAX_SPAN), _limit(MAX_LAYERS)
        self.promises = PromiseFields()  # issue 21: the promises the rules check
        self.conditions = {presence: choice_box() for presence in PRESENCE_WORDS}
        limits = QFormLayout()
        self._row(limits, translate("RuleParametersPage", "Cost &tolerance:"), self.tolerance)
        limits.addRow("", self.tolerance_error)
        for name in ("senior_grade", "entry_point_grade"):
            self._row(limits, translate("RuleParametersPage", CHOICES[name][0]), self.combos[name])
        self._row(limits, translate("RuleParametersPage", "Largest s&pan of control:"), self.span)
        self._row(
            limits, translate("RuleParametersPage", "Most &layers below the top:"), self.layers
        )
        watched = QFormLayout()
        for name in ("gender_function", "pbf_function"):
            self._row(watched, translate("RuleParametersPage", CHOICES[name][0]), self.combos[name])
        leads = QFormLayout()
        for presence, combo in self.leads.items():
            self._row(leads, _label(PRESENCE_NAMES[presence]), combo)
        lead = translate("RuleParametersPage", CHOICES["mission_default_lead"][0])
        self._row(leads, lead, self.combos["mission_default_lead"])
        promised = QFormLayout()
        self.promises.add_rows(promised, self._row)
        conditions = QFormLayout()
        for presence, combo in self.conditions.items():
            self._row(conditions, _label(PRESENCE_NAMES[presence]), combo)
        widest = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:  # one label column through the three groups
            label.setMinimumWidth(widest)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(_group(translate("RuleParametersPage", "Limits"), limits))
        column.addWidget(
            _group(translate("RuleParametersPage", "Functions the rules watch"), watched)
        )
        column.addWidget(
            _group(translate("RuleParametersPage", "Lead department role by field presence"), leads)
        )
        column.addWidget(_group(_promised_title(), promised))
        column.addWidget(_group(_conditions_title(), conditions))
        column.addWidget(self.other_error)
        column.addStretch(1)
        scroll = QScrollArea()  # a short screen scrolls rather than squeezes the rows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.tolerance.textEdited.connect(self._check)
        for combo in [*self.combos.values(), *self.leads.values(), *self.conditions.values()]:
            combo.currentIndexChanged.connect(self._check)
        self.promises.connect(self._check)
        self.span.valueChanged.connect(self._check)
        self.layers.valueChanged.connect(self._check)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        self._labels.append(label)

    def show_design(self, design: Design) -> None:
        self.design = design
        settings = DesignSettings.of(design)
        if self._settings is not None and (
            settings.rules,
            settings.grades,
            settings.functions,
        ) == (self._settings.rules, self._settings.grades, self._settings.functions):
            return
        self._settings = settings
        rules = settings.rules
        self.tolerance.setText(str(rules.cost_tolerance))
        for name, combo in self.combos.items():
            _fill(combo, settings, CHOICES[name][1], getattr(rules, name))
        for presence, combo in self.leads.items():
            _fill(combo, settings, Kind.ROLE, rules.presence_leads.get(presence))
        for presence, combo in self.conditions.items():
            _fill(combo, settings, Kind.ROLE, rules.dual_conditions.get(presence))
        self.promises.show(design, rules, settings.ids(Kind.GRADE))
        for box, value in ((self.span, rules.max_span), (self.layers, rules.max_layers)):
            box.blockSignals(True)
            box.setValue(value or 0)
            box.blockSignals(False)
        self._check()

    def parameters(self) -> dict[str, Any] | None:
        """The form's parameters, or None while the tolerance is not a whole number or a
        promise cannot be read."""
        tolerance = whole_number(self.tolerance.text())
        promised, unread = self.promises.values()
        if tolerance is None or unread:
            return None
        values: dict[str, Any] = {"cost_tolerance": tolerance}
        values |= {name: combo.currentData() or None for name, combo in self.combos.items()}
        values["max_span"] = self.span.value() or None
        values["max_layers"] = self.layers.value() or None
        values["presence_leads"] = {
            presence: combo.currentData()
            for presence, combo in self.leads.items()
            if combo.currentData()
        }
        values["dual_conditions"] = {
            presence: combo.currentData()
            for presence, combo in self.conditions.items()
            if combo.currentData()
        }
        return values | promised

    def _check(self, *_args: object) -> None:
        if self._settings is None:
            return
        values = self.parameters()
        if values is None:
            problems = self.promises.values()[1]
            if whole_number(self.tolerance.text()) is None:
                problems["cost_tolerance"] = translate(
                    "RuleParametersPage", "the tolerance is a whole amount, such as 0"
                )
        else:
            trial = copy.deepcopy(self._settings)
            for name, value in values.items():
                setattr(trial.rules, name, value)
            problems = rule_problems(trial)
        labels = {
            "cost_tolerance": self.tolerance_error,
            "keep_together": self.promises.groups_error,
            "required_head_grades": self.promises.head_grades_error,
            "": self.other_error,
        }
        self.report(problems, labels)

    def pending(self) -> Factory | None:
        values = self.parameters()
        if self._settings is None or values is None:
            return None
        rules = self._settings.rules
        changed = {name: v for name, v in values.items() if getattr(rules, name) != v}
        if not changed:
            return None
        return lambda d: set_rule_parameters(d, changed)


def _promised_title() -> str:
    return QCoreApplication.translate("RuleParametersPage", "Promises the rules check")


def _conditions_title() -> str:
    return QCoreApplication.translate(
        "RuleParametersPage", "Department whose dual line names each field presence"
    )


def _label(presence_name: str) -> str:
    """A field presence's row label: "Envoys:"."""
    name = translate("RuleParametersPage", presence_name)
    return translate("RuleParametersPage", "{0}:").format(name)


def _group(title: str, form: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(form)
    return box


def _limit(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText(translate("RuleParameters", "no limit"))
    return box


def _fill(combo: QComboBox, settings: DesignSettings, kind: Kind, value: str | None) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("RuleParametersPage", NOT_SET), "")
    for entry in settings.entries(kind):
        combo.addItem(f"{entry.id} — {entry.name}", entry.id)
    combo.setCurrentIndex(max(0, combo.findData(value or "")))
    combo.blockSignals(False)
