"""The kept layout after any edit equals a fresh layout: boxes, lines, zones and kept places.

Random organisations (``tests/core/test_chart_lines.trees``) take random edits
(move a unit, add one, delete a subtree, move a child to the front of its
siblings); after every step the layout made from the previous one and the
touched units is compared with one made from nothing, and with the line oracle.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from orgeditor.layout import LayoutOptions, layout_chart
from orgeditor.layout.chart import Reuse
from orgeditor.model import Scenario, ScenarioKind, Unit, UnitKind
from tests.core.test_chart_lines import RANK, problems, trees


def _edit(scenario: Scenario, data: st.DataObject) -> frozenset[str]:
    """Apply one random edit to ``scenario``; return the units it touched."""
    units = scenario.units
    ids = sorted(units)
    kind = data.draw(st.sampled_from(["move", "add", "delete", "front"]))
    if kind == "add" or not ids:
        new = f"n{len(ids)}-{data.draw(st.integers(0, 10**6))}"
        parent = data.draw(st.sampled_from([None, *ids]))
        units[new] = Unit(new, new, UnitKind.OFFICE, "", None, parent)
        return frozenset([new])
    unit_id = data.draw(st.sampled_from(ids))
    if kind == "delete":
        gone, stack = [], [unit_id]
        while stack:
            node = stack.pop()
            gone.append(node)
            stack.extend(u.id for u in units.values() if u.parent == node)
        for node in gone:
            del units[node]
        return frozenset(gone)
    if kind == "front":  # to the front of the units, so of its siblings
        unit = units.pop(unit_id)
        scenario.units = {unit_id: unit, **units}
        return frozenset([unit_id])
    below = {unit_id}
    for other in ids:  # no cycles: never under itself
        if any(a == unit_id for a in scenario.ancestors(other)):
            below.add(other)
    target = data.draw(st.sampled_from([None, *(u for u in ids if u not in below)]))
    units[unit_id] = replace(units[unit_id], parent=target)
    return frozenset([unit_id])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), st.booleans(), st.integers(1, 4), st.data())
def test_kept_layout_after_edits_equals_a_fresh_one(
    tree: tuple[Scenario, frozenset[str]], compact: bool, threshold: int, data: st.DataObject
) -> None:
    scenario, collapsed = tree
    zones = data.draw(st.booleans())
    wrap = data.draw(st.sampled_from([None, 250.0, 600.0, 1200.0]))  # zones wrap on screen
    options = LayoutOptions(
        compact=compact,
        compact_threshold=threshold,
        max_stack_rows=3,
        zones=zones,
        wrap_width=wrap,
    )
    previous = layout_chart(scenario, replace(options, collapsed=collapsed), RANK)
    for _ in range(data.draw(st.integers(1, 8))):
        touched = _edit(scenario, data)
        note(f"touched {sorted(touched)}")
        chosen = replace(options, collapsed=collapsed & set(scenario.units))
        if chosen != replace(options, collapsed=collapsed):
            previous = layout_chart(scenario, chosen, RANK)  # other options: a fresh layout
            collapsed = chosen.collapsed
            continue
        kept = layout_chart(scenario, chosen, RANK, Reuse(previous, touched))
        fresh = layout_chart(scenario, chosen, RANK)
        assert kept.boxes == fresh.boxes
        assert kept.lines == fresh.lines
        assert kept.zones == fresh.zones
        assert kept.bounds == fresh.bounds
        assert kept.hidden == fresh.hidden
        assert kept.kept is not None and fresh.kept is not None
        assert vars(kept.kept) == vars(fresh.kept)
        assert problems(scenario, kept) == []
        previous = kept


def test_deleting_a_unit_hidden_by_a_collapsed_one_lays_out_like_afresh() -> None:
    """The collapsed unit loses its last child, becomes a leaf and is stacked: found by the
    property test above."""
    parents = [None, None, None, None, "u3", "u4", "u5", "u6", "u7", None]
    units = {
        f"u{i}": Unit(f"u{i}", f"Unit {i}", UnitKind.OFFICE, "", None, p)
        for i, p in enumerate(parents)
    }
    scenario = Scenario("s", "Collapsed", ScenarioKind.PROPOSAL, units=units)
    options = LayoutOptions(
        compact=True,
        compact_threshold=1,
        max_stack_rows=3,
        zones=False,
        collapsed=frozenset({"u7"}),
    )
    previous = layout_chart(scenario, options, RANK)
    del scenario.units["u8"]
    kept = layout_chart(scenario, options, RANK, Reuse(previous, frozenset({"u8"})))
    assert kept.boxes == layout_chart(scenario, options, RANK).boxes
