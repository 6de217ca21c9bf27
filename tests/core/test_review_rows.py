"""Comments as the dock and the review appendix list them (issue 18 §4)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import DeleteUnitsCommand
from orgeditor.commands.comments import AddCommentCommand, ResolveCommentCommand, new_comment
from orgeditor.io import dumps, loads
from orgeditor.model import CommentTarget, Design
from orgeditor.reports.review import (
    CommentStatus,
    comment_rows,
    open_comment_counts,
    review_order,
)
from tests.conftest import UN_SAMPLE

SID = "a-72-525"
WHEN = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def fresh() -> Design:
    return loads(UN_SAMPLE.read_bytes())


def comment(design: Design, target: CommentTarget, target_id: str, text: str) -> str:
    made = new_comment(design, SID, target, target_id, text, "Ana", WHEN)
    AddCommentCommand(design, made).do(design)
    return made.id


def test_rows_name_the_target_and_follow_the_filters() -> None:
    design = fresh()
    scenario = design.find_scenario(SID)
    on_unit = comment(design, CommentTarget.UNIT, "ead", "Merge with DPPA?")
    post = next(iter(scenario.posts.values()))
    on_post = comment(design, CommentTarget.POST, post.id, "Grade?")
    ResolveCommentCommand(design, on_post).do(design)
    rows = {r.comment.id: r for r in comment_rows(design)}
    assert scenario.units["ead"].name in rows[on_unit].target
    assert post.id in rows[on_post].target and rows[on_post].unit == post.unit
    assert rows[on_unit].scenario == scenario.name
    assert [r.comment.id for r in comment_rows(design, CommentStatus.OPEN)] == [on_unit]
    assert [r.comment.id for r in comment_rows(design, CommentStatus.RESOLVED)] == [on_post]
    assert [r.comment.id for r in comment_rows(design, units=["ead"])] == [on_unit]
    assert [r.comment.id for r in comment_rows(design, units=[post.unit])] == [on_post]
    assert open_comment_counts(design, SID) == {"ead": 1}


def test_a_comment_on_a_removed_unit_is_listed_as_such() -> None:
    design = fresh()
    made = comment(design, CommentTarget.UNIT, "ead", "Keep this unit")
    DeleteUnitsCommand(design, SID, ["ead"]).do(design)
    (row,) = comment_rows(design)
    assert row.comment.id == made and row.removed and row.unit is None
    assert row.target.startswith("on a removed unit")
    assert open_comment_counts(design, SID) == {}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=8), st.data())
def test_open_counts_match_a_count_of_the_saved_file(
    picks: list[tuple[bool, bool]], data: st.DataObject
) -> None:
    """Oracle: count the open comments per unit straight from the saved file's JSON."""
    design = fresh()
    scenario = design.find_scenario(SID)
    for on_unit, resolved in picks:
        pool = sorted(scenario.units) if on_unit else sorted(scenario.posts)
        target = CommentTarget.UNIT if on_unit else CommentTarget.POST
        made = comment(design, target, data.draw(st.sampled_from(pool)), "x")
        if resolved:
            ResolveCommentCommand(design, made).do(design)
    plain = json.loads(dumps(design))
    posts = {p["id"]: p["unit"] for s in plain["scenarios"] if s["id"] == SID for p in s["posts"]}
    expected: dict[str, int] = {}
    for c in plain["comments"]:
        if c.get("resolved"):
            continue
        unit = c["target_id"] if c["target"] == "unit" else posts[c["target_id"]]
        expected[unit] = expected.get(unit, 0) + 1
    assert dict(open_comment_counts(design, SID)) == expected
    ordered = review_order(comment_rows(design))
    assert sorted(r.comment.id for r in ordered) == sorted(c.id for c in design.comments)
    for a, b in pairwise(ordered):
        if a.target == b.target:
            assert (a.comment.resolved, b.comment.resolved) != (True, False)  # open first
