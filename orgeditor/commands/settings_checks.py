"""What the Settings dialog and the settings commands check: one place for both.

:class:`DesignSettings` is the part of a design the Settings dialog edits: the
grade ladder, the funding sources, the cost table, the function catalogue and
the rule parameters (with the department roles). The checks here say, field
by field, why a value cannot be stored, in words for the planner; the dialog
shows them next to the fields as they are typed, and a command refuses any
settings that would not save and load again.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orgeditor.commands.references import Kind
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import (
    CostTable,
    DepartmentRole,
    Design,
    FundingSource,
    Grade,
    Location,
    OrgFunction,
    RuleSettings,
)
from orgeditor.model.limits import MAX_COST, MAX_COST_YEAR, MAX_LAYERS, MAX_SPAN, MIN_COST_YEAR
from orgeditor.model.text import NAME, SHORT, TEXT, TextRule, id_problem, text_problem

Entry = Grade | FundingSource | OrgFunction | DepartmentRole | Location

# the text fields of each kind of entry beside its id (its code), with their rules
ENTRY_FIELDS: dict[Kind, tuple[tuple[str, TextRule], ...]] = {
    Kind.GRADE: (("name", NAME), ("category", SHORT)),
    Kind.FUNDING: (("name", NAME), ("description", TEXT)),
    Kind.FUNCTION: (("name", NAME), ("description", TEXT)),
    Kind.ROLE: (("name", NAME),),
    Kind.LOCATION: (("name", NAME), ("description", TEXT)),
}
# the text fields a form edits; other fields (a funding source's parts) take their defaults
_FACTORIES: dict[Kind, Callable[..., Entry]] = {
    Kind.GRADE: Grade,
    Kind.FUNDING: FundingSource,
    Kind.FUNCTION: OrgFunction,
    Kind.ROLE: DepartmentRole,
    Kind.LOCATION: Location,
}
# How a problem names a cost rate, by (it has a funding source, it has a duty station)
RATE_NAMES = {
    (False, False): QT_TRANSLATE_NOOP("Refusal", "the cost of {grade}"),
    (True, False): QT_TRANSLATE_NOOP("Refusal", "the cost of {grade} ({funding})"),
    (False, True): QT_TRANSLATE_NOOP("Refusal", "the cost of {grade} at {station}"),
    (True, True): QT_TRANSLATE_NOOP("Refusal", "the cost of {grade} ({funding}) at {station}"),
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass
class DesignSettings:
    """A copy of the parts of a design that the Settings dialog edits."""

    grades: list[Grade]
    funding_sources: list[FundingSource]
    cost_table: CostTable
    functions: list[OrgFunction]
    rules: RuleSettings
    locations: list[Location]  # per-location costs (issue 15 part 1)

    @classmethod
    def of(cls, design: Design) -> DesignSettings:
        """A deep copy of ``design``'s settings."""
        return cls(
            *copy.deepcopy(
                (
                    design.grades,
                    design.funding_sources,
                    design.cost_table,
                    design.functions,
                    design.rules,
                    design.locations,
                )
            )
        )

    def put(self, design: Design) -> None:
        """Make ``design``'s settings a deep copy of these."""
        twin = copy.deepcopy(self)
        design.grades, design.funding_sources = twin.grades, twin.funding_sources
        design.cost_table, design.functions, design.rules = (
            twin.cost_table,
            twin.functions,
            twin.rules,
        )
        design.locations = twin.locations

    def entries(self, kind: Kind) -> list[Any]:
        """The list of entries of ``kind`` (the list itself, to edit in place)."""
        if kind is Kind.ROLE:
            return self.rules.department_roles
        lists: dict[Kind, list[Any]] = {
            Kind.GRADE: self.grades,
            Kind.FUNDING: self.funding_sources,
            Kind.FUNCTION: self.functions,
            Kind.LOCATION: self.locations,
        }
        return lists[kind]

    def ids(self, kind: Kind) -> list[str]:
        """The ids of the entries of ``kind``, in order."""
        return [entry.id for entry in self.entries(kind)]


def make_entry(kind: Kind, values: dict[str, str]) -> Entry:
    """An entry of ``kind`` from its id and text fields."""
    names = ["id", *(name for name, _ in ENTRY_FIELDS[kind])]
    return _FACTORIES[kind](**{name: values.get(name, "") for name in names})


def updated_entry(kind: Kind, entry: Entry, values: dict[str, str]) -> Entry:
    """A copy of ``entry`` with its id and text fields from ``values``.

    Fields this module does not edit (such as a funding source's parts) are kept.
    """
    twin = copy.deepcopy(entry)
    for name in ["id", *(n for n, _ in ENTRY_FIELDS[kind])]:
        setattr(twin, name, values.get(name, ""))
    return twin


def entry_values(kind: Kind, entry: Entry) -> dict[str, str]:
    """The id and text fields of ``entry``, as the dialog's form shows them."""
    return {name: getattr(entry, name) for name in ["id", *(n for n, _ in ENTRY_FIELDS[kind])]}


def entry_problems(
    settings: DesignSettings, kind: Kind, index: int | None, values: dict[str, str]
) -> dict[str, str]:
    """Why each field of ``values`` cannot be stored as entry ``index`` of ``kind``.

    ``index`` is the entry's position, or None for a new entry; the result maps
    a field name ("id", "name" ...) to its problem and is empty when all is well.
    """
    problems: dict[str, str] = {}
    code = values.get("id", "")
    problem = id_problem(code)
    if problem is None and any(
        entry.id == code for i, entry in enumerate(settings.entries(kind)) if i != index
    ):
        problem = translate(
            "Refusal", "there is a {kind} {code} already; each needs its own code"
        ).format(kind=kind.noun, code=repr(code))
    if problem is not None:
        problems["id"] = problem.replace("an id", "a code")
    for name, rule in ENTRY_FIELDS[kind]:
        problem = text_problem(values.get(name, ""), rule)
        if problem is not None:
            problems[name] = problem
    return problems


