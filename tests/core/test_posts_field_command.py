"""Reclassifying or re-funding several posts at once: one step, exact undo, honest refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, SetPostsFieldCommand, UndoStack
from orgeditor.io import dumps, load_design
from tests.conftest import UN_SAMPLE

DESIGN = load_design(UN_SAMPLE)
PROPOSAL = DESIGN.proposals[0]
POSTS = sorted(PROPOSAL.posts)
GRADES = [g.id for g in DESIGN.grades]


@settings(max_examples=15, deadline=None)
@given(
    chosen=st.lists(st.sampled_from(POSTS), min_size=1, max_size=12),
    grade=st.sampled_from(GRADES),
)
def test_reclassifying_many_posts_is_one_step_and_undo_is_exact(
    chosen: list[str], grade: str
) -> None:
    design = load_design(UN_SAMPLE)
    before = dumps(design)
    posts = design.find_scenario(PROPOSAL.id).posts
    changing = {p for p in chosen if posts[p].grade != grade}
    stack = UndoStack(design)
    if not changing:
        with pytest.raises(CommandError, match="nothing changes"):
            SetPostsFieldCommand(design, PROPOSAL.id, chosen, "grade", grade)
        return
    stack.push(SetPostsFieldCommand(design, PROPOSAL.id, chosen, "grade", grade))
    assert stack.count() == 1
    assert {p for p in posts if posts[p].grade == grade} >= set(chosen)
    others = [p for p in posts if p not in chosen]
    assert [posts[p].grade for p in others] == [PROPOSAL.posts[p].grade for p in others]
    stack.undo()
    assert dumps(design) == before


def test_only_grade_and_funding_change_for_many_posts() -> None:
    design = load_design(UN_SAMPLE)
    with pytest.raises(CommandError, match="at once"):
        SetPostsFieldCommand(design, PROPOSAL.id, POSTS[:2], "title", "Officer")
    with pytest.raises(CommandError, match="no funding source"):
        SetPostsFieldCommand(design, PROPOSAL.id, POSTS[:2], "funding", "NOPE")
