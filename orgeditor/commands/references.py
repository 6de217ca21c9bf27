"""Where a design refers to a grade, funding source, function or department role.

One place knows every reference to each kind of catalogue entry, so the
Settings dialog can say what uses an entry, and mapping it to another one
(before deleting or renaming it) leaves no reference behind. The settings
part of the design (ladder, cost table, rule parameters) is remapped in a
copy; the scenarios' references are remapped as recorded :class:`FieldEdit`\\ s
so that a command can undo them exactly.
"""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from orgeditor.commands.base import Change, Command
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import CostRate, Design, RuleSettings, Scenario
from orgeditor.model.aspects import UNIT_FIELD_ASPECTS, Aspect


class Kind(StrEnum):
    """A kind of catalogue entry; its value names it in messages."""

    GRADE = "grade"
    FUNDING = "funding source"
    FUNCTION = "function"
    ROLE = "department role"
    LOCATION = "duty station"  # per-location costs (issue 15 part 1)

    @property
    def noun(self) -> str:
        """The kind's name in the language the core speaks ("grade", "职等")."""
        return translate("Command", self.value)


QT_TRANSLATE_NOOP("Command", "grade")
QT_TRANSLATE_NOOP("Command", "funding source")
QT_TRANSLATE_NOOP("Command", "function")
QT_TRANSLATE_NOOP("Command", "department role")
QT_TRANSLATE_NOOP("Command", "duty station")

# What a scenario's count of uses counts (keys of _scenario_counts)
COUNTED = {
    "posts": QT_TRANSLATE_NOOP("Refusal", "{count} posts in {scenario}"),
    "unit heads": QT_TRANSLATE_NOOP("Refusal", "{count} unit heads in {scenario}"),
    "units": QT_TRANSLATE_NOOP("Refusal", "{count} units in {scenario}"),
    "department mappings": QT_TRANSLATE_NOOP(
        "Refusal", "{count} department mappings in {scenario}"
    ),
}
# Where a required body names a department role
BODY_PLACES = {
    "where it sits": QT_TRANSLATE_NOOP("Refusal", "required body {body} (where it sits)"),
    "its chair": QT_TRANSLATE_NOOP("Refusal", "required body {body} (its chair)"),
}


@dataclass(frozen=True)
class FieldEdit:
    """One field of a post, a unit, a scenario's roles or a segment kind, before and after.

    ``scope`` is ``"post"``, ``"unit"``, ``"roles"`` or ``"segment-kind"`` (of the
    design: ``scenario`` is empty); ``key`` the post, unit or segment kind id
    (empty for roles).
    """

    scenario: str
    scope: str
    key: str
    attribute: str
    before: Any
    after: Any

    def apply(self, design: Design, undo: bool = False) -> None:
        """Set the field to its value after (or, with ``undo``, before) the remap."""
        target: object
        if self.scope == "segment-kind":
            target = next(k for k in design.segment_kinds if k.id == self.key)
        else:
            scenario = next(s for s in design.scenarios if s.id == self.scenario)
            target = (
                scenario.roles
                if self.scope == "roles"
                else (scenario.posts if self.scope == "post" else scenario.units)[self.key]
            )
        setattr(target, self.attribute, copy.deepcopy(self.before if undo else self.after))

    @property
    def aspect(self) -> Aspect:
        """The aspect of the design this edit touches."""
        if self.scope == "unit":
            return UNIT_FIELD_ASPECTS[self.attribute]
        return {"post": Aspect.POSTS, "roles": Aspect.ROLES}.get(self.scope, Aspect.SETTINGS)


class Snapshot(Protocol):
    """A copy of a part of a design, kept whole by a command (it is small)."""

    def put(self, design: Design) -> None:
        """Make that part of ``design`` a copy of this one."""


