"""Design settings commands: grades, funding sources, costs, functions, roles, rule parameters
and segments.

Oracles: the saved file (parsed as plain JSON, not through the model) and the
loader; any random sequence of settings edits saves and reloads equal at every
step, and undoing it all gives back the exact bytes of the original file.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import Command, CommandError, UndoStack
from orgeditor.commands.references import Kind, uses
from orgeditor.commands.segments import set_segments
from orgeditor.commands.settings import (
    PLAYED_BY,
    add_entry,
    delete_entry,
    edit_entry,
    move_entry,
    set_costs,
    set_rule_parameters,
)
from orgeditor.commands.settings_checks import DesignSettings, entry_values
from orgeditor.io import dumps, loads
from orgeditor.model import CostRate, Design, PresenceType
from orgeditor.model.design import FundingPart, RequiredBody, Segment, SegmentKind
from tests.builders import json_strings
from tests.conftest import UN_SAMPLE
from tests.core.test_segment_settings import random_segments

ORIGINAL = UN_SAMPLE.read_bytes()


def _grade_refs(saved: bytes, grade: str) -> int:
    """How often ``grade`` appears as a grade in the saved file (read as plain JSON)."""
    doc = json.loads(saved)
    count = sum(g["id"] == grade for g in doc["grades"])
    count += sum(r["grade"] == grade for r in doc["cost_table"]["rates"])
    count += sum(doc["rules"].get(k) == grade for k in ("senior_grade", "entry_point_grade"))
    for scenario in doc["scenarios"]:
        count += sum(p["grade"] == grade for p in scenario["posts"])
        count += sum(u.get("head_grade") == grade for u in scenario["units"])
    return count


def test_deleting_a_used_grade_maps_it_and_leaves_no_reference() -> None:
    design = loads(ORIGINAL)
    assert _grade_refs(ORIGINAL, "P-5") > 10  # the oracle sees the grade where it is used
    with pytest.raises(CommandError, match=r"P-5 is used by .*posts in"):
        delete_entry(design, Kind.GRADE, "P-5")
    stack = UndoStack(design)
    posts_before = sum(
        p.grade in ("P-5", "P-4") for s in design.scenarios for p in s.posts.values()
    )
    stack.push(delete_entry(design, Kind.GRADE, "P-5", replacement="P-4"))
    saved = dumps(design)
    assert _grade_refs(saved, "P-5") == 0
    assert "P-5" not in json_strings(json.loads(saved))  # nowhere at all, not as a key either
    assert loads(saved) == design
    doc = json.loads(saved)
    moved = sum(p["grade"] == "P-4" for s in doc["scenarios"] for p in s["posts"])
    assert moved == posts_before  # every P-5 post is a P-4 post now, none lost
    stack.undo()
    assert dumps(design) == ORIGINAL


def test_renaming_a_code_renames_every_use_in_one_step() -> None:
    design = loads(ORIGINAL)
    stack = UndoStack(design)
    values = entry_values(Kind.GRADE, design.grades[5]) | {"id": "P5"}
    stack.push(edit_entry(design, Kind.GRADE, "P-5", values))
    assert stack.texts() == ["Rename grade P-5 to P5"]
    saved = dumps(design)
    assert _grade_refs(saved, "P-5") == 0
    assert _grade_refs(saved, "P5") == _grade_refs(ORIGINAL, "P-5")
    assert [g.id for g in design.grades][5] == "P5"  # the ladder keeps its order
    stack.undo()
    assert dumps(design) == ORIGINAL


def test_renaming_a_role_follows_into_scenarios_and_function_homes() -> None:
    design = loads(ORIGINAL)
    stack = UndoStack(design)
    stack.push(edit_entry(design, Kind.ROLE, "political", {"id": "policy", "name": "Policy"}))
    doc = json.loads(dumps(design))
    assert "political" not in json_strings(doc["rules"])
    assert all("political" not in s["roles"]["departments"] for s in doc["scenarios"])
    assert doc["rules"]["function_homes"]["electoral-assistance"] == "policy"
    stack.undo()
    assert dumps(design) == ORIGINAL


def test_a_role_renamed_and_given_to_another_unit_in_one_step() -> None:
    design = loads(ORIGINAL)
    proposal = design.proposals[0]
    before = dict(proposal.roles.departments)
    other = next(u for u in proposal.units if u not in before.values())
    stack = UndoStack(design)
    values = {"id": "policy", "name": "Policy", PLAYED_BY + proposal.id: other}
    stack.push(edit_entry(design, Kind.ROLE, "political", values))
    assert stack.texts() == ["Rename department role political to policy"]
    doc = json.loads(dumps(design))
    mapped = {s["id"]: s["roles"]["departments"] for s in doc["scenarios"]}
    assert mapped[proposal.id]["policy"] == other
    old = {s["id"]: s["roles"]["departments"] for s in json.loads(ORIGINAL)["scenarios"]}
    assert mapped[design.baseline.id]["policy"] == old[design.baseline.id]["political"]
    assert list(mapped[proposal.id]) == ["policy", "operations"]  # the role keeps its place
    with pytest.raises(CommandError, match="there is no unit"):
        edit_entry(design, Kind.ROLE, "policy", values | {PLAYED_BY + proposal.id: "nowhere"})
    stack.undo()
    assert dumps(design) == ORIGINAL


def test_a_used_funding_source_says_what_uses_it() -> None:
    design = loads(ORIGINAL)
    found = uses(design, Kind.FUNDING, "XB")
    assert found and all("posts in" in line for line in found)
    counted = sum(int(line.split()[0]) for line in found)
    assert counted == sum(p.funding == "XB" for s in design.scenarios for p in s.posts.values())


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"id": "P-4", "name": "Dup"}, "there is a grade 'P-4' already"),
        ({"id": "bad code", "name": "x"}, "not a valid"),
        ({"id": "", "name": "x"}, "a code cannot be empty"),
        ({"id": "P-6", "name": " "}, "a name cannot be empty"),
    ],
)
def test_a_bad_or_duplicate_code_is_refused(values: dict[str, str], message: str) -> None:
    design = loads(ORIGINAL)
    with pytest.raises(CommandError, match=message):
        add_entry(design, Kind.GRADE, values)
    assert dumps(design) == ORIGINAL


def test_cost_table_year_and_note_save_and_reload() -> None:
    design = loads(ORIGINAL)
    rates = [*design.cost_table.rates, CostRate("NO", 99_000, "XB")]
    UndoStack(design).push(set_costs(design, "EUR", 2018, "Source: A/72/6\nline two", rates))
    again = loads(dumps(design))
    assert again.cost_table.year == 2018 and again.cost_table.currency == "EUR"
    assert again.cost_table.note == "Source: A/72/6\nline two"
    assert again == design
    with pytest.raises(CommandError, match="three capital letters"):
        set_costs(design, "eur", 2018, "", rates)
    with pytest.raises(CommandError, match="between 1900 and 2200"):
        set_costs(design, "EUR", 18, "", rates)


def test_deleting_a_function_clears_its_home_and_rule_names() -> None:
    design = loads(ORIGINAL)
    with pytest.raises(CommandError, match="used by"):
        delete_entry(design, Kind.FUNCTION, "gender")
    stack = UndoStack(design)
    stack.push(delete_entry(design, Kind.FUNCTION, "gender", "political-analysis"))
    assert design.rules.gender_function == "political-analysis"
    assert all("gender" not in u.functions for s in design.scenarios for u in s.units.values())
    stack.undo()
    assert dumps(design) == ORIGINAL


# --- random sequences ------------------------------------------------------------------------
# mostly acceptable values, with bad ones mixed in (empty, spaces, line breaks, duplicates)
CODES = st.sampled_from(["N-1", "N.2", "x"]) | st.text(alphabet="ABP-4 .", max_size=4)
NAMES = st.sampled_from(["A name", "Zed"]) | st.text(alphabet="ab Z\n", max_size=4)


def _random_command(design: Design, data: st.DataObject) -> Command:
    current = DesignSettings.of(design)
    kind = data.draw(st.sampled_from(list(Kind)))
    ids = current.ids(kind)
    actions = ["add", "edit", "move", "delete", "costs", "rules", "segments"]
    action = data.draw(st.sampled_from(actions))
    if action == "segments":  # regions and segment kinds, their items renamed, added, dropped
        kinds = [k.id for k in design.segment_kinds]
        cleared = data.draw(st.sets(st.sampled_from(kinds))) if kinds else set()
        return set_segments(design, random_segments(design, data), cleared=cleared)
    values = {"id": data.draw(CODES), "name": data.draw(NAMES), "category": data.draw(NAMES)}
    if kind is Kind.FUNCTION:
        roles = ["", *current.ids(Kind.ROLE)]
        values["home"] = data.draw(st.sampled_from(roles))
    if kind is Kind.ROLE:
        scenario = data.draw(st.sampled_from(design.scenarios))
        units = ["", "no-such-unit", *list(scenario.units)[:4]]
        values[PLAYED_BY + scenario.id] = data.draw(st.sampled_from(units))
    if action == "add":
        return add_entry(design, kind, values, data.draw(st.integers(0, len(ids))))
    if not ids:
        raise CommandError("empty")
    item = data.draw(st.sampled_from(ids))
    if action == "edit":
        keep = data.draw(st.booleans())
        return edit_entry(design, kind, item, values | ({"id": item} if keep else {}))
    if action == "move":
        return move_entry(design, kind, item, data.draw(st.integers(0, len(ids) - 1)))
    if action == "delete":
        others = [i for i in ids if i != item]
        mapped = data.draw(st.sampled_from([None, *others])) if others else None
        return delete_entry(design, kind, item, mapped)
    if action == "costs":
        grades = current.ids(Kind.GRADE)
        sources = [None, *current.ids(Kind.FUNDING)]
        pair = st.tuples(st.sampled_from(grades), st.sampled_from(sources))
        pairs = data.draw(st.lists(pair, max_size=4, unique=data.draw(st.booleans())))
        rates = [CostRate(g, data.draw(st.integers(-1, 500_000)), f) for g, f in pairs]
        year = data.draw(st.none() | st.integers(1890, 2210))
        currency = data.draw(st.sampled_from(["CHF", "EUR", "Usd"]))
        return set_costs(design, currency, year, data.draw(NAMES), rates)
    grades, roles = [None, *current.ids(Kind.GRADE)], current.ids(Kind.ROLE)
    leads = {PresenceType.ENVOY: data.draw(st.sampled_from(roles))} if roles else {}
    return set_rule_parameters(
        design,
        {
            "senior_grade": data.draw(st.sampled_from(grades)),
            "max_span": data.draw(st.none() | st.integers(0, 50)),
            "cost_tolerance": data.draw(st.integers(-1, 10)),
            "presence_leads": leads,
        },
    )


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_settings_edits_save_reload_and_undo_exactly(data: st.DataObject) -> None:
    design = loads(ORIGINAL)
    stack = UndoStack(design)
    for _ in range(data.draw(st.integers(1, 5))):
        try:
            command = _random_command(design, data)
        except CommandError:
            continue
        before = dumps(design)
        stack.push(command)
        saved = dumps(design)
        assert saved != before  # an accepted edit changes the file
        assert loads(saved) == design  # and every accepted state saves and loads equal
    while stack.can_undo:
        stack.undo()
    assert dumps(design) == ORIGINAL
    assert design == loads(ORIGINAL)


def test_editing_an_entry_keeps_the_fields_the_form_does_not_show() -> None:
    design = loads(ORIGINAL)
    design.funding_sources[0].extra = "kept"  # type: ignore[attr-defined]  # a later field
    command = edit_entry(design, Kind.FUNDING, "RB", {"id": "RB", "name": "Regular budget (RB)"})
    command.do(design)
    assert design.funding_sources[0].name == "Regular budget (RB)"
    assert design.funding_sources[0].extra == "kept"  # type: ignore[attr-defined]


def _entangled() -> Design:
    """The UN sample with every newer reference to a role, a grade and a funding source:
    a body chaired and joined by department roles, dual reporting, a segment kind's
    entry-point grade, and posts and a rate on a part of the regular budget."""
    design = loads(ORIGINAL)
    rules = design.rules
    rules.required_bodies = [
        RequiredBody(
            "board",
            "Board",
            chair="department:political",
            members=["department:political", "department:operations"],
        )
    ]
    rules.dual_reporting = {"ocss": ["political", "operations"]}
    design.segment_kinds = [SegmentKind("clients", "client group", [Segment("c1", "Clients")])]
    design.segment_kinds[0].entry_point_grade = "D-2"
    regular = next(f for f in design.funding_sources if f.id == "RB")
    regular.parts = [FundingPart("RB-S1", "Section 1")]
    regular_rate = next(r for r in design.cost_table.rates if r.grade == "P-4" and not r.funding)
    design.cost_table.rates.append(CostRate("P-4", regular_rate.annual_cost + 1, "RB-S1"))
    post = next(p for p in design.baseline.posts.values() if p.funding == "RB")
    post.funding = "RB-S1"
    return loads(dumps(design))  # the oracle below starts from a design that loads


@pytest.mark.parametrize(
    ("kind", "old", "command"),
    [
        (
            Kind.ROLE,
            "political",
            lambda d: edit_entry(d, Kind.ROLE, "political", {"id": "policy", "name": "Policy"}),
        ),
        (Kind.ROLE, "operations", lambda d: delete_entry(d, Kind.ROLE, "operations", "political")),
        (
            Kind.GRADE,
            "D-2",
            lambda d: edit_entry(d, Kind.GRADE, "D-2", {"id": "D2", "name": "Director"}),
        ),
        (Kind.GRADE, "D-2", lambda d: delete_entry(d, Kind.GRADE, "D-2", "D-1")),
        (Kind.FUNDING, "RB", lambda d: delete_entry(d, Kind.FUNDING, "RB", "XB")),
    ],
    ids=["rename-role", "map-role", "rename-grade", "map-grade", "map-source"],
)
def test_every_newer_reference_follows_a_rename_or_mapping(kind: Kind, old: str, command) -> None:
    """Bodies, dual reporting, segment kinds and funding parts are remapped with the rest:
    the saved file opens again, and no string in it names the old id any more (read as
    plain JSON), except a rule override or a text that merely contains it."""
    design = _entangled()
    original = dumps(design)
    stack = UndoStack(design)
    stack.push(command(design))
    saved = dumps(design)
    reopened = loads(saved)  # a design the loader refuses would raise here
    assert reopened == design
    strings = json_strings(json.loads(saved))
    assert old not in strings and f"department:{old}" not in strings
    if kind is Kind.FUNDING:
        assert "RB-S1" not in strings  # the part went with its source
    stack.undo()
    assert dumps(design) == original


def test_a_role_a_body_depends_on_is_not_deleted_unmapped() -> None:
    design = _entangled()
    with pytest.raises(CommandError, match="required body Board"):
        delete_entry(design, Kind.ROLE, "political")
    assert "required body Board (its chair)" in uses(design, Kind.ROLE, "political")
