"""The ``diff`` command's outputs: a headline with counts, one line per change, and JSON.

The JSON document has one section per kind of thing compared (``units``,
``posts``, ``lines``, ``bodies``, ``roles``, ``settings``), each a list of
``{"action", "id", "before", "after"}`` entries, one per action (a unit moved and
renamed gives two). resources/schema/FORMAT.md describes it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Unit
from orgeditor.model.plain import plain_data
from orgeditor.reports.changes import change_word, changes_table
from orgeditor.reports.diff import PostAction, ScenarioDiff, UnitAction

SECTIONS = ("units", "posts", "lines", "bodies", "roles", "settings")
#: Each section's name in the headline (translated where shown).
SECTION_WORDS = {
    "units": QT_TRANSLATE_NOOP("Change", "units"),
    "posts": QT_TRANSLATE_NOOP("Change", "posts"),
    "lines": QT_TRANSLATE_NOOP("Change", "lines"),
    "bodies": QT_TRANSLATE_NOOP("Change", "bodies"),
    "roles": QT_TRANSLATE_NOOP("Change", "roles"),
    "settings": QT_TRANSLATE_NOOP("Change", "settings"),
}
#: How the headline says an action where its value alone would mislead.
HEADLINE_WORDS = {
    ("posts", PostAction.REDEPLOYED.value): QT_TRANSLATE_NOOP(
        "Change", "redeployed to another unit"
    ),
    ("posts", PostAction.WITH_UNIT.value): QT_TRANSLATE_NOOP(
        "Change", "continuing with their unit in another department"
    ),
    ("units", UnitAction.SUCCEEDS.value): QT_TRANSLATE_NOOP("Change", "succeeding earlier units"),
    ("units", UnitAction.SUCCEEDED.value): QT_TRANSLATE_NOOP("Change", "succeeded by later units"),
}


def diff_counts(diff: ScenarioDiff) -> dict[str, dict[str, int]]:
    """How many entries each action has, per section (empty sections included)."""
    return {
        "units": dict(Counter(a.value for entry in diff.units for a in entry.actions)),
        "posts": dict(Counter(a.value for entry in diff.posts for a in entry.actions)),
        "lines": dict(Counter(entry.action.value for entry in diff.lines)),
        "bodies": dict(Counter(entry.action.value for entry in diff.bodies)),
        "roles": dict(Counter(entry.action.value for entry in diff.roles)),
        "settings": {"changed": len(diff.settings)} if diff.settings else {},
    }


def diff_headline(diff: ScenarioDiff) -> list[str]:
    """One line per section that changed: ``posts: 295 redeployed to another unit, ...``,
    in the core's language."""
    lines = []
    for section, numbers in diff_counts(diff).items():
        if numbers:
            listed = ", ".join(
                translate("Change", "{count} {change}").format(
                    count=format_number(n),
                    change=change_word(HEADLINE_WORDS.get((section, action), action)),
                )
                for action, n in numbers.items()
            )
            lines.append(
                translate("Change", "{section}: {changes}").format(
                    section=translate("Change", SECTION_WORDS[section]), changes=listed
                )
            )
    return lines


def diff_text(diff: ScenarioDiff, file: str) -> str:
    """A headline, counts per action, then one line per change."""
    head = f"{file}: {diff.old.name} [{diff.old.id}] -> {diff.new.name} [{diff.new.id}]"
    if diff.empty:
        nothing = translate(
            "Change", "Nothing differs: units, posts, lines, bodies, roles and settings."
        )
        return f"{head}\n{nothing}\n"
    lines = [head, *(f"  {line}" for line in diff_headline(diff))]
    lines += ["", changes_table(diff).text()]
    return "\n".join(lines) + "\n"


def diff_json(diff: ScenarioDiff, file: str) -> dict[str, Any]:
    """The ``diff --format json`` document: counts, then a section per kind of change."""
    old, new = diff.old, diff.new
    was, now = old.departments(), new.departments()
    document: dict[str, Any] = {
        "file": file,
        "from": {"id": old.id, "name": old.name},
        "to": {"id": new.id, "name": new.name},
        "counts": diff_counts(diff),
    }
    document["units"] = [
        {
            "action": action.value,
            "id": entry.unit,
            "before": _unit(was, entry.before),
            "after": _unit(now, entry.after),
            **({"fields": list(entry.fields)} if action.value == "changed" else {}),
            # successors (issue 15 part 3)
            **({"predecessors": list(entry.predecessors)} if action is UnitAction.SUCCEEDS else {}),
            **({"successors": list(entry.successors)} if action is UnitAction.SUCCEEDED else {}),
        }
        for entry in diff.units
        for action in entry.actions
    ]
    document["posts"] = [
        _entry(action.value, entry.post, entry.before, entry.after)
        for entry in diff.posts
        for action in entry.actions
    ]
    document["lines"] = [
        {
            **_entry(e.action.value, e.line, e.before, e.after),
            **({"fields": list(e.fields)} if e.fields else {}),
        }
        for e in diff.lines
    ]
    document["bodies"] = [_entry(e.action.value, e.unit, e.before, e.after) for e in diff.bodies]
    document["roles"] = [_entry(e.action.value, e.role, e.before, e.after) for e in diff.roles]
    document["settings"] = [_entry("changed", e.setting, e.before, e.after) for e in diff.settings]
    return document


def _plain(value: object) -> Any:
    """A unit, post, line or body as plain data, without its citation: the diff compares
    organisations, and where an element comes from is the sources table's (issue 21)."""
    data = plain_data(value)
    if isinstance(data, dict):
        data.pop("citation", None)
    return data


def _entry(action: str, item_id: str, before: object, after: object) -> dict[str, Any]:
    return {"action": action, "id": item_id, "before": _plain(before), "after": _plain(after)}


def _unit(departments: dict[str, str], unit: Unit | None) -> dict[str, Any] | None:
    """A unit with the id of its department in its own scenario."""
    if unit is None:
        return None
    return {**_plain(unit), "department": departments.get(unit.id)}
