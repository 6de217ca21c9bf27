"""Property: any sequence of edits, undone, gives back the exact document; redone, the same end."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    Command,
    CommandError,
    CopyScenarioCommand,
    DeleteUnitsCommand,
    MovePostsCommand,
    MoveUnitsCommand,
    RemoveLineCommand,
    RenameScenarioCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetUnitFieldCommand,
    UndoStack,
    new_id,
)
from orgeditor.io import dumps, loads
from orgeditor.model import Design, LineKind, Post, ReportingLine, Succession
from tests.conftest import MINISTRIES_SAMPLE

ORIGINAL = MINISTRIES_SAMPLE.read_bytes()
KINDS = [
    "move",
    "rename",
    "grade",
    "funding",
    "redeploy",
    "add-post",
    "abolish",
    "add-line",
    "remove-line",
    "delete",
    "copy",
    "functions",
    "line-field",
    "rename-scenario",
    "succession",
]


def _command(design: Design, data: st.DataObject) -> Command:
    scenario = data.draw(st.sampled_from(design.scenarios))
    sid = scenario.id
    units = sorted(scenario.units)
    posts = sorted(scenario.posts)
    kind = data.draw(st.sampled_from(KINDS))
    pick = st.sampled_from
    if kind == "move":
        return MoveUnitsCommand(
            design,
            sid,
            data.draw(st.lists(pick(units), min_size=1, max_size=3)),
            data.draw(pick(units)),
        )
    if kind == "rename":
        return SetUnitFieldCommand(
            design, sid, data.draw(pick(units)), "name", data.draw(st.text(min_size=1, max_size=20))
        )
    if kind == "functions":
        return SetUnitFieldCommand(
            design,
            sid,
            data.draw(pick(units)),
            "functions",
            data.draw(st.lists(pick([f.id for f in design.functions]), unique=True, max_size=3)),
        )
    if kind in ("grade", "funding") and posts:
        values = (
            [g.id for g in design.grades]
            if kind == "grade"
            else [f.id for f in design.funding_sources]
        )
        return SetPostFieldCommand(
            design, sid, data.draw(pick(posts)), kind, data.draw(pick(values))
        )
    if kind == "redeploy" and posts:
        return MovePostsCommand(
            design, sid, data.draw(st.lists(pick(posts), max_size=4)), data.draw(pick(units))
        )
    if kind == "add-post":
        return AddPostCommand(
            design, sid, Post(new_id("p", scenario.posts), "OF", "STATE", data.draw(pick(units)))
        )
    if kind == "abolish" and posts:
        return AbolishPostsCommand(design, sid, data.draw(st.lists(pick(posts), max_size=3)))
    if kind == "add-line":
        return AddLineCommand(
            design,
            sid,
            ReportingLine(
                new_id("l", scenario.lines),
                data.draw(pick(units)),
                data.draw(pick(units)),
                data.draw(pick(list(LineKind))),
            ),
        )
    if kind == "remove-line" and scenario.lines:
        return RemoveLineCommand(design, sid, data.draw(pick(sorted(scenario.lines))))
    if kind == "line-field" and scenario.lines:
        field = data.draw(pick(["caption", "condition", "kind"]))
        value = data.draw(pick(["dual", "dotted"]) if field == "kind" else st.text(max_size=20))
        return SetLineFieldCommand(
            design, sid, data.draw(pick(sorted(scenario.lines))), field, value
        )
    if kind == "succession":
        baseline = sorted(design.baseline.units)
        return SetUnitFieldCommand(
            design,
            sid,
            data.draw(pick(units)),
            "succession",
            Succession(
                data.draw(st.lists(pick(baseline), unique=True, max_size=3)),
                data.draw(st.sampled_from(["", "[I]", "A/72/525 para. 33"])),
            ),
        )
    if kind == "rename-scenario":
        return RenameScenarioCommand(design, sid, data.draw(st.text(min_size=1, max_size=12)))
    if kind == "delete":
        return DeleteUnitsCommand(design, sid, [data.draw(pick(units))])
    if kind == "copy":
        return CopyScenarioCommand(design, sid, data.draw(st.text(min_size=1, max_size=8)))
    raise CommandError("not applicable here")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undo_and_redo_exactly(data: st.DataObject) -> None:
    design = loads(ORIGINAL)
    stack = UndoStack(design)
    states = [dumps(design)]
    for _ in range(data.draw(st.integers(1, 12))):
        try:
            command = _command(design, data)
        except CommandError:
            continue
        stack.push(command)
        states.append(dumps(design))
        if data.draw(st.booleans()):  # save and reload at random points
            assert dumps(loads(states[-1])) == states[-1]
    final = states[-1]
    for expected in reversed(states[:-1]):
        stack.undo()
        assert dumps(design) == expected
    assert dumps(design) == ORIGINAL
    while stack.can_redo:
        stack.redo()
    assert dumps(design) == final


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_reusing_untouched_subtrees_lays_out_like_afresh(data: st.DataObject) -> None:
    """The editor places again only the subtrees an edit touched; the chart must not differ,
    nor what the layout keeps for the next one."""
    from orgeditor.layout import LayoutOptions, layout_chart
    from orgeditor.layout.chart import Reuse

    design = loads(ORIGINAL)
    stack = UndoStack(design)
    scenario = data.draw(st.sampled_from(design.scenarios))
    options = LayoutOptions(compact=data.draw(st.booleans()), max_stack_rows=3)
    rank = design.grade_rank()
    previous = layout_chart(scenario, options, rank)
    for _ in range(data.draw(st.integers(1, 10))):
        try:
            change = stack.push(_command(design, data))
        except CommandError:
            continue
        if data.draw(st.booleans()):
            change = change.merged(stack.undo())
        if change.scenario not in (None, scenario.id) and not change.scenarios:
            continue  # another scenario: the chart on screen did not change
        reused = layout_chart(scenario, options, rank, Reuse(previous, change.units))
        fresh = layout_chart(scenario, options, rank)
        assert reused.boxes == fresh.boxes
        assert reused.lines == fresh.lines
        assert reused.zones == fresh.zones and reused.bounds == fresh.bounds
        assert reused.kept == fresh.kept  # what the next layout reuses is what it would make
        previous = reused
