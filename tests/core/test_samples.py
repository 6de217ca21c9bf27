"""The bundled samples: they load, match their recipes, and say what is sourced."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from orgeditor.io import dumps, load_design
from orgeditor.model import LineKind, PresenceType, ScenarioKind, UnitKind
from orgeditor.model.costs import cost_breakdown
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, ROOT, UN_SAMPLE

RECIPES = ROOT / "samples" / "recipes"


@pytest.fixture(scope="module")
def build_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(RECIPES))
    try:
        yield importlib.import_module("build")
    finally:
        sys.path.remove(str(RECIPES))


def test_sample_files_are_what_their_recipes_write(build_module) -> None:  # type: ignore[no-untyped-def]
    for name, build in build_module.SAMPLES.items():
        assert dumps(build()) == (ROOT / "samples" / name).read_bytes(), (
            f"samples/{name} is stale: run python samples/recipes/build.py"
        )


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=lambda p: p.name)
def test_proposals_are_cost_neutral_per_funding_source(path: Path) -> None:
    design = load_design(path)
    base = cost_breakdown(design, design.baseline)
    assert base.total > 0 and not base.uncosted
    assert len(design.proposals) >= 1
    for proposal in design.proposals:
        costs = cost_breakdown(design, proposal)
        assert costs.cost_by_funding == base.cost_by_funding, proposal.name
        assert costs.posts_by_grade_and_funding == base.posts_by_grade_and_funding


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=lambda p: p.name)
def test_posts_keep_their_ids_across_scenarios(path: Path) -> None:
    design = load_design(path)
    ids = set(design.baseline.posts)
    for proposal in design.proposals:
        assert set(proposal.posts) == ids


def test_un_sample_structures() -> None:
    design = load_design(UN_SAMPLE)
    base = design.baseline
    assert base.name == "As-is 2017"
    assert {"dpa", "dpko", "pbso", "oo", "eosg", "dfs"} <= set(base.units)
    assert [s.name for s in design.proposals] == ["A/72/525", "As approved, res. 72/262 C"]
    for proposal in design.proposals:
        assert proposal.roles.departments == {"political": "dppa", "operations": "dpo"}
        asg_offices = [
            u for u in proposal.units.values() if u.parent == "srs" and u.head_grade == "ASG"
        ]
        assert len(asg_offices) == 3
        regions = sorted(r for u in asg_offices for r in u.entry_point_for)
        assert regions == sorted(r.id for r in design.regions)
        for office in asg_offices:
            targets = {(x.target, x.kind) for x in proposal.lines.values() if x.source == office.id}
            assert targets == {("dppa", LineKind.DUAL), ("dpo", LineKind.DUAL)}
        assert proposal.bodies["spg"].chair == "sg"
        assert {"dppa", "dpo"} <= set(proposal.bodies["spg"].members)
        assert proposal.units["pbso"].parent == "dppa"
        for unit in proposal.units.values():
            if unit.kind is UnitKind.FIELD_PRESENCE:
                assert unit.backstopped_by in proposal.units
                assert unit.parent == unit.lead_department
                if unit.presence_type is PresenceType.PEACEKEEPING_OPERATION:
                    assert unit.lead_department == "dpo"
    a525, approved = design.proposals
    assert a525.units["unama"].lead_department == "dpo"
    assert approved.units["unama"].lead_department == "dppa"
    assert approved.units["unami"].lead_department == "dppa"
    assert approved.units["mewa"].name == "Middle East Division"
    africa = [
        u
        for u in approved.units.values()
        if u.parent == "asg-africa" and u.kind is UnitKind.DIVISION
    ]
    assert len(africa) == 4


def test_every_headquarters_unit_of_the_un_sample_has_posts() -> None:
    design = load_design(UN_SAMPLE)
    for scenario in design.scenarios:
        staffed = {p.unit for p in scenario.posts.values()}
        empty = [
            u.id
            for u in scenario.units.values()
            if u.id not in staffed
            and u.kind not in (UnitKind.FIELD_PRESENCE, UnitKind.BODY, UnitKind.STRUCTURE)
            and "not modelled" not in u.note.text
        ]
        assert empty == [], scenario.name


def test_the_un_sample_says_what_is_illustrative() -> None:
    design = load_design(UN_SAMPLE)
    provenance = " ".join(design.metadata.provenance)
    assert "ILLUSTRATIVE [I]" in provenance and "[S]" in provenance
    kinds = {s.kind for s in design.scenarios}
    assert kinds == {ScenarioKind.BASELINE, ScenarioKind.PROPOSAL}
    referenced = [u for s in design.scenarios for u in s.units.values() if u.note.reference]
    assert all("[S" in u.note.reference or "[I]" in u.note.reference for u in referenced)


def test_the_non_un_sample_has_its_own_vocabulary() -> None:
    design = load_design(MINISTRIES_SAMPLE)
    assert design.cost_table.currency == "EUR"
    assert "USG" not in {g.id for g in design.grades}
    assert "invented" in design.metadata.provenance[0]
