"""The changes table: every change of a scenario diff, one row each, in words.

It is the ``diff`` command's text and CSV, the ``changes`` report and the rows
of the compare dock. Each side is told in its own scenario's terms: the "From"
column names the earlier scenario's units and departments, "To" the later's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import astuple, is_dataclass
from enum import Enum
from typing import NamedTuple

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Body, ReportingLine, Scenario, Unit
from orgeditor.reports.diff import (
    PostAction,
    PostDiff,
    ScenarioDiff,
    UnitAction,
    UnitDiff,
    field_word,
)
from orgeditor.reports.diff_relations import BodyAction, role_title
from orgeditor.reports.labels import Labels
from orgeditor.reports.table import Column, Table

#: Unit fields that hold a unit id: shown as that unit's label in its scenario.
UNIT_REFERENCES = ("lead_department", "backstopped_by")
#: The "Kind" column's word for each section of a diff (translated where shown).
KINDS = {
    "units": QT_TRANSLATE_NOOP("Change", "unit"),
    "posts": QT_TRANSLATE_NOOP("Change", "post"),
    "lines": QT_TRANSLATE_NOOP("Change", "line"),
    "bodies": QT_TRANSLATE_NOOP("Change", "body"),
    "roles": QT_TRANSLATE_NOOP("Change", "role"),
    "settings": QT_TRANSLATE_NOOP("Change", "setting"),
}
#: The "Change" column's words: every action's value (translated by :func:`change_word`).
CHANGE_WORDS = (
    QT_TRANSLATE_NOOP("Change", "added"),
    QT_TRANSLATE_NOOP("Change", "abolished"),
    QT_TRANSLATE_NOOP("Change", "moved"),
    QT_TRANSLATE_NOOP("Change", "renamed"),
    QT_TRANSLATE_NOOP("Change", "changed"),
    QT_TRANSLATE_NOOP("Change", "succeeds"),
    QT_TRANSLATE_NOOP("Change", "succeeded"),
    QT_TRANSLATE_NOOP("Change", "established"),
    QT_TRANSLATE_NOOP("Change", "redeployed"),
    QT_TRANSLATE_NOOP("Change", "moved with its unit"),
    QT_TRANSLATE_NOOP("Change", "reclassified"),
    QT_TRANSLATE_NOOP("Change", "funding changed"),
    QT_TRANSLATE_NOOP("Change", "removed"),
    QT_TRANSLATE_NOOP("Change", "members changed"),
    QT_TRANSLATE_NOOP("Change", "chair changed"),
    QT_TRANSLATE_NOOP("Change", "assigned"),
    QT_TRANSLATE_NOOP("Change", "cleared"),
    QT_TRANSLATE_NOOP("Change", "reassigned"),
)


class ChangeRow(NamedTuple):
    """One action of a diff: ``kind`` (a value of :data:`KINDS`) and ``action`` (an action's
    value) are the keys, untranslated; the rest is in words."""

    kind: str
    id: str
    name: str
    action: str
    before: str
    after: str


def change_word(word: str) -> str:
    """A kind (``unit``) or an action (``moved with its unit``) in the core's language."""
    return translate("Change", word)


#: A line in words, by kind: ``dual, ASG Africa to DPO``.
LINE_TEXTS = {
    "dual": QT_TRANSLATE_NOOP("Change", "dual, {source} to {target}"),
    "dotted": QT_TRANSLATE_NOOP("Change", "dotted, {source} to {target}"),
}


def changes_table(diff: ScenarioDiff) -> Table:
    """Every change, one row per action: units, posts, lines, bodies, roles, settings."""
    old, new = diff.old, diff.new
    table = Table(
        translate("Report", "Changes from {old} to {new}").format(old=old.name, new=new.name),
        [
            Column(translate("Report", "Kind")),
            Column(translate("Report", "Id")),
            Column(translate("Report", "Name")),
            Column(translate("Report", "Change")),
            Column(translate("Report", "From")),
            Column(translate("Report", "To")),
        ],
        name="Changes",
    )
    for row in change_rows(diff):
        table.add(change_word(row.kind), row.id, row.name, change_word(row.action), *row[4:])
    return table


def change_rows(diff: ScenarioDiff) -> Iterator[ChangeRow]:
    """Every change, one row per action, in :func:`changes_table`'s order."""
    old, new = diff.old, diff.new
    labels = Labels(old, new)
    for unit in diff.units:
        for action in unit.actions:
            sides = _unit_sides(labels, unit, action)
            yield ChangeRow("unit", unit.unit, unit.label, action.value, *sides)
    for post in diff.posts:
        b, a = post.before, post.after
        name = (a.title if a else b.title if b else "") or ""
        for post_action in post.actions:
            sides = _post_sides(labels, post, post_action)
            yield ChangeRow("post", post.post, name, post_action.value, *sides)
    for line in diff.lines:
        shown = line.after or line.before
        assert shown is not None
        scenario = new if line.after else old
        name = translate("Change", "{source} to {target}").format(
            source=labels.unit(shown.source, scenario), target=labels.unit(shown.target, scenario)
        )
        frm = _line_text(labels, line.before, old) if line.before else ""
        to = _line_text(labels, line.after, new) if line.after else ""
        yield ChangeRow("line", line.line, name, line.action.value, frm, to)
    for body in diff.bodies:
        name = labels.unit(body.unit, new if body.after else old)
        part = "chair" if body.action is BodyAction.CHAIR else "members"
        if body.action in (BodyAction.ADDED, BodyAction.REMOVED):
            part = "all"
        frm = _body_text(labels, body.before, old, part) if body.before else ""
        to = _body_text(labels, body.after, new, part) if body.after else ""
        yield ChangeRow("body", body.unit, name, body.action.value, frm, to)
    for role in diff.roles:
        frm, to = labels.unit(role.before, old), labels.unit(role.after, new)
        yield ChangeRow("role", role.role, role_title(role.role), role.action.value, frm, to)
    for setting in diff.settings:
        name = setting.setting.replace("_", " ")  # a parameter name: kept as it is
        frm, to = value_text(setting.before), value_text(setting.after)
        yield ChangeRow("setting", setting.setting, name, "changed", frm, to)


