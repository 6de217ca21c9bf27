"""Random edits of every command class, for property tests (hypothesis draws them)."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

from hypothesis import strategies as st

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    AddUnitCommand,
    Command,
    CommandError,
    CopyScenarioCommand,
    DeleteScenarioCommand,
    DeleteUnitsCommand,
    ImportTablesCommand,
    MacroCommand,
    MovePostsCommand,
    MoveUnitsCommand,
    RemoveLineCommand,
    RenameScenarioCommand,
    SetBodyCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetPostsFieldCommand,
    SetRuleStateCommand,
    SetUnitFieldCommand,
    move_units_command,
    new_id,
)
from orgeditor.commands.comments import (
    AddCommentCommand,
    DeleteCommentCommand,
    EditCommentCommand,
    ResolveCommentCommand,
    new_comment,
)
from orgeditor.commands.conflicts import ResolveConflictCommand, take_side
from orgeditor.commands.properties import (
    SCENARIO_ROLES,
    SetMetadataCommand,
    SetScenarioDescriptionCommand,
    SetScenarioRoleCommand,
)
from orgeditor.commands.references import Kind
from orgeditor.commands.segments import (
    ItemDraft,
    KindDraft,
    SegmentsCommand,
    drafts_of,
    set_segments,
)
from orgeditor.commands.settings import SettingsCommand, edit_entry, move_entry, set_rule_parameters
from orgeditor.commands.units import EDITABLE
from orgeditor.io import loads
from orgeditor.io.convert import to_plain
from orgeditor.model import (
    Body,
    Citation,
    CommentTarget,
    Design,
    LineKind,
    LocalName,
    MergeConflict,
    MergeSide,
    Note,
    Post,
    PresenceType,
    ReportingLine,
    Scenario,
    Succession,
    Unit,
    UnitKind,
)
from orgeditor.rules import RULES
from orgeditor.synthetic import generate
from tests.builders import tiny_design
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE

SOURCES = {
    "ministries": MINISTRIES_SAMPLE.read_bytes(),
    "un": UN_SAMPLE.read_bytes(),
}


DESIGNS = ["ministries", "un", "tiny", "synthetic-1", "synthetic-2", "synthetic-3"]


def design_named(name: str) -> Design:
    """A fresh copy of one of :data:`DESIGNS`: the two samples, a tiny one, small synthetic ones."""
    if name in SOURCES:
        return loads(SOURCES[name])
    if name == "tiny":
        return tiny_design()
    return generate(60, int(name.rsplit("-", 1)[1]))


Draw = st.DataObject
Factory = Callable[[Design, Scenario, Draw], Command]


# structured sources (issue 21): meaningless ones (an inference without a reason) are refused
CITATIONS = st.builds(Citation, st.text(max_size=10), st.booleans(), st.text(max_size=10))


def _pick(data: Draw, values: object) -> str:
    items = sorted(values)  # type: ignore[call-overload]
    if not items:
        raise CommandError("nothing to pick")
    return str(data.draw(st.sampled_from(items)))


def _units(design: Design, s: Scenario, data: Draw) -> list[str]:
    return data.draw(st.lists(st.sampled_from(sorted(s.units)), min_size=1, max_size=3))


def _field_value(design: Design, s: Scenario, unit: Unit, name: str, data: Draw) -> object:
    one = st.sampled_from
    regions = [r.id for r in design.regions]
    choices: dict[str, st.SearchStrategy[object]] = {
        "name": st.text(min_size=1, max_size=12),
        "short_name": st.text(max_size=6),
        "kind": one(list(UnitKind)),
        "head_grade": one([None, *(g.id for g in design.grades)]),
        "region": one([None, *regions]),
        "presence_type": one([None, *PresenceType]),
        "lead_department": one([None, *sorted(s.units)]),
        "backstopped_by": one([None, *sorted(s.units)]),
        "entry_point_for": st.lists(one(regions), unique=True, max_size=2)
        if regions
        else st.just([]),
        "functions": st.lists(one(sorted(f.id for f in design.functions) or ["-"]), max_size=3),
        "note": st.builds(Note, st.text(max_size=10), st.text(max_size=10)),
        "segments": st.just({}),
        "segment_entry_points": st.just({}),
        "succession": st.builds(
            Succession, st.lists(one(sorted(design.baseline.units)), unique=True, max_size=2)
        ),
        "location": one([None, *(station.id for station in design.locations)]),
        "names": st.dictionaries(
            one(["zh", "fr", "ar"]),
            st.builds(LocalName, st.text(min_size=1, max_size=8), st.text(max_size=4)),
            max_size=2,
        ),
        "citation": CITATIONS,  # structured sources (issue 21)
    }
    return data.draw(choices[name])


def _set_unit_field(design: Design, s: Scenario, data: Draw) -> Command:
    unit = s.units[_pick(data, s.units)]
    name = data.draw(st.sampled_from(EDITABLE))
    return SetUnitFieldCommand(
        design, s.id, unit.id, name, _field_value(design, s, unit, name, data)
    )


def _add_unit(design: Design, s: Scenario, data: Draw) -> Command:
    parent = _pick(data, s.units)
    unit = Unit(new_id("u", s.units), data.draw(st.text(min_size=1, max_size=8)), UnitKind.OFFICE)
    unit.parent = parent
    unit.head_grade = data.draw(st.sampled_from([None, *(g.id for g in design.grades)]))
    return AddUnitCommand(design, s.id, unit)


def _add_post(design: Design, s: Scenario, data: Draw) -> Command:
    grade = _pick(data, [g.id for g in design.grades])
    funding = _pick(data, [f.id for f in design.funding_sources])
    post = Post(new_id("p", s.posts), grade, funding, _pick(data, s.units))
    return AddPostCommand(design, s.id, post)


def _set_post_field(design: Design, s: Scenario, data: Draw) -> Command:
    name = data.draw(st.sampled_from(["grade", "funding", "title", "titles"]))
    post = _pick(data, s.posts)
    if name == "titles":  # in other languages (issue 19)
        titles = [{}, {"fr": "Chef"}, {"zh": "主任", "ru": "Директор"}]
        return SetPostFieldCommand(design, s.id, post, name, data.draw(st.sampled_from(titles)))
    values = {
        "grade": [g.id for g in design.grades],
        "funding": [f.id for f in design.funding_sources],
        "title": ["Officer", "Head", ""],
    }[name]
    return SetPostFieldCommand(design, s.id, post, name, _pick(data, values))


def _add_line(design: Design, s: Scenario, data: Draw) -> Command:
    kind = data.draw(st.sampled_from(list(LineKind)))
    line = ReportingLine(new_id("l", s.lines), _pick(data, s.units), _pick(data, s.units), kind)
    return AddLineCommand(design, s.id, line)


def _set_line_field(design: Design, s: Scenario, data: Draw) -> Command:
    name = data.draw(st.sampled_from(["caption", "condition", "kind", "citation"]))
    value: str | Citation
    if name == "citation":
        value = data.draw(CITATIONS)
    elif name == "kind":
        value = _pick(data, ["dual", "dotted"])
    else:
        value = data.draw(st.text(max_size=8))
    return SetLineFieldCommand(design, s.id, _pick(data, s.lines), name, value)


def _set_body(design: Design, s: Scenario, data: Draw) -> Command:
    unit = _pick(data, s.units)
    chair = data.draw(st.sampled_from([None, *sorted(s.units)]))
    members = data.draw(st.lists(st.sampled_from(sorted(s.units)), unique=True, max_size=3))
    citation = data.draw(CITATIONS)
    return SetBodyCommand(design, s.id, Body(unit, chair, members, citation))


def _import(design: Design, s: Scenario, data: Draw) -> Command:
    imported = copy.deepcopy(s)
    unit = imported.units[_pick(data, imported.units)]
    unit.name = data.draw(st.text(min_size=1, max_size=8))
    drop: bool = data.draw(st.booleans())
    if drop and imported.posts:
        del imported.posts[_pick(data, imported.posts)]
    return ImportTablesCommand(design, s.id, imported, "units.csv")


def _settings(design: Design, s: Scenario, data: Draw) -> Command:
    what = data.draw(st.sampled_from(["rename-grade", "move-grade", "span"]))
    grade = _pick(data, [g.id for g in design.grades])
    if what == "rename-grade":
        entry = next(g for g in design.grades if g.id == grade)
        return edit_entry(design, Kind.GRADE, grade, {"id": grade + "x", "name": entry.name})
    if what == "move-grade":
        return move_entry(design, Kind.GRADE, grade, data.draw(st.integers(0, 3)))
    return set_rule_parameters(design, {"max_span": data.draw(st.sampled_from([None, 2, 3, 8]))})


def _segments(design: Design, s: Scenario, data: Draw) -> Command:
    """Rename a region (the units follow), switch the regions' entry points, or add a kind."""
    drafts = drafts_of(design)
    regions = drafts[0]
    what = data.draw(st.sampled_from(["rename-region", "entry-points", "add-kind"]))
    if what == "rename-region" and regions.items:
        item = regions.items[data.draw(st.integers(0, len(regions.items) - 1))]
        item.id += "x"
    elif what == "entry-points":
        regions.entry_points = not regions.entry_points
    else:
        items = [
            ItemDraft(None, f"g{i}", f"Group {i}") for i in range(data.draw(st.integers(0, 3)))
        ]
        drafts.append(KindDraft(None, f"kind{len(drafts)}", "client group", items=items))
    return set_segments(design, drafts)


