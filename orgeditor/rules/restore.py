"""The cost rules' fixes: the fewest changes to posts that, undone, bring a cost back.

A proposal changes posts against the baseline (posts keep their ids): it re-funds,
reclassifies, establishes and abolishes them. When a funding source, the total or the
senior posts no longer match the baseline, the repair a planner expects is to undo the
changes that caused it, not to abolish posts at random: a post moved to another funding
source goes back to its source. This module finds the smallest such set of changes
(one, two or three of them, else all of them together) whose undoing meets the goal and
leaves every cost that matched the baseline matching it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from orgeditor.i18n import translate
from orgeditor.model import Post
from orgeditor.model.costs import (
    Rates,
    cost_by_neutrality_key,
    cost_neutral,
    cost_rates,
    neutrality_keys,
    post_cost,
)
from orgeditor.rules.base import Fix
from orgeditor.rules.context import Context, clauses

PAIRS_UP_TO = 150  # candidates for which every pair is tried
TRIPLES_UP_TO = 40  # candidates for which every triple is tried


@dataclass(frozen=True)
class PostChange:
    """One post as the baseline had it and as the proposal has it (None: not there)."""

    post: str
    before: Post | None
    after: Post | None


@dataclass(frozen=True)
class Balance:
    """Proposal minus baseline: cost per funding source (per part, for a source checked
    part by part: see :func:`orgeditor.model.costs.neutrality_keys`), and senior posts."""

    by_source: dict[str, int]
    senior: int

    @property
    def total(self) -> int:
        """The change of the total cost."""
        return sum(self.by_source.values())


Goal = Callable[[Balance], bool]


def source_within(source: str, tolerance: int) -> Goal:
    """The goal: ``source`` costs what it cost in the baseline, within ``tolerance``."""
    return lambda end: cost_neutral(end.by_source.get(source, 0), tolerance)


def post_changes(ctx: Context) -> list[PostChange]:
    """The posts changed against the baseline that can be undone, in the scenario's order.

    An abolished post can be re-established only while its baseline unit exists.
    """
    assert ctx.baseline is not None
    before, after = ctx.baseline.posts, ctx.scenario.posts
    order = {post_id: index for index, post_id in enumerate(after)}
    changes = []
    for post_id in sorted(ctx.changed_posts, key=lambda p: (order.get(p, len(order)), p)):
        old, new = before.get(post_id), after.get(post_id)
        if new is None and (old is None or old.unit not in ctx.units):
            continue
        changes.append(PostChange(post_id, old, new))
    kinds = {"re-funded": 0, "reclassified": 1, "established": 2, "abolished": 3}
    return sorted(changes, key=lambda c: kinds.get(_kind(c), 4))  # stable: keeps the order


def _kind(change: PostChange) -> str:
    old, new = change.before, change.after
    if old is None:
        return "established"
    if new is None:
        return "abolished"
    if old.grade == new.grade:
        return "re-funded"
    return "reclassified" if old.funding == new.funding else "reclassified and re-funded"


def balance(ctx: Context) -> Balance:
    """Where the scenario stands against the baseline."""
    now = cost_by_neutrality_key(ctx.design, ctx.costs)
    then = cost_by_neutrality_key(ctx.design, ctx.baseline_costs)
    sources = dict.fromkeys([*then, *now])
    return Balance(
        {s: now.get(s, 0) - then.get(s, 0) for s in sources},
        _senior_count(ctx, ctx.costs.posts_by_grade)
        - _senior_count(ctx, ctx.baseline_costs.posts_by_grade),
    )


def _senior_count(ctx: Context, by_grade: dict[str, int]) -> int:
    senior = ctx.settings.senior_grade
    if senior is None or senior not in ctx.rank:
        return 0
    limit = ctx.rank[senior]
    return sum(n for g, n in by_grade.items() if ctx.rank.get(g, limit + 1) <= limit)


@dataclass(frozen=True)
class _Effect:
    """What undoing one change does to the balance."""

    by_source: dict[str, int]
    senior: int


def _effect(ctx: Context, rates: Rates, keys: dict[str, str], change: PostChange) -> _Effect:
    by_source: dict[str, int] = {}
    senior = 0
    seniors = ctx.settings.senior_grade
    limit = ctx.rank.get(seniors, -1) if seniors is not None else -1
    baseline = ctx.baseline or ctx.scenario
    for post, sign, scenario in ((change.after, -1, ctx.scenario), (change.before, 1, baseline)):
        if post is None:
            continue
        cost = post_cost(rates, post, scenario) or 0
        key = keys.get(post.funding, post.funding)
        by_source[key] = by_source.get(key, 0) + sign * cost
        if ctx.rank.get(post.grade, limit + 1) <= limit:
            senior += sign
    return _Effect(by_source, senior)


def _undone(start: Balance, effects: Sequence[_Effect]) -> Balance:
    """The balance once the changes with these effects are undone."""
    by_source = dict(start.by_source)
    senior = start.senior
    for effect in effects:
        for source, amount in effect.by_source.items():
            by_source[source] = by_source.get(source, 0) + amount
        senior += effect.senior
    return Balance(by_source, senior)


def _keeps(tolerance: int, start: Balance, end: Balance) -> bool:
    """Whether every cost that matched the baseline still does (no new cost finding)."""
    if cost_neutral(start.total, tolerance) and not cost_neutral(end.total, tolerance):
        return False
    return not any(
        cost_neutral(start.by_source.get(s, 0), tolerance) and not cost_neutral(d, tolerance)
        for s, d in end.by_source.items()
    )


def smallest_undo(
    ctx: Context, candidates: Sequence[PostChange], goal: Goal
) -> list[PostChange] | None:
    """The fewest ``candidates`` whose undoing meets ``goal`` and breaks no matching cost."""
    start, tolerance = balance(ctx), ctx.settings.cost_tolerance
    rates = cost_rates(ctx.design)
    keys = neutrality_keys(ctx.design)
    effects = [_effect(ctx, rates, keys, c) for c in candidates]

    def works(chosen: Sequence[int]) -> bool:
        end = _undone(start, [effects[i] for i in chosen])
        return goal(end) and _keeps(tolerance, start, end)

    count = len(candidates)
    for size, limit in ((1, count), (2, PAIRS_UP_TO), (3, TRIPLES_UP_TO)):
        if count < size or count > limit:
            continue
        for chosen in itertools.combinations(range(count), size):
            if works(chosen):
                return [candidates[i] for i in chosen]
    if count > 3 and works(range(count)):
        return list(candidates)
    return None


def describe(ctx: Context, changes: Sequence[PostChange]) -> str:
    """What undoing ``changes`` does, naming every post and its unit, in the core's language."""
    return clauses([_undoing(ctx, change) for change in changes])