def _unit_sides(labels: Labels, unit: UnitDiff, action: UnitAction) -> tuple[str, str]:
    """The "From" and "To" cells of one unit action."""
    old, new = labels.old, labels.new
    before, after = unit.before, unit.after
    if action is UnitAction.MOVED and before and after:
        return (
            f"{labels.unit(before.parent, old)} ({labels.department(unit.unit, old)})",
            f"{labels.unit(after.parent, new)} ({labels.department(unit.unit, new)})",
        )
    if action is UnitAction.RENAMED and before and after:
        return _full_name(before), _full_name(after)
    if action is UnitAction.CHANGED and before and after:
        return (
            "; ".join(_field_text(labels, before, name, old) for name in unit.fields),
            "; ".join(_field_text(labels, after, name, new) for name in unit.fields),
        )
    if action is UnitAction.ADDED and after:
        return "", labels.unit(after.parent, new)
    if action is UnitAction.ABOLISHED and before:
        return labels.unit(before.parent, old), ""
    if action is UnitAction.SUCCEEDS:
        return ", ".join(labels.unit(u, old) for u in unit.predecessors), labels.unit(
            unit.unit, new
        )
    if action is UnitAction.SUCCEEDED:
        return labels.unit(unit.unit, old), ", ".join(labels.unit(u, new) for u in unit.successors)
    return "", ""


def _post_sides(labels: Labels, post: PostDiff, action: PostAction) -> tuple[str, str]:
    """The "From" and "To" cells of one post action."""
    old, new = labels.old, labels.new
    b, a = post.before, post.after

    def place(unit_id: str, scenario: Scenario) -> str:
        unit = labels.unit(unit_id, scenario)
        return f"{unit} ({labels.department(unit_id, scenario)})"

    if action in (PostAction.REDEPLOYED, PostAction.WITH_UNIT) and a and b:
        return place(b.unit, old), place(a.unit, new)
    if action is PostAction.RECLASSIFIED and a and b:
        return b.grade, a.grade
    if action is PostAction.FUNDING and a and b:
        return b.funding, a.funding
    if action is PostAction.ESTABLISHED and a:
        return "", _post_text(a.grade, a.funding, labels.unit(a.unit, new))
    if action is PostAction.ABOLISHED and b:
        return _post_text(b.grade, b.funding, labels.unit(b.unit, old)), ""
    return "", ""


def _post_text(grade: str, funding: str, unit: str) -> str:
    return translate("Change", "{grade} {funding} in {unit}").format(
        grade=grade, funding=funding, unit=unit
    )


def _full_name(unit: Unit) -> str:
    return f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name


def _field_text(labels: Labels, unit: Unit, name: str, scenario: Scenario) -> str:
    """``field: value`` for a changed unit field, unit references by label."""
    value = getattr(unit, name)
    if name in UNIT_REFERENCES and value is not None:
        value = labels.unit(value, scenario)
    return translate("Change", "{field}: {value}").format(
        field=field_word(name), value=value_text(value)
    )


def _line_text(labels: Labels, line: ReportingLine, scenario: Scenario) -> str:
    """A line in words: ``dual, ASG Africa to DPO: "Reports to USG DPO" (when ...)``."""
    source, target = labels.unit(line.source, scenario), labels.unit(line.target, scenario)
    text = translate("Change", LINE_TEXTS[line.kind.value]).format(source=source, target=target)
    if line.caption:
        text += translate("Change", ': "{caption}"').format(caption=line.caption)
    if line.condition:
        text += translate("Change", " (when: {condition})").format(condition=line.condition)
    return text


def _body_text(labels: Labels, body: Body, scenario: Scenario, part: str) -> str:
    """A body's chair, members or both, by label."""
    chair = labels.unit(body.chair, scenario) or translate("Change", "none")
    members = ", ".join(labels.unit(m, scenario) for m in body.members)
    members = members or translate("Change", "none")
    if part == "chair":
        return chair
    if part == "members":
        return members
    return translate("Change", "chair {chair}; members {members}").format(
        chair=chair, members=members
    )


def value_text(value: object) -> str:
    """A field or setting value in words: lists joined, mappings as ``key: value``."""
    none = translate("Change", "none")
    if value is None:
        return none
    if isinstance(value, bool):
        return translate("Change", "yes") if value else translate("Change", "no")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dict):
        return "; ".join(f"{value_text(k)}: {value_text(v)}" for k, v in value.items()) or none
    if isinstance(value, list | tuple):
        parts = (
            " + ".join(map(value_text, v)) if isinstance(v, list) else value_text(v) for v in value
        )
        return ", ".join(parts) or none
    if is_dataclass(value) and not isinstance(value, type):
        return " / ".join(value_text(v) for v in astuple(value) if v not in ("", None, []))
    return str(value)
