"""What changed between two scenarios, keyed by unit and post ids.

A unit present in both scenarios can be moved (a new primary parent), renamed
and otherwise changed at once; a post can be redeployed (a new unit, or its
unit moved to another department), reclassified (a new grade) and change its
funding source at once. Entries come in the order of the later scenario, then
what only the earlier one has, in its order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum

from orgeditor.model import Post, Scenario, Unit

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
    """What happened to a post, in the words of budget reports."""

    ESTABLISHED = "established"
    ABOLISHED = "abolished"
    REDEPLOYED = "redeployed"
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
    """One post's changes. ``with_unit``: redeployed because its unit moved department."""

    post: str
    actions: tuple[PostAction, ...]
    before: Post | None
    after: Post | None
    with_unit: bool = False


@dataclass(frozen=True)
class ScenarioDiff:
    """Every unit and post change from ``old`` to ``new``."""

    old: Scenario
    new: Scenario
    units: list[UnitDiff]
    posts: list[PostDiff]

    def posts_with(self, action: PostAction) -> list[PostDiff]:
        """The post entries that include ``action``."""
        return [entry for entry in self.posts if action in entry.actions]

    @property
    def empty(self) -> bool:
        """True when the two scenarios have the same units and posts."""
        return not self.units and not self.posts


def diff_scenarios(old: Scenario, new: Scenario) -> ScenarioDiff:
    """Compare ``old`` (say, the baseline) with ``new`` (say, a proposal)."""
    was, now = old.departments(), new.departments()
    unit_ids = _keys(old.units, new.units)
    units = [u for uid in unit_ids if (u := _unit_diff(old, new, uid, was, now))]
    posts = [p for pid in _keys(old.posts, new.posts) if (p := _post_diff(old, new, pid, was, now))]
    return ScenarioDiff(old, new, units, posts)


def _keys(old: Mapping[str, object], new: Mapping[str, object]) -> list[str]:
    return [*new, *(key for key in old if key not in new)]


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
    with_unit = False
    if before.unit != after.unit:
        actions.append(PostAction.REDEPLOYED)
    elif departments.get(before.unit) != later.get(after.unit):
        actions.append(PostAction.REDEPLOYED)
        with_unit = True
    if before.grade != after.grade:
        actions.append(PostAction.RECLASSIFIED)
    if before.funding != after.funding:
        actions.append(PostAction.FUNDING)
    if not actions:
        return None
    return PostDiff(post_id, tuple(actions), before, after, with_unit)


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
    """A mark for every unit of ``diff.new`` that changed or whose posts did."""
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
    came: dict[str, int] = {}
    went: dict[str, int] = {}
    for post in diff.posts:
        before, after = post.before, post.after
        moved = PostAction.REDEPLOYED in post.actions and not post.with_unit
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
    return {
        unit_id: UnitMark(status.get(unit_id, ""), tuple(notes.get(unit_id, ())))
        for unit_id in new.units
        if unit_id in status or unit_id in notes
    }
