"""The changes table: every change of a scenario diff, one row each, in words.

It is the ``diff`` command's text and CSV, the ``changes`` report and the rows
of the compare dock. Each side is told in its own scenario's terms: the "From"
column names the earlier scenario's units and departments, "To" the later's.
"""

from __future__ import annotations

from dataclasses import astuple, is_dataclass
from enum import Enum

from orgeditor.i18n import translate
from orgeditor.model import Body, ReportingLine, Scenario, Unit
from orgeditor.reports.diff import PostAction, PostDiff, ScenarioDiff, UnitAction, UnitDiff
from orgeditor.reports.diff_relations import BodyAction, role_title
from orgeditor.reports.labels import Labels
from orgeditor.reports.table import Column, Table

#: Unit fields that hold a unit id: shown as that unit's label in its scenario.
UNIT_REFERENCES = ("lead_department", "backstopped_by")
#: The "Kind" column's word for each section of a diff.
KINDS = {
    "units": "unit",
    "posts": "post",
    "lines": "line",
    "bodies": "body",
    "roles": "role",
    "settings": "setting",
}


def changes_table(diff: ScenarioDiff) -> Table:
    """Every change, one row per action: units, posts, lines, bodies, roles, settings."""
    old, new = diff.old, diff.new
    labels = Labels(old, new)
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
    for unit in diff.units:
        for action in unit.actions:
            table.add(
                "unit", unit.unit, unit.label, action.value, *_unit_sides(labels, unit, action)
            )
    for post in diff.posts:
        b, a = post.before, post.after
        name = (a.title if a else b.title if b else "") or ""
        for post_action in post.actions:
            sides = _post_sides(labels, post, post_action)
            table.add("post", post.post, name, post_action.value, *sides)
    for line in diff.lines:
        shown = line.after or line.before
        assert shown is not None
        scenario = new if line.after else old
        name = f"{labels.unit(shown.source, scenario)} to {labels.unit(shown.target, scenario)}"
        frm = _line_text(labels, line.before, old) if line.before else ""
        to = _line_text(labels, line.after, new) if line.after else ""
        table.add("line", line.line, name, line.action.value, frm, to)
    for body in diff.bodies:
        name = labels.unit(body.unit, new if body.after else old)
        part = "chair" if body.action is BodyAction.CHAIR else "members"
        if body.action in (BodyAction.ADDED, BodyAction.REMOVED):
            part = "all"
        frm = _body_text(labels, body.before, old, part) if body.before else ""
        to = _body_text(labels, body.after, new, part) if body.after else ""
        table.add("body", body.unit, name, body.action.value, frm, to)
    for role in diff.roles:
        frm, to = labels.unit(role.before, old), labels.unit(role.after, new)
        table.add("role", role.role, role_title(role.role), role.action.value, frm, to)
    for setting in diff.settings:
        name = setting.setting.replace("_", " ")
        frm, to = value_text(setting.before), value_text(setting.after)
        table.add("setting", setting.setting, name, "changed", frm, to)
    return table


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
        return "", f"{a.grade} {a.funding} in {labels.unit(a.unit, new)}"
    if action is PostAction.ABOLISHED and b:
        return f"{b.grade} {b.funding} in {labels.unit(b.unit, old)}", ""
    return "", ""


def _full_name(unit: Unit) -> str:
    return f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name


def _field_text(labels: Labels, unit: Unit, name: str, scenario: Scenario) -> str:
    """``field: value`` for a changed unit field, unit references by label."""
    value = getattr(unit, name)
    if name in UNIT_REFERENCES and value is not None:
        value = labels.unit(value, scenario)
    return f"{name.replace('_', ' ')}: {value_text(value)}"


def _line_text(labels: Labels, line: ReportingLine, scenario: Scenario) -> str:
    """A line in words: ``dual, ASG Africa to DPO: "Reports to USG DPO" (when ...)``."""
    source, target = labels.unit(line.source, scenario), labels.unit(line.target, scenario)
    text = f"{line.kind.value}, {source} to {target}"
    if line.caption:
        text += f': "{line.caption}"'
    if line.condition:
        text += f" (when: {line.condition})"
    return text


def _body_text(labels: Labels, body: Body, scenario: Scenario, part: str) -> str:
    """A body's chair, members or both, by label."""
    chair = labels.unit(body.chair, scenario) or "none"
    members = ", ".join(labels.unit(m, scenario) for m in body.members) or "none"
    if part == "chair":
        return chair
    if part == "members":
        return members
    return f"chair {chair}; members {members}"


def value_text(value: object) -> str:
    """A field or setting value in words: lists joined, mappings as ``key: value``."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dict):
        return "; ".join(f"{value_text(k)}: {value_text(v)}" for k, v in value.items()) or "none"
    if isinstance(value, list | tuple):
        parts = (
            " + ".join(map(value_text, v)) if isinstance(v, list) else value_text(v) for v in value
        )
        return ", ".join(parts) or "none"
    if is_dataclass(value) and not isinstance(value, type):
        return " / ".join(value_text(v) for v in astuple(value) if v not in ("", None, []))
    return str(value)
