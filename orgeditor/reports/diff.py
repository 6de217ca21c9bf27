"""What changed between two scenarios, keyed by unit and post ids.

A unit present in both scenarios can be moved (a new primary parent), renamed
and otherwise changed at once; a post can be redeployed (to a new unit), move
with its unit (the unit went to another department), be reclassified (a new
grade) and change its funding source at once. Entries come in the order of the
later scenario, then what only the earlier one has, in its order. Lines, bodies,
roles and rule settings are compared by ``orgeditor.reports.diff_relations``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum

from orgeditor.model import Post, RuleSettings, Scenario, Unit
from orgeditor.reports.diff_relations import (
    BodyAction,
    BodyDiff,
    LineDiff,
    RoleDiff,
    SettingDiff,
    body_diffs,
    line_diffs,
    member_changes,
    role_diffs,
    role_title,
    setting_diffs,
    union_keys,
)

#: Unit fields whose change makes a unit "changed" (name and parent have their own actions).
_UNIT_FIELDS = tuple(f.name for f in fields(Unit) if f.name not in ("id", "name", "parent"))


class UnitAction(StrEnum):
    """What happened to a unit."""

    ADDED = "added"
    ABOLISHED = "abolished"
    MOVED = "moved"
    RENAMED = "renamed"
    CHANGED = "changed"


class PostAction(StrEnum):
    """What happened to a post, in the words of budget reports.

    ``REDEPLOYED``: to another unit; ``WITH_UNIT``: it stays in its unit, which
    moved to another department.
    """

    ESTABLISHED = "established"
    ABOLISHED = "abolished"
    REDEPLOYED = "redeployed"
    WITH_UNIT = "moved with its unit"
    RECLASSIFIED = "reclassified"
    FUNDING = "funding changed"


@dataclass(frozen=True)
class UnitDiff:
    """One unit's changes; ``before``/``after`` are None when it is added/abolished."""

    unit: str
    actions: tuple[UnitAction, ...]
    before: Unit | None
    after: Unit | None
    old_department: str | None = None
    new_department: str | None = None
    fields: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The unit's short name or name, from the later scenario where it exists."""
        unit = self.after or self.before
        assert unit is not None
        return unit.label


@dataclass(frozen=True)
class PostDiff:
    """One post's changes; ``before``/``after`` are None when it is established/abolished."""

    post: str
    actions: tuple[PostAction, ...]
    before: Post | None
    after: Post | None


@dataclass(frozen=True)
class ScenarioDiff:
    """Every change from ``old`` to ``new``: units, posts, lines, bodies, roles, settings.

    ``settings`` is empty when the two scenarios share one design's rule settings.
    """

    old: Scenario
    new: Scenario
    units: list[UnitDiff]
    posts: list[PostDiff]
    lines: list[LineDiff]
    bodies: list[BodyDiff]
    roles: list[RoleDiff]
    settings: list[SettingDiff]

    def posts_with(self, action: PostAction) -> list[PostDiff]:
        """The post entries that include ``action``."""
        return [entry for entry in self.posts if action in entry.actions]

    @property
    def empty(self) -> bool:
        """True when nothing differs: units, posts, lines, bodies, roles and settings."""
        return not (
            self.units or self.posts or self.lines or self.bodies or self.roles or self.settings
        )


def diff_scenarios(
    old: Scenario, new: Scenario, settings: tuple[RuleSettings, RuleSettings] | None = None
) -> ScenarioDiff:
    """Compare ``old`` (say, the baseline) with ``new`` (say, a proposal).

    ``settings`` are the rule settings of the designs that hold ``old`` and
    ``new`` when they come from two files (None: one design, nothing to compare).
    """
    was, now = old.departments(), new.departments()
    units = [
        u for uid in union_keys(old.units, new.units) if (u := _unit_diff(old, new, uid, was, now))
    ]
    posts = [
        p for pid in union_keys(old.posts, new.posts) if (p := _post_diff(old, new, pid, was, now))
    ]
    return ScenarioDiff(
        old,
        new,
        units,
        posts,
        line_diffs(old.lines, new.lines),
        body_diffs(old.bodies, new.bodies),
        role_diffs(old.roles, new.roles),
        setting_diffs(*settings) if settings else [],
    )


Departments = dict[str, str]


def _unit_diff(
    old: Scenario, new: Scenario, unit_id: str, departments: Departments, later: Departments
) -> UnitDiff | None:
    before, after = old.units.get(unit_id), new.units.get(unit_id)
    was, now = departments.get(unit_id), later.get(unit_id)
    if before is None:
        return UnitDiff(unit_id, (UnitAction.ADDED,), None, after, None, now)
    if after is None:
        return UnitDiff(unit_id, (UnitAction.ABOLISHED,), before, None, was, None)
    actions = []
    if before.parent != after.parent:
        actions.append(UnitAction.MOVED)
    if before.name != after.name or before.short_name != after.short_name:
        actions.append(UnitAction.RENAMED)
    changed = tuple(
        name
        for name in _UNIT_FIELDS
        if name != "short_name" and getattr(before, name) != getattr(after, name)
    )
    if changed:
        actions.append(UnitAction.CHANGED)
    if not actions:
        return None
    return UnitDiff(unit_id, tuple(actions), before, after, was, now, changed)


