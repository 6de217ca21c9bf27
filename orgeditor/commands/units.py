"""Commands on units: move (re-parent), add, delete with sub-units, edit a field."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from orgeditor.commands.base import (
    Change,
    CommandError,
    ScenarioCommand,
    check_citation,
    check_id,
    check_names,
    check_text,
    insert_at,
    no_unit,
    nothing_changes,
)
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import (
    Body,
    Design,
    Note,
    PresenceType,
    Scenario,
    ScenarioKind,
    Succession,
    Unit,
    UnitKind,
)
from orgeditor.model.aspects import UNIT_FIELD_ASPECTS, Aspect
from orgeditor.model.successors import succession_problems
from orgeditor.model.text import NAME, SHORT, TEXT
from orgeditor.model.tree import children_map, walk_down


def short(unit: Unit) -> str:
    """How a command's text names a unit."""
    return unit.short_name or unit.name


def subtree(scenario: Scenario, unit_id: str) -> list[str]:
    """``unit_id`` and all units below it, in document order."""
    found = walk_down(children_map(scenario), unit_id)
    order = {u: i for i, u in enumerate(scenario.units)}
    return sorted(found, key=order.__getitem__)


# the fields of a unit a command may set: all but its id and parent (a move sets that)
EDITABLE = tuple(name for name in UNIT_FIELD_ASPECTS if name not in ("id", "parent"))
STRUCTURE = frozenset({Aspect.STRUCTURE})
UNIT = frozenset(UNIT_FIELD_ASPECTS.values())  # everything a unit holds: it comes or goes
DELETED = UNIT | {Aspect.POSTS, Aspect.LINES, Aspect.BODIES, Aspect.ROLES}

# SetUnitFieldCommand's name by field (EDITABLE)
FIELD_TEXTS = {
    "name": QT_TRANSLATE_NOOP("Command", "Rename {unit}"),
    "kind": QT_TRANSLATE_NOOP("Command", "Change kind of {unit}"),
    "short_name": QT_TRANSLATE_NOOP("Command", "Change short name of {unit}"),
    "head_grade": QT_TRANSLATE_NOOP("Command", "Change head grade of {unit}"),
    "region": QT_TRANSLATE_NOOP("Command", "Change region of {unit}"),
    "presence_type": QT_TRANSLATE_NOOP("Command", "Change presence type of {unit}"),
    "lead_department": QT_TRANSLATE_NOOP("Command", "Change lead department of {unit}"),
    "backstopped_by": QT_TRANSLATE_NOOP("Command", "Change the backstop of {unit}"),
    "entry_point_for": QT_TRANSLATE_NOOP(
        "Command", "Change the regions {unit} is the entry point for"
    ),
    "functions": QT_TRANSLATE_NOOP("Command", "Change functions of {unit}"),
    "note": QT_TRANSLATE_NOOP("Command", "Change note of {unit}"),
    "segments": QT_TRANSLATE_NOOP("Command", "Change segments of {unit}"),
    "segment_entry_points": QT_TRANSLATE_NOOP("Command", "Change segment entry points of {unit}"),
    "succession": QT_TRANSLATE_NOOP("Command", "Change succession of {unit}"),
    "location": QT_TRANSLATE_NOOP("Command", "Change location of {unit}"),
    "names": QT_TRANSLATE_NOOP("Command", "Change names of {unit}"),
    "citation": QT_TRANSLATE_NOOP("Command", "Change citation of {unit}"),
}
# DeleteUnitsCommand's name by (one unit chosen, with sub-units)
DELETE_TEXTS = {
    (True, False): QT_TRANSLATE_NOOP("Command", "Delete {unit}"),
    (True, True): QT_TRANSLATE_NOOP("Command", "Delete {unit} and {below} sub-units"),
    (False, False): QT_TRANSLATE_NOOP("Command", "Delete {count} units"),
    (False, True): QT_TRANSLATE_NOOP("Command", "Delete {count} units and {below} sub-units"),
}
# check_field's refusals by what a field names: no such item, an item listed twice
NO_SUCH = {
    "grade": QT_TRANSLATE_NOOP("Refusal", "there is no grade {id}"),
    "region": QT_TRANSLATE_NOOP("Refusal", "there is no region {id}"),
    "unit": QT_TRANSLATE_NOOP("Refusal", "there is no unit {id}"),
    "function": QT_TRANSLATE_NOOP("Refusal", "there is no function {id}"),
    "duty station": QT_TRANSLATE_NOOP("Refusal", "there is no duty station {id}"),
}
TWICE = {
    "region": QT_TRANSLATE_NOOP("Refusal", "a region is listed twice"),
    "function": QT_TRANSLATE_NOOP("Refusal", "a function is listed twice"),
}