def _comment_id(design: Design, data: Draw) -> str:
    """A comment of ``design`` to change; one is put on a unit first when there is none."""
    if not design.comments:
        s = design.scenarios[0]
        unit = _pick(data, s.units)
        design.comments.append(new_comment(design, s.id, CommentTarget.UNIT, unit, "Check"))
    return data.draw(st.sampled_from([c.id for c in design.comments]))


def _add_comment(design: Design, s: Scenario, data: Draw) -> Command:
    on_unit = data.draw(st.booleans()) or not s.posts
    target = CommentTarget.UNIT if on_unit else CommentTarget.POST
    target_id = _pick(data, s.units if on_unit else s.posts)
    text = data.draw(st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=12))
    return AddCommentCommand(design, new_comment(design, s.id, target, target_id, text))


def _resolve_conflict(design: Design, s: Scenario, data: Draw) -> Command:
    """Decide a conflict put in first: on a unit's field, a post's grade, a whole unit or
    the title; by taking a side or by a value of one's own."""
    unit = _pick(data, s.units)
    place = data.draw(st.sampled_from(["unit field", "post", "unit", "title"]))
    if place == "unit field":
        name = data.draw(st.sampled_from(["name", "short_name", "parent", "head_grade"]))
        path = ["scenarios", s.id, "units", unit, name]
        other: object = {
            "name": "Renamed",
            "short_name": None,
            "parent": _pick(data, s.units),
            "head_grade": _pick(data, [g.id for g in design.grades]),
        }[name]
    elif place == "post":
        path = ["scenarios", s.id, "posts", _pick(data, s.posts), "grade"]
        other = _pick(data, [g.id for g in design.grades])
    elif place == "unit":
        path, other = ["scenarios", s.id, "units", unit], None  # abolished on theirs
    else:
        path, other = ["metadata", "title"], "Another title"
    node: object = to_plain(design)
    for key in path:  # the value the design holds: ours (and the base's)
        assert isinstance(node, dict | list)
        node = (
            node.get(key)
            if isinstance(node, dict)
            else next(i for i in node if i.get("id", i.get("unit")) == key)
        )
    conflict = MergeConflict(path, node, node, other, MergeSide.OURS, "changed two ways")
    design.conflicts.insert(data.draw(st.integers(0, len(design.conflicts))), conflict)
    index = design.conflicts.index(conflict)
    if data.draw(st.booleans()):
        return take_side(design, index, data.draw(st.sampled_from(list(MergeSide))))
    return ResolveConflictCommand(design, index, other if node is None else node, "Edit")


