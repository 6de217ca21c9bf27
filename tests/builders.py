"""Small designs built in code, for tests that need a known, tiny organisation."""

from __future__ import annotations

from typing import Any

from orgeditor.model import (
    CostRate,
    CostTable,
    Design,
    FundingSource,
    Grade,
    Metadata,
    Post,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Unit,
    UnitKind,
)


def tiny_design() -> Design:
    """Head office with two divisions; three posts; one baseline and one proposal."""
    base = Scenario("base", "Today", ScenarioKind.BASELINE, roles=ScenarioRoles(top="hq"))
    base.units = {
        "hq": Unit("hq", "Head Office", UnitKind.OFFICE, head_grade="D-2"),
        "a": Unit("a", "Division A", UnitKind.DIVISION, head_grade="D-1", parent="hq"),
        "b": Unit("b", "Division B", UnitKind.DIVISION, head_grade="D-1", parent="hq"),
    }
    base.posts = {
        "p1": Post("p1", "D-2", "RB", "hq"),
        "p2": Post("p2", "D-1", "RB", "a"),
        "p3": Post("p3", "P-4", "XB", "b"),
    }
    option = base.copy("option", "Option 1", ScenarioKind.PROPOSAL)
    option.posts["p3"].unit = "a"
    return Design(
        metadata=Metadata("Tiny"),
        grades=[Grade("D-2", "Director"), Grade("D-1", "Principal"), Grade("P-4", "Officer")],
        funding_sources=[FundingSource("RB", "Regular"), FundingSource("XB", "Extra")],
        cost_table=CostTable(
            "USD",
            [
                CostRate("D-2", 250),
                CostRate("D-1", 200),
                CostRate("P-4", 150),
                CostRate("P-4", 160, "XB"),
            ],
        ),
        scenarios=[base, option],
    )


def json_strings(node: Any) -> list[str]:
    """Every string in parsed JSON, object keys included (to scan a saved file for an id)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in [k, *json_strings(v)]]
    if isinstance(node, list):
        return [s for item in node for s in json_strings(item)]
    return []
