"""Designs that make the cost, function and governance rules say everything they can say.

Each case is a design and the scenario to check: the UN sample with one edit, or a small
design built here. Together they raise every message, fix description, no_fix and skip
reason of COST-*, FUNC-*, GOV-* and the engine (``tests/core/test_finding_language_a.py``
checks that they do, template by template).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from orgeditor.io import load_design
from orgeditor.model import (
    CostRate,
    Design,
    FundingPart,
    FundingSource,
    Location,
    NeutralityLevel,
    OrgFunction,
    Post,
    RequiredBody,
    RuleOverride,
    Scenario,
)
from orgeditor.rules import rule_by_id, validate
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE

RULE_IDS = (
    "COST-TOTAL",
    "COST-FUNDING",
    "COST-GRADES",
    "FUNC-KEPT",
    "FUNC-HOME",
    "FUNC-GENDER",
    "GOV-SPG",
    "GOV-PBF-LINK",
)


@dataclass(frozen=True)
class Case:
    """A design and the id of the scenario to check in it."""

    name: str
    design: Design
    scenario: str


_UN = load_design(UN_SAMPLE)


def _un(scenario: str, edit: Callable[[Design, Scenario], None] | None = None) -> Case:
    design = copy.deepcopy(_UN)
    if edit is not None:
        edit(design, design.find_scenario(scenario))
    return Case(getattr(edit, "__name__", "un"), design, scenario)


def _add_asg(design: Design, s: Scenario) -> None:
    """An ASG post with no offset: the total, RB and the senior posts grow."""
    s.posts["new-asg"] = Post("new-asg", "ASG", "RB", "asg-africa")


def _refund(design: Design, s: Scenario) -> None:
    """A post moved from RB to the support account: one source over, one under."""
    s.posts["ead.03"].funding = "SA"


def _refund_two(design: Design, s: Scenario) -> None:
    """Two posts moved to the support account: the fix moves both back, clause by clause."""
    s.posts["ead.03"].funding = "SA"
    s.posts["dpa.07"].funding = "SA"


def _abolish(design: Design, s: Scenario) -> None:
    """A post abolished: the total and RB are under; the fix re-establishes it."""
    del s.posts["ead.03"]


def _reclassify(design: Design, s: Scenario) -> None:
    """A post reclassified upwards: the fix reclassifies it back."""
    post = next(p for p in s.posts.values() if p.grade == "P-4" and p.funding == "RB")
    post.grade = "P-5"


def _reclassify_and_refund(design: Design, s: Scenario) -> None:
    """A post reclassified and re-funded at once: the fix returns it to both."""
    post = next(p for p in s.posts.values() if p.grade == "P-4" and p.funding == "RB")
    post.grade, post.funding = "P-3", "XB"


def _drop_decolonization(design: Design, s: Scenario) -> None:
    """A function no unit carries any more, whose unit is still there: give it back."""
    s.units["decol"].functions = []


def _electoral_to_dpo(design: Design, s: Scenario) -> None:
    """A homed function in the other department: move its unit home."""
    s.units["ead"].parent = "dpo"


def _dppa_under_dpo(design: Design, s: Scenario) -> None:
    """A department inside the other: its own functions' home must report to the top."""
    s.units["dppa"].parent = "dpo"


def _dppa_under_dpo_without_top(design: Design, s: Scenario) -> None:
    """As above, with no top to move it to (two roots, no top role)."""
    s.units["dppa"].parent = "dpo"
    s.roles.top = None
    s.units["spg"].parent = None


def _police_to_dppa(design: Design, s: Scenario) -> None:
    """Police and military affairs split between the departments."""
    s.units["police"].parent = "dppa"


def _orolsi_outside(design: Design, s: Scenario) -> None:
    """Police outside any department: the group is split with a part outside."""
    s.units["orolsi"].parent = None


def _no_gender(design: Design, s: Scenario) -> None:
    """No unit of DPO carries the gender function (its gender unit is still there)."""
    s.units["dpko-gender"].functions = []


def _no_gender_unit(design: Design, s: Scenario) -> None:
    """DPO's gender unit is gone (its posts go up to its division): the department carries it."""
    parent = s.units.pop("dpko-gender").parent
    for post in s.posts.values():
        if post.unit == "dpko-gender":
            post.unit = parent or "dpo"


def _spg_without_dpo(design: Design, s: Scenario) -> None:
    s.bodies["spg"].members = ["dppa", "eosg"]


def _spg_chaired_by_eosg(design: Design, s: Scenario) -> None:
    s.bodies["spg"].chair = "eosg"


def _spg_without_chair(design: Design, s: Scenario) -> None:
    s.bodies["spg"].chair = None


def _named_members(design: Design, s: Scenario) -> None:
    """A required body of named units that the scenario lacks."""
    design.rules.required_bodies = [
        RequiredBody(
            "board", "Review Board", "review board", "unit:board", "unit:eosg", ["unit:dpo"]
        )
    ]


def _no_pbf_link(design: Design, s: Scenario) -> None:
    del s.lines["fpb-eosg"]


def _turned_off(design: Design, s: Scenario) -> None:
    design.rules.rule_overrides = {"GOV-PBF-LINK": RuleOverride(enabled=False)}


def _no_departments(design: Design, s: Scenario) -> None:
    """No department roles mapped, no executive office, no top."""
    s.roles.departments = {}
    s.roles.executive_office = None
    s.roles.top = None
    s.units["spg"].parent = None


def _one_department(design: Design, s: Scenario) -> None:
    s.roles.departments = {"political": "dppa"}