class MoveUnitsCommand(ScenarioCommand):
    """Give units a new primary parent; each becomes its new parent's last child."""

    def __init__(self, design: Design, scenario_id: str, unit_ids: Iterable[str], parent: str):
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if parent not in scenario.units:
            raise CommandError(
                translate("Refusal", "there is no unit {id} to move to").format(id=repr(parent))
            )
        chosen = [u for u in dict.fromkeys(unit_ids) if u in scenario.units]
        if not chosen:
            raise CommandError(translate("Refusal", "no unit to move"))
        chosen_set = set(chosen)
        # a unit whose ancestor moves too travels with it
        chosen = [u for u in chosen if not chosen_set.intersection(scenario.ancestors(u))]
        target = scenario.units[parent]
        above_target = {parent, *scenario.ancestors(parent)}
        for unit_id in chosen:
            unit = scenario.units[unit_id]
            if unit_id == scenario.roles.top:
                raise CommandError(
                    translate("Refusal", "{unit} is the top of the organisation and cannot move")
                    .format(unit=short(unit))
                )  # fmt: skip
            if unit_id in above_target:
                raise CommandError(
                    translate("Refusal", "{unit} cannot move under {target}, which reports to it")
                    .format(unit=short(unit), target=short(target))
                )  # fmt: skip
        if all(scenario.units[u].parent == parent for u in chosen):
            raise CommandError(
                translate("Refusal", "already reporting to {unit}").format(unit=short(target))
            )
        self.unit_ids = chosen
        self.parent = parent
        self._before: list[tuple[str, str | None, int]] = []
        first = scenario.units[chosen[0]]
        self.text = (
            translate("Command", "Move {unit} to {target}")
            if len(chosen) == 1
            else translate("Command", "Move {count} units to {target}")
        ).format(unit=short(first), count=format_number(len(chosen)), target=short(target))

    def do(self, design: Design) -> Change:
        scenario = self.scenario(design)
        self._before = []
        for unit_id in self.unit_ids:
            index = list(scenario.units).index(unit_id)
            unit = scenario.units.pop(unit_id)
            self._before.append((unit_id, unit.parent, index))
            unit.parent = self.parent
            scenario.units[unit_id] = unit
        old_parents = {parent for _, parent, _ in self._before if parent is not None}
        return Change(
            self.scenario_id, STRUCTURE, frozenset({*self.unit_ids, self.parent, *old_parents})
        )

    def undo(self, design: Design) -> Change:
        scenario = self.scenario(design)
        touched = {self.parent}
        for unit_id, parent, index in reversed(self._before):
            unit = scenario.units.pop(unit_id)
            unit.parent = parent
            insert_at(scenario.units, index, unit_id, unit)
            touched.update({unit_id} | ({parent} if parent else set()))
        return Change(self.scenario_id, STRUCTURE, frozenset(touched))