def cost_problems(settings: DesignSettings) -> dict[str, str]:
    """Why the cost table cannot be stored, by field ("currency", "year", "note", "rates")."""
    table = settings.cost_table
    problems: dict[str, str] = {}
    if not _CURRENCY.match(table.currency):
        problems["currency"] = translate(
            "Refusal", "a currency is three capital letters (ISO 4217), such as USD"
        )
    if table.year is not None and not MIN_COST_YEAR <= table.year <= MAX_COST_YEAR:
        problems["year"] = translate("Refusal", "a cost year is between {low} and {high}").format(
            low=MIN_COST_YEAR, high=MAX_COST_YEAR
        )
    problem = text_problem(table.note, TextRule("the note", TEXT.limit, multiline=True))
    if problem is not None:
        problems["note"] = problem
    grades, sources = set(settings.ids(Kind.GRADE)), set(settings.ids(Kind.FUNDING))
    sources |= {part.id for source in settings.funding_sources for part in source.parts}
    stations = set(settings.ids(Kind.LOCATION))
    seen: set[tuple[str, str | None, str | None]] = set()
    for rate in table.rates:
        key = (rate.grade, rate.funding, rate.location)
        where = translate("Refusal", RATE_NAMES[bool(rate.funding), bool(rate.location)]).format(
            grade=rate.grade, funding=rate.funding, station=rate.location
        )
        if rate.grade not in grades or (rate.funding is not None and rate.funding not in sources):
            problem = QT_TRANSLATE_NOOP(
                "Refusal", "{rate} is for a grade or funding source the design lacks"
            )
        elif rate.location is not None and rate.location not in stations:
            problem = QT_TRANSLATE_NOOP("Refusal", "{rate} is for a duty station the design lacks")
        elif not 0 <= rate.annual_cost <= MAX_COST:
            problem = QT_TRANSLATE_NOOP("Refusal", "{rate} is between 0 and {high}")
        elif key in seen:
            problem = QT_TRANSLATE_NOOP("Refusal", "{rate} is given twice; keep one")
        else:
            problem = ""
        if problem:
            problems["rates"] = translate("Refusal", problem).format(
                rate=where, high=format_number(MAX_COST)
            )
        seen.add(key)
    return problems


def rule_problems(settings: DesignSettings) -> dict[str, str]:
    """Why a rule parameter cannot be stored, by parameter name."""
    rules = settings.rules
    problems: dict[str, str] = {}
    limits = {"cost_tolerance": (0, MAX_COST), "max_span": (1, MAX_SPAN)}
    limits["max_layers"] = (1, MAX_LAYERS)
    limits["min_entry_point_holders"] = (1, MAX_SPAN)
    for name, (low, high) in limits.items():
        value = getattr(rules, name)
        if value is not None and not low <= value <= high:
            problems[name] = translate("Refusal", "between {low} and {high}").format(
                low=format_number(low), high=format_number(high)
            )
    known = {kind: set(settings.ids(kind)) for kind in Kind}
    refs: list[tuple[str, Kind, list[str]]] = [
        ("senior_grade", Kind.GRADE, [rules.senior_grade or ""]),
        ("entry_point_grade", Kind.GRADE, [rules.entry_point_grade or ""]),
        ("mission_default_lead", Kind.ROLE, [rules.mission_default_lead or ""]),
        ("gender_function", Kind.FUNCTION, [rules.gender_function or ""]),
        ("pbf_function", Kind.FUNCTION, [rules.pbf_function or ""]),
        ("presence_leads", Kind.ROLE, list(rules.presence_leads.values())),
        ("dual_conditions", Kind.ROLE, list(rules.dual_conditions.values())),
        ("required_head_grades", Kind.GRADE, list(rules.required_head_grades.values())),
        ("function_homes", Kind.FUNCTION, list(rules.function_homes)),
        ("function_homes", Kind.ROLE, list(rules.function_homes.values())),
        ("functions_together", Kind.FUNCTION, [f for g in rules.functions_together for f in g]),
    ]
    for name, kind, values in refs:
        unknown = [v for v in values if v and v not in known[kind]]
        if unknown:
            problems[name] = translate("Refusal", "there is no {kind} {item}").format(
                kind=kind.noun, item=repr(unknown[0])
            )
    return problems


def settings_problems(settings: DesignSettings) -> list[str]:
    """Every reason why ``settings`` would not save and load again (empty when sound)."""
    found = []
    for kind in Kind:
        for index, entry in enumerate(settings.entries(kind)):
            values = entry_values(kind, entry)
            found += [
                translate("Refusal", "{kind} {item}: {problem}").format(
                    kind=kind.noun, item=repr(entry.id), problem=problem
                )
                for problem in entry_problems(settings, kind, index, values).values()
            ]
    found += [
        translate("Refusal", "cost table: {problem}").format(problem=problem)
        for problem in cost_problems(settings).values()
    ]
    found += [
        translate("Refusal", "rules: {name}: {problem}").format(name=name, problem=problem)
        for name, problem in rule_problems(settings).items()
    ]
    return found
