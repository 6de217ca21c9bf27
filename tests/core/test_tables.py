"""Post, redeployment and cost tables: totals agree with the validator's cost figures."""

from __future__ import annotations

import pytest

from orgeditor.io import load_design
from orgeditor.model import Post, ScenarioKind
from orgeditor.model.costs import cost_breakdown
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.reports.table import RowStyle, Table
from orgeditor.reports.tables import cost_tables, post_table
from orgeditor.rules import validate
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def _row(table: Table, label: str) -> tuple[object, ...]:
    [row] = [r.cells for r in table.rows if r.cells[0] == label]
    return row


def test_post_table_per_unit_and_totals() -> None:
    design = tiny_design()
    table = post_table(design, design.baseline, design.proposals[0])
    titles = [c.title for c in table.columns]
    assert titles == [
        "Unit id",
        "Unit",
        "Department",
        "Scenario",
        "D-2",
        "D-1",
        "P-4",
        "Posts",
        "RB",
        "XB",
        "Annual cost (USD)",
    ]
    b_rows = [r.cells for r in table.rows if r.cells[0] == "b" and r.style is RowStyle.BODY]
    assert b_rows == [
        ("b", "Division B", "Division B", "Today", 0, 0, 1, 1, 0, 1, 160),
        ("b", "Division B", "Division B", "Option 1", 0, 0, 0, 0, 0, 0, 0),
        ("b", "Division B", "Division B", "Change", 0, 0, -1, -1, 0, -1, -160),
    ]
    totals = [r for r in table.rows if r.cells[1] == "Total"]
    assert [r.style for r in totals] == [RowStyle.TOTAL] * 3
    assert [r.cells[3] for r in totals] == ["Today", "Option 1", "Change"]
    assert totals[0].cells[-1] == 610 and totals[2].cells[4:] == (0,) * 7


@pytest.mark.parametrize("proposal", ["a-72-525", "res-72-262c"])
def test_un_post_table_totals_match_the_cost_breakdown(proposal: str) -> None:
    design = load_design(UN_SAMPLE)
    new = design.find_scenario(proposal)
    table = post_table(design, design.baseline, new)
    totals = [r.cells for r in table.rows if r.cells[1] == "Total"]
    for cells, scenario in zip(totals, (design.baseline, new), strict=False):
        costs = cost_breakdown(design, scenario)
        assert cells[-1] == costs.total
        assert cells[-4:-1] == tuple(costs.posts_by_funding[s] for s in ("RB", "SA", "XB"))
    # unit rows add up to the totals
    body = [r.cells for r in table.rows if r.style is RowStyle.BODY and r.cells[3] == new.name]
    assert sum(int(c[-1]) for c in body) == totals[1][-1]  # type: ignore[call-overload]


def test_un_redeployment_accounts_for_every_baseline_post() -> None:
    design = load_design(UN_SAMPLE)
    moves, accounts = redeployment_tables(design, design.baseline, design.proposals[0])

    def listed(category: str) -> int:
        rows = [r for r in moves.rows if r.style is RowStyle.BODY and r.cells[0] == category]
        return sum(int(r.cells[7]) for r in rows)  # type: ignore[call-overload]

    baseline = _row(accounts, "As-is 2017: posts")
    parts = [
        _row(accounts, "  continuing in their unit or its successor"),
        _row(accounts, "  redeployed between units"),
        _row(accounts, "  abolished"),
    ]
    assert baseline[-1] == len(design.baseline.posts) == 650
    assert sum(int(p[-1]) for p in parts) == baseline[-1]  # type: ignore[call-overload]
    # through the declared successors, only 13 posts change unit (7 to PBSO, the two DPA
    # ASGs and four DPKO division D-2s); the others continue
    assert [p[-1] for p in parts] == [637, 13, 0]
    assert listed("Redeployed between units") == 13
    # listed: those in a unit with a new id (DPA -> DPPA, a division -> a shared one ...)
    # or under a department that does not succeed theirs (to the shared structure ...)
    old, new = design.baseline, design.proposals[0]
    heirs = {u.id: {u.id, *u.succession.units} for u in new.units.values()}
    departments = old.departments(), new.departments()
    moved = [
        p
        for p in old.posts.values()
        if p.unit != new.posts[p.id].unit
        or departments[0][p.unit] not in heirs[departments[1][new.posts[p.id].unit]]
    ]
    assert listed("Continuing") == len(moved) - 13 == 313


def _changed_design():  # type: ignore[no-untyped-def]
    """The UN design with a proposal that is not neutral: +1 D-1 (RB), one post RB -> SA."""
    design = load_design(UN_SAMPLE)
    new = design.proposals[0]
    new.posts["extra"] = Post("extra", "D-1", "RB", next(iter(new.units)))
    first = next(p for p in new.posts.values() if p.funding == "RB" and p.grade == "P-4")
    first.funding = "SA"
    return design, new


def test_neutrality_rows_equal_the_cost_rules() -> None:
    design, new = _changed_design()
    _, accounts = redeployment_tables(design, design.baseline, new)
    change = _row(accounts, "Change (0: cost neutral)")
    report = validate(design, new)
    by_source = {
        f.data["funding"]: f.data["difference"] for f in report.findings if f.rule == "COST-FUNDING"
    }
    [total] = [f.data["difference"] for f in report.findings if f.rule == "COST-TOTAL"]
    assert change[1:] == (by_source.get("RB", 0), by_source.get("SA", 0), 0, total)
    # the lines between the two cost rows add up
    lines = [
        _row(accounts, label)
        for label in (
            "As-is 2017: annual cost",
            "  established posts",
            "  abolished posts",
            "  reclassifications",
            "  funding changes",
        )
    ]
    after = _row(accounts, "A/72/525: annual cost")
    for column in range(1, 5):
        assert sum(int(line[column]) for line in lines) == after[column]  # type: ignore[call-overload]


def test_cost_tables_compare_every_scenario_with_the_first() -> None:
    design, new = _changed_design()
    costs, grades = cost_tables(design, [design.baseline, *design.proposals])
    total = _row(costs, "Total")
    base, changed = cost_breakdown(design, design.baseline), cost_breakdown(design, new)
    assert total[1:5] == (650, base.total, 651, changed.total)
    assert total[-2:] == (changed.total - base.total, 0)
    assert _row(grades, "D-1")[1:] == (25, 26, 25, 1, 0)


def test_a_copy_gives_an_empty_movement_table() -> None:
    design = tiny_design()
    twin = design.baseline.copy("t", "Twin", ScenarioKind.PROPOSAL)
    moves, accounts = redeployment_tables(design, design.baseline, twin)
    assert [r.style for r in moves.rows] == [RowStyle.TOTAL]
    assert _row(accounts, "  continuing in their unit or its successor")[-1] == 3
