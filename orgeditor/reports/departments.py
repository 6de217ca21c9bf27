"""What a department (a unit and every unit below it) holds: units, posts, cost, findings.

One home for a subtree's totals: the card tooltips ("with its sub-units") and the
chart's far-zoom summary cards both read them from here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
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
    return department_summaries(design, scenario, report, [unit_id], children)[unit_id]


def department_summaries(
    design: Design,
    scenario: Scenario,
    report: Report | None,
    roots: Collection[str],
    children: Children | None = None,
) -> dict[str, DepartmentSummary]:
    """:func:`department_summary` of each of ``roots`` (none below another, as the
    chart's zones), in one pass over the posts and the findings."""
    tree = children if children is not None else children_map(scenario)
    department = departments_of(tree, roots)
    rates = cost_rates(design)
    posts: Counter[str] = Counter()
    cost: Counter[str] = Counter()
    for post in scenario.posts.values():
        root = department.get(post.unit)
        if root is not None:
            posts[root] += 1
            cost[root] += post_cost(rates, post, scenario) or 0
    units = Counter(department.values())
    findings = department_findings(report, department)
    currency = design.cost_table.currency
    return {r: DepartmentSummary(units[r], posts[r], cost[r], findings[r], currency) for r in roots}


def departments_of(children: Children, roots: Collection[str]) -> dict[str, str]:
    """Each unit below (or at) one of ``roots`` (none below another), with that root."""
    return {unit_id: root for root in roots for unit_id in walk_down(children, root)}


def department_findings(report: Report | None, department: Mapping[str, str]) -> Counter[str]:
    """How many findings of ``report`` name a unit of each department (once each), given
    each unit's department (from :func:`departments_of`)."""
    counts: Counter[str] = Counter()
    for finding in report.findings if report else ():
        counts.update({department[u] for u in finding.units if u in department})
    return counts
