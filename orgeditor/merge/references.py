"""Objects one side deleted that the other side's edits still need.

Field by field, "post P redeployed to unit X" on one side and "unit X
abolished" on the other touch different objects and merge cleanly, into a
design whose post names a unit that is gone. Such a deletion is a conflict: the
merged design keeps the object (so that it stays a valid design) and the
conflict says who deleted it and what still refers to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, Final

from orgeditor.merge.three_way import Conflict, identity
from orgeditor.model import parent_cycles

Plain = dict[str, Any]
Reference = tuple[str, str]  # (where, as "posts/p-12 unit", the id it names)

_UNIT_FIELDS: Final = ("parent", "lead_department", "backstopped_by")
_ROLE_FIELDS: Final = ("top", "shared_structure", "executive_office", "principals_group")
_UNIT_DESIGN_FIELDS: Final = {"head_grade": "grades", "region": "regions", "location": "locations"}
_POST_DESIGN_FIELDS: Final = {"grade": "grades", "funding": "funding_sources"}


def unit_references(scenario: Plain) -> Iterator[Reference]:
    """Every place in a scenario's file form that names a unit of the scenario."""
    for unit in scenario.get("units", []):
        for name in _UNIT_FIELDS:
            if name in unit:
                yield f"units/{unit['id']} {name}", unit[name]
    for post in scenario.get("posts", []):
        yield f"posts/{post['id']} unit", post["unit"]
    for line in scenario.get("lines", []):
        yield f"lines/{line['id']} source", line["source"]
        yield f"lines/{line['id']} target", line["target"]
    for body in scenario.get("bodies", []):
        yield f"bodies/{body['unit']} unit", body["unit"]
        if "chair" in body:
            yield f"bodies/{body['unit']} chair", body["chair"]
        for member in body.get("members", []):
            yield f"bodies/{body['unit']} members", member
    roles = scenario.get("roles", {})
    for name in _ROLE_FIELDS:
        if name in roles:
            yield f"roles {name}", roles[name]
    for role, unit_id in roles.get("departments", {}).items():
        yield f"roles departments.{role}", unit_id


def design_references(design: Plain, collection: str) -> Iterator[Reference]:
    """Every place in the scenarios that names an entry of a design-wide ``collection``."""
    for scenario in design.get("scenarios", []):
        where = f"scenarios/{scenario['id']}"
        for unit in scenario.get("units", []):
            for name, target in _UNIT_DESIGN_FIELDS.items():
                if target == collection and name in unit:
                    yield f"{where} units/{unit['id']} {name}", unit[name]
            if collection == "functions":
                for function_id in unit.get("functions", []):
                    yield f"{where} units/{unit['id']} functions", function_id
        for post in scenario.get("posts", []):
            for name, target in _POST_DESIGN_FIELDS.items():
                if target == collection:
                    yield f"{where} posts/{post['id']} {name}", post[name]


def keep_referenced(merged: Plain, versions: tuple[Plain, Plain, Plain]) -> list[Conflict]:
    """Put back into ``merged`` what a side deleted while the other still refers to it.

    ``versions`` are the base, ours and theirs file forms. Changes ``merged`` in
    place and returns a conflict for each object put back.
    """
    conflicts: list[Conflict] = []
    for collection in ("grades", "funding_sources", "regions", "functions", "locations"):
        base, ours, theirs = (v.get(collection, []) for v in versions)
        conflicts += _restore(
            merged,
            (collection,),
            (base, ours, theirs),
            partial(design_references, merged, collection),
        )
    for scenario in merged.get("scenarios", []):
        base, ours, theirs = (_scenario(v, scenario["id"]).get("units", []) for v in versions)
        sides = (base, ours, theirs)
        conflicts += _restore(
            scenario,
            ("scenarios", scenario["id"], "units"),
            sides,
            partial(unit_references, scenario),
            key="units",
        )
    return conflicts


def break_cycles(merged: Plain, versions: tuple[Plain, Plain, Plain]) -> list[Conflict]:
    """Undo theirs' move of a unit where the two sides' moves together close a cycle.

    Each side alone has a tree: A moved under B on one side and B under A on the
    other make a cycle only in the merge. Ours' parent is kept for the first unit
    of the cycle that theirs moved, and the conflict recorded. Changes ``merged``.
    """
    found: list[Conflict] = []
    for scenario in merged.get("scenarios", []):
        base, ours, theirs = (_units(_scenario(v, scenario["id"])) for v in versions)
        units = {u["id"]: u for u in scenario.get("units", [])}
        while True:
            cycles = parent_cycles({key: unit.get("parent") for key, unit in units.items()})
            moved = [
                key
                for cycle in cycles[:1]
                for key in cycle
                if key in ours
                and key in theirs
                and theirs[key].get("parent") != ours[key].get("parent")
                and units[key].get("parent") == theirs[key].get("parent")
            ]
            if not moved:
                break
            key = moved[0]
            loop = " -> ".join([*cycles[0], cycles[0][0]])
            if ours[key].get("parent") is None:
                units[key].pop("parent", None)
            else:
                units[key]["parent"] = ours[key]["parent"]
            found.append(
                Conflict(
                    ("scenarios", scenario["id"], "units", key, "parent"),
                    base.get(key, {}).get("parent"),
                    ours[key].get("parent"),
                    theirs[key].get("parent"),
                    "ours",
                    f"moved on both sides into a cycle of reporting lines ({loop})",
                )
            )
    return found


def _units(scenario: Plain) -> dict[str, Plain]:
    return {unit["id"]: unit for unit in scenario.get("units", [])}


def _scenario(design: Plain, scenario_id: str) -> Plain:
    for scenario in design.get("scenarios", []):
        if scenario["id"] == scenario_id:
            return scenario  # type: ignore[no-any-return]
    return {}


def _restore(
    owner: Plain,
    path: tuple[str, ...],
    sides: tuple[list[Plain], list[Plain], list[Plain]],
    references: Callable[[], Iterator[Reference]],
    key: str | None = None,
) -> list[Conflict]:
    """Restore entries of ``owner[key]`` that ``references`` name, until none is missing."""
    key = key or path[-1]
    found: list[Conflict] = []
    known = {identity(item) for side in sides for item in side}
    while True:
        gone = known - {identity(item) for item in owner.get(key, [])}
        if not gone:  # the usual case: nothing to look for
            return found
        restorable: dict[str, str] = {}
        for where, target in references():
            if target in gone:
                restorable.setdefault(target, where)
        if not restorable:
            return found
        for target, where in restorable.items():
            found.append(_put_back(owner, path, key, sides, target, where))


def _put_back(
    owner: Plain,
    path: tuple[str, ...],
    key: str,
    sides: tuple[list[Plain], list[Plain], list[Plain]],
    target: str,
    where: str,
) -> Conflict:
    base, ours, theirs = (next((i for i in side if identity(i) == target), None) for side in sides)
    kept, source = (
        ("ours", sides[1])
        if ours is not None
        else ("theirs", sides[2])
        if theirs is not None
        else ("base", sides[0])
    )
    item = ours if ours is not None else theirs if theirs is not None else base
    items = owner.setdefault(key, [])
    before = [identity(i) for i in source]
    index = before.index(target)
    present = [identity(i) for i in items]
    at = 0
    for earlier in reversed(before[:index]):
        if earlier in present:
            at = present.index(earlier) + 1
            break
    items.insert(at, item)
    deleted = " and ".join(s for s, v in (("ours", ours), ("theirs", theirs)) if v is None)
    reason = f"deleted on {deleted}, but {where} still names it"
    return Conflict((*path, target), base, ours, theirs, kept, reason)
