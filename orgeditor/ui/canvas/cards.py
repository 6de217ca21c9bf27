"""What each card shows, computed from the model, the costs and the latest report."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection

from orgeditor.model import Design, Scenario
from orgeditor.model.costs import cost_rates, post_cost
from orgeditor.reports import chart_text
from orgeditor.reports.chart_text import breakdown_line, cost_line, detail_line
from orgeditor.reports.departments import DepartmentSummary, department_summary
from orgeditor.reports.review import open_comment_counts
from orgeditor.rules import Report
from orgeditor.rules.catalogue import severity_name
from orgeditor.ui.canvas.items import CardText
from orgeditor.ui.i18n import number, translate

SEVERITY_ORDER = ["error", "warning", "info"]


def card_texts(
    design: Design,
    scenario: Scenario,
    report: Report | None,
    hidden: dict[str, int],
    notes: dict[str, str] | None = None,
    figures: str = "cost",
    only: Collection[str] | None = None,
) -> dict[str, CardText]:
    """A :class:`CardText` for every unit of ``scenario`` (or for the units in ``only``).

    ``figures`` chooses the card's last line: "cost" (posts and annual cost),
    "grades" (posts by grade), "funding" (posts by funding source) or "none".
    Tooltips are made on demand by :func:`card_tooltip`. The words are the core's
    (``orgeditor.reports.chart_text``): call it inside ``chart_text.chart_words``.
    """
    rates = cost_rates(design)
    currency = design.cost_table.currency
    wanted = scenario.units if only is None else {u: None for u in only if u in scenario.units}
    own_posts: dict[str, int] = defaultdict(int)
    own_cost: dict[str, int] = defaultdict(int)
    breakdown: dict[str, Counter[str]] = defaultdict(Counter)
    for post in scenario.posts.values():
        if post.unit not in wanted:
            continue
        own_posts[post.unit] += 1
        own_cost[post.unit] += post_cost(rates, post, scenario) or 0
        if figures in ("grades", "funding"):
            breakdown[post.unit][post.grade if figures == "grades" else post.funding] += 1
    order = (
        [g.id for g in design.grades]
        if figures == "grades"
        else [f.id for f in design.funding_sources]
    )
    marks = badges(report)
    remarks = open_comment_counts(design, scenario.id)  # a badge: "✎2" open comments
    texts = {}
    for unit_id in wanted:
        unit = scenario.units[unit_id]
        detail = detail_line(unit, remarks[unit.id])
        posts = own_posts.get(unit.id, 0)
        if figures in ("grades", "funding"):
            line = breakdown_line(breakdown.get(unit.id, Counter()), order)
        elif figures == "none":
            line = ""
        else:
            line = cost_line(posts, currency, own_cost.get(unit.id, 0))
        badge, worst = marks.get(unit.id, ("", ""))
        texts[unit.id] = CardText(
            name=unit.name,
            detail=detail,
            figures=line,
            kind=unit.kind,
            badge=badge,
            badge_severity=worst,
            hidden=hidden.get(unit.id, 0),
            notes=(notes or {}).get(unit.id, ""),
        )
    return texts


def badges(report: Report | None) -> dict[str, tuple[str, str]]:
    """Unit id -> (number of findings, the worst severity), for the units that have any."""
    found: dict[str, list[str]] = defaultdict(list)
    for finding in report.findings if report else []:
        for unit_id in finding.units:
            found[unit_id].append(finding.severity.value)
    return {
        unit_id: (str(len(severities)), min(severities, key=SEVERITY_ORDER.index))
        for unit_id, severities in found.items()
    }


def card_tooltip(design: Design, scenario: Scenario, report: Report | None, unit_id: str) -> str:
    """What a card's tooltip says: name, posts and cost (with the sub-units), findings."""
    unit = scenario.units[unit_id]
    rates = cost_rates(design)
    whole = department_summary(design, scenario, None, unit_id)
    own = [p for p in scenario.posts.values() if p.unit == unit_id]
    own_cost = sum(post_cost(rates, p, scenario) or 0 for p in own)
    tip = [
        unit.name,
        detail_line(unit, 0),
        translate("CardTooltip", "Posts: {0} in the unit, {1} with its sub-units").format(
            number(len(own)), number(whole.posts)
        ),
        translate("CardTooltip", "Annual cost: {0} {1} in the unit, {2} with its sub-units").format(
            whole.currency, number(own_cost), number(whole.cost)
        ),
    ]
    if unit.note.text:
        tip.append(translate("CardTooltip", "Note: {0}").format(unit.note.text))
    mine = [f for f in (report.findings if report else []) if unit_id in f.units]
    tip += [f"{severity_name(f.severity.value).upper()} {f.rule}: {f.message}" for f in mine[:6]]
    return "\n".join(tip)


def summary_lines(summary: DepartmentSummary) -> list[str]:
    """A department's summary card at far zoom: units, posts, cost, findings, a line each."""
    s = summary
    return chart_text.summary_lines(s.units, s.posts, s.cost, s.findings, s.currency)
