"""The live model: scenario lookup, order-sensitive equality, copies, costs."""

from __future__ import annotations

import pytest

from orgeditor.model import Post, ScenarioKind
from orgeditor.model.costs import cost_breakdown
from tests.builders import tiny_design


def test_find_scenario_by_id_then_by_name() -> None:
    design = tiny_design()
    assert design.find_scenario("option").name == "Option 1"
    assert design.find_scenario("Today").id == "base"


def test_unknown_scenario_lists_the_known_ones() -> None:
    with pytest.raises(LookupError, match=r"no scenario 'nope'.*base \(Today\), option"):
        tiny_design().find_scenario("nope")


def test_baseline_and_proposals() -> None:
    design = tiny_design()
    assert design.baseline.id == "base"
    assert [s.id for s in design.proposals] == ["option"]


def test_scenario_equality_includes_sibling_order() -> None:
    design = tiny_design()
    first = design.baseline.copy("x", "X", ScenarioKind.PROPOSAL)
    second = design.baseline.copy("x", "X", ScenarioKind.PROPOSAL)
    assert first == second
    unit = second.units.pop("a")
    second.units["a"] = unit  # same units, other order
    assert first != second


def test_copy_keeps_ids_and_is_independent() -> None:
    design = tiny_design()
    twin = design.baseline.copy("twin", "Twin", ScenarioKind.PROPOSAL)
    assert list(twin.posts) == list(design.baseline.posts)
    twin.units["a"].name = "Changed"
    assert design.baseline.units["a"].name == "Division A"


def test_ancestors_stop_at_a_cycle() -> None:
    scenario = tiny_design().baseline
    scenario.units["hq"].parent = "a"  # a -> hq -> a
    assert list(scenario.ancestors("b")) == ["hq", "a"]


def test_cost_breakdown_prefers_a_rate_for_the_funding_source() -> None:
    design = tiny_design()
    costs = cost_breakdown(design, design.baseline)
    assert costs.cost_by_funding == {"RB": 450, "XB": 160}
    assert costs.total == 610
    assert costs.posts_by_grade == {"D-2": 1, "D-1": 1, "P-4": 1}
    assert costs.posts_by_grade_and_funding == {
        ("D-2", "RB"): 1,
        ("D-1", "RB"): 1,
        ("P-4", "XB"): 1,
    }


def test_posts_without_a_rate_are_counted_but_not_costed() -> None:
    design = tiny_design()
    design.cost_table.rates = [r for r in design.cost_table.rates if r.grade != "D-1"]
    design.baseline.posts["p4"] = Post("p4", "D-1", "XB", "b")
    costs = cost_breakdown(design, design.baseline)
    assert costs.posts == 4
    assert costs.uncosted == ["p2", "p4"]
    assert costs.total == 250 + 160


def test_departments_map_each_unit_to_the_unit_below_the_top() -> None:
    from orgeditor.io import load_design
    from orgeditor.model import Unit, UnitKind
    from tests.conftest import UN_SAMPLE

    proposal = load_design(UN_SAMPLE).find_scenario("a-72-525")
    departments = proposal.departments()
    assert departments["pmd"] == "dppa" and departments["dppa"] == "dppa"
    assert "sg" not in departments  # the top has none
    proposal.units["c1"] = Unit("c1", "Loop one", UnitKind.UNIT, parent="c2")
    proposal.units["c2"] = Unit("c2", "Loop two", UnitKind.UNIT, parent="c1")
    proposal.units["lost"] = Unit("lost", "Lost", UnitKind.UNIT, parent="nowhere")
    departments = proposal.departments()
    assert not {"c1", "c2", "lost"} & set(departments)