class AddUnitCommand(ScenarioCommand):
    """Add a unit (as the last child of its parent)."""

    def __init__(self, design: Design, scenario_id: str, unit: Unit) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        check_id(unit.id)
        if unit.id in scenario.units:
            raise CommandError(
                translate("Refusal", "a unit with id {id} exists already").format(id=repr(unit.id))
            )
        if unit.parent is not None and unit.parent not in scenario.units:
            raise CommandError(
                translate("Refusal", "there is no unit {id} to add under").format(
                    id=repr(unit.parent)
                )
            )
        for field_name in EDITABLE:
            check_field(design, scenario, unit, field_name, getattr(unit, field_name))
        self.unit = copy.deepcopy(unit)
        self.text = translate("Command", "Add {unit}").format(unit=short(unit))

    def do(self, design: Design) -> Change:
        scenario = self.scenario(design)
        scenario.units[self.unit.id] = copy.deepcopy(self.unit)
        parents = {self.unit.parent} if self.unit.parent else set()
        return Change(self.scenario_id, UNIT, frozenset({self.unit.id, *parents}))

    def undo(self, design: Design) -> Change:
        scenario = self.scenario(design)
        del scenario.units[self.unit.id]
        parents = {self.unit.parent} if self.unit.parent else set()
        return Change(self.scenario_id, UNIT, frozenset({self.unit.id, *parents}))


class DeleteUnitsCommand(ScenarioCommand):
    """Delete units with their sub-units, posts, lines and memberships; undo restores all."""

    def __init__(self, design: Design, scenario_id: str, unit_ids: Iterable[str]) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        roots = [u for u in dict.fromkeys(unit_ids) if u in scenario.units]
        if not roots:
            raise CommandError(translate("Refusal", "no unit to delete"))
        if scenario.roles.top in roots:
            raise CommandError(
                translate("Refusal", "the top of the organisation cannot be deleted")
            )
        gone: list[str] = []
        for root in roots:
            gone += [u for u in subtree(scenario, root) if u not in gone]
        self.gone = set(gone)
        self.roots = roots
        below = len(self.gone) - len(roots)
        self.text = translate("Command", DELETE_TEXTS[len(roots) == 1, below > 0]).format(
            unit=short(scenario.units[roots[0]]),
            count=format_number(len(roots)),
            below=format_number(below),
        )
        self._saved: dict[str, Any] = {}

    def do(self, design: Design) -> Change:
        s = self.scenario(design)
        gone = self.gone
        saved: dict[str, Any] = {
            "units": [(i, k, v) for i, (k, v) in enumerate(s.units.items()) if k in gone],
            "posts": [(i, k, v) for i, (k, v) in enumerate(s.posts.items()) if v.unit in gone],
            "lines": [
                (i, k, v)
                for i, (k, v) in enumerate(s.lines.items())
                if v.source in gone or v.target in gone
            ],
            "bodies": [(i, k, copy.deepcopy(v)) for i, (k, v) in enumerate(s.bodies.items())],
            "refs": [
                (u.id, name, getattr(u, name))
                for u in s.units.values()
                if u.id not in gone
                for name in ("lead_department", "backstopped_by")
                if getattr(u, name) in gone
            ],
            "roles": copy.deepcopy(s.roles),
            "successions": _successions_naming(design, s, gone),
        }
        self._saved = saved
        for _, key, _ in saved["units"]:
            del s.units[key]
        for _, key, _ in saved["posts"]:
            del s.posts[key]
        for _, key, _ in saved["lines"]:
            del s.lines[key]
        s.bodies = {
            k: Body(
                b.unit,
                None if b.chair in gone else b.chair,
                [m for m in b.members if m not in gone],
                b.citation,
            )
            for k, b in s.bodies.items()
            if k not in gone
        }
        for unit_id, name, _ in saved["refs"]:
            setattr(s.units[unit_id], name, None)
        roles = s.roles
        for name in ("top", "shared_structure", "executive_office", "principals_group"):
            if getattr(roles, name) in gone:
                setattr(roles, name, None)
        roles.departments = {r: u for r, u in roles.departments.items() if u not in gone}
        for place, succession in saved["successions"]:
            _unit_at(design, place).succession = Succession(
                [u for u in succession.units if u not in gone],
                succession.source,
                [u for u in succession.rejected if u not in gone],
            )
        return self._change()

    def undo(self, design: Design) -> Change:
        s = self.scenario(design)
        saved = self._saved
        for kind in ("units", "posts", "lines"):
            target = getattr(s, kind)
            for index, key, value in saved[kind]:
                insert_at(target, index, key, value)
        s.bodies = {k: v for _, k, v in saved["bodies"]}
        for unit_id, name, value in saved["refs"]:
            setattr(s.units[unit_id], name, value)
        s.roles = saved["roles"]
        for place, succession in saved["successions"]:
            _unit_at(design, place).succession = succession
        return self._change()

    def _change(self) -> Change:
        """The units gone, their parents, the units that named them or shared a line or a
        body with them; other scenarios when successions there named them."""
        saved = self._saved
        parents = {u.parent for _, _, u in saved["units"] if u.parent}
        gone = self.gone
        units = gone | parents | {unit_id for unit_id, _, _ in saved["refs"]}
        units |= {end for _, _, line in saved["lines"] for end in (line.source, line.target)}
        units |= {
            body.unit
            for _, _, body in saved["bodies"]
            if body.chair in gone or gone.intersection(body.members)
        }
        elsewhere = any(place[0] != self.scenario_id for place, _ in saved["successions"])
        return Change(self.scenario_id, DELETED, frozenset(units), scenarios=elsewhere)