def _undoing(ctx: Context, change: PostChange) -> str:
    """What undoing one change does, as a clause of a fix's description."""
    old, new, post_id = change.before, change.after, change.post
    kind = _kind(change)
    if kind == "established":
        assert new is not None
        return translate(
            "Fix",
            "abolish post {post} ({grade}, {funding}) in {unit}, established in this proposal",
        ).format(post=post_id, grade=new.grade, funding=new.funding, unit=ctx.label(new.unit))
    assert old is not None
    if kind == "abolished":
        return translate("Fix", "re-establish post {post} ({grade}, {funding}) in {unit}").format(
            post=post_id, grade=old.grade, funding=old.funding, unit=ctx.label(old.unit)
        )
    assert new is not None
    where = ctx.label(new.unit)
    if kind == "re-funded":
        return translate(
            "Fix", "move post {post} ({grade}) in {unit} back from {funding} to {old_funding}"
        ).format(
            post=post_id, grade=new.grade, unit=where, funding=new.funding, old_funding=old.funding
        )
    if kind == "reclassified":
        return translate(
            "Fix", "reclassify post {post} ({funding}) in {unit} back from {grade} to {old_grade}"
        ).format(
            post=post_id, funding=new.funding, unit=where, grade=new.grade, old_grade=old.grade
        )
    return translate(
        "Fix",
        "return post {post} in {unit} from {grade}, {funding} to {old_grade}, {old_funding}",
    ).format(
        post=post_id,
        unit=where,
        grade=new.grade,
        funding=new.funding,
        old_grade=old.grade,
        old_funding=old.funding,
    )


def restore_fix(
    ctx: Context,
    template: str,
    fields: Mapping[str, str],
    candidates: Sequence[PostChange],
    goal: Goal,
) -> tuple[Fix | None, str]:
    """The ``restore-posts`` fix, or None and why there is none.

    ``template`` is the fix's description, translated, with ``fields`` and ``{changes}``
    (the changes it undoes, as :func:`describe` words them) to fill: the problem and its
    repair are one sentence.
    """
    chosen = smallest_undo(ctx, candidates, goal)
    if chosen is None:
        why = translate(
            "NoFix",
            "no set of changes to posts against the baseline, undone, repairs it without "
            "upsetting another cost: choose the posts to establish, abolish or re-fund",
        )
        return None, why
    fix = Fix(
        "restore-posts",
        template.format(**fields, changes=describe(ctx, chosen)),
        {"posts": [c.post for c in chosen]},
    )
    return fix, ""
