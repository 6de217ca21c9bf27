"""Arrow keys between cards: parent, first sub-unit, siblings, only among the cards shown."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.editing.navigation import Step, neighbour
from orgeditor.model import Scenario, ScenarioKind, Unit, UnitKind


def _scenario(parents: list[int | None]) -> Scenario:
    """Unit i's parent is unit parents[i] (always an earlier unit, or None for a root)."""
    units = {
        f"u{i}": Unit(f"u{i}", f"Unit {i}", UnitKind.UNIT, parent=None if p is None else f"u{p}")
        for i, p in enumerate(parents)
    }
    return Scenario("s", "S", ScenarioKind.BASELINE, units=units)


@st.composite
def trees(draw: st.DrawFn) -> tuple[list[int | None], set[int]]:
    size = draw(st.integers(1, 25))
    parents: list[int | None] = [None]
    for i in range(1, size):
        parents.append(draw(st.one_of(st.none(), st.integers(0, i - 1))))
    hidden = draw(st.sets(st.integers(0, size - 1), max_size=5))
    return parents, hidden


def _shown(parents: list[int | None], collapsed: set[int]) -> set[int]:
    """The units a chart shows when ``collapsed`` hide their descendants (worked out here)."""
    shown = set()
    for i in range(len(parents)):
        p, hidden = parents[i], False
        while p is not None:
            hidden = hidden or p in collapsed
            p = parents[p]
        if not hidden:
            shown.add(i)
    return shown


@settings(max_examples=60, deadline=None)
@given(trees())
def test_every_step_lands_where_the_tree_says(tree: tuple[list[int | None], set[int]]) -> None:
    parents, collapsed = tree
    scenario = _scenario(parents)
    shown_index = _shown(parents, collapsed)
    shown = {f"u{i}" for i in shown_index}
    for i in shown_index:
        unit = f"u{i}"
        up = neighbour(scenario, unit, Step.PARENT, shown)
        assert up == (None if parents[i] is None else f"u{parents[i]}")
        kids = [j for j in range(len(parents)) if parents[j] == i and j in shown_index]
        assert neighbour(scenario, unit, Step.CHILD, shown) == (f"u{kids[0]}" if kids else None)
        siblings = [j for j in range(len(parents)) if parents[j] == parents[i]]
        at = siblings.index(i)
        after = neighbour(scenario, unit, Step.NEXT, shown)
        before = neighbour(scenario, unit, Step.PREVIOUS, shown)
        assert after == (f"u{siblings[at + 1]}" if at + 1 < len(siblings) else None)
        assert before == (f"u{siblings[at - 1]}" if at > 0 else None)
        if after is not None:  # and back again
            assert neighbour(scenario, after, Step.PREVIOUS, shown) == unit
        for step in Step:
            assert neighbour(scenario, unit, step, shown) in shown | {None}


def test_a_hidden_or_unknown_unit_goes_nowhere_sideways() -> None:
    scenario = _scenario([None, 0, 0])
    assert neighbour(scenario, "u1", Step.NEXT, {"u0", "u1"}) is None  # u2 is not on show
    assert neighbour(scenario, "nope", Step.PARENT, {"u0"}) is None
    assert neighbour(scenario, "u2", Step.PREVIOUS, {"u0", "u1"}) is None  # u2 itself hidden
