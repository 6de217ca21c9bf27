"""Costing a scenario: posts by grade and funding source, at the design's standard costs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from orgeditor.model.design import Design
from orgeditor.model.scenario import Post, Scenario


@dataclass
class CostBreakdown:
    """Post counts and annual costs of a scenario, keyed in ladder and source order.

    ``uncosted`` lists the posts whose grade and funding source have no rate in
    the cost table; they count as posts but add nothing to the costs.
    """

    currency: str
    posts: int = 0
    posts_by_grade: dict[str, int] = field(default_factory=dict)
    posts_by_funding: dict[str, int] = field(default_factory=dict)
    posts_by_grade_and_funding: dict[tuple[str, str], int] = field(default_factory=dict)
    cost_by_grade: dict[str, int] = field(default_factory=dict)
    cost_by_funding: dict[str, int] = field(default_factory=dict)
    total: int = 0
    uncosted: list[str] = field(default_factory=list)


def post_cost(rates: dict[tuple[str, str | None], int], post: Post) -> int | None:
    """The annual cost of ``post``: the rate for its grade and source, else for its grade."""
    cost = rates.get((post.grade, post.funding))
    return rates.get((post.grade, None)) if cost is None else cost


def cost_breakdown(design: Design, scenario: Scenario) -> CostBreakdown:
    """Count and cost every post of ``scenario``.

    Every funding source of the design appears in ``cost_by_funding`` (zero
    when unused), so two scenarios' breakdowns compare key by key.
    """
    rates = design.cost_table.lookup()
    by_pair = Counter((post.grade, post.funding) for post in scenario.posts.values())
    cost_by_grade: Counter[str] = Counter()
    cost_by_funding: Counter[str] = Counter()
    missing = set()
    for (grade, funding), count in by_pair.items():
        rate = rates.get((grade, funding), rates.get((grade, None)))
        if rate is None:
            missing.add((grade, funding))
            continue
        cost_by_grade[grade] += rate * count
        cost_by_funding[funding] += rate * count
    uncosted = [p.id for p in scenario.posts.values() if (p.grade, p.funding) in missing]
    grades = [g.id for g in design.grades]
    sources = [s.id for s in design.funding_sources]
    pairs = {(g, s): by_pair[(g, s)] for g in grades for s in sources if by_pair[(g, s)]}
    by_grade: Counter[str] = Counter()
    by_funding: Counter[str] = Counter()
    for (grade, source), count in by_pair.items():
        by_grade[grade] += count
        by_funding[source] += count
    return CostBreakdown(
        currency=design.cost_table.currency,
        posts=len(scenario.posts),
        posts_by_grade={g: by_grade[g] for g in grades if by_grade[g]},
        posts_by_funding={s: by_funding[s] for s in sources},
        posts_by_grade_and_funding=pairs,
        cost_by_grade={g: cost_by_grade[g] for g in grades if by_grade[g]},
        cost_by_funding={s: cost_by_funding[s] for s in sources},
        total=sum(cost_by_funding.values()),
        uncosted=uncosted,
    )
