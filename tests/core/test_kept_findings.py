"""The findings the editor keeps between edits are those a fresh validation finds.

After every step of random edit sequences (every command class, undo and redo
among them), :class:`KeptFindings` reruns only the rules that read what the edits
touched; its report must equal a full :func:`validate`: the same findings in the
same order, the same skipped rules.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, UndoStack
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