def _chaired_by(chair: str) -> Callable[[Design, Scenario], None]:
    """A required body chaired by ``chair``, a reference the scenario cannot resolve."""

    def edit(design: Design, s: Scenario) -> None:
        design.rules.required_bodies = [RequiredBody("b", "Board", "", "unit:b", chair, [])]
        s.roles.executive_office = None

    edit.__name__ = f"_chaired_by_{chair}"
    return edit


def un_cases() -> Iterator[Case]:
    """The UN sample: its baseline as it is, and proposals with one edit each."""
    yield Case("un-baseline", copy.deepcopy(_UN), "as-is-2017")
    for edit in (
        _add_asg,
        _refund,
        _refund_two,
        _abolish,
        _reclassify,
        _reclassify_and_refund,
        _drop_decolonization,
        _electoral_to_dpo,
        _dppa_under_dpo,
        _dppa_under_dpo_without_top,
        _orolsi_outside,
        _no_gender,
        _no_gender_unit,
        _spg_without_dpo,
        _spg_chaired_by_eosg,
        _spg_without_chair,
        _named_members,
        _no_pbf_link,
        _turned_off,
        _no_departments,
    ):
        yield _un("a-72-525", edit)
    yield _un("res-72-262c", _police_to_dppa)
    yield _un("res-72-262c", _one_department)
    for chair in ("department:nowhere", "unit:ghost", "executive-office"):
        yield _un("res-72-262c", _chaired_by(chair))


def _stations(was: str, now: str) -> Design:
    """tiny_design with two duty stations whose rates differ; Division A of the proposal
    moves from ``was`` to ``now``: costs change with no post changed (no fix undoes it)."""
    design = tiny_design()
    design.locations = [Location("nyc", "New York"), Location("gva", "Geneva")]
    design.cost_table.rates += [
        CostRate("D-1", 240, None, "gva"),
        CostRate("P-4", 190, None, "gva"),
    ]
    for scenario in design.scenarios:
        scenario.units["a"].location = was
        scenario.units["b"].location = "nyc"
    design.proposals[0].units["a"].location = now
    return design


def _parts(level: NeutralityLevel) -> Design:
    """One source checked part by part (sections 1 and 2, and posts of the source itself)."""
    design = _stations("nyc", "nyc")
    design.funding_sources[0] = FundingSource(
        "RB",
        "Regular",
        parts=[FundingPart("RB-1", "Section 1"), FundingPart("RB-2", "Section 2")],
        neutrality=level,
    )
    for scenario in design.scenarios:
        scenario.posts["p4"] = Post("p4", "P-4", "RB-1", "a")
        scenario.posts["p5"] = Post("p5", "P-4", "RB-2", "b")
    return design


def _functions() -> Design:
    """tiny_design whose divisions carry functions: A carries f-a, B carries f-b."""
    design = tiny_design()
    design.functions = [OrgFunction("f-a", "Archives"), OrgFunction("f-b", "Budgeting")]
    for scenario in design.scenarios:
        scenario.units["a"].functions = ["f-a"]
        scenario.units["b"].functions = ["f-b"]
    return design


def small_cases() -> Iterator[Case]:
    """Small designs: costs that move without a post changing, parts, lost functions."""
    yield Case("station-over", _stations("nyc", "gva"), "option")
    yield Case("station-under", _stations("gva", "nyc"), "option")
    design = _parts(NeutralityLevel.PART)
    moved = design.proposals[0]
    moved.posts["p4"].funding = "RB-2"  # grades change in both parts
    moved.posts["p2"].grade = "P-4"  # the source's own posts: a reclassification
    yield Case("parts-with-grades", design, "option")
    design = _parts(NeutralityLevel.PART)
    design.proposals[0].units["a"].location = "gva"  # p4 (RB-1) and p2 (RB) cost more
    design.proposals[0].units["b"].location = "gva"  # p5 (RB-2) too
    yield Case("parts-over", design, "option")
    design = _parts(NeutralityLevel.PART)
    for scenario in design.scenarios:
        scenario.units["b"].location = "gva"
    design.proposals[0].units["b"].location = "nyc"
    yield Case("parts-under", design, "option")
    design = _functions()
    option = design.proposals[0]
    del option.units["a"]  # its post p2 moves to B, which now should carry Archives
    option.posts["p2"].unit = "b"
    option.posts["p3"].unit = "b"
    yield Case("function-to-heir", design, "option")
    design = _functions()
    option = design.proposals[0]
    del option.units["a"]  # and its post with it: nothing holds what it held
    del option.posts["p2"]
    option.posts["p3"].unit = "b"
    yield Case("function-lost", design, "option")
    yield Case("tiny-baseline", tiny_design(), "base")


def cases() -> list[Case]:
    """Every case of this corpus."""
    return [*un_cases(), *small_cases()]


GOLDEN = Path(__file__).parent / "data" / "golden" / "finding-texts-a-en.json"


def texts(case: Case) -> dict[str, object]:
    """What the rules say on ``case`` in the core's current language, as JSON-ready data."""
    rules = [rule_by_id(r) for r in RULE_IDS]
    report = validate(case.design, case.design.find_scenario(case.scenario), rules)
    return {
        "case": case.name,
        "findings": [
            {
                "rule": f.rule,
                "units": list(f.units),
                "posts": list(f.posts),
                "message": f.message,
                "fix": f.fix.description if f.fix else None,
                "no_fix": f.no_fix,
                "data": json.loads(json.dumps(f.data, sort_keys=True)),
            }
            for f in report.findings
        ],
        "skipped": [{"rule": s.rule, "reason": s.reason} for s in report.skipped],
    }


def write_golden() -> None:
    """Record the English texts (run once on the code before translation, which made
    ``GOLDEN``: ``python -c "from tests.finding_corpus_a import write_golden; write_golden()"``)."""
    found = [texts(case) for case in cases()]
    GOLDEN.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
