"""Funding sources with parts: costs per part, COST-FUNDING at the source or part level."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands.fixes import command_for_fix
from orgeditor.io import dumps, loads
from orgeditor.io.errors import DesignFileError
from orgeditor.model import (
    CostRate,
    CostTable,
    Design,
    FundingPart,
    FundingSource,
    Grade,
    Metadata,
    NeutralityLevel,
    Post,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Unit,
    UnitKind,
)
from orgeditor.model.costs import cost_breakdown
from orgeditor.reports.summary import summary_text
from orgeditor.rules import rule_by_id, validate

GRADES = ("D-1", "P-4", "G-5")
PARTS = ("S1", "S2", "S3")
FUNDINGS = ("RB", *PARTS, "XB")
# an explicit rate for one part; the others fall back to the source's rate, XB to the grade's
RATES = [
    CostRate("D-1", 300),
    CostRate("P-4", 200),
    CostRate("G-5", 100),
    CostRate("P-4", 210, "RB"),
    CostRate("P-4", 230, "S2"),
    CostRate("G-5", 120, "RB"),
]


def _rate(grade: str, funding: str, rates: list[CostRate] = RATES) -> int:
    """The cost table read by hand: the part's rate, else RB's for a part, else the grade's."""
    table = {(r.grade, r.funding): r.annual_cost for r in rates}
    for key in ((grade, funding), (grade, "RB" if funding in PARTS else funding), (grade, None)):
        if key in table:
            return table[key]
    raise AssertionError("every grade has a rate")


SAME_RATES = [r for r in RATES if r.funding not in PARTS]  # every part takes RB's rate


def design_with(
    posts: dict[str, tuple[str, str]],
    level: NeutralityLevel,
    rates: list[CostRate] = RATES,
) -> Design:
    """One unit; baseline posts as given ``id -> (grade, funding)``; a proposal copy."""
    base = Scenario("base", "Today", ScenarioKind.BASELINE, roles=ScenarioRoles(top="hq"))
    base.units = {"hq": Unit("hq", "Head Office", UnitKind.OFFICE)}
    base.posts = {p: Post(p, g, f, "hq") for p, (g, f) in posts.items()}
    proposal = base.copy("plan", "Plan", ScenarioKind.PROPOSAL)
    regular = FundingSource(
        "RB",
        "Regular budget",
        parts=[FundingPart(p, f"Section {p[1:]}") for p in PARTS],
        neutrality=level,
    )
    return Design(
        metadata=Metadata("Parts"),
        grades=[Grade(g, g) for g in GRADES],
        funding_sources=[regular, FundingSource("XB", "Extrabudgetary")],
        cost_table=CostTable("USD", list(rates)),
        scenarios=[base, proposal],
    )


def _funding_findings(design: Design) -> list[dict[str, object]]:
    report = validate(design, design.proposals[0], [rule_by_id("COST-FUNDING")])
    return [dict(f.data) for f in report.findings]


def _part_totals(scenario: Scenario, rates: list[CostRate]) -> Counter[str]:
    """Cost per part (RB's own posts under RB), summed post by post."""
    totals: Counter[str] = Counter()
    for post in scenario.posts.values():
        totals[post.funding] += _rate(post.grade, post.funding, rates)
    return totals


def test_costs_use_the_parts_rate_or_the_sources() -> None:
    design = design_with(
        {"a": ("P-4", "S2"), "b": ("P-4", "S1"), "c": ("G-5", "S3"), "d": ("P-4", "XB")},
        NeutralityLevel.SOURCE,
    )
    costs = cost_breakdown(design, design.baseline)
    assert costs.cost_by_part == {"S1": 210, "S2": 230, "S3": 120, "XB": 200}
    assert costs.cost_by_funding == {"RB": 560, "XB": 200}
    assert costs.posts_by_funding == {"RB": 3, "XB": 1}
    assert costs.total == 760 and costs.uncosted == []


def test_a_transfer_between_sections_is_neutral_at_source_level() -> None:
    design = design_with({"a": ("P-4", "S1"), "b": ("P-4", "S3")}, NeutralityLevel.SOURCE)
    design.proposals[0].posts["a"].funding = "S3"
    assert _funding_findings(design) == []


def test_at_part_level_the_transfer_is_reported_and_the_fix_names_the_post() -> None:
    design = design_with({"a": ("P-4", "S1"), "b": ("P-4", "S3")}, NeutralityLevel.PART)
    design.proposals[0].posts["a"].funding = "S3"
    report = validate(design, design.proposals[0], [rule_by_id("COST-FUNDING")])
    assert [f.message for f in report.findings] == [
        "Section 1 (S1) of Regular budget (RB) is under the baseline by USD 210 a year: -1 P-4 "
        "against the baseline. Nothing may move between the parts of Regular budget (RB).",
        "Section 3 (S3) of Regular budget (RB) is over the baseline by USD 210 a year: +1 P-4 "
        "against the baseline. Nothing may move between the parts of Regular budget (RB).",
    ]
    fix = report.findings[0].fix
    assert fix is not None and fix.params == {"posts": ["a"]}
    assert "move post a (P-4) in Head Office back from S3 to S1" in fix.description
    command_for_fix(design, "plan", fix).do(design)
    assert _funding_findings(design) == []


