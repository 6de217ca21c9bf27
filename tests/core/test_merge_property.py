"""Properties of the merge (issue 18), with edits made by the real commands.

- merge(base, x, base) == x and merge(base, base, x) == x and merge(base, x, x) == x;
- two edit sets on disjoint objects merge to the design that applying both in
  sequence gives (ours first), byte for byte as saved.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    Command,
    CommandError,
    MovePostsCommand,
    MoveUnitsCommand,
    SetPostFieldCommand,
    SetUnitFieldCommand,
)
from orgeditor.io import dumps, loads
from orgeditor.merge.designs import merge_designs
from orgeditor.model import Design, LineKind, Post, ReportingLine
from tests.conftest import MINISTRIES_SAMPLE
from tests.core.test_undo_property import _command as any_command

ORIGINAL = MINISTRIES_SAMPLE.read_bytes()
Edit = Callable[[Design], Command]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_merging_with_an_unchanged_or_the_same_side_gives_that_side(data: st.DataObject) -> None:
    design = loads(ORIGINAL)
    for _ in range(data.draw(st.integers(1, 8))):
        try:
            any_command(design, data).do(design)
        except CommandError:
            continue
    edited = dumps(design)
    for ours, theirs in ((design, loads(ORIGINAL)), (loads(ORIGINAL), design), (design, design)):
        result = merge_designs(loads(ORIGINAL), ours, theirs)
        assert result.clean
        assert dumps(result.design) == edited


def _edits(data: st.DataObject, design: Design, side: str, units: list[str]) -> list[Edit]:
    """Edits that touch only ``units`` and their posts (new ids carry ``side``)."""
    scenario = design.proposals[0]
    sid, all_units = scenario.id, sorted(scenario.units)
    posts = sorted(p.id for p in scenario.posts.values() if p.unit in units)
    grades = [g.id for g in design.grades]
    sources = [f.id for f in design.funding_sources]
    pick = st.sampled_from
    edits: list[Edit] = []
    for number in range(data.draw(st.integers(1, 6))):
        kind = data.draw(
            pick(["rename", "move", "grade", "funding", "redeploy", "add", "abolish", "line"])
        )
        unit = data.draw(pick(units))
        post = data.draw(pick(posts)) if posts else None
        target = data.draw(pick(all_units))
        if kind == "rename":
            name = f"{side} {data.draw(st.text('abc ', min_size=1, max_size=8))}"
            edits.append(lambda d, u=unit, n=name: SetUnitFieldCommand(d, sid, u, "name", n))
        elif kind == "move":
            edits.append(lambda d, u=unit, t=target: MoveUnitsCommand(d, sid, [u], t))
        elif kind in ("grade", "funding") and post is not None:
            value = data.draw(pick(grades if kind == "grade" else sources))
            edits.append(lambda d, p=post, k=kind, v=value: SetPostFieldCommand(d, sid, p, k, v))
        elif kind == "redeploy" and post is not None:
            edits.append(lambda d, p=post, t=target: MovePostsCommand(d, sid, [p], t))
        elif kind == "abolish" and post is not None:
            edits.append(lambda d, p=post: AbolishPostsCommand(d, sid, [p]))
        elif kind == "add":
            new = Post(f"{side}.{number}", data.draw(pick(grades)), data.draw(pick(sources)), unit)
            edits.append(lambda d, p=new: AddPostCommand(d, sid, p))
        elif kind == "line" and target != unit:
            line = ReportingLine(f"{side}-l{number}", unit, target, LineKind.DOTTED)
            edits.append(lambda d, x=line: AddLineCommand(d, sid, x))
    return edits


def _applied(design: Design, edits: list[Edit]) -> list[Edit]:
    """Apply the edits that apply (one may change nothing); return those."""
    done = []
    for edit in edits:
        try:
            edit(design).do(design)
        except CommandError:
            continue
        done.append(edit)
    return done


def _apply_all(design: Design, edits: list[Edit]) -> bool:
    """Apply every edit; False as soon as one no longer applies."""
    try:
        for edit in edits:
            edit(design).do(design)
    except CommandError:
        return False
    return True


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_edits_of_disjoint_objects_merge_like_applying_both(data: st.DataObject) -> None:
    base = loads(ORIGINAL)
    scenario = base.proposals[0]
    movable = sorted(set(scenario.units) - {scenario.roles.top})
    chosen = data.draw(st.lists(st.sampled_from(movable), min_size=2, max_size=8, unique=True))
    split = data.draw(st.integers(1, len(chosen) - 1))
    ours_edits = _edits(data, base, "a", chosen[:split])
    theirs_edits = _edits(data, base, "b", chosen[split:])
    ours, theirs, both = loads(ORIGINAL), loads(ORIGINAL), loads(ORIGINAL)
    ours_edits, theirs_edits = _applied(ours, ours_edits), _applied(theirs, theirs_edits)
    if not (_apply_all(both, ours_edits) and _apply_all(both, theirs_edits)):
        event("sequence fails")
        return  # in sequence the second set no longer applies (two moves closing a cycle)
    result = merge_designs(loads(ORIGINAL), ours, theirs)
    assert result.clean, [c.reason for c in result.conflicts]
    assert dumps(result.design) == dumps(both)
    event(f"merged {len(ours_edits)}+{len(theirs_edits)} edits")
