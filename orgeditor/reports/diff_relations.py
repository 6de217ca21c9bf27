"""What changed between two scenarios beyond units and posts: lines, bodies, roles, settings.

Dual and dotted reporting lines are keyed by line id, bodies by their unit,
roles by their name (``department:ROLE`` for a department role) and the design's
rule settings by field name. Each entry is one action, so a body whose chair
and members both changed gives two entries. The primary line is a unit's parent:
its changes are the unit's "moved" action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Body, ReportingLine, RuleSettings, ScenarioRoles

#: The fields of a line that can change under the same id (everything but the id).
# a citation says where a line comes from, not how it changed (issue 21)
LINE_FIELDS = tuple(f.name for f in fields(ReportingLine) if f.name not in ("id", "citation"))
#: The single-unit roles of a scenario; department roles are ``department:ROLE``.
UNIT_ROLES = ("top", "shared_structure", "executive_office", "principals_group")
#: Each single-unit role in words (translated where shown, context "Change").
ROLE_TITLES = {
    "top": QT_TRANSLATE_NOOP("Change", "top"),
    "shared_structure": QT_TRANSLATE_NOOP("Change", "shared structure"),
    "executive_office": QT_TRANSLATE_NOOP("Change", "executive office"),
    "principals_group": QT_TRANSLATE_NOOP("Change", "principals group"),
}
SETTING_FIELDS = tuple(f.name for f in fields(RuleSettings))


class LineAction(StrEnum):
    """What happened to a dual or dotted reporting line."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class BodyAction(StrEnum):
    """What happened to a body's membership."""

    ADDED = "added"
    REMOVED = "removed"
    MEMBERS = "members changed"
    CHAIR = "chair changed"


class RoleAction(StrEnum):
    """What happened to a role: given to a unit, taken away, or given to another unit."""

    ASSIGNED = "assigned"
    CLEARED = "cleared"
    REASSIGNED = "reassigned"


@dataclass(frozen=True)
class LineDiff:
    """One line's change; ``fields`` names what changed for a changed line."""

    line: str
    action: LineAction
    before: ReportingLine | None
    after: ReportingLine | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class BodyDiff:
    """One change to the body held by unit ``unit``."""

    unit: str
    action: BodyAction
    before: Body | None
    after: Body | None


@dataclass(frozen=True)
class RoleDiff:
    """A role (``top``, ``department:political`` ...) and the unit ids that held it."""

    role: str
    action: RoleAction
    before: str | None
    after: str | None


@dataclass(frozen=True)
class SettingDiff:
    """A rule setting of the design whose value differs (field name, old and new value)."""

    setting: str
    before: object
    after: object


def union_keys(old: Mapping[str, object], new: Mapping[str, object]) -> list[str]:
    """The keys of ``new`` in order, then those only ``old`` has."""
    return [*new, *(key for key in old if key not in new)]


def line_diffs(
    old: Mapping[str, ReportingLine], new: Mapping[str, ReportingLine]
) -> list[LineDiff]:
    """Lines added, removed or changed (source, target, kind, caption or condition)."""
    entries = []
    for line_id in union_keys(old, new):
        before, after = old.get(line_id), new.get(line_id)
        if before is None:
            entries.append(LineDiff(line_id, LineAction.ADDED, None, after))
        elif after is None:
            entries.append(LineDiff(line_id, LineAction.REMOVED, before, None))
        else:
            changed = tuple(n for n in LINE_FIELDS if getattr(before, n) != getattr(after, n))
            if changed:
                entries.append(LineDiff(line_id, LineAction.CHANGED, before, after, changed))
    return entries


def body_diffs(old: Mapping[str, Body], new: Mapping[str, Body]) -> list[BodyDiff]:
    """Bodies added or removed, and bodies whose members (or their order) or chair changed."""
    entries = []
    for unit_id in union_keys(old, new):
        before, after = old.get(unit_id), new.get(unit_id)
        if before is None:
            entries.append(BodyDiff(unit_id, BodyAction.ADDED, None, after))
        elif after is None:
            entries.append(BodyDiff(unit_id, BodyAction.REMOVED, before, None))
        else:
            if before.members != after.members:
                entries.append(BodyDiff(unit_id, BodyAction.MEMBERS, before, after))
            if before.chair != after.chair:
                entries.append(BodyDiff(unit_id, BodyAction.CHAIR, before, after))
    return entries


def role_holders(roles: ScenarioRoles) -> dict[str, str]:
    """Every role that a unit holds, by role name, ``department:ROLE`` for department roles."""
    held = {role: unit for role in UNIT_ROLES if (unit := getattr(roles, role)) is not None}
    held.update({f"department:{role}": unit for role, unit in roles.departments.items()})
    return held


def role_diffs(old: ScenarioRoles, new: ScenarioRoles) -> list[RoleDiff]:
    """Roles given, taken away or given to another unit."""
    was, now = role_holders(old), role_holders(new)
    entries = []
    for role in union_keys(was, now):
        before, after = was.get(role), now.get(role)
        if before == after:
            continue
        action = (
            RoleAction.ASSIGNED
            if before is None
            else RoleAction.CLEARED
            if after is None
            else RoleAction.REASSIGNED
        )
        entries.append(RoleDiff(role, action, before, after))
    return entries


def setting_diffs(old: RuleSettings, new: RuleSettings) -> list[SettingDiff]:
    """The rule settings whose values differ, in the order of ``RuleSettings``."""
    return [
        SettingDiff(name, getattr(old, name), getattr(new, name))
        for name in SETTING_FIELDS
        if getattr(old, name) != getattr(new, name)
    ]


def role_title(role: str) -> str:
    """A role in words, in the core's language: "principals group", "political department" ...
    (a department role's id is the design's: kept as it is)."""
    if role.startswith("department:"):
        return translate("Change", "{role} department").format(
            role=role.removeprefix("department:")
        )
    return translate("Change", ROLE_TITLES[role]) if role in ROLE_TITLES else role.replace("_", " ")


def member_changes(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The members that joined and those that left, each in their list's order."""
    return [m for m in after if m not in before], [m for m in before if m not in after]
