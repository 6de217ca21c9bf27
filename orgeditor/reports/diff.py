"""What changed between two scenarios, keyed by unit and post ids.

A unit present in both scenarios can be moved (a new primary parent), renamed
and otherwise changed at once; a unit of the later scenario can succeed units of
the earlier one (``orgeditor.model.successors``: a rename, merger or split), which
are then "succeeded", not abolished. A post can be redeployed (to a unit that
does not succeed its own), move with its unit (it stays in its unit or the
unit's successor, which is in another department), be reclassified (a new grade)
and change its funding source at once. Entries come in the order of the
later scenario, then what only the earlier one has, in its order. Lines, bodies,
roles and rule settings are compared by ``orgeditor.reports.diff_relations``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Post, RuleSettings, Scenario, Unit
from orgeditor.model.successors import Predecessor, continues, predecessors, successors
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

#: Unit fields whose change makes a unit "changed" (name, parent and succession have their
#: own actions; a citation says where a unit comes from, not how it changed: issue 21).
_UNIT_FIELDS = tuple(
    f.name for f in fields(Unit) if f.name not in ("id", "name", "parent", "succession", "citation")
)

#: Each unit field in words (translated where shown, context "Change"): short_name has
#: RENAMED's words, the others are the CHANGED action's fields.
FIELD_WORDS = {
    "kind": QT_TRANSLATE_NOOP("Change", "kind"),
    "short_name": QT_TRANSLATE_NOOP("Change", "short name"),
    "head_grade": QT_TRANSLATE_NOOP("Change", "head grade"),
    "region": QT_TRANSLATE_NOOP("Change", "region"),
    "presence_type": QT_TRANSLATE_NOOP("Change", "presence type"),
    "lead_department": QT_TRANSLATE_NOOP("Change", "lead department"),
    "backstopped_by": QT_TRANSLATE_NOOP("Change", "backstopped by"),
    "entry_point_for": QT_TRANSLATE_NOOP("Change", "entry point for"),
    "functions": QT_TRANSLATE_NOOP("Change", "functions"),
    "note": QT_TRANSLATE_NOOP("Change", "note"),
    "segments": QT_TRANSLATE_NOOP("Change", "segments"),
    "segment_entry_points": QT_TRANSLATE_NOOP("Change", "segment entry points"),
    "location": QT_TRANSLATE_NOOP("Change", "location"),
    "names": QT_TRANSLATE_NOOP("Change", "names"),
}
#: The tag a card wears in compare mode, by ``UnitMark.status`` (translated where painted).
MARK_WORDS = {
    "new": QT_TRANSLATE_NOOP("Mark", "new"),
    "succeeds": QT_TRANSLATE_NOOP("Mark", "succeeds"),
    "moved": QT_TRANSLATE_NOOP("Mark", "moved"),
    "renamed": QT_TRANSLATE_NOOP("Mark", "renamed"),
    "changed": QT_TRANSLATE_NOOP("Mark", "changed"),
}
#: A line's note on its source unit, by (kind, action).
LINE_NOTES = {
    ("dual", "added"): QT_TRANSLATE_NOOP("Change", "dual line to {unit} added"),
    ("dual", "removed"): QT_TRANSLATE_NOOP("Change", "dual line to {unit} removed"),
    ("dual", "changed"): QT_TRANSLATE_NOOP("Change", "dual line to {unit} changed"),
    ("dotted", "added"): QT_TRANSLATE_NOOP("Change", "dotted line to {unit} added"),
    ("dotted", "removed"): QT_TRANSLATE_NOOP("Change", "dotted line to {unit} removed"),
    ("dotted", "changed"): QT_TRANSLATE_NOOP("Change", "dotted line to {unit} changed"),
}
#: A moved line's note on the unit it left, by kind.
LINE_LEFT_NOTES = {
    "dual": QT_TRANSLATE_NOOP("Change", "dual line moved to {unit}"),
    "dotted": QT_TRANSLATE_NOOP("Change", "dotted line moved to {unit}"),
}


def field_word(name: str) -> str:
    """A unit field's name in words, in the core's language."""
    return translate("Change", FIELD_WORDS[name]) if name in FIELD_WORDS else name.replace("_", " ")


def mark_word(status: str) -> str:
    """A card's ``UnitMark.status`` in words, in the core's language."""
    return translate("Mark", MARK_WORDS[status]) if status in MARK_WORDS else status


def mark_tag(status: str) -> str:
    """The tag of a card marked ``status`` in compare mode: "RENAMED" in English."""
    return mark_word(status).upper()


class UnitAction(StrEnum):
    """What happened to a unit."""

    ADDED = "added"
    ABOLISHED = "abolished"
    MOVED = "moved"
    RENAMED = "renamed"
    CHANGED = "changed"
    SUCCEEDS = "succeeds"  # a later unit that carries on earlier ones
    SUCCEEDED = "succeeded"  # an earlier unit whose work a later one carries on


class PostAction(StrEnum):
    """What happened to a post, in the words of budget reports.

    ``REDEPLOYED``: to a unit that does not succeed its own; ``WITH_UNIT``: it
    continues in its unit or the unit's successor, which is in another department
    (one that neither is nor succeeds the post's department).
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
    predecessors: tuple[str, ...] = ()  # SUCCEEDS: the earlier units, other than itself
    successors: tuple[str, ...] = ()  # SUCCEEDED: the later units

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

    ``settings`` is empty when the two scenarios share one design's rule settings;
    ``succession`` maps units of ``new`` to the units of ``old`` they succeed besides
    their own id (``orgeditor.model.successors.predecessors``).
    """

    old: Scenario
    new: Scenario
    units: list[UnitDiff]
    posts: list[PostDiff]
    lines: list[LineDiff]
    bodies: list[BodyDiff]
    roles: list[RoleDiff]
    settings: list[SettingDiff]
    succession: dict[str, tuple[Predecessor, ...]] = field(default_factory=dict)

    def posts_with(self, action: PostAction) -> list[PostDiff]:
        """The post entries that include ``action``."""
        return [entry for entry in self.posts if action in entry.actions]

    def continuing(self) -> list[tuple[Post, Post]]:
        """(before, after) of every post of ``old`` that continues in ``new``: in its unit or
        the unit's successor, whatever else changed about it (grade, funding, department).

        That is every post both scenarios have that is not redeployed (``_post_diff``
        marks a post redeployed exactly when its new unit does not succeed its old one).
        """
        redeployed = {e.post for e in self.posts if PostAction.REDEPLOYED in e.actions}
        later = self.new.posts
        return [
            (before, later[post_id])
            for post_id, before in self.old.posts.items()
            if post_id in later and post_id not in redeployed
        ]

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
    chains = predecessors(old, new)
    later = successors(chains)
    # An equal unit that succeeds nothing, and a post in the same unit, grade, funding and
    # department, have no entry: tested first, without a call (10,000 units and 45,000 posts:
    # a fifth of the time).
    before_units, after_units = old.units, new.units
    units = [
        u
        for uid in union_keys(before_units, after_units)
        if not (before_units.get(uid) == after_units.get(uid) and uid not in chains)
        and (u := _unit_diff(old, new, uid, (was, now), (chains, later)))
    ]
    before_posts, after_posts = old.posts, new.posts
    posts = []
    for pid in union_keys(before_posts, after_posts):
        before, after = before_posts.get(pid), after_posts.get(pid)
        if (
            before is not None
            and after is not None
            and before.unit == after.unit
            and before.grade == after.grade
            and before.funding == after.funding
            and was.get(before.unit) == now.get(before.unit)
        ):
            continue
        if entry := _post_diff(old, new, pid, (was, now), chains):
            posts.append(entry)
    return ScenarioDiff(
        old,
        new,
        units,
        posts,
        line_diffs(old.lines, new.lines),
        body_diffs(old.bodies, new.bodies),
        role_diffs(old.roles, new.roles),
        setting_diffs(*settings) if settings else [],
        chains,
    )


#: Unit id -> department id, in the earlier and the later scenario.
Departments = tuple[dict[str, str], dict[str, str]]
#: Later unit -> its predecessors, and earlier unit -> its successors.
Successions = tuple[dict[str, tuple[Predecessor, ...]], dict[str, tuple[str, ...]]]


def _unit_diff(
    old: Scenario, new: Scenario, unit_id: str, departments: Departments, succession: Successions
) -> UnitDiff | None:
    before, after = old.units.get(unit_id), new.units.get(unit_id)
    was, now = departments[0].get(unit_id), departments[1].get(unit_id)
    earlier = tuple(p.unit for p in succession[0].get(unit_id, ()))
    if before is None:
        action = UnitAction.SUCCEEDS if earlier else UnitAction.ADDED
        return UnitDiff(unit_id, (action,), None, after, None, now, predecessors=earlier)
    if after is None:
        later = succession[1].get(unit_id, ())
        action = UnitAction.SUCCEEDED if later else UnitAction.ABOLISHED
        return UnitDiff(unit_id, (action,), before, None, was, None, successors=later)
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
    if earlier:
        actions.append(UnitAction.SUCCEEDS)
    if not actions:
        return None
    return UnitDiff(unit_id, tuple(actions), before, after, was, now, changed, earlier)


def _post_diff(
    old: Scenario,
    new: Scenario,
    post_id: str,
    departments: Departments,
    chains: dict[str, tuple[Predecessor, ...]],
) -> PostDiff | None:
    before, after = old.posts.get(post_id), new.posts.get(post_id)
    if before is None:
        return PostDiff(post_id, (PostAction.ESTABLISHED,), None, after)
    if after is None:
        return PostDiff(post_id, (PostAction.ABOLISHED,), before, None)
    actions = []
    if not continues(chains, before.unit, after.unit):
        actions.append(PostAction.REDEPLOYED)
    elif _other_department(chains, departments[0].get(before.unit), departments[1].get(after.unit)):
        actions.append(PostAction.WITH_UNIT)
    if before.grade != after.grade:
        actions.append(PostAction.RECLASSIFIED)
    if before.funding != after.funding:
        actions.append(PostAction.FUNDING)
    if not actions:
        return None
    return PostDiff(post_id, tuple(actions), before, after)


def _other_department(
    chains: dict[str, tuple[Predecessor, ...]], was: str | None, now: str | None
) -> bool:
    """True when department ``now`` neither is nor succeeds department ``was``."""
    if was is None or now is None or was == now:
        return was != now
    return not continues(chains, was, now)


@dataclass(frozen=True)
class UnitMark:
    """How a unit of the later scenario differs: for marking its card in compare mode.

    ``status`` is "new", "succeeds", "moved", "renamed" or "changed" (or "" when
    only its posts changed); ``notes`` say from where it moved, which earlier units
    it succeeds, which posts came and went, and which of its former sub-units were
    abolished.
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
            if parent in new.units and UnitAction.ABOLISHED in entry.actions:
                notes.setdefault(parent, []).append(
                    translate("Change", "abolished: {unit}").format(unit=entry.label)
                )
            continue
        first = entry.actions[0]
        status[entry.unit] = {
            UnitAction.ADDED: "new",
            UnitAction.SUCCEEDS: "succeeds",
            UnitAction.MOVED: "moved",
            UnitAction.RENAMED: "renamed",
            UnitAction.CHANGED: "changed",
        }[first]
        if first is UnitAction.MOVED and entry.before and entry.before.parent in old.units:
            notes.setdefault(entry.unit, []).append(
                translate("Change", "moved from {unit}").format(
                    unit=old.units[entry.before.parent].label
                )
            )
        if UnitAction.RENAMED in entry.actions and entry.before:
            notes.setdefault(entry.unit, []).append(
                translate("Change", "was {unit}").format(unit=entry.before.label)
            )
        if entry.predecessors:
            earlier = ", ".join(old.units[u].label for u in entry.predecessors)
            notes.setdefault(entry.unit, []).append(
                translate("Change", "succeeds {units}").format(units=earlier)
            )
        if entry.fields:  # entry points, lead department, functions ...
            changed = ", ".join(field_word(name) for name in entry.fields)
            notes.setdefault(entry.unit, []).append(
                translate("Change", "changed: {fields}").format(fields=changed)
            )
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
        into, out = came.get(unit_id, 0), went.get(unit_id, 0)
        if into or out:
            notes.setdefault(unit_id, []).append(_traffic(into, out))
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
        words = translate("Change", LINE_NOTES[shown.kind.value, line.action.value])
        note(shown.source, words.format(unit=label(shown.target)))
        if line.before and line.after and line.before.source != line.after.source:
            moved = translate("Change", LINE_LEFT_NOTES[line.before.kind.value])
            note(line.before.source, moved.format(unit=label(shown.source)))
    for body in diff.bodies:
        if body.action is BodyAction.MEMBERS and body.before and body.after:
            joined, left = member_changes(body.before.members, body.after.members)
            parts = [f"+{label(m)}" for m in joined] + [f"-{label(m)}" for m in left]
            if parts:
                note(
                    body.unit,
                    translate("Change", "members: {units}").format(units=", ".join(parts)),
                )
            else:
                note(body.unit, translate("Change", "members: reordered"))
        elif body.action is BodyAction.CHAIR and body.before and body.after:
            chair = translate("Change", "chair: {old} -> {new}")
            note(body.unit, chair.format(old=label(body.before.chair), new=label(body.after.chair)))
        elif body.action is BodyAction.ADDED:
            note(body.unit, translate("Change", "body added"))
        else:
            note(body.unit, translate("Change", "body removed"))
    for role in diff.roles:
        title = role_title(role.role)
        note(role.after, translate("Change", "now the {role}").format(role=title), changed=False)
        note(
            role.before,
            translate("Change", "no longer the {role}").format(role=title),
            changed=False,
        )


def _traffic(came: int, went: int) -> str:
    """A unit's posts that came and went in words: "+3 posts in, -1 out"."""
    if came and went:
        text = translate("Change", "+{came} posts in, -{went} out")
    elif came:
        text = translate("Change", "+{came} posts in")
    else:
        text = translate("Change", "-{went} out")
    return text.format(came=format_number(came), went=format_number(went))
