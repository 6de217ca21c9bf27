"""Review comments as a planner reads them: where each one is, in words (issue 18 §4).

Shared by the Comments dock and the review appendix of the PDF, so that both
name a comment's target, its scenario and whether it is still open the same way.
A comment outlives what it is on: one whose unit or post was later removed is
listed "on a removed unit" (or post) and has no unit to show on the chart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from orgeditor.model import Comment, CommentTarget, Design


class CommentStatus(StrEnum):
    """Which comments a list shows."""

    OPEN = "open"
    RESOLVED = "resolved"
    ALL = "all"


@dataclass(frozen=True)
class CommentRow:
    """One comment with its place in words.

    ``unit`` is the unit to show on the chart: the commented unit, or the unit the
    commented post sits in; None when the target was removed.
    """

    comment: Comment
    scenario: str
    target: str
    unit: str | None

    @property
    def removed(self) -> bool:
        """Whether the unit or post the comment is on no longer exists."""
        return self.unit is None


def comment_row(design: Design, comment: Comment) -> CommentRow:
    """``comment`` with its scenario's name and its target's label (see the module docstring)."""
    scenario = next((s for s in design.scenarios if s.id == comment.scenario), None)
    name = scenario.name if scenario is not None else comment.scenario
    if comment.target is CommentTarget.UNIT:
        unit = scenario.units.get(comment.target_id) if scenario else None
        if unit is None:
            return CommentRow(comment, name, f"on a removed unit ({comment.target_id})", None)
        return CommentRow(comment, name, f"{unit.name} ({unit.id})", unit.id)
    post = scenario.posts.get(comment.target_id) if scenario else None
    if post is None:
        return CommentRow(comment, name, f"on a removed post ({comment.target_id})", None)
    home = scenario.units.get(post.unit) if scenario else None
    title = post.title or post.id
    where = home.name if home is not None else post.unit
    label = f"post {title} ({post.grade}, {post.id}) in {where}"
    return CommentRow(comment, name, label, post.unit)


def comment_rows(
    design: Design,
    status: CommentStatus = CommentStatus.ALL,
    scenario_id: str | None = None,
    units: Collection[str] | None = None,
) -> list[CommentRow]:
    """The comments of ``design`` chosen by status, scenario and unit, in the file's order.

    ``units`` keeps the comments on those units and on posts in them (None: all).
    """
    rows = []
    for comment in design.comments:
        if status is CommentStatus.OPEN and comment.resolved:
            continue
        if status is CommentStatus.RESOLVED and not comment.resolved:
            continue
        if scenario_id is not None and comment.scenario != scenario_id:
            continue
        row = comment_row(design, comment)
        if units is not None and row.unit not in units:
            continue
        rows.append(row)
    return rows


def review_order(rows: list[CommentRow]) -> list[CommentRow]:
    """Rows grouped by scenario and target (removed ones last), open before resolved, then
    by date: the order of the review appendix."""
    return sorted(
        rows,
        key=lambda r: (
            r.scenario,
            r.removed,
            r.target,
            r.comment.resolved,
            r.comment.date,
        ),
    )


def open_comment_counts(design: Design, scenario_id: str) -> Counter[str]:
    """Unit id -> how many open comments are on the unit or its posts in that scenario."""
    rows = comment_rows(design, CommentStatus.OPEN, scenario_id)
    return Counter(r.unit for r in rows if r.unit is not None)
