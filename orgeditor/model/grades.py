"""The grade a new post takes by default: below its unit's head, never the top of the ladder."""

from __future__ import annotations

from collections import Counter

from orgeditor.model.design import Design
from orgeditor.model.scenario import Scenario


def default_post_grade(design: Design, scenario: Scenario, unit_id: str) -> str | None:
    """The grade proposed for a post established in ``unit_id``.

    In order: the step below the unit's head grade (the head's own grade when it
    is the ladder's last step); else the most common grade
    of the unit's posts (the more senior on a tie) other than the ladder's top;
    else, below the nearest ancestor with a head grade, one step per level
    between them plus one (at most the ladder's last step); else the ladder's
    second step. With two grades or more the result is never the top of the
    ladder, which a new post almost never is. None when the design has no
    grades.
    """
    ladder = [grade.id for grade in design.grades]
    if not ladder:
        return None
    rank = design.grade_rank()
    last = len(ladder) - 1
    unit = scenario.units.get(unit_id)
    head = rank.get(unit.head_grade or "") if unit is not None else None
    if head is not None:
        return ladder[min(head + 1, last)]
    counts = Counter(rank[p.grade] for p in scenario.posts_of(unit_id) if rank.get(p.grade, 0) > 0)
    if counts:
        return ladder[min(counts, key=lambda r: (-counts[r], r))]
    if unit is not None:
        for levels, ancestor in enumerate(scenario.ancestors(unit_id), start=1):
            above = rank.get(scenario.units[ancestor].head_grade or "")
            if above is not None:
                return ladder[min(above + levels + 1, last)]
    return ladder[min(1, last)]
