"""The diff sees every kind of change: checked against the scenarios' own data, not the diff code.

The oracle compares the two scenarios' dictionaries directly (units, posts,
lines, bodies, roles) and the rule settings field by field, and walks each
scenario's parents itself for departments; the diff's JSON sections must name
exactly the ids that differ, and be empty exactly when nothing does.
"""

from __future__ import annotations

import json
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.io import load_design
from orgeditor.model import (
    Body,
    Design,
    LineKind,
    ReportingLine,
    RuleSettings,
    Scenario,
    ScenarioKind,
    Unit,
    UnitKind,
)
from orgeditor.reports.diff import diff_scenarios
from orgeditor.reports.diff_output import diff_json, diff_text
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE

SECTIONS = ("units", "posts", "lines", "bodies", "roles", "settings")


def department_of(scenario: Scenario, unit_id: str) -> str | None:
    """The unit just below the top that ``unit_id`` sits under (a plain walk up the parents)."""
    seen: set[str] = set()
    node: str | None = unit_id
    while node is not None and node in scenario.units and node not in seen:
        seen.add(node)
        parent = scenario.units[node].parent
        if parent == scenario.roles.top:
            return node
        node = parent
    return None


def role_map(scenario: Scenario) -> dict[str, str | None]:
    roles = scenario.roles
    held: dict[str, str | None] = {
        f.name: getattr(roles, f.name) for f in fields(roles) if f.name != "departments"
    }
    held.update({f"department:{k}": v for k, v in roles.departments.items()})
    return {k: v for k, v in held.items() if v is not None}


