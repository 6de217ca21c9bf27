"""Every primary reporting line is drawn, from card to card, through no other card.

The checks are the independent geometry of ``tests/chart_oracle.py``, run over
random trees in every layout option and over every scenario of both samples.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st

from orgeditor.io import load_design
from orgeditor.layout import ChartLayout, LayoutOptions, layout_chart
from orgeditor.layout.booklet import plan_booklet, subtree_scenario
from orgeditor.layout.chart import Reuse
from orgeditor.layout.pages import PageSetup
from orgeditor.layout.paper import PAPER, best_fit
from orgeditor.model import Scenario, ScenarioKind, ScenarioRoles, Unit, UnitKind
from tests.chart_oracle import line_problems, overlapping_cards, primary_edges
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE

GRADES = ["USG", "ASG", "D-2", "D-1", "P-5"]
RANK = {grade: rank for rank, grade in enumerate(GRADES)}


def problems(scenario: Scenario, layout: ChartLayout) -> list[str]:
    """What the oracle finds wrong with a layout's primary lines and cards."""
    cards = {u: tuple(box) for u, box in layout.boxes.items()}
    lines = [(c.parent, c.child, c.points) for c in layout.connectors]
    found = line_problems(scenario, cards, lines)  # type: ignore[arg-type]
    found += [f"{a} overlaps {b}" for a, b in overlapping_cards(cards)]  # type: ignore[arg-type]
    return found


@st.composite
def trees(draw: st.DrawFn) -> tuple[Scenario, frozenset[str]]:
    """A random organisation (deep or flat, leaves and sub-trees, stray roots) and the
    units shown collapsed."""
    count = draw(st.integers(1, 36))
    fan = draw(st.sampled_from([1, 2, 4, 36]))  # how far back a parent may be: deep to flat
    units: dict[str, Unit] = {}
    for index in range(count):
        parent = None
        if index and draw(st.integers(0, 19)):  # now and then a unit outside the tree
            parent = f"u{draw(st.integers(max(0, index - fan), index - 1))}"
        grade = draw(st.sampled_from([*GRADES, None]))
        units[f"u{index}"] = Unit(f"u{index}", f"Unit {index}", UnitKind.OFFICE, "", grade, parent)
    below_top = [u for u, unit in units.items() if unit.parent == "u0"]
    roles = ScenarioRoles(
        top=draw(st.sampled_from(["u0", None])),
        departments={
            f"d{i}": u
            for i, u in enumerate(
                draw(st.lists(st.sampled_from(below_top), unique=True, max_size=3))
            )
        }
        if below_top
        else {},
        shared_structure=draw(st.sampled_from([None, *below_top])),
    )
    scenario = Scenario("s", "Random", ScenarioKind.PROPOSAL, roles=roles, units=units)
    parents = sorted({u.parent for u in units.values() if u.parent is not None})
    collapsed = (
        frozenset(draw(st.lists(st.sampled_from(parents), unique=True))) if parents else frozenset()
    )
    return scenario, collapsed


@st.composite
def options(draw: st.DrawFn) -> LayoutOptions:
    """Every layout option: screen or paper sizes, compact, grade rows, zones, wrapping."""
    base = draw(st.sampled_from([LayoutOptions(), PAPER, LayoutOptions(card_height=96)]))
    return replace(
        base,
        compact=draw(st.booleans()),
        compact_threshold=draw(st.integers(1, 4)),
        max_stack_rows=draw(st.integers(1, 8)),
        grade_rows=draw(st.booleans()),
        zones=draw(st.booleans()),
        wrap_width=draw(st.sampled_from([None, 150.0, 600.0, 1500.0])),
    )


def _grade_rows_wrapping() -> Scenario:
    """A zone whose root is two grade rows down wraps first onto a new row of zones; a zone
    whose root is on the first grade row follows it on that row (it used to overlap the row
    above)."""
    units = {"top": Unit("top", "Top", UnitKind.OFFICE, "", "USG")}
    for unit_id, parent, grade in [
        ("a", "top", "USG"),
        *((f"a{k}", "a", "ASG") for k in range(3)),
        *((f"a{k}x", f"a{k}", "D-1") for k in range(3)),
        ("b", "top", "D-2"),
        ("c", "top", "USG"),
    ]:
        units[unit_id] = Unit(unit_id, unit_id, UnitKind.OFFICE, "", grade, parent)
    roles = ScenarioRoles(top="top")
    return Scenario("s", "Wrapping", ScenarioKind.PROPOSAL, roles=roles, units=units)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), options())
