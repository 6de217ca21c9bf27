"""A unit, post or line made in one scenario never takes an id another scenario uses.

An id shared by two scenarios means the same unit (post, line) in both, so a new
one with a deleted unit's id would read as continuing it in every table that
follows units across scenarios.
"""

from __future__ import annotations

from orgeditor.editing import OpenDocument
from orgeditor.io import loads
from orgeditor.model import Design, LineKind, UnitKind
from orgeditor.model.successors import predecessors_of
from tests.conftest import UN_SAMPLE


def _proposal(document: OpenDocument) -> str:
    return next(s.id for s in document.design.scenarios if s is not document.design.baseline)


def _ids(design: Design, table: str) -> set[str]:
    return {i for s in design.scenarios for i in getattr(s, table)}


def _document_with_a_free_name_in_the_proposal() -> tuple[OpenDocument, str]:
    """The UN sample, showing a proposal where 'unit-1' was deleted but the baseline keeps one."""
    design = loads(UN_SAMPLE.read_bytes())
    top = design.baseline.roles.top or next(iter(design.baseline.units))
    baseline = OpenDocument(design)
    baseline.switch_scenario(design.baseline.id)
    assert baseline.add_unit(top, "Unit only the baseline has") == "unit-1"
    post = next(iter(design.baseline.posts.values()))
    assert baseline.add_post("unit-1", post.grade, post.funding)
    assert baseline.add_line("unit-1", top, LineKind.DOTTED.value)
    document = OpenDocument(design)
    document.switch_scenario(_proposal(document))
    assert "unit-1" not in document.scenario.units
    return document, top


def test_a_new_unit_never_continues_a_unit_of_another_scenario() -> None:
    document, top = _document_with_a_free_name_in_the_proposal()
    before = _ids(document.design, "units")
    unit_id = document.add_unit(top, "A new office")
    assert unit_id is not None and unit_id not in before
    baseline = document.design.baseline
    assert predecessors_of(baseline, document.scenario, unit_id) == ()
    assert document.scenario.units[unit_id].kind is UnitKind.UNIT


def test_new_posts_and_lines_take_ids_no_scenario_uses() -> None:
    document, top = _document_with_a_free_name_in_the_proposal()
    posts, lines = _ids(document.design, "posts"), _ids(document.design, "lines")
    unit_id = document.add_unit(top, "A new office")
    assert unit_id is not None
    grade = next(iter(document.scenario.posts.values())).grade
    funding = next(iter(document.scenario.posts.values())).funding
    assert document.add_post(unit_id, grade, funding)
    assert document.add_line(unit_id, top, LineKind.DOTTED.value)
    new_posts = set(document.scenario.posts) - posts
    new_lines = set(document.scenario.lines) - lines
    assert len(new_posts) == 1 and len(new_lines) == 1
    for scenario in document.design.scenarios:
        if scenario is not document.scenario:
            assert not new_posts & set(scenario.posts)
            assert not new_lines & set(scenario.lines)