def _post_diff(
    old: Scenario, new: Scenario, post_id: str, departments: Departments, later: Departments
) -> PostDiff | None:
    before, after = old.posts.get(post_id), new.posts.get(post_id)
    if before is None:
        return PostDiff(post_id, (PostAction.ESTABLISHED,), None, after)
    if after is None:
        return PostDiff(post_id, (PostAction.ABOLISHED,), before, None)
    actions = []
    if before.unit != after.unit:
        actions.append(PostAction.REDEPLOYED)
    elif departments.get(before.unit) != later.get(after.unit):
        actions.append(PostAction.WITH_UNIT)
    if before.grade != after.grade:
        actions.append(PostAction.RECLASSIFIED)
    if before.funding != after.funding:
        actions.append(PostAction.FUNDING)
    if not actions:
        return None
    return PostDiff(post_id, tuple(actions), before, after)


@dataclass(frozen=True)
class UnitMark:
    """How a unit of the later scenario differs: for marking its card in compare mode.

    ``status`` is "new", "moved", "renamed" or "changed" (or "" when only its
    posts changed); ``notes`` say from where it moved, which posts came and went,
    and which of its former sub-units were abolished.
    """

    status: str
    notes: tuple[str, ...]


def unit_marks(diff: ScenarioDiff) -> dict[str, UnitMark]:
    """A mark for every unit of ``diff.new`` that changed, whose posts, lines or body did,
    or that took or lost a role."""
    old, new = diff.old, diff.new
    status: dict[str, str] = {}
    notes: dict[str, list[str]] = {}
    for entry in diff.units:
        if entry.after is None:
            parent = entry.before.parent if entry.before else None
            if parent in new.units:
                notes.setdefault(parent, []).append(f"abolished: {entry.label}")
            continue
        first = entry.actions[0]
        status[entry.unit] = {
            UnitAction.ADDED: "new",
            UnitAction.MOVED: "moved",
            UnitAction.RENAMED: "renamed",
            UnitAction.CHANGED: "changed",
        }[first]
        if first is UnitAction.MOVED and entry.before and entry.before.parent in old.units:
            notes.setdefault(entry.unit, []).append(
                f"moved from {old.units[entry.before.parent].label}"
            )
        if UnitAction.RENAMED in entry.actions and entry.before:
            notes.setdefault(entry.unit, []).append(f"was {entry.before.label}")
        if entry.fields:  # entry points, lead department, functions ...
            changed = ", ".join(name.replace("_", " ") for name in entry.fields)
            notes.setdefault(entry.unit, []).append(f"changed: {changed}")
    came: dict[str, int] = {}
    went: dict[str, int] = {}
    for post in diff.posts:
        before, after = post.before, post.after
        moved = PostAction.REDEPLOYED in post.actions
        if after is not None and (before is None or moved):
            came[after.unit] = came.get(after.unit, 0) + 1
        if before is not None and (after is None or moved):
            went[before.unit] = went.get(before.unit, 0) + 1
    for unit_id in new.units:
        parts = []
        if came.get(unit_id):
            parts.append(f"+{came[unit_id]} posts in")
        if went.get(unit_id):
            parts.append(f"-{went[unit_id]} out")
        if parts:
            notes.setdefault(unit_id, []).append(", ".join(parts))
    _relation_notes(diff, status, notes)
    return {
        unit_id: UnitMark(status.get(unit_id, ""), tuple(notes.get(unit_id, ())))
        for unit_id in new.units
        if unit_id in status or unit_id in notes
    }


def _relation_notes(
    diff: ScenarioDiff, status: dict[str, str], notes: dict[str, list[str]]
) -> None:
    """Note changed lines on their source units, bodies on theirs, roles on their holders.

    A unit whose own lines or body changed is marked "changed" (unless marked already).
    """
    old, new = diff.old, diff.new

    def label(unit_id: str | None) -> str:
        unit = new.units.get(unit_id or "") or old.units.get(unit_id or "")
        return unit.label if unit else str(unit_id)

    def note(unit_id: str | None, text: str, changed: bool = True) -> None:
        if unit_id in new.units:
            assert unit_id is not None
            notes.setdefault(unit_id, []).append(text)
            if changed:
                status.setdefault(unit_id, "changed")

    for line in diff.lines:
        shown = line.after or line.before
        assert shown is not None
        words = f"{shown.kind.value} line to {label(shown.target)} {line.action.value}"
        note(shown.source, words)
        if line.before and line.after and line.before.source != line.after.source:
            note(
                line.before.source, f"{line.before.kind.value} line moved to {label(shown.source)}"
            )
    for body in diff.bodies:
        if body.action is BodyAction.MEMBERS and body.before and body.after:
            joined, left = member_changes(body.before.members, body.after.members)
            parts = [f"+{label(m)}" for m in joined] + [f"-{label(m)}" for m in left]
            note(body.unit, "members: " + (", ".join(parts) or "reordered"))
        elif body.action is BodyAction.CHAIR and body.before and body.after:
            note(body.unit, f"chair: {label(body.before.chair)} -> {label(body.after.chair)}")
        else:
            note(body.unit, f"body {body.action.value}")
    for role in diff.roles:
        note(role.after, f"now the {role_title(role.role)}", changed=False)
        note(role.before, f"no longer the {role_title(role.role)}", changed=False)