def _set_posts_field(design: Design, s: Scenario, data: Draw) -> Command:
    posts = data.draw(st.lists(st.sampled_from(sorted(s.posts) or ["-"]), max_size=4))
    if data.draw(st.booleans()):
        return SetPostsFieldCommand(
            design, s.id, posts, "grade", _pick(data, [g.id for g in design.grades])
        )
    return SetPostsFieldCommand(
        design, s.id, posts, "funding", _pick(data, [f.id for f in design.funding_sources])
    )


def _scenario_role(design: Design, s: Scenario, data: Draw) -> Command:
    role = data.draw(st.sampled_from(sorted(SCENARIO_ROLES)))
    return SetScenarioRoleCommand(design, s.id, role, one_or_none(data, sorted(s.units)))


def one_or_none(data: Draw, values: list[str]) -> str | None:
    return data.draw(st.sampled_from([None, *values]))


def _rule_state(design: Design, s: Scenario, data: Draw) -> Command:
    rule = data.draw(st.sampled_from([r.id for r in RULES]))
    severity = data.draw(st.sampled_from([None, "info", "error"]))
    return SetRuleStateCommand(design, rule, data.draw(st.booleans()), severity)


FACTORIES: dict[type[Command], Factory] = {
    MoveUnitsCommand: lambda d, s, data: MoveUnitsCommand(
        d, s.id, _units(d, s, data), _pick(data, s.units)
    ),
    MacroCommand: lambda d, s, data: move_units_command(
        d, s.id, _units(d, s, data), s.roles.shared_structure or _pick(data, s.units)
    ),
    AddUnitCommand: _add_unit,
    DeleteUnitsCommand: lambda d, s, data: DeleteUnitsCommand(d, s.id, _units(d, s, data)),
    SetUnitFieldCommand: _set_unit_field,
    AddPostCommand: _add_post,
    AbolishPostsCommand: lambda d, s, data: AbolishPostsCommand(
        d, s.id, data.draw(st.lists(st.sampled_from(sorted(s.posts) or ["-"]), max_size=3))
    ),
    SetPostFieldCommand: _set_post_field,
    MovePostsCommand: lambda d, s, data: MovePostsCommand(
        d,
        s.id,
        data.draw(st.lists(st.sampled_from(sorted(s.posts) or ["-"]), max_size=4)),
        _pick(data, s.units),
    ),
    AddLineCommand: _add_line,
    RemoveLineCommand: lambda d, s, data: RemoveLineCommand(d, s.id, _pick(data, s.lines)),
    SetLineFieldCommand: _set_line_field,
    SetBodyCommand: _set_body,
    CopyScenarioCommand: lambda d, s, data: CopyScenarioCommand(
        d, s.id, data.draw(st.text(min_size=1, max_size=8))
    ),
    RenameScenarioCommand: lambda d, s, data: RenameScenarioCommand(
        d,
        s.id,
        data.draw(st.text(min_size=1, max_size=8)),
        data.draw(st.sampled_from([None, {}, {"fr": LocalName("Variante", "V")}])),
    ),
    DeleteScenarioCommand: lambda d, s, data: DeleteScenarioCommand(d, s.id),
    ImportTablesCommand: _import,
    SettingsCommand: _settings,
    SetRuleStateCommand: _rule_state,
    SegmentsCommand: _segments,
    AddCommentCommand: _add_comment,
    ResolveCommentCommand: lambda d, s, data: ResolveCommentCommand(
        d, _comment_id(d, data), data.draw(st.booleans())
    ),
    EditCommentCommand: lambda d, s, data: EditCommentCommand(
        d, _comment_id(d, data), data.draw(st.text(min_size=1, max_size=8))
    ),
    DeleteCommentCommand: lambda d, s, data: DeleteCommentCommand(d, _comment_id(d, data)),
    SetMetadataCommand: lambda d, s, data: SetMetadataCommand(
        d, dataclasses.replace(d.metadata, title=data.draw(st.text(min_size=1, max_size=8)))
    ),
    SetScenarioDescriptionCommand: lambda d, s, data: SetScenarioDescriptionCommand(
        d, s.id, data.draw(st.text(max_size=8))
    ),
    SetScenarioRoleCommand: _scenario_role,
    SetPostsFieldCommand: _set_posts_field,
    ResolveConflictCommand: _resolve_conflict,
}


def command_of(cls: type[Command], design: Design, data: Draw) -> Command:
    """A random command of class ``cls`` on ``design`` (CommandError when none applies)."""
    scenario = data.draw(st.sampled_from(design.scenarios))
    return FACTORIES[cls](design, scenario, data)


def any_command(design: Design, data: Draw) -> Command:
    """A random command of any class on ``design`` (CommandError when it does not apply)."""
    cls = data.draw(st.sampled_from(list(FACTORIES)), label="command class")
    return command_of(cls, design, data)
