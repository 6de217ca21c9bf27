"""The ``diff`` command's outputs: a text summary with every change, and JSON."""

from __future__ import annotations

from collections import Counter
from typing import Any

from orgeditor.model import Post, Unit
from orgeditor.reports.diff import ScenarioDiff
from orgeditor.reports.tables import changes_table


def diff_counts(diff: ScenarioDiff) -> dict[str, dict[str, int]]:
    """How many units and posts each action touched."""
    return {
        "units": dict(Counter(a.value for entry in diff.units for a in entry.actions)),
        "posts": dict(Counter(a.value for entry in diff.posts for a in entry.actions)),
    }


def diff_text(diff: ScenarioDiff, file: str) -> str:
    """A headline, counts per action, then one line per change."""
    head = f"{file}: {diff.old.name} [{diff.old.id}] -> {diff.new.name} [{diff.new.id}]"
    if diff.empty:
        return f"{head}\nNo unit or post differs.\n"
    counts = diff_counts(diff)
    lines = [head]
    for what, numbers in counts.items():
        if numbers:
            listed = ", ".join(f"{n:,} {action}" for action, n in numbers.items())
            lines.append(f"  {what}: {listed}")
    lines += ["", changes_table(diff).text()]
    return "\n".join(lines) + "\n"


def diff_json(diff: ScenarioDiff, file: str) -> dict[str, Any]:
    """The ``diff --format json`` document."""
    old, new = diff.old, diff.new
    was, now = old.departments(), new.departments()
    return {
        "file": file,
        "from": {"id": old.id, "name": old.name},
        "to": {"id": new.id, "name": new.name},
        "counts": diff_counts(diff),
        "units": [
            {
                "id": entry.unit,
                "actions": [a.value for a in entry.actions],
                "before": _unit(was, entry.before),
                "after": _unit(now, entry.after),
                "fields": list(entry.fields),
            }
            for entry in diff.units
        ],
        "posts": [
            {
                "id": entry.post,
                "actions": [a.value for a in entry.actions],
                "with_unit": entry.with_unit,
                "before": _post(entry.before),
                "after": _post(entry.after),
            }
            for entry in diff.posts
        ],
    }


def _unit(departments: dict[str, str], unit: Unit | None) -> dict[str, Any] | None:
    if unit is None:
        return None
    return {
        "name": unit.name,
        "parent": unit.parent,
        "department": departments.get(unit.id),
    }


def _post(post: Post | None) -> dict[str, Any] | None:
    if post is None:
        return None
    return {"unit": post.unit, "grade": post.grade, "funding": post.funding}
