"""Per-location (duty station) costs: the lookup's fallbacks, moves between stations, the file,
the settings commands and the redeployment accounting."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orgeditor.commands import CommandError, SetUnitFieldCommand, UndoStack
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import add_entry, delete_entry, edit_entry, set_costs
from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.unit_tables import write_import_tables
from orgeditor.model import CostRate, Design, Location, Post
from orgeditor.model.costs import cost_breakdown
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.reports.table import Table
from tests.builders import tiny_design


def _stations() -> Design:
    """tiny_design with New York and Geneva; Division A in Geneva, Division B in New York.

    Rates (besides tiny_design's D-2 250, D-1 200, P-4 150, P-4/XB 160):
    D-1 at Geneva 230; D-1/RB at Geneva 240; P-4 at New York 170; P-4/XB at Geneva 190.
    """
    design = tiny_design()
    design.locations = [Location("nyc", "New York"), Location("gva", "Geneva")]
    design.cost_table.rates += [
        CostRate("D-1", 230, None, "gva"),
        CostRate("D-1", 240, "RB", "gva"),
        CostRate("P-4", 170, None, "nyc"),
        CostRate("P-4", 190, "XB", "gva"),
    ]
    for scenario in design.scenarios:
        scenario.units["a"].location = "gva"
        scenario.units["b"].location = "nyc"
        scenario.posts["p4"] = Post("p4", "D-1", "XB", "a")
        scenario.posts["p5"] = Post("p5", "P-4", "RB", "b")
    return design


def test_each_post_costs_at_its_stations_rate() -> None:
    design = _stations()
    costs = cost_breakdown(design, design.baseline)
    # by hand, each post down the fallbacks (grade, funding, station) -> (grade, funding)
    # -> (grade, station) -> (grade):
    #   p1 D-2 RB hq (no station): (D-2) 250
    #   p2 D-1 RB a (gva): (D-1, RB, gva) 240
    #   p3 P-4 XB b (nyc): (P-4, XB, nyc) none -> (P-4, XB) 160
    #   p4 D-1 XB a (gva): (D-1, XB, gva) none, (D-1, XB) none -> (D-1, gva) 230
    #   p5 P-4 RB b (nyc): (P-4, RB, nyc), (P-4, RB) none -> (P-4, nyc) 170
    assert costs.cost_by_funding == {"RB": 250 + 240 + 170, "XB": 160 + 230}
    assert costs.total == 1050
    assert costs.uncosted == []


def test_moving_a_unit_to_another_station_changes_the_cost_by_the_difference() -> None:
    design = _stations()
    before = dumps(design)
    total = cost_breakdown(design, design.baseline).total
    stack = UndoStack(design)
    stack.push(SetUnitFieldCommand(design, "base", "a", "location", "nyc"))
    # by hand, Division A's posts at New York: p2 D-1 RB -> (D-1) 200 instead of 240;
    # p4 D-1 XB -> (D-1) 200 instead of 230
    assert cost_breakdown(design, design.baseline).total == total + (200 - 240) + (200 - 230)
    stack.push(SetUnitFieldCommand(design, "base", "a", "location", None))
    assert cost_breakdown(design, design.baseline).total == total - 40 - 30
    with pytest.raises(CommandError, match="no duty station 'ldn'"):
        SetUnitFieldCommand(design, "base", "a", "location", "ldn")
    stack.undo()
    stack.undo()
    assert dumps(design) == before


def test_stations_and_station_rates_survive_save_and_reopen() -> None:
    design = _stations()
    text = dumps(design)
    again = loads(text, "stations.orgdesign")
    assert again == design
    assert dumps(again) == text
    plain = json.loads(text)
    assert plain["locations"] == [
        {"id": "nyc", "name": "New York"},
        {"id": "gva", "name": "Geneva"},
    ]
    assert {"grade": "D-1", "annual_cost": 240, "funding": "RB", "location": "gva"} in plain[
        "cost_table"
    ]["rates"]
    assert cost_breakdown(again, again.baseline) == cost_breakdown(design, design.baseline)


def test_a_design_without_stations_saves_without_the_new_keys() -> None:
    assert b"location" not in dumps(tiny_design())


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        (
            lambda d: d["scenarios"][0]["units"][1].update(location="ldn"),
            "units[1].location",
            "unknown duty station 'ldn'",
        ),
        (
            lambda d: d["cost_table"]["rates"][4].update(location="ldn"),
            "rates[4].location",
            "unknown duty station 'ldn'",
        ),
        (
            lambda d: d["cost_table"]["rates"].append(
                {"grade": "D-1", "annual_cost": 1, "funding": "RB", "location": "gva"}
            ),
            "$.cost_table.rates[8]",
            "a second cost for grade D-1 funded by RB at gva",
        ),
        (
            lambda d: d["locations"].append({"id": "gva", "name": "Again"}),
            "$.locations[2].id",
            "duplicate duty station id 'gva'",
        ),
    ],
)
def test_the_loader_names_a_bad_station_and_where_it_is(
    change: Callable[[dict[str, Any]], None], place: str, words: str
) -> None:
    plain = json.loads(dumps(_stations()))
    change(plain)
    with pytest.raises(DesignFileError) as caught:
        loads(json.dumps(plain).encode(), "stations.orgdesign")
    said = [str(p) for p in caught.value.problems]
    assert any(place in s and words in s for s in said), said


def test_stations_are_edited_renamed_and_mapped_in_the_settings_as_one_step_each() -> None:
    design = _stations()
    before = dumps(design)
    stack = UndoStack(design)
    stack.push(add_entry(design, Kind.LOCATION, {"id": "ldn", "name": "London"}))
    assert [x.id for x in design.locations] == ["nyc", "gva", "ldn"]
    # renaming Geneva's code renames it in units and rates
    stack.push(edit_entry(design, Kind.LOCATION, "gva", {"id": "ge", "name": "Geneva"}))
    assert design.baseline.units["a"].location == "ge"
    assert ("D-1", "RB", "ge") in design.cost_table.lookup()
    # a station still used by units is refused; mapped, its units move to the other one and
    # its rates go there too where that station has none of its own (as for grades)
    with pytest.raises(CommandError, match="duty station ge is used by 1 units in Today"):
        stack.push(delete_entry(design, Kind.LOCATION, "ge", None))
    stack.push(delete_entry(design, Kind.LOCATION, "ge", "nyc"))
    assert design.baseline.units["a"].location == "nyc"
    assert not [r for r in design.cost_table.rates if r.location == "ge"]
    # by hand, everyone but hq now in New York, whose rates are D-1 230, D-1/RB 240,
    # P-4 170, P-4/XB 190: p1 250 + p2 240 + p3 190 + p4 230 + p5 170
    assert cost_breakdown(design, design.baseline).total == 1080
    assert loads(dumps(design)) == design
    for _ in range(3):
        stack.undo()
    assert dumps(design) == before


def test_a_rate_for_a_station_the_design_lacks_is_refused() -> None:
    design = _stations()
    rates = [*design.cost_table.rates, CostRate("D-2", 300, None, "ldn")]
    with pytest.raises(CommandError, match="D-2 at ldn is for a duty station the design lacks"):
        set_costs(design, "USD", None, "", rates)


def _line(table: Table, label: str) -> tuple[object, ...]:
    [row] = [r.cells for r in table.rows if r.cells[0] == label]
    return row


def test_the_accounting_shows_a_move_between_stations_and_still_adds_up() -> None:
    design = _stations()
    option = design.proposals[0]
    option.posts["p3"].unit = "b"  # tiny_design's redeployment undone: only stations change
    option.units["a"].location = "nyc"
    _, accounts = redeployment_tables(design, design.baseline, option)
    # by hand: p2 240 -> 200 (RB), p4 230 -> 200 (XB)
    assert _line(accounts, "  duty station changes")[1:] == (-40, -30, -70)
    assert _line(accounts, "Change (0: cost neutral)")[1:] == (-40, -30, -70)
    old = cost_breakdown(design, design.baseline)
    new = cost_breakdown(design, option)
    assert new.total - old.total == -70


def test_without_stations_the_accounting_has_no_station_line() -> None:
    design = tiny_design()
    _, accounts = redeployment_tables(design, design.baseline, design.proposals[0])
    assert not [r for r in accounts.rows if r.cells[0] == "  duty station changes"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_unit_tables_carry_the_station_out_and_back(tmp_path: Path, suffix: str) -> None:
    design = _stations()
    scenario = design.baseline
    files = write_import_tables(design, scenario, tmp_path / f"units{suffix}")
    empty = copy.deepcopy(scenario)
    empty.units.clear()
    empty.posts.clear()
    merged = merge_tables(design, empty, read_tables(files, design), "units")
    assert [u.location for u in merged.units.values()] == [None, "gva", "nyc"]
    assert list(merged.units.items()) == list(scenario.units.items())
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,kind,location\na,Division A,division,ldn\n", encoding="utf-8")
    with pytest.raises(DesignFileError, match="unknown duty station 'ldn'"):
        merge_tables(design, scenario, read_tables([bad], design), "bad.csv")