class ReplaceCommand(Command, ABC):
    """Put a snapshot of a part of the design, then apply the recorded field edits of the
    scenarios that follow it; undo reverses the edits and puts the snapshot taken before.

    Subclasses check the edit and set ``text``, ``before``, ``after`` and ``edits``.
    """

    before: Snapshot
    after: Snapshot
    edits: list[FieldEdit]

    @abstractmethod
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Check the edit and set ``text``, ``before``, ``after`` and ``edits``."""

    def do(self, design: Design) -> Change:
        self.after.put(design)
        for edit in self.edits:
            edit.apply(design)
        return self._change()

    def undo(self, design: Design) -> Change:
        for edit in reversed(self.edits):
            edit.apply(design, undo=True)
        self.before.put(design)
        return self._change()

    def _change(self) -> Change:
        """The settings, and what the remap edits touch in the scenarios."""
        aspects = {Aspect.SETTINGS, Aspect.RULE_SETTINGS, *(e.aspect for e in self.edits)}
        return Change(None, frozenset(aspects), scenarios=True)


def uses(design: Design, kind: Kind, item_id: str, parameters: bool = True) -> list[str]:
    """What refers to ``item_id`` of ``kind``, one line per place ("12 posts in As-is 2017").

    Cost rates are not listed: they belong to their grade or funding source and
    go with it; rule parameters only with ``parameters`` (a deletion clears them).
    """
    found = [
        translate("Refusal", COUNTED[what]).format(
            count=format_number(count), scenario=scenario.name
        )
        for scenario in design.scenarios
        for what, count in _scenario_counts(scenario, kind, item_id).items()
    ]
    if kind is Kind.FUNDING:
        parts = _parts_of(design, item_id)
        found += [
            translate("Refusal", "{count} posts funded by its parts in {scenario}").format(
                count=format_number(count), scenario=scenario.name
            )
            for scenario in design.scenarios
            if (count := sum(p.funding in parts for p in scenario.posts.values()))
        ]
    if kind is Kind.GRADE:
        found += [
            translate("Refusal", "the entry-point grade of {kind}s").format(kind=k.name)
            for k in design.segment_kinds
            if k.entry_point_grade == item_id
        ]
    rules = design.rules
    found += [
        translate("Refusal", "rule parameters: {name}").format(name=name)
        for name in (_rule_uses(rules, kind, item_id) if parameters else [])
    ]
    if kind is Kind.ROLE:
        ref = f"department:{item_id}"
        found += [
            translate("Refusal", BODY_PLACES[where]).format(body=b.name)
            for b in rules.required_bodies
            for where, value in (("where it sits", b.body), ("its chair", b.chair))
            if value == ref
        ]
    return found


def joined(places: list[str]) -> str:
    """Places of use as one list, "a; b; c", with the core's language's separator."""
    template = translate("Refusal", "{uses}; {use}")
    text = places[0] if places else ""
    for place in places[1:]:
        text = template.format(uses=text, use=place)
    return text


def _scenario_counts(scenario: Scenario, kind: Kind, item_id: str) -> dict[str, int]:
    counts: Counter[str] = Counter()
    if kind is Kind.GRADE:
        counts["posts"] = sum(p.grade == item_id for p in scenario.posts.values())
        counts["unit heads"] = sum(u.head_grade == item_id for u in scenario.units.values())
    elif kind is Kind.FUNDING:
        counts["posts"] = sum(p.funding == item_id for p in scenario.posts.values())
    elif kind is Kind.FUNCTION:
        counts["units"] = sum(item_id in u.functions for u in scenario.units.values())
    elif kind is Kind.LOCATION:
        counts["units"] = sum(u.location == item_id for u in scenario.units.values())
    else:
        counts["department mappings"] = int(item_id in scenario.roles.departments)
    return {what: count for what, count in counts.items() if count}


def _rule_uses(rules: RuleSettings, kind: Kind, item_id: str) -> list[str]:
    names: list[str] = []
    if kind is Kind.GRADE:
        names += [n for n in ("senior_grade", "entry_point_grade") if getattr(rules, n) == item_id]
        names += ["required head grades"] if item_id in rules.required_head_grades.values() else []
    elif kind is Kind.FUNCTION:
        names += ["function homes"] if item_id in rules.function_homes else []
        names += (
            ["functions together"] if any(item_id in g for g in rules.functions_together) else []
        )
        names += [n for n in ("gender_function", "pbf_function") if getattr(rules, n) == item_id]
    elif kind is Kind.ROLE:
        names += ["function homes"] if item_id in rules.function_homes.values() else []
        names += ["presence leads"] if item_id in rules.presence_leads.values() else []
        names += ["mission_default_lead"] if rules.mission_default_lead == item_id else []
        ref = f"department:{item_id}"
        names += ["required bodies"] if any(ref in b.members for b in rules.required_bodies) else []
        names += (
            ["dual reporting"] if any(item_id in r for r in rules.dual_reporting.values()) else []
        )
        names += ["dual conditions"] if item_id in rules.dual_conditions.values() else []
    return [n.replace("_", " ") for n in names]


def scenario_edits(design: Design, kind: Kind, old: str, new: str) -> list[FieldEdit]:
    """The field edits that make every scenario refer to ``new`` where it referred to ``old``.

    A unit's function list keeps each function once; a scenario that maps both
    department roles keeps its mapping of ``new``.
    """
    edits = []
    for scenario in design.scenarios:
        sid = scenario.id
        if kind in (Kind.GRADE, Kind.FUNDING):
            attribute = "grade" if kind is Kind.GRADE else "funding"
            edits += [
                FieldEdit(sid, "post", p.id, attribute, old, new)
                for p in scenario.posts.values()
                if getattr(p, attribute) == old
            ]
        if kind is Kind.FUNDING and old != new:  # a source mapped away takes its parts along
            parts = _parts_of(design, old)
            edits += [
                FieldEdit(sid, "post", p.id, "funding", p.funding, new)
                for p in scenario.posts.values()
                if p.funding in parts
            ]
        if kind is Kind.GRADE:
            edits += [
                FieldEdit(sid, "unit", u.id, "head_grade", old, new)
                for u in scenario.units.values()
                if u.head_grade == old
            ]
        if kind is Kind.FUNCTION:
            edits += [
                FieldEdit(
                    sid, "unit", u.id, "functions", list(u.functions), _swap(u.functions, old, new)
                )
                for u in scenario.units.values()
                if old in u.functions
            ]
        if kind is Kind.LOCATION:
            edits += [
                FieldEdit(sid, "unit", u.id, "location", old, new)
                for u in scenario.units.values()
                if u.location == old
            ]
        departments = scenario.roles.departments
        if kind is Kind.ROLE and old in departments:
            after = _rekey(departments, old, new)
            edits.append(FieldEdit(sid, "roles", "", "departments", dict(departments), after))
    if kind is Kind.GRADE:
        edits += [
            FieldEdit("", "segment-kind", k.id, "entry_point_grade", old, new)
            for k in design.segment_kinds
            if k.entry_point_grade == old
        ]
    return edits


def remap_rules(rules: RuleSettings, kind: Kind, old: str, new: str) -> None:
    """Make the rule parameters refer to ``new`` where they referred to ``old``, in place."""
    if kind is Kind.GRADE:
        for name in ("senior_grade", "entry_point_grade"):
            if getattr(rules, name) == old:
                setattr(rules, name, new)
        rules.required_head_grades = _renamed_values(rules.required_head_grades, old, new)
    elif kind is Kind.FUNCTION:
        rules.function_homes = _rekey(rules.function_homes, old, new)
        rules.functions_together = [_swap(g, old, new) for g in rules.functions_together]
        for name in ("gender_function", "pbf_function"):
            if getattr(rules, name) == old:
                setattr(rules, name, new)
    elif kind is Kind.ROLE:
        rules.function_homes = {k: new if v == old else v for k, v in rules.function_homes.items()}
        rules.presence_leads = _renamed_values(rules.presence_leads, old, new)
        rules.dual_conditions = _renamed_values(rules.dual_conditions, old, new)
        if rules.mission_default_lead == old:
            rules.mission_default_lead = new
        ref, to = f"department:{old}", f"department:{new}"
        for body in rules.required_bodies:
            body.body = to if body.body == ref else body.body
            body.chair = to if body.chair == ref else body.chair
            body.members = _swap(body.members, ref, to)
        rules.dual_reporting = _at_least_two(
            {unit: _swap(roles, old, new) for unit, roles in rules.dual_reporting.items()}
        )


def remap_rates(rates: list[CostRate], kind: Kind, old: str, new: str) -> list[CostRate]:
    """The rates with ``old`` (a grade, funding source or duty station) renamed ``new``.

    A rate whose new key exists already is dropped: the entry mapped to keeps
    its own costs.
    """
    attributes = {Kind.GRADE: "grade", Kind.FUNDING: "funding", Kind.LOCATION: "location"}
    if kind not in attributes:
        return rates
    attribute = attributes[kind]
    taken = {(r.grade, r.funding, r.location) for r in rates}
    kept = []
    for rate in rates:
        if getattr(rate, attribute) == old:
            moved = copy.copy(rate)
            setattr(moved, attribute, new)
            if (moved.grade, moved.funding, moved.location) in taken:
                continue
            rate = moved
        kept.append(rate)
    return kept


def forget_role(rules: RuleSettings, role: str) -> None:
    """Drop a deleted department role from the bodies' members and the dual reporting."""
    ref = f"department:{role}"
    for body in rules.required_bodies:
        body.members = [m for m in body.members if m != ref]
    rules.dual_reporting = _at_least_two(
        {unit: [r for r in roles if r != role] for unit, roles in rules.dual_reporting.items()}
    )
    rules.dual_conditions = {k: v for k, v in rules.dual_conditions.items() if v != role}


K = TypeVar("K")


def _renamed_values(mapping: dict[K, str], old: str, new: str) -> dict[K, str]:
    """``mapping`` with each value ``old`` replaced by ``new``."""
    return {key: new if value == old else value for key, value in mapping.items()}


def _at_least_two(reporting: dict[str, list[str]]) -> dict[str, list[str]]:
    """Dual reporting needs two departments or more: a unit left with one has no entry."""
    return {unit: roles for unit, roles in reporting.items() if len(roles) >= 2}


def _parts_of(design: Design, source_id: str) -> set[str]:
    """The ids of the parts of funding source ``source_id``."""
    return {p.id for f in design.funding_sources if f.id == source_id for p in f.parts}


def _swap(items: list[str], old: str, new: str) -> list[str]:
    return list(dict.fromkeys(new if item == old else item for item in items))


def _rekey(mapping: dict[str, str], old: str, new: str) -> dict[str, str]:
    """``mapping`` with key ``old`` renamed ``new`` in its place, unless ``new`` is a key."""
    if old not in mapping or new in mapping:
        return {k: v for k, v in mapping.items() if k != old}
    return {(new if k == old else k): v for k, v in mapping.items()}