def check_field(design: Design, scenario: Scenario, unit: Unit, name: str, value: Any) -> Any:
    """The value to store in ``unit.name``, or a CommandError saying why it cannot be."""
    if name not in EDITABLE:
        raise CommandError(
            translate("Refusal", "the {field} of a unit cannot be edited here").format(
                field=name.replace("_", " ")
            )
        )
    if name == "name":
        if not isinstance(value, str) or not value.strip():
            raise CommandError(translate("Refusal", "a unit needs a name"))
        return check_text(value, NAME)
    if name == "short_name":
        return check_text(value, SHORT, "short name")
    if name == "names":  # names in several languages (issue 19)
        return check_names(design, value)
    if name == "kind":
        return UnitKind(value)
    if name == "presence_type":
        return None if value is None else PresenceType(value)
    if name == "note":
        if not isinstance(value, Note):
            raise CommandError(
                translate("Refusal", "a note has a text, a justification and a reference")
            )
        check_text(value.text, TEXT, "note")
        check_text(value.justification, TEXT, "justification")
        check_text(value.reference, SHORT, "reference")
        return copy.deepcopy(value)
    if name in ("segments", "segment_entry_points"):
        return check_segment_field(design, name, value)
    if name == "succession":
        return _check_succession(design, scenario, value)
    if name == "citation":
        return check_citation(value)
    known = {
        "head_grade": ({g.id for g in design.grades}, "grade"),
        "region": ({r.id for r in design.regions}, "region"),
        "lead_department": (set(scenario.units), "unit"),
        "backstopped_by": (set(scenario.units), "unit"),
        "entry_point_for": ({r.id for r in design.regions}, "region"),
        "functions": ({f.id for f in design.functions}, "function"),
        "location": ({x.id for x in design.locations}, "duty station"),
    }
    allowed, what = known[name]  # what: a key of NO_SUCH (and of TWICE for a list)
    values = value if isinstance(value, list) else [value]
    for item in values:
        if item is not None and item not in allowed:
            raise CommandError(translate("Refusal", NO_SUCH[what]).format(id=repr(item)))
    if isinstance(value, list):
        if len(set(value)) != len(value):
            raise CommandError(translate("Refusal", TWICE[what]))
        return list(value)
    if value == unit.id and name in ("lead_department", "backstopped_by"):
        raise CommandError(
            translate("Refusal", "{unit} cannot point to itself").format(unit=short(unit))
        )
    return value


