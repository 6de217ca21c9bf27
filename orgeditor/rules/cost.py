"""Cost rules: the proposal costs what the baseline cost, in total and per funding source."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, format_signed, translate
from orgeditor.model.costs import cost_by_neutrality_key, cost_neutral, neutrality_keys
from orgeditor.rules.base import POSTS_AND_BASELINE, Finding, Rule, Severity
from orgeditor.rules.context import Context, series
from orgeditor.rules.restore import post_changes, restore_fix, source_within

# COST-FUNDING's message by (over the baseline, grades changed, checked between sources
# rather than between the parts of one source)
FUNDING_MESSAGES = {
    (True, True, True): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is over the baseline by {currency} {amount} a year: {grades} against the "
        "baseline. Nothing may move between funding sources.",
    ),
    (True, False, True): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is over the baseline by {currency} {amount} a year. Nothing may move between "
        "funding sources.",
    ),
    (True, True, False): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is over the baseline by {currency} {amount} a year: {grades} against the "
        "baseline. Nothing may move between the parts of {source}.",
    ),
    (True, False, False): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is over the baseline by {currency} {amount} a year. Nothing may move between "
        "the parts of {source}.",
    ),
    (False, True, True): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is under the baseline by {currency} {amount} a year: {grades} against the "
        "baseline. Nothing may move between funding sources.",
    ),
    (False, False, True): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is under the baseline by {currency} {amount} a year. Nothing may move between "
        "funding sources.",
    ),
    (False, True, False): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is under the baseline by {currency} {amount} a year: {grades} against the "
        "baseline. Nothing may move between the parts of {source}.",
    ),
    (False, False, False): QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is under the baseline by {currency} {amount} a year. Nothing may move between "
        "the parts of {source}.",
    ),
}


def _post_order(ctx: Context) -> Callable[[str], tuple[int, str]]:
    """Posts of the scenario in document order, then abolished ones by id."""
    order = {post_id: index for index, post_id in enumerate(ctx.scenario.posts)}
    return lambda post_id: (order.get(post_id, len(order)), post_id)


def _grade_changes(ctx: Context) -> dict[str, int]:
    """Grade -> change in post count against the baseline."""
    delta: dict[str, int] = dict.fromkeys(ctx.rank, 0)
    for pairs, sign in (
        (ctx.costs.posts_by_grade_and_funding, 1),
        (ctx.baseline_costs.posts_by_grade_and_funding, -1),
    ):
        for (grade, _), count in pairs.items():
            delta[grade] = delta.get(grade, 0) + sign * count
    return {grade: change for grade, change in delta.items() if change}


def _funding_grade_changes(ctx: Context, keys: dict[str, str], key: str) -> dict[str, int]:
    """Grade -> change in post count against the baseline, of the posts COST-FUNDING
    compares as ``key`` (a source, or a part of a source checked part by part)."""
    delta: dict[str, int] = dict.fromkeys(ctx.rank, 0)
    assert ctx.baseline is not None
    for posts, sign in ((ctx.scenario.posts, 1), (ctx.baseline.posts, -1)):
        for post in posts.values():
            if keys.get(post.funding, post.funding) == key:
                delta[post.grade] = delta.get(post.grade, 0) + sign
    return {grade: change for grade, change in delta.items() if change}


def _signed_counts(changes: dict[str, int]) -> str:
    """``+2 P-4, -1 D-1``: the change of each grade's post count, in the core's language."""
    return series(
        [
            translate("Finding", "{count} {grade}").format(count=format_signed(n), grade=grade)
            for grade, n in changes.items()
        ]
    )


class CostTotalRule(Rule):
    """COST-TOTAL."""

    id = "COST-TOTAL"
    parameters = ("cost_tolerance",)
    title = QT_TRANSLATE_NOOP("Rule", "Total cost equals the baseline")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "The proposal's total annual cost must equal the baseline's, within the tolerance the "
        "design sets (0 unless it says otherwise): the restructuring was presented as cost "
        "neutral.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 12 and 63")
    compares_with_baseline = True

    reads = POSTS_AND_BASELINE

    def check(self, ctx: Context) -> Iterable[Finding]:
        """One finding when the totals differ by more than the tolerance."""
        before, after = ctx.baseline_costs.total, ctx.costs.total
        difference, tolerance = after - before, ctx.settings.cost_tolerance
        if cost_neutral(difference, tolerance):
            return []
        currency = ctx.costs.currency
        amount = format_number(abs(difference))
        if difference > 0:
            message = translate(
                "Finding",
                "The proposal costs {currency} {amount} a year more than the baseline ({after} "
                "against {before}; the tolerance is {tolerance}).",
            )
            problem = translate("Fix", "the total is over by {currency} {amount}: {changes}")
        else:
            message = translate(
                "Finding",
                "The proposal costs {currency} {amount} a year less than the baseline ({after} "
                "against {before}; the tolerance is {tolerance}).",
            )
            problem = translate("Fix", "the total is under by {currency} {amount}: {changes}")
        message = message.format(
            currency=currency,
            amount=amount,
            after=format_number(after),
            before=format_number(before),
            tolerance=format_number(tolerance),
        )
        data = {
            "currency": currency,
            "baseline": before,
            "proposal": after,
            "difference": difference,
            "tolerance": tolerance,
        }
        posts = sorted(ctx.changed_posts, key=_post_order(ctx))
        fix, why = restore_fix(
            ctx,
            problem,
            {"currency": currency, "amount": amount},
            post_changes(ctx),
            lambda end: cost_neutral(end.total, tolerance),
        )
        return [self.finding(message, posts=posts, data=data, fix=fix, no_fix=why)]


class CostFundingRule(Rule):
    """COST-FUNDING."""

    id = "COST-FUNDING"
    parameters = ("cost_tolerance",)
    title = QT_TRANSLATE_NOOP("Rule", "Each funding source costs what it cost")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "The cost of each funding source (regular budget, support account, extrabudgetary) must "
        "equal the baseline's: nothing moves between funding sources, and the use of the "
        "peacekeeping support account and the regular budget stays as it is.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 6 and 34")
    compares_with_baseline = True

    reads = POSTS_AND_BASELINE

    def check(self, ctx: Context) -> Iterable[Finding]:
        """One finding per funding source whose cost moved beyond the tolerance; for a
        source checked part by part, one per part instead (moves between its parts count)."""
        keys = neutrality_keys(ctx.design)
        before = cost_by_neutrality_key(ctx.design, ctx.baseline_costs)
        after = cost_by_neutrality_key(ctx.design, ctx.costs)
        currency, tolerance = ctx.costs.currency, ctx.settings.cost_tolerance
        findings = []
        for key in dict.fromkeys([*after, *before]):
            difference = after.get(key, 0) - before.get(key, 0)
            if cost_neutral(difference, tolerance):
                continue
            grades = _funding_grade_changes(ctx, keys, key)
            name = ctx.funding_name(key)
            source = ctx.part_level_source(key)
            if source == key:
                name = translate(
                    "Finding", "{source}, posts funded by the source as a whole"
                ).format(source=name)
            over, amount = difference > 0, format_number(abs(difference))
            message = translate(
                "Finding", FUNDING_MESSAGES[over, bool(grades), source is None]
            ).format(
                name=name,
                currency=currency,
                amount=amount,
                grades=_signed_counts(grades),
                source=ctx.funding_name(source) if source is not None else "",
            )
            if over:
                problem = translate("Fix", "{name} is over by {currency} {amount}: {changes}")
            else:
                problem = translate("Fix", "{name} is under by {currency} {amount}: {changes}")
            posts = [
                p.id
                for p in ctx.scenario.posts.values()
                if keys.get(p.funding, p.funding) == key and p.id in ctx.changed_posts
            ]
            data: dict[str, object] = {
                "currency": currency,
                "funding": key,
                "baseline": before.get(key, 0),
                "proposal": after.get(key, 0),
                "difference": difference,
                "grades": grades,
            }
            if source is not None:
                data["source"] = source
            changes = [
                c
                for c in post_changes(ctx)
                if key
                in {keys.get(p.funding, p.funding) for p in (c.before, c.after) if p is not None}
            ]
            fix, why = restore_fix(
                ctx,
                problem,
                {"name": name, "currency": currency, "amount": amount},
                changes,
                source_within(key, tolerance),
            )
            findings.append(self.finding(message, posts=posts, fix=fix, data=data, no_fix=why))
        return findings


class CostGradesRule(Rule):
    """COST-GRADES."""

    id = "COST-GRADES"
    parameters = ("senior_grade",)
    title = QT_TRANSLATE_NOOP("Rule", "Posts by grade against the baseline")
    severity = Severity.WARNING
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Reports the posts of each grade against the baseline, and warns when senior posts (the "
        "design's senior grade and above, D-1 and above for the UN) grow without an offset, "
        "which approving bodies scrutinise first.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "budget practice (A/72/772 staffing tables)")
    compares_with_baseline = True

    reads = POSTS_AND_BASELINE

    def check(self, ctx: Context) -> Iterable[Finding]:
        """An information finding on grade changes; a warning when senior posts grow."""
        senior = ctx.settings.senior_grade
        ctx.require(
            senior in ctx.rank,
            translate("Skip", "the design names no senior grade (rules.senior_grade)"),
        )
        assert senior is not None
        changes = _grade_changes(ctx)
        if not changes:
            return []
        now, then = ctx.costs.posts_by_grade, ctx.baseline_costs.posts_by_grade
        data = {g: {"baseline": then.get(g, 0), "proposal": now.get(g, 0)} for g in changes}
        findings = [
            self.finding(
                translate(
                    "Finding",
                    "Posts by grade against the baseline: {changes} ({total} posts in all).",
                ).format(
                    changes=_signed_counts(changes), total=format_signed(sum(changes.values()))
                ),
                severity=Severity.INFO,
                data=data,
            )
        ]
        limit = ctx.rank[senior]
        senior_changes = {g: n for g, n in changes.items() if ctx.rank[g] <= limit}
        growth = sum(senior_changes.values())
        if growth > 0:
            fix, why = restore_fix(
                ctx,
                translate("Fix", "senior posts grow by {growth}: {changes}"),
                {"growth": format_number(growth)},
                post_changes(ctx),
                lambda end: end.senior <= 0,
            )
            posts = [
                p.id
                for p in ctx.scenario.posts.values()
                if p.id in ctx.changed_posts and ctx.rank.get(p.grade, limit + 1) <= limit
            ]
            findings.append(
                self.finding(
                    translate(
                        "Finding",
                        "Senior posts ({grade} and above) grow by {growth} without an offset: "
                        "{changes}.",
                    ).format(
                        grade=senior,
                        growth=format_number(growth),
                        changes=_signed_counts(senior_changes),
                    ),
                    posts=posts,
                    fix=fix,
                    no_fix=why,
                    data={"senior_grade": senior, "growth": growth, "grades": senior_changes},
                )
            )
        return findings