def test_a_part_with_its_own_rate_changes_the_sources_cost() -> None:
    design = design_with({"a": ("P-4", "S1")}, NeutralityLevel.SOURCE)
    design.proposals[0].posts["a"].funding = "S2"  # S2 has its own, higher rate
    assert [(f["funding"], f["difference"]) for f in _funding_findings(design)] == [("RB", 20)]


posts_strategy = st.dictionaries(
    st.sampled_from([f"p{i}" for i in range(12)]),
    st.tuples(st.sampled_from(GRADES), st.sampled_from(FUNDINGS)),
    min_size=1,
)


@settings(max_examples=40, deadline=None)
@given(
    posts=posts_strategy,
    edits=st.lists(
        st.tuples(st.integers(0, 11), st.sampled_from(GRADES), st.sampled_from(FUNDINGS)),
        max_size=5,
    ),
    moves=st.lists(st.tuples(st.integers(0, 11), st.sampled_from(PARTS)), max_size=5),
    rates=st.sampled_from([RATES, SAME_RATES]),
)
def test_moving_funding_between_parts(
    posts: dict[str, tuple[str, str]],
    edits: list[tuple[int, str, str]],
    moves: list[tuple[int, str]],
    rates: list[CostRate],
) -> None:
    """Whatever else a proposal changes, moving posts between parts of RB (at one rate)
    leaves the source-level verdict as it was; at part level the findings name exactly the
    parts whose totals (summed post by post) differ from the baseline."""
    ids = sorted(posts)
    source_level = design_with(posts, NeutralityLevel.SOURCE, SAME_RATES)
    plan = source_level.proposals[0]
    for index, grade, funding in edits:
        post = plan.posts[ids[index % len(ids)]]
        post.grade, post.funding = grade, funding
    before_moves = _funding_findings(source_level)
    for index, part in moves:
        post = plan.posts[ids[index % len(ids)]]
        if post.funding in PARTS:
            post.funding = part
    verdict = [(f["funding"], f["difference"]) for f in _funding_findings(source_level)]
    assert verdict == [(f["funding"], f["difference"]) for f in before_moves]

    part_level = design_with(posts, NeutralityLevel.PART, rates)
    part_level.scenarios[1] = plan
    then, now = _part_totals(part_level.baseline, rates), _part_totals(plan, rates)
    changed = {key for key in FUNDINGS if now[key] != then[key]}
    findings = _funding_findings(part_level)
    assert {f["funding"] for f in findings} == changed
    for finding in findings:
        key = str(finding["funding"])
        assert finding["difference"] == now[key] - then[key]
        assert finding.get("source") == ("RB" if key in ("RB", *PARTS) else None)


def test_parts_survive_save_and_reload() -> None:
    design = design_with({"a": ("P-4", "S2")}, NeutralityLevel.PART)
    text = dumps(design)
    assert loads(text.decode(), "parts.orgdesign") == design
    source = json.loads(text)["funding_sources"][0]
    assert source["neutrality"] == "part" and [p["id"] for p in source["parts"]] == list(PARTS)


def test_a_part_id_taken_by_a_source_is_refused_on_load() -> None:
    plain = json.loads(dumps(design_with({"a": ("P-4", "S2")}, NeutralityLevel.PART)))
    plain["funding_sources"][0]["parts"][0]["id"] = "XB"
    with pytest.raises(DesignFileError, match=r"funding_sources\[0\]\.parts\[0\]\.id"):
        loads(json.dumps(plain), "parts.orgdesign")


def test_the_summary_lists_each_part_under_its_source() -> None:
    posts = {"a": ("P-4", "S2"), "b": ("G-5", "S1"), "c": ("D-1", "RB"), "d": ("P-4", "XB")}
    design = design_with(posts, NeutralityLevel.PART)
    design.proposals[0].posts["b"].funding = "S3"
    text = summary_text(design, "parts.orgdesign")
    table = text.split("Proposal: Plan")[1].split("Annual cost by funding source")[1]
    rows = [line for line in table.splitlines()[2:] if line.strip()]
    then, now = _part_totals(design.baseline, RATES), _part_totals(design.proposals[0], RATES)
    regular = sum(now[k] for k in ("RB", *PARTS))
    expected = [
        ("Regular budget (RB)", regular, regular - sum(then[k] for k in ("RB", *PARTS))),
        *((f"  Section {k[1]} ({k})", now[k], now[k] - then[k]) for k in PARTS),
        ("  Regular budget as a whole (RB)", now["RB"], now["RB"] - then["RB"]),
        ("Extrabudgetary (XB)", now["XB"], now["XB"] - then["XB"]),
        ("Total", sum(now.values()), sum(now.values()) - sum(then.values())),
    ]
    found = []
    for row in rows:
        name, cost, change = row[4:].rsplit(maxsplit=2)
        found.append((name.rstrip(), int(cost.replace(",", "")), int(change.replace(",", ""))))
    assert found == expected