def check_segment_field(design: Design, name: str, value: Any) -> Any:
    """A copy of a unit's ``segments`` (kind -> item) or ``segment_entry_points`` (kind ->
    items) if every kind and item exists in the design, else a CommandError."""
    if not isinstance(value, dict):
        raise CommandError(
            translate("Refusal", "the {field} of a unit map segment kinds to items").format(
                field=name.replace("_", " ")
            )
        )
    kinds = {k.id: k for k in design.segment_kinds}
    checked: dict[str, Any] = {}
    for kind_id, items in value.items():
        kind = kinds.get(kind_id)
        if kind is None:
            raise CommandError(
                translate("Refusal", "there is no segment kind {id}").format(id=repr(kind_id))
            )
        listed = items if name == "segment_entry_points" else [items]
        if not isinstance(listed, list) or len(set(listed)) != len(listed):
            raise CommandError(
                translate("Refusal", "a {kind} is listed twice").format(kind=kind.name)
            )
        known = {x.id for x in kind.items}
        for item in listed:
            if item not in known:
                raise CommandError(
                    translate("Refusal", "there is no {kind} {id}").format(
                        kind=kind.name, id=repr(item)
                    )
                )
        if listed:
            checked[kind_id] = list(listed) if name == "segment_entry_points" else items
    return checked


# --- successors (issue 15 part 3) ---
def _successions_naming(
    design: Design, scenario: Scenario, gone: set[str]
) -> list[tuple[tuple[str, str], Succession]]:
    """(scenario id, unit id) and succession of each proposal unit whose succession names
    (succeeds or rejects) a baseline unit in ``gone`` (when ``scenario`` is the baseline)."""
    if scenario.kind is not ScenarioKind.BASELINE:
        return []
    return [
        ((other.id, unit.id), unit.succession)
        for other in design.proposals
        for unit in other.units.values()
        if gone.intersection([*unit.succession.units, *unit.succession.rejected])
    ]


def _unit_at(design: Design, place: tuple[str, str]) -> Unit:
    return design.find_scenario(place[0]).units[place[1]]


def _check_succession(design: Design, scenario: Scenario, value: Any) -> Succession:
    """A copy of ``value`` if it names baseline units once each, in a proposal."""
    if not isinstance(value, Succession):
        raise CommandError(translate("Refusal", "a succession lists baseline units and a source"))
    check_text(value.source, SHORT, "source")
    baseline = scenario.kind is ScenarioKind.BASELINE
    problems = succession_problems(value, design.baseline.units, baseline)
    if problems:
        raise CommandError("; ".join(problem for _, problem in problems))
    return Succession(list(value.units), value.source, list(value.rejected))


class SetUnitFieldCommand(ScenarioCommand):
    """Change one field of a unit (the inspector's edits)."""

    def __init__(self, design: Design, scenario_id: str, unit_id: str, name: str, value: Any):
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if unit_id not in scenario.units:
            raise CommandError(no_unit(unit_id))
        unit = scenario.units[unit_id]
        self.value = check_field(design, scenario, unit, name, value)
        if getattr(unit, name) == self.value:
            raise CommandError(nothing_changes())
        self.unit_id, self.name = unit_id, name
        self.old = copy.deepcopy(getattr(unit, name))
        self.text = translate("Command", FIELD_TEXTS[name]).format(unit=short(unit))

    def _set(self, design: Design, value: Any) -> Change:
        unit = self.scenario(design).units[self.unit_id]
        setattr(unit, self.name, copy.deepcopy(value))
        return Change(
            self.scenario_id, frozenset({UNIT_FIELD_ASPECTS[self.name]}), frozenset({self.unit_id})
        )

    def do(self, design: Design) -> Change:
        return self._set(design, self.value)

    def undo(self, design: Design) -> Change:
        return self._set(design, self.old)
