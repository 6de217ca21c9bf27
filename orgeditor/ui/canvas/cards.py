"""What each card shows, computed from the model, the costs and the latest report."""

from __future__ import annotations

from collections import Counter, defaultdict

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


def _subtree_totals(
    scenario: Scenario, posts: dict[str, int], cost: dict[str, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """Posts and cost of every unit with its sub-units, added up from the leaves."""
    depth: dict[str, int] = {}
    units = scenario.units
    for unit_id in units:
        chain = []
        node: str | None = unit_id
        while node is not None and node in units and node not in depth and node not in chain:
            chain.append(node)
            node = units[node].parent
        base = depth.get(node, -1) if node is not None else -1
        for offset, member in enumerate(reversed(chain), start=1):
            depth[member] = base + offset
    total_posts = {u: posts.get(u, 0) for u in units}
    total_cost = {u: cost.get(u, 0) for u in units}
    for unit_id in sorted(units, key=depth.__getitem__, reverse=True):
        parent = units[unit_id].parent
        if parent in total_posts and parent != unit_id:
            total_posts[parent] += total_posts[unit_id]
            total_cost[parent] += total_cost[unit_id]
    return total_posts, total_cost


def card_texts(
    design: Design,
    scenario: Scenario,
    report: Report | None,
    hidden: dict[str, int],
    notes: dict[str, str] | None = None,
    figures: str = "cost",
) -> dict[str, CardText]:
    """A :class:`CardText` for every unit of ``scenario``.

    ``figures`` chooses the card's last line: "cost" (posts and annual cost),
    "grades" (posts by grade), "funding" (posts by funding source) or "none".
    """
    rates = design.cost_table.lookup()
    currency = design.cost_table.currency
    own_posts: dict[str, int] = defaultdict(int)
    own_cost: dict[str, int] = defaultdict(int)
    breakdown: dict[str, Counter[str]] = defaultdict(Counter)
    for post in scenario.posts.values():
        own_posts[post.unit] += 1
        own_cost[post.unit] += post_cost(rates, post) or 0
        if figures in ("grades", "funding"):
            breakdown[post.unit][post.grade if figures == "grades" else post.funding] += 1
    order = (
        [g.id for g in design.grades]
        if figures == "grades"
        else [f.id for f in design.funding_sources]
    )
    total_posts, total_cost = _subtree_totals(scenario, own_posts, own_cost)
    findings: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for finding in report.findings if report else []:
        for unit_id in finding.units:
            findings[unit_id].append((finding.severity.value, f"{finding.rule}: {finding.message}"))
    texts = {}
    for unit in scenario.units.values():
        kind = KIND_LABELS.get(unit.kind.value, unit.kind.value)
        detail = " · ".join(x for x in (unit.short_name, unit.head_grade or "", kind) if x)
        posts = own_posts.get(unit.id, 0)
        if figures in ("grades", "funding"):
            counts = breakdown.get(unit.id, Counter())
            line = ", ".join(f"{counts[k]} {k}" for k in order if counts[k]) or "no posts"
        elif figures == "none":
            line = ""
        else:
            line = (
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
            figures=line,
            tooltip="\n".join(tip),
            kind=unit.kind,
            badge=str(len(mine)) if mine else "",
            badge_severity=worst,
            hidden=hidden.get(unit.id, 0),
            notes=(notes or {}).get(unit.id, ""),
        )
    return texts