@example(
    (_grade_rows_wrapping(), frozenset()),
    LayoutOptions(compact=False, grade_rows=True, wrap_width=900.0),
)
def test_every_primary_line_is_drawn_card_to_card(
    tree: tuple[Scenario, frozenset[str]], chosen: LayoutOptions
) -> None:
    scenario, collapsed = tree
    note(" ".join(f"{u.id}<{u.parent}:{u.head_grade}" for u in scenario.units.values()))
    note(f"{scenario.roles} collapsed={sorted(collapsed)}")
    chosen = replace(chosen, collapsed=collapsed)
    layout = layout_chart(scenario, chosen, RANK)
    assert problems(scenario, layout) == []
    reused = layout_chart(scenario, chosen, RANK, Reuse(layout, frozenset()))  # nothing edited
    assert problems(scenario, reused) == []


SAMPLE_OPTIONS = {
    "normal": LayoutOptions(compact=False),
    "compact": LayoutOptions(),
    "grade rows": LayoutOptions(grade_rows=True),
    "paper": PAPER,
    "paper grade rows": replace(PAPER, grade_rows=True),
    "no zones": LayoutOptions(zones=False),
}


def _sample_scenarios() -> list[tuple[str, str]]:
    return [
        (str(path), scenario.id)
        for path in (UN_SAMPLE, MINISTRIES_SAMPLE)
        for scenario in load_design(path).scenarios
    ]


@pytest.mark.parametrize(("path", "scenario_id"), _sample_scenarios())
def test_every_sample_line_is_drawn_in_every_layout(path: str, scenario_id: str) -> None:
    design = load_design(path)
    scenario = design.find_scenario(scenario_id)
    rank = design.grade_rank()
    parents = frozenset(u.parent for u in scenario.units.values() if u.parent)
    some = frozenset(sorted(parents)[::3])
    for name, chosen in SAMPLE_OPTIONS.items():
        for collapsed in (frozenset(), some):
            layout = layout_chart(scenario, replace(chosen, collapsed=collapsed), rank)
            assert problems(scenario, layout) == [], (name, sorted(collapsed))
    for setup in (PageSetup("A3", "landscape"), PageSetup("A4", "portrait")):
        dense, _ = best_fit(scenario, setup, rank)  # the fit PDF's wrapped zones
        assert problems(scenario, layout_chart(scenario, dense, rank)) == []


@pytest.mark.parametrize(("path", "scenario_id"), _sample_scenarios())
def test_reused_subtrees_keep_every_line(path: str, scenario_id: str) -> None:
    """After an edit the editor reuses untouched subtrees: their lines must come along."""
    design = load_design(path)
    scenario = design.find_scenario(scenario_id)
    rank = design.grade_rank()
    for chosen in (LayoutOptions(compact=False), LayoutOptions()):
        previous = layout_chart(scenario, chosen, rank)
        leaf = next(u for u in reversed(scenario.units) if not scenario.children(u))
        scenario.units[leaf].name += " (renamed)"
        reused = layout_chart(scenario, chosen, rank, Reuse(previous, frozenset([leaf])))
        assert problems(scenario, reused) == []
        assert reused.lines == layout_chart(scenario, chosen, rank).lines


def _pages_named(note: str) -> set[int]:
    return {int(n) for n in re.findall(r"\bp\. (\d+)", note)}


@pytest.mark.parametrize(("path", "scenario_id"), _sample_scenarios())
def test_booklet_lines_are_on_a_page_or_referenced_at_both_ends(
    path: str, scenario_id: str
) -> None:
    """Each primary line is drawn on some page; where a page shows only one end of a line,
    that end's card names a page on which the line is drawn."""
    design = load_design(path)
    scenario = design.find_scenario(scenario_id)
    rank = design.grade_rank()
    options = LayoutOptions(card_height=96)
    booklet = plan_booklet(scenario, PageSetup("A4"), options, 0.6, rank)
    drawn_on: dict[tuple[str, str], set[int]] = {}
    for page in booklet.pages:
        sub = subtree_scenario(scenario, page.root)
        layout = layout_chart(sub, replace(options, zones=False, collapsed=page.collapsed), rank)
        assert set(layout.boxes) == set(page.drawn)
        assert problems(sub, layout) == [], page.root
        for c in layout.connectors:
            drawn_on.setdefault((c.parent, c.child), set()).add(page.number)
    assert drawn_on.keys() == primary_edges(scenario, scenario.units)
    crossing = 0
    for page in booklet.pages:
        notes = booklet.notes(scenario, page)
        shown = set(page.drawn)
        for unit_id in page.drawn:
            unit = scenario.units[unit_id]
            away = [(unit.parent, unit_id)] if unit.parent and unit.parent not in shown else []
            away += [(unit_id, c.id) for c in scenario.children(unit_id) if c.id not in shown]
            for edge in away:
                crossing += 1
                named = _pages_named(notes.get(unit_id, ""))
                assert named & drawn_on[edge], (page.number, edge, notes.get(unit_id))
    assert crossing or len(booklet.pages) == 1
