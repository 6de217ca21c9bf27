"""A design as reviewable text: the summary, then each scenario's structure line by line.

``git diff`` and ``git log -p`` show this (``orgeditor-cli textconv``) instead
of JSON: one line per unit, indented under its parent, with its posts counted by
grade and funding source, so that a move, a reclassification or a new post is a
changed line a reviewer can read. Lines, bodies, review comments and kept merge
conflicts follow.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from orgeditor.model import Design, Scenario
from orgeditor.model.tree import children_map
from orgeditor.reports.summary import summary_text


def design_listing(design: Design, file: str) -> str:
    """The summary of ``design`` and, per scenario, its units, posts and relations.

    The file is named without its folder: git hands textconv a temporary copy in a
    folder of a new name each time, which would otherwise show as a change.
    """
    parts = [summary_text(design, Path(file).name).rstrip("\n")]
    for scenario in design.scenarios:
        parts.append(_scenario_listing(scenario))
    if design.comments:
        lines = ["Comments"]
        for c in design.comments:
            state = "resolved" if c.resolved else "open"
            by = " ".join(x for x in (c.author, c.date) if x)
            lines.append(
                f"  {c.id} on {c.target.value} {c.target_id} in {c.scenario} ({state}"
                f"{', ' + by if by else ''}): {c.text}"
            )
        parts.append("\n".join(lines))
    if design.conflicts:
        lines = ["Merge conflicts (unresolved)"]
        for conflict in design.conflicts:
            lines.append(f"  {'/'.join(conflict.path)}: {conflict.reason}")
            for side in ("base", "ours", "theirs"):
                lines.append(f"    {side}: {_value(getattr(conflict, side))}")
            lines.append(f"    kept: {conflict.kept.value}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def _scenario_listing(scenario: Scenario) -> str:
    lines = [f"Structure of {scenario.name}  [{scenario.id}]"]
    posts: dict[str, Counter[str]] = {}
    for post in scenario.posts.values():
        posts.setdefault(post.unit, Counter())[f"{post.grade} {post.funding}"] += 1
    children = children_map(scenario, orphans_are_roots=True)
    stack = [(unit_id, 1) for unit_id in reversed(children.get(None, []))]
    seen: set[str] = set()
    while stack:
        unit_id, depth = stack.pop()
        if unit_id in seen:
            continue
        seen.add(unit_id)
        unit = scenario.units[unit_id]
        counted = posts.get(unit_id, Counter())
        held = ", ".join(f"{n}x {what}" for what, n in sorted(counted.items()))
        lines.append(
            f"{'  ' * depth}{unit.id}  {unit.name}  ({unit.kind.value})"
            + (f"  posts: {held}" if held else "")
        )
        stack += [(child, depth + 1) for child in reversed(children.get(unit_id, []))]
    for unit_id in scenario.units:  # units in a cycle of parents: listed, not lost
        if unit_id not in seen:
            lines.append(f"  {unit_id}  {scenario.units[unit_id].name}  (in a cycle of parents)")
    for line in scenario.lines.values():
        caption = f"  {line.caption}" if line.caption else ""
        lines.append(
            f"  line {line.id}: {line.source} -> {line.target} ({line.kind.value}){caption}"
        )
    for body in scenario.bodies.values():
        lines.append(
            f"  body {body.unit}: chair {body.chair or '-'}; members {', '.join(body.members)}"
        )
    return "\n".join(lines)


def _value(value: object) -> str:
    return "(none)" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
