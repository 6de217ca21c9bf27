"""What a department (a unit and every unit below it) holds: units, posts, cost, findings.

One home for a subtree's totals: the card tooltips ("with its sub-units") and the
chart's far-zoom summary cards both read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.model import Design, Scenario
from orgeditor.model.costs import cost_rates, post_cost
from orgeditor.model.tree import Children, children_map, walk_down
from orgeditor.rules import Report


@dataclass(frozen=True)
class DepartmentSummary:
    """The totals of one unit with its sub-units.

    ``cost`` is the annual cost at the design's standard costs (posts without a
    rate add nothing, as in :func:`~orgeditor.model.costs.cost_breakdown`);
    ``findings`` counts each finding of ``report`` that names any of the units once.
    """

    units: int
    posts: int
    cost: int
    findings: int
    currency: str


def department_summary(
    design: Design,
    scenario: Scenario,
    report: Report | None,
    unit_id: str,
    children: Children | None = None,
) -> DepartmentSummary:
    """Count and cost ``unit_id`` of ``scenario`` with every unit below it.

    ``children`` (from :func:`~orgeditor.model.tree.children_map`) may be passed
    when summing several departments of one scenario, to build it once.
    """
    below = set(walk_down(children if children is not None else children_map(scenario), unit_id))
    rates = cost_rates(design)
    posts = [p for p in scenario.posts.values() if p.unit in below]
    findings = sum(1 for f in report.findings if below.intersection(f.units)) if report else 0
    return DepartmentSummary(
        units=len(below),
        posts=len(posts),
        cost=sum(post_cost(rates, p, scenario) or 0 for p in posts),
        findings=findings,
        currency=design.cost_table.currency,
    )
