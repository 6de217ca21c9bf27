"""The findings the editor keeps between edits are those a fresh validation finds.

After every step of random edit sequences (every command class, undo and redo
among them), :class:`KeptFindings` reruns only the rules that read what the edits
touched; its report must equal a full :func:`validate`: the same findings in the
same order, the same skipped rules.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, UndoStack
from orgeditor.commands.base import Command
from orgeditor.model import Design
from orgeditor.model.aspects import Aspect
from orgeditor.rules import RULES, Rule, validate
from orgeditor.rules.base import Finding
from orgeditor.rules.kept import KeptFindings
from tests.builders import tiny_design
from tests.core.edits import DESIGNS, any_command, design_named


def test_every_rule_says_what_it_reads() -> None:
    for rule in RULES:
        assert rule.reads and all(isinstance(a, Aspect) for a in rule.reads), rule.id
    cost_rules = {r.id for r in RULES if Aspect.STRUCTURE not in r.reads}
    assert {"COST-TOTAL", "COST-FUNDING", "COST-GRADES"} <= cost_rules  # a move keeps them


def test_a_rule_that_does_not_say_what_it_reads_is_refused() -> None:
    try:

        class Careless(Rule):
            id = "X"

            def check(self, ctx: object) -> list[Finding]:
                return []

    except TypeError as error:
        assert "reads" in str(error)
    else:
        raise AssertionError("a rule without reads was accepted")


def test_an_edit_of_posts_keeps_the_findings_of_rules_that_do_not_read_posts() -> None:
    """The oracle counts which rules ran: after a post edit, only those reading posts."""
    from orgeditor.commands import SetPostFieldCommand
    from orgeditor.rules.engine import validation_steps

    design = tiny_design()
    scenario = design.proposals[0]
    kept = KeptFindings()
    kept.validate(design, scenario)
    change = SetPostFieldCommand(design, scenario.id, "p3", "grade", "D-1").do(design)
    kept.note(change, design.baseline.id)
    ran = list(kept.steps(design, scenario))
    readers = [r.id for r in RULES if Aspect.POSTS in r.reads]
    everything = list(validation_steps(design, scenario))
    assert set(ran) <= set(readers) and len(ran) < len(everything)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(DESIGNS), data=st.data())
def test_kept_findings_equal_a_fresh_validation_after_every_edit(
    name: str, data: st.DataObject
) -> None:
    design = design_named(name)
    stack = UndoStack(design)
    kept = KeptFindings()
    proposals = [s.id for s in design.proposals]  # most rules compare with the baseline
    scenario_id = data.draw(st.sampled_from(proposals or [design.baseline.id]))
    for _ in range(data.draw(st.integers(1, 10))):
        action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]))
        if action == "undo" and stack.can_undo:
            change = stack.undo()
        elif action == "redo" and stack.can_redo:
            change = stack.redo()
        else:
            try:
                change = stack.push(any_command(design, data))
            except CommandError:
                continue
        kept.note(change, design.baseline.id)
        scenario = next((s for s in design.scenarios if s.id == scenario_id), design.baseline)
        scenario_id = scenario.id
        report = kept.validate(design, scenario)
        fresh = validate(design, scenario)
        assert report.findings == fresh.findings
        assert report.skipped == fresh.skipped


def _probes() -> dict[str, Callable[[Design], list[Command]]]:
    """The issue-21 probes on "A/72/525", each as the commands a planner would push."""
    from orgeditor.commands import MoveUnitsCommand, SetLineFieldCommand, SetUnitFieldCommand

    def unit_field(unit: str, name: str, value: object) -> Callable[[Design], Command]:
        return lambda d: SetUnitFieldCommand(d, "a-72-525", unit, name, value)

    def condition(line: str, text: str) -> Callable[[Design], Command]:
        return lambda d: SetLineFieldCommand(d, "a-72-525", line, "condition", text)

    steps: dict[str, list[Callable[[Design], Command]]] = {
        "STRUCT-KEEP-TOGETHER": [lambda d: MoveUnitsCommand(d, "a-72-525", ["pbc-branch"], "scad")],
        "GRADE-HEAD": [unit_field("oma", "head_grade", "D-2")],
        "LEAD-CHART": [lambda d: MoveUnitsCommand(d, "a-72-525", ["minusma"], "dppa")],
        "REGION-DUAL-CONDITION": [
            condition("asg-africa-dppa", "Peacekeeping operations"),
            condition("asg-africa-dpo", "Political missions"),
        ],
        "REGION-SPREAD": [
            unit_field("asg-meap", "entry_point_for", []),
            unit_field("asg-ecaa", "entry_point_for", []),
            lambda d: SetUnitFieldCommand(
                d, "a-72-525", "asg-africa", "entry_point_for", [r.id for r in d.regions]
            ),
        ],
    }
    return {rule: (lambda d, s=s: [make(d) for make in s]) for rule, s in steps.items()}


@pytest.mark.parametrize("rule", sorted(_probes()))
def test_kept_findings_see_each_promise_broken_and_kept_again(rule: str) -> None:
    """A rule that read less than the probe touched would keep its clean report."""
    design = design_named("un")
    scenario = design.find_scenario("a-72-525")
    stack = UndoStack(design)
    kept = KeptFindings()
    assert not [f for f in kept.validate(design, scenario).findings if f.rule == rule]
    for command in _probes()[rule](design):
        kept.note(stack.push(command), design.baseline.id)
        report = kept.validate(design, scenario)
        assert report.findings == validate(design, scenario).findings
    assert [f for f in report.findings if f.rule == rule]
    while stack.can_undo:
        kept.note(stack.undo(), design.baseline.id)
    assert kept.validate(design, scenario).findings == validate(design, scenario).findings == []
