"""The summary of a design: per scenario, units, posts by grade and source, annual costs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orgeditor.model import Design, Scenario, ScenarioKind
from orgeditor.model.costs import CostBreakdown, cost_breakdown
from orgeditor.reports.funding import funding_rows
from orgeditor.reports.text import format_table, money, signed


@dataclass
class ScenarioSummary:
    """Counts and costs of one scenario."""

    scenario: Scenario
    units: int
    costs: CostBreakdown


def summarize(design: Design) -> list[ScenarioSummary]:
    """A summary per scenario, the baseline first, then the proposals in document order."""
    ordered = sorted(design.scenarios, key=lambda s: s.kind is not ScenarioKind.BASELINE)
    return [ScenarioSummary(s, len(s.units), cost_breakdown(design, s)) for s in ordered]


def summary_json(design: Design, file: str) -> dict[str, Any]:
    """The ``orgeditor-cli summary --format json`` document."""
    return {
        "file": file,
        "title": design.metadata.title,
        "currency": design.cost_table.currency,
        "scenarios": [
            {
                "id": item.scenario.id,
                "name": item.scenario.name,
                "kind": item.scenario.kind.value,
                "units": item.units,
                "posts": item.costs.posts,
                "posts_by_grade": item.costs.posts_by_grade,
                "posts_by_funding": item.costs.posts_by_funding,
                "posts_by_grade_and_funding": {
                    f"{grade}|{source}": count
                    for (grade, source), count in item.costs.posts_by_grade_and_funding.items()
                },
                "cost_by_funding": item.costs.cost_by_funding,
                "cost_by_part": item.costs.cost_by_part,
                "cost_total": item.costs.total,
                "uncosted_posts": item.costs.uncosted,
            }
            for item in summarize(design)
        ],
    }


def summary_text(design: Design, file: str) -> str:
    """The ``orgeditor-cli summary`` text: one block per scenario, changes against the baseline."""
    currency = design.cost_table.currency
    items = summarize(design)
    base = items[0].costs if items and items[0].scenario.kind is ScenarioKind.BASELINE else None
    blocks = [f"{design.metadata.title}\n{file}  (annual costs in {currency})"]
    for item in items:
        blocks.append(_scenario_block(design, item, None if item.costs is base else base))
    return "\n\n".join(blocks) + "\n"


def _scenario_block(design: Design, item: ScenarioSummary, base: CostBreakdown | None) -> str:
    s, costs = item.scenario, item.costs
    kind = "Baseline" if s.kind is ScenarioKind.BASELINE else "Proposal"
    lines = [f"{kind}: {s.name}  [{s.id}]", f"  {item.units} units, {costs.posts} posts"]
    grades = list(costs.posts_by_grade)
    sources = list(costs.posts_by_funding)
    pairs = costs.posts_by_grade_and_funding
    if grades:
        rows = [
            [
                source,
                *[str(pairs.get((g, source), 0) or "-") for g in grades],
                str(costs.posts_by_funding[source]),
            ]
            for source in sources
        ]
        rows.append(["Total", *[str(costs.posts_by_grade[g]) for g in grades], str(costs.posts)])
        lines += [
            "",
            "  Posts by grade and funding source",
            format_table(["", *grades, "Total"], rows, indent=4),
        ]
    header = ["", "Annual cost"] + (["Change"] if base else [])
    rows = []
    for line in funding_rows(design, costs, base or costs):
        name = "  " * line.depth + f"{line.name} ({line.id})"
        rows.append([name, money(line.cost)] + ([signed(line.change)] if base else []))
    total = ["Total", money(costs.total)] + ([signed(costs.total - base.total)] if base else [])
    rows.append(total)
    lines += ["", "  Annual cost by funding source", format_table(header, rows, indent=4)]
    if costs.uncosted:
        lines.append(
            f"  {len(costs.uncosted)} posts have no rate in the cost table and are "
            f"not costed (first: {costs.uncosted[0]})"
        )
    return "\n".join(lines)
