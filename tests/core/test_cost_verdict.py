"""The cost-neutral verdict has one home: the cost views and the cost rules agree on it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.model import NeutralityLevel
from orgeditor.model.costs import cost_breakdown
from orgeditor.reports.funding import funding_rows
from orgeditor.rules import rule_by_id, validate
from tests.core.test_funding_parts import FUNDINGS, design_with, posts_strategy


@settings(max_examples=60, deadline=None)
@given(
    posts=posts_strategy,
    level=st.sampled_from(list(NeutralityLevel)),
    edits=st.lists(
        st.tuples(st.sampled_from([f"p{i}" for i in range(12)]), st.sampled_from(FUNDINGS)),
        max_size=4,
    ),
    tolerance=st.sampled_from([0, 10, 100, 250, 1000]),
)
def test_the_costs_view_marks_off_exactly_what_the_cost_rules_report(
    posts: dict[str, tuple[str, str]],
    level: NeutralityLevel,
    edits: list[tuple[str, str]],
    tolerance: int,
) -> None:
    design = design_with(posts, level)
    design.rules.cost_tolerance = tolerance
    plan = design.proposals[0]
    for post_id, funding in edits:
        if post_id in plan.posts:
            plan.posts[post_id].funding = funding
    now, base = cost_breakdown(design, plan), cost_breakdown(design, design.baseline)
    shown_off = {row.id for row in funding_rows(design, now, base) if not row.neutral(tolerance)}
    report = validate(design, plan, [rule_by_id("COST-FUNDING"), rule_by_id("COST-TOTAL")])
    reported = {str(f.data["funding"]) for f in report.findings if f.rule == "COST-FUNDING"}
    assert shown_off == reported
    # the total: the rule reports it exactly when it is beyond the tolerance, counted here
    total_off = abs(now.total - base.total) > tolerance
    assert total_off == any(f.rule == "COST-TOTAL" for f in report.findings)
