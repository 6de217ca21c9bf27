"""Synthetic designs: the asked size, deterministic, valid against every rule, saveable."""

from __future__ import annotations

import pytest

from orgeditor.io import dumps, loads
from orgeditor.model.costs import cost_breakdown
from orgeditor.rules import validate
from orgeditor.synthetic import generate


@pytest.mark.parametrize("units", [40, 300, 2000])
def test_generated_designs_pass_every_rule(units: int) -> None:
    design = generate(units, seed=3)
    baseline, proposal = design.scenarios
    assert abs(len(baseline.units) - units) <= max(5, units // 100)
    assert 3 <= len(baseline.posts) / len(baseline.units) <= 6
    for scenario in design.scenarios:
        report = validate(design, scenario)
        assert report.findings == [], [f.message for f in report.findings[:3]]
    assert validate(design, proposal).skipped == []
    moved = [p for p in proposal.posts.values() if p.unit != baseline.posts[p.id].unit]
    assert moved, "the proposal should redeploy some posts"
    assert (
        cost_breakdown(design, proposal).cost_by_funding
        == cost_breakdown(design, baseline).cost_by_funding
    )


def test_generation_is_deterministic_and_round_trips() -> None:
    first, second = generate(500, seed=7), generate(500, seed=7)
    assert dumps(first) == dumps(second)
    assert dumps(generate(500, seed=8)) != dumps(first)
    assert loads(dumps(first)) == first
