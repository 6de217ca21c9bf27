"""Costing a scenario: posts by grade and funding source, at the design's standard costs.

A post costs the rate for its grade, funding and duty station (its unit's
``location``), falling back to the rate for its grade and funding, then for its
grade and station, then for its grade alone (see :func:`rate`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from orgeditor.model.design import Design, NeutralityLevel
from orgeditor.model.scenario import Post, Scenario


@dataclass
class CostBreakdown:
    """Post counts and annual costs of a scenario, keyed in ladder and source order.

    ``uncosted`` lists the posts whose grade, funding source and duty station have
    no rate in the cost table; they count as posts but add nothing to the costs. The
    ``*_funding`` maps are keyed by source (a part counts for its source);
    ``posts_by_part`` and ``cost_by_part`` are keyed by what the posts name: a part,
    or a source for the posts it funds as a whole.
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
    # funding parts (issue 15): keyed by what posts name, a part or a source as a whole
    posts_by_part: dict[str, int] = field(default_factory=dict)
    cost_by_part: dict[str, int] = field(default_factory=dict)


Rates = dict[tuple[str, str | None, str | None], int]


def funding_owners(design: Design) -> dict[str, str]:
    """Funding id (a source or a part) -> the id of its source."""
    owners = {}
    for source in design.funding_sources:
        owners[source.id] = source.id
        owners.update(dict.fromkeys((part.id for part in source.parts), source.id))
    return owners


def cost_neutral(change: int, tolerance: int) -> bool:
    """The cost-neutral verdict, in one place: a change against the baseline of at most
    ``tolerance`` either way (the design's ``rules.cost_tolerance``) is neutral."""
    return abs(change) <= tolerance


def neutrality_keys(design: Design) -> dict[str, str]:
    """Funding id -> what COST-FUNDING compares it as: its source, or itself for a part
    (or a source's own posts) when the source is checked part by part."""
    keys = {}
    for source in design.funding_sources:
        keys[source.id] = source.id
        by_part = source.neutrality is NeutralityLevel.PART
        keys.update({part.id: part.id if by_part else source.id for part in source.parts})
    return keys


def cost_rates(design: Design) -> Rates:
    """``(grade, funding or None, location or None) -> annual cost``; a part without a
    rate of its own takes its source's rate (at each station), so :func:`post_cost`
    needs no knowledge of parts."""
    rates: Rates = design.cost_table.lookup()
    for source in design.funding_sources:
        keys = [(g, loc) for g, f, loc in list(rates) if f == source.id]
        for part in source.parts:
            for grade, location in keys:
                rates.setdefault((grade, part.id, location), rates[(grade, source.id, location)])
    return rates


def rate(rates: Rates, grade: str, funding: str, location: str | None) -> int | None:
    """The rate for (grade, funding, location), else (grade, funding), else (grade,
    location), else (grade); None when the cost table has none of them."""
    for key in (
        (grade, funding, location),
        (grade, funding, None),
        (grade, None, location),
        (grade, None, None),
    ):
        found = rates.get(key)
        if found is not None:
            return found
    return None


def post_location(scenario: Scenario, post: Post) -> str | None:
    """The duty station of ``post``: its unit's in ``scenario`` (None when it has none)."""
    unit = scenario.units.get(post.unit)
    return unit.location if unit is not None else None


def post_cost(rates: Rates, post: Post, scenario: Scenario) -> int | None:
    """The annual cost of ``post`` as it sits in ``scenario``, at ``rates`` (from
    :func:`cost_rates`): see :func:`rate`; its station is its unit's."""
    return rate(rates, post.grade, post.funding, post_location(scenario, post))


def cost_breakdown(design: Design, scenario: Scenario) -> CostBreakdown:
    """Count and cost every post of ``scenario``.

    Every funding source of the design appears in ``cost_by_funding`` (zero
    when unused), so two scenarios' breakdowns compare key by key.
    """
    rates = cost_rates(design)
    owner = funding_owners(design)
    units = scenario.units
    by_named = Counter(
        (p.grade, p.funding, units[p.unit].location if p.unit in units else None)
        for p in scenario.posts.values()
    )
    cost_by_grade: Counter[str] = Counter()
    cost_by_funding: Counter[str] = Counter()
    cost_by_part: Counter[str] = Counter()
    by_pair: Counter[tuple[str, str]] = Counter()
    by_part: Counter[str] = Counter()
    missing = set()
    for (grade, funding, location), count in by_named.items():
        source = owner.get(funding, funding)
        by_pair[(grade, source)] += count
        by_part[funding] += count
        cost = rate(rates, grade, funding, location)
        if cost is None:
            missing.add((grade, funding, location))
            continue
        cost_by_grade[grade] += cost * count
        cost_by_funding[source] += cost * count
        cost_by_part[funding] += cost * count
    uncosted = [
        p.id
        for p in scenario.posts.values()
        if (p.grade, p.funding, post_location(scenario, p)) in missing
    ]
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
        posts_by_part={f: by_part[f] for f in owner if by_part[f]},
        cost_by_part={f: cost_by_part[f] for f in owner if by_part[f]},
    )


def cost_by_neutrality_key(design: Design, costs: CostBreakdown) -> dict[str, int]:
    """The cost COST-FUNDING compares: per source, or per part for sources checked by part,
    with every key present (zero when unused)."""
    keys = neutrality_keys(design)
    found = dict.fromkeys(keys.values(), 0)
    for funding, cost in costs.cost_by_part.items():
        key = keys.get(funding, funding)
        found[key] = found.get(key, 0) + cost
    return found
