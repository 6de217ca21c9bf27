"""Every text the command modules of issue 19's part B say, reached on the UN sample:
step names (History, Undo/Redo), refusals and the problems the Settings forms show, and
``validate --fix``'s text output. Each case returns (text, names it must keep)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator

from orgeditor.commands import CommandError, SetRuleStateCommand
from orgeditor.commands.autofix import fix_runs_text, fix_scenario
from orgeditor.commands.fixes import command_for_fix
from orgeditor.commands.funding_parts import add_source, edit_source, part_uses
from orgeditor.commands.promise_text import parse_grades, parse_groups
from orgeditor.commands.references import Kind, uses
from orgeditor.commands.rule_settings import rule_choice, rule_states_command
from orgeditor.commands.segments import ItemDraft, KindDraft, drafts_of, set_segments
from orgeditor.commands.settings import (
    add_entry,
    delete_entry,
    edit_entry,
    move_entry,
    set_costs,
    set_rule_parameters,
)
from orgeditor.commands.settings_checks import DesignSettings, settings_problems
from orgeditor.io import loads
from orgeditor.model import CostRate, Design, FundingPart, NeutralityLevel
from orgeditor.rules.base import Fix
from tests.conftest import UN_SAMPLE

Case = Callable[[Design], str]


def _said(case: Case) -> str:
    design = loads(UN_SAMPLE.read_bytes())
    try:
        return case(design)
    except CommandError as error:
        return str(error)


def _segment_design(design: Design) -> Design:
    drafts = drafts_of(design)
    drafts.append(
        KindDraft(None, "cg", "client group", True, None, [ItemDraft(None, "ngo", "NGOs")])
    )
    set_segments(design, drafts).do(design)
    return design


def _levels(design: Design) -> NeutralityLevel:
    return design.funding_sources[0].neutrality


CASES: dict[str, tuple[Case, tuple[str, ...]]] = {
    # settings: kinds of entry
    **{
        f"add {kind.name}": (
            lambda d, k=kind: add_entry(d, k, {"id": "NEW", "name": "New"}).text,
            ("NEW",),
        )
        for kind in Kind
    },
    "edit grade": (
        lambda d: edit_entry(d, Kind.GRADE, "D-1", {"id": "D-1", "name": "Dir"}).text,
        ("D-1",),
    ),
    "rename grade": (
        lambda d: edit_entry(d, Kind.GRADE, "D-1", {"id": "D1", "name": "Dir"}).text,
        ("D-1", "D1"),
    ),
    "rename function": (
        lambda d: (
            edit_entry(d, Kind.FUNCTION, "political-analysis", {"id": "pa", "name": "PA"}).text
        ),
        ("political-analysis", "pa"),
    ),
    "move grade up": (lambda d: move_entry(d, Kind.GRADE, "D-1", 0).text, ("D-1",)),
    "move role down": (lambda d: move_entry(d, Kind.ROLE, "political", 1).text, ("political",)),
    "move nowhere": (lambda d: move_entry(d, Kind.GRADE, "D-1", 99).text, ("D-1",)),
    "delete location": (lambda d: delete_entry(_added(d), Kind.LOCATION, "NBO").text, ("NBO",)),
    "move grade down": (lambda d: move_entry(d, Kind.GRADE, "SG", 2).text, ("SG",)),
    "delete function": (lambda d: delete_entry(d, Kind.FUNCTION, "mediation-support").text, ()),
    "delete used grade": (lambda d: delete_entry(d, Kind.GRADE, "D-1").text, ("D-1",)),
    "map grade": (lambda d: delete_entry(d, Kind.GRADE, "D-1", "D-2").text, ("D-1", "D-2")),
    "map grade to itself": (lambda d: delete_entry(d, Kind.GRADE, "D-1", "D-1").text, ("D-1",)),
    "no such role": (lambda d: delete_entry(d, Kind.ROLE, "nope").text, ("nope",)),
    "bad code": (lambda d: add_entry(d, Kind.GRADE, {"id": "D-1", "name": "x"}).text, ("D-1",)),
    "costs": (lambda d: set_costs(d, "USD", None, "", d.cost_table.rates).text, ()),
    "parameters": (lambda d: set_rule_parameters(d, {"max_span": 9}).text, ()),
    "unknown parameter": (lambda d: set_rule_parameters(d, {"nope": 9}).text, ("nope",)),
    "uses of a grade": (lambda d: "; ".join(uses(d, Kind.GRADE, "D-1")), ("D-1",)),
    "uses of a role": (lambda d: "; ".join(uses(d, Kind.ROLE, "political")), ()),
    "uses of a function": (lambda d: "; ".join(uses(d, Kind.FUNCTION, "political-analysis")), ()),
    "settings problems": (lambda d: "\n".join(settings_problems(_broken(d))), ("XX", "D-1")),
    # funding sources and parts
    "add source": (
        lambda d: add_source(d, {"id": "NS", "name": "New"}, [], _levels(d)).text,
        ("NS",),
    ),
    "edit source": (
        lambda d: (
            edit_source(
                d,
                "XB",
                {"id": "XB", "name": "Extrabudgetary"},
                [(None, FundingPart("XB1", "One"))],
                _levels(d),
            ).text
        ),
        ("XB",),
    ),
    "bad part": (
        lambda d: (
            add_source(d, {"id": "NS", "name": "New"}, [FundingPart("RB", "One")], _levels(d)).text
        ),
        ("RB",),
    ),
    "part uses": (lambda d: "; ".join(part_uses(d, "RB")), ("D-1",)),
    # rules
    "turn off": (lambda d: SetRuleStateCommand(d, "STRUCT-SPAN", False).text, ("STRUCT-SPAN",)),
    "turn on as error": (
        lambda d: SetRuleStateCommand(d, "STRUCT-SPAN", True, "error").text,
        ("STRUCT-SPAN",),
    ),
    "already": (lambda d: SetRuleStateCommand(d, "STRUCT-SPAN", True).text, ("STRUCT-SPAN",)),
    "no rule": (lambda d: str(rule_choice("NOPE", True)), ("NOPE",)),
    "bad severity": (lambda d: str(rule_choice("STRUCT-SPAN", True, "grave")), ("grave",)),
    "several rules": (
        lambda d: (
            rule_states_command(d, {"STRUCT-SPAN": (False, None), "COST-TOTAL": (False, None)}).text
        ),
        (),
    ),
    "every rule": (lambda d: rule_states_command(d, {"STRUCT-SPAN": (True, None)}).text, ()),
    # promise parameters as typed
    **{
        f"groups {i}": (lambda d, t=t: parse_groups(t, {"dpa", "eosg"})[1], ())
        for i, t in enumerate(["x", "g: dpa", "g: dpa, nope", "g: dpa, eosg\ng: dpa, eosg"])
    },
    **{
        f"grades {i}": (lambda d, t=t: parse_grades(t, {"dpa"}, {"D-1"})[1], ())
        for i, t in enumerate(["dpa", "nope=D-1", "dpa=Z"])
    },
    # segments
    "segments": (
        lambda d: set_segments(_segment_design(d), [*drafts_of(d)[:1], _renamed(d)]).text,
        (),
    ),
    "segments unchanged": (lambda d: set_segments(d, drafts_of(d)).text, ()),
    "regions first": (lambda d: set_segments(d, [*drafts_of(d)[::-1], _renamed(d)]).text, ()),
    "regions kept": (lambda d: set_segments(d, [_regions(d, id="zone")]).text, ()),
    "region in use": (lambda d: set_segments(d, [_regions(d, items=[])]).text, ("africa",)),
    "region code": (lambda d: set_segments(d, [_regions(d), _kind("region")]).text, ()),
    "twin kinds": (
        lambda d: set_segments(d, [_regions(d), _kind("cg"), _kind("cg")]).text,
        ("cg",),
    ),
    "bad grade": (lambda d: set_segments(d, [_regions(d), _kind("cg", grade="Z")]).text, ("Z",)),
    "twin items": (lambda d: set_segments(d, [_regions(d), _kind("cg", twins=True)]).text, ("x",)),
    "kind in use": (
        lambda d: set_segments(_member(_segment_design(d)), drafts_of(d)[:1]).text,
        ("cg",),
    ),
    # fixes and validate --fix
    "no scenario": (
        lambda d: command_for_fix(d, "nope", Fix("set-region", "x", {})).text,
        ("nope",),
    ),
    "gone unit": (
        lambda d: command_for_fix(d, "as-is-2017", Fix("set-region", "x", {"unit": "zz"})).text,
        ("zz",),
    ),
    "fix": (
        lambda d: (
            command_for_fix(
                d,
                "as-is-2017",
                Fix("set-region", "Put dpa in Africa", {"unit": "dpa", "region": "africa"}),
            ).text
        ),
        ("dpa",),
    ),
    "fix run": (lambda d: _fix_text(d), ("A/72/525",)),
}


def _broken(design: Design) -> DesignSettings:
    settings = DesignSettings.of(design)
    settings.cost_table.currency = "usd"
    settings.cost_table.year = 1
    settings.cost_table.rates.append(CostRate("XX", 1))
    settings.cost_table.rates.append(copy.copy(settings.cost_table.rates[0]))
    settings.cost_table.rates.append(CostRate("D-1", -1))
    settings.rules.max_span = 0
    settings.rules.senior_grade = "XX"
    return settings


def _regions(design: Design, **changes: object) -> KindDraft:
    regions = drafts_of(design)[0]
    for name, value in changes.items():
        setattr(regions, name, value)
    return regions


def _kind(code: str, grade: str | None = None, twins: bool = False) -> KindDraft:
    items = [ItemDraft(None, "x", "X")] * (2 if twins else 1)
    return KindDraft(None, code, "client group", True, grade, items)


def _renamed(design: Design) -> KindDraft:
    kind = copy.deepcopy(drafts_of(design)[-1])
    kind.name = "partner group"
    return kind


def _member(design: Design) -> Design:
    design.scenarios[0].units["dpa"].segments = {"cg": "ngo"}
    return design


def _added(design: Design) -> Design:
    add_entry(design, Kind.LOCATION, {"id": "NBO", "name": "Nairobi"}).do(design)
    return design


def _fix_text(design: Design) -> str:
    runs = [fix_scenario(design, s, limit=3) for s in design.scenarios[:2]]
    runs += [fix_scenario(design, design.scenarios[2], rule="STRUCT-SPAN")]
    return fix_runs_text("in.orgdesign", "out.orgdesign", runs)


def cases() -> Iterator[tuple[str, tuple[str, ...]]]:
    """(case name, names its text keeps)."""
    for name, (_, names) in CASES.items():
        yield name, names


def texts() -> dict[str, str]:
    """Each case's text in the language the core speaks."""
    return {name: _said(case) for name, (case, _) in CASES.items()}