def differing(old: dict[str, object], new: dict[str, object]) -> set[str]:
    return {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


def expected_ids(
    old: Scenario, new: Scenario, before: RuleSettings, after: RuleSettings
) -> dict[str, set[str]]:
    """What each section must name, from the scenarios' data alone."""
    posts = differing(old.posts, new.posts)  # type: ignore[arg-type]
    posts |= {
        p
        for p in old.posts.keys() & new.posts.keys()
        if old.posts[p].unit == new.posts[p].unit
        and department_of(old, old.posts[p].unit) != department_of(new, new.posts[p].unit)
    }
    return {
        "units": differing(old.units, new.units),  # type: ignore[arg-type]
        "posts": posts,
        "lines": differing(old.lines, new.lines),  # type: ignore[arg-type]
        "bodies": differing(old.bodies, new.bodies),  # type: ignore[arg-type]
        "roles": differing(role_map(old), role_map(new)),  # type: ignore[arg-type]
        "settings": {
            f.name
            for f in fields(RuleSettings)
            if getattr(before, f.name) != getattr(after, f.name)
        },
    }


def _design() -> Design:
    design = tiny_design()
    base = design.baseline
    base.units["c"] = Unit("c", "Section C", UnitKind.SECTION, parent="a")
    base.units["g"] = Unit("g", "Group", UnitKind.BODY, parent="hq")
    base.bodies["g"] = Body("g", "hq", ["a", "b"])
    base.lines["c-b"] = ReportingLine("c-b", "c", "b", LineKind.DUAL, "Also to B")
    base.roles.principals_group = "g"
    return design


UNITS = ["hq", "a", "b", "c", "g"]
unit_ids = st.sampled_from(UNITS)


def _move(s: Scenario, unit: str, parent: str) -> str:
    if unit != "hq" and parent != unit and unit not in s.ancestors(parent):
        s.units[unit].parent = parent
    return "units"


def _rename(s: Scenario, unit: str, name: str) -> str:
    s.units[unit].name = name
    return "units"


def _functions(s: Scenario, unit: str, name: str) -> str:
    s.units[unit].functions = [name]
    return "units"


def _add_line(s: Scenario, source: str, target: str) -> str:
    if source != target:
        s.lines[f"{source}-{target}"] = ReportingLine(f"{source}-{target}", source, target)
    return "lines"


def _drop_line(s: Scenario, source: str, _target: str) -> str:
    for line_id in [k for k, v in s.lines.items() if v.source == source]:
        del s.lines[line_id]
    return "lines"


def _line_caption(s: Scenario, source: str, text: str) -> str:
    for line in s.lines.values():
        if line.source == source:
            line.caption, line.kind = text, LineKind.DOTTED
    return "lines"


def _members(s: Scenario, member: str, _other: str) -> str:
    body = s.bodies.setdefault("g", Body("g"))
    body.members = [m for m in body.members if m != member] or [member]
    return "bodies"


def _chair(s: Scenario, chair: str, _other: str) -> str:
    s.bodies.setdefault("g", Body("g")).chair = chair
    return "bodies"


def _role(s: Scenario, unit: str, which: str) -> str:
    if which == "political":
        s.roles.departments["political"] = unit
    else:
        s.roles.shared_structure = None if unit == "hq" else unit
    return "roles"


def _post(s: Scenario, unit: str, grade: str) -> str:
    s.posts["p1"].unit, s.posts["p2"].grade = unit, grade
    return "posts"


PAIR_EDITS = [_move, _add_line, _drop_line, _members, _chair]
TEXT_EDITS = [_rename, _functions, _line_caption]
words = st.sampled_from(["Division A", "X", "mediation", "Also to B"])
edit = st.one_of(
    st.tuples(st.sampled_from(PAIR_EDITS), unit_ids, unit_ids),
    st.tuples(st.sampled_from(TEXT_EDITS), unit_ids, words),
    st.tuples(st.just(_role), unit_ids, st.sampled_from(["political", "shared"])),
    st.tuples(st.just(_post), unit_ids, st.sampled_from(["D-1", "P-4"])),
)
setting_edit = st.one_of(
    st.none(),
    st.builds(lambda n: ("max_span", n), st.sampled_from([None, 2, 40])),
    st.builds(lambda v: ("regional_entry_points", v), st.booleans()),
    st.builds(lambda k: ("functions_together", [["a", k]]), st.sampled_from(["b", "c"])),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(edit, max_size=4), setting_edit)
def test_the_diff_names_exactly_what_differs(
    edits: list[tuple[object, str, str]], setting: tuple[str, object] | None
) -> None:
    design = _design()
    old = design.baseline
    new = old.copy("new", "New", ScenarioKind.PROPOSAL)
    for function, first, second in edits:
        function(new, first, second)  # type: ignore[operator]
    before, after = RuleSettings(), RuleSettings()
    if setting is not None:
        setattr(after, *setting)
    expected = expected_ids(old, new, before, after)
    diff = diff_scenarios(old, new, (before, after))
    document = diff_json(diff, "f")
    named = {section: {e["id"] for e in document[section]} for section in SECTIONS}
    assert named == expected
    assert diff.empty is (not any(expected.values()))
    for section in SECTIONS:
        for entry in document[section]:
            assert set(entry) >= {"action", "id", "before", "after"}
    assert ("Nothing differs" in diff_text(diff, "f")) is diff.empty


@settings(max_examples=40, deadline=None)
@given(edit)
def test_each_edit_shows_in_its_own_section(one: tuple[object, str, str]) -> None:
    function, first, second = one
    design = _design()
    old = design.baseline
    new = old.copy("new", "New", ScenarioKind.PROPOSAL)
    section = function(new, first, second)  # type: ignore[operator]
    document = diff_json(diff_scenarios(old, new), "f")
    changed = {name for name in SECTIONS if document[name]}
    if not any(expected_ids(old, new, RuleSettings(), RuleSettings()).values()):
        assert changed == set()  # the edit changed nothing (a move into its own subtree ...)
        return
    assert section in changed
    # a unit that moved carries its posts along; nothing else spills into another section
    assert changed - {section} <= ({"posts"} if section == "units" else set())


def _un() -> tuple[Design, Scenario, Scenario]:
    design = load_design(UN_SAMPLE)
    proposal = design.find_scenario("a-72-525")
    return design, proposal, proposal.copy("cut", "Cut", ScenarioKind.PROPOSAL)


def test_removing_an_asg_dual_line_to_dpo_shows() -> None:
    _, proposal, cut = _un()
    [line_id] = [k for k, v in cut.lines.items() if v.source == "asg-africa" and v.target == "dpo"]
    del cut.lines[line_id]
    document = diff_json(diff_scenarios(proposal, cut), "f")
    assert document["lines"] == [
        {
            "action": "removed",
            "id": line_id,
            "before": {
                "id": line_id,
                "source": "asg-africa",
                "target": "dpo",
                "kind": "dual",
                "caption": proposal.lines[line_id].caption,
                "condition": proposal.lines[line_id].condition,
            },
            "after": None,
        }
    ]
    assert all(document[s] == [] for s in SECTIONS if s != "lines")


def test_cutting_the_principals_group_to_one_member_shows() -> None:
    _, proposal, cut = _un()
    group = cut.roles.principals_group
    assert group is not None and len(cut.bodies[group].members) > 1
    cut.bodies[group].members = cut.bodies[group].members[:1]
    diff = diff_scenarios(proposal, cut)
    document = diff_json(diff, "f")
    [entry] = document["bodies"]
    assert entry["action"] == "members changed" and entry["id"] == group
    assert entry["after"]["members"] == proposal.bodies[group].members[:1]
    text = diff_text(diff, "f")
    assert "bodies: 1 members changed" in text and "Nothing differs" not in text


def test_headline_splits_redeployed_from_moving_with_their_unit() -> None:
    design = load_design(UN_SAMPLE)
    old, new = design.baseline, design.find_scenario("a-72-525")
    # the declared successors, read from the file itself
    raw = json.loads(UN_SAMPLE.read_text(encoding="utf-8"))
    [units] = [s["units"] for s in raw["scenarios"] if s["id"] == "a-72-525"]
    succeeds = {u["id"]: {u["id"], *u.get("succession", {}).get("units", [])} for u in units}
    both = old.posts.keys() & new.posts.keys()
    elsewhere = sum(old.posts[p].unit not in succeeds[new.posts[p].unit] for p in both)

    def other_department(post: str) -> bool:
        was = department_of(old, old.posts[post].unit)
        now = department_of(new, new.posts[post].unit)
        return was not in succeeds.get(now or "", {now})

    with_unit = sum(
        old.posts[p].unit in succeeds[new.posts[p].unit] and other_department(p) for p in both
    )
    # 7 to PBSO, 2 DPA ASGs, 4 DPKO D-2s are redeployed; of the continuing posts, those in
    # DPA's and DPKO's units that stay in DPPA and DPO (their successors) are not listed
    assert (elsewhere, with_unit) == (13, 283)
    text = diff_text(diff_scenarios(old, new), "f")
    [posts] = [line.strip() for line in text.splitlines() if line.strip().startswith("posts:")]
    assert posts == (
        f"posts: {elsewhere} redeployed to another unit, "
        f"{with_unit} continuing with their unit in another department"
    )
