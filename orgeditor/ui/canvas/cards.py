"""What each card shows, computed from the model, the costs and the latest report."""

from __future__ import annotations

from collections import defaultdict

from orgeditor.model import Design, Scenario
from orgeditor.model.costs import post_cost
from orgeditor.rules import Report
from orgeditor.ui.canvas.items import CardText

KIND_LABELS = {"field-presence": "field presence"}


def money_short(amount: int) -> str:
    """``1234567`` -> ``1.23M``; ``234000`` -> ``234k``."""
    if amount >= 1_000_000:
        return f"{amount / 1_000_000:.2f}M"
    if amount >= 1_000:
        return f"{amount / 1_000:.0f}k"
    return str(amount)


def card_texts(
    design: Design, scenario: Scenario, report: Report | None, hidden: dict[str, int]
) -> dict[str, CardText]:
    """A :class:`CardText` for every unit of ``scenario``."""
    rates = design.cost_table.lookup()
    currency = design.cost_table.currency
    own_posts: dict[str, int] = defaultdict(int)
    own_cost: dict[str, int] = defaultdict(int)
    for post in scenario.posts.values():
        own_posts[post.unit] += 1
        own_cost[post.unit] += post_cost(rates, post) or 0
    total_posts, total_cost = dict(own_posts), dict(own_cost)
    for unit_id in list(own_posts):
        for ancestor in scenario.ancestors(unit_id):
            total_posts[ancestor] = total_posts.get(ancestor, 0) + own_posts[unit_id]
            total_cost[ancestor] = total_cost.get(ancestor, 0) + own_cost[unit_id]
    findings: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for finding in report.findings if report else []:
        for unit_id in finding.units:
            findings[unit_id].append((finding.severity.value, f"{finding.rule}: {finding.message}"))
    texts = {}
    for unit in scenario.units.values():
        kind = KIND_LABELS.get(unit.kind.value, unit.kind.value)
        detail = " · ".join(x for x in (unit.short_name, unit.head_grade or "", kind) if x)
        posts = own_posts.get(unit.id, 0)
        figures = (
            f"{posts} post{'s' if posts != 1 else ''} · {currency} "
            f"{money_short(own_cost.get(unit.id, 0))}"
            if posts
            else "no posts"
        )
        tip = [
            unit.name,
            detail,
            f"Posts: {posts} in the unit, {total_posts.get(unit.id, 0)} with its sub-units",
            f"Annual cost: {currency} {own_cost.get(unit.id, 0):,} in the unit, "
            f"{total_cost.get(unit.id, 0):,} with its sub-units",
        ]
        if unit.note.text:
            tip.append(f"Note: {unit.note.text}")
        mine = findings.get(unit.id, [])
        tip += [f"{severity.upper()} {message}" for severity, message in mine[:6]]
        worst = min((s for s, _ in mine), key=["error", "warning", "info"].index, default="")
        texts[unit.id] = CardText(
            name=unit.name,
            detail=detail,
            figures=figures,
            tooltip="\n".join(tip),
            kind=unit.kind,
            badge=str(len(mine)) if mine else "",
            badge_severity=worst,
            hidden=hidden.get(unit.id, 0),
        )
    return texts
