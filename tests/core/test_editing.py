"""The Qt-free editing core: one undo history with a limit and a clean mark, kept state, events."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import Change, CommandError, RenameScenarioCommand, UndoStack
from orgeditor.editing import (
    CHECK_AT_ONCE_UNITS,
    CHECK_DELAY_MS,
    OpenDocument,
    concerns,
    touched,
)
from orgeditor.io import dumps, loads
from orgeditor.model.aspects import Aspect
from orgeditor.model.costs import cost_breakdown
from orgeditor.rules import Report, validate
from orgeditor.synthetic import generate
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE
from tests.core.test_undo_property import _command

ORIGINAL = MINISTRIES_SAMPLE.read_bytes()


def _findings(report: Report) -> list[tuple[object, ...]]:
    return [
        (f.rule, f.severity, f.message, tuple(f.units), tuple(f.posts)) for f in report.findings
    ]


def _rename(design: object, n: int) -> RenameScenarioCommand:
    return RenameScenarioCommand(design, design.baseline.id, f"name {n}")  # type: ignore[attr-defined]


def test_the_history_keeps_at_most_its_limit_and_undoes_the_rest_exactly() -> None:
    design = loads(ORIGINAL)
    stack = UndoStack(design, limit=3)
    states, commands = [dumps(design)], []
    for n in range(5):  # each command is made on the design as the last one left it
        commands.append(_rename(design, n))
        stack.push(commands[-1])
        states.append(dumps(design))
    assert stack.count() == 3 and stack.texts() == [c.text for c in commands[2:]]
    while stack.can_undo:
        stack.undo()
    assert dumps(design) == states[2]  # the two oldest steps were forgotten
    stack.go_to(3)
    assert dumps(design) == states[5] and not stack.can_redo


def test_the_clean_mark_follows_saves_undo_redo_and_the_limit() -> None:
    design = loads(ORIGINAL)
    stack = UndoStack(design, limit=2)
    assert stack.clean
    stack.push(_rename(design, 1))
    assert not stack.clean
    stack.undo()
    assert stack.clean  # back to the file's state
    stack.redo()
    stack.set_clean()
    stack.undo()
    assert not stack.clean
    stack.push(_rename(design, 2))  # the saved state was in the redo history: gone for good
    assert not stack.clean and not stack.can_redo
    stack.set_clean()
    stack.push(_rename(design, 3))
    stack.push(_rename(design, 4))  # the saved state is still two undos away
    stack.undo()
    stack.undo()
    assert stack.clean
    stack.go_to(2)
    stack.push(_rename(design, 5))  # the limit forgets the step that led there
    stack.undo()
    stack.undo()
    assert not stack.can_undo and not stack.clean
    stack.reset_clean()
    assert not stack.clean


def test_every_step_reaches_the_document_however_it_is_undone() -> None:
    document = OpenDocument(loads(UN_SAMPLE.read_bytes()))
    seen: list[Change] = []
    moved: list[None] = []
    document.changed.connect(seen.append)
    document.history_moved.connect(moved.append)
    before = dumps(document.design)
    assert document.add_post("pmd", "D-1", "RB")
    assert document.modified and document.history.undo_text().startswith("Establish")
    document.history.undo()  # straight on the history, as the History dock does
    assert [c.aspects for c in seen] == [frozenset({Aspect.POSTS})] * 2 and len(moved) == 2
    assert dumps(document.design) == before and not document.modified
    assert document.edit_count == 2


def test_a_refused_edit_says_why_and_leaves_no_step() -> None:
    document = OpenDocument(loads(UN_SAMPLE.read_bytes()))
    refused: list[str] = []
    document.edit_refused.connect(refused.append)
    assert not document.move_units(["pmd"], "pmd")
    assert refused and document.history.count() == 0


def test_deleting_the_scenario_on_screen_shows_another_and_drops_its_report() -> None:
    document = OpenDocument(loads(UN_SAMPLE.read_bytes()))
    shown: list[str] = []
    document.scenario_switched.connect(shown.append)
    gone = document.scenario_id
    document.check_now()
    assert document.delete_scenario(gone)
    assert shown == [document.scenario_id] and document.scenario_id != gone
    assert document.report is None
    document.history.undo()
    assert gone in {s.id for s in document.design.scenarios}


def test_small_designs_are_checked_at_once_and_big_ones_after_a_delay() -> None:
    small = OpenDocument(loads(UN_SAMPLE.read_bytes()))
    assert small.checks_at_once and small.check_delay_ms == 0
    big = OpenDocument(generate(CHECK_AT_ONCE_UNITS + 500))
    assert len(big.scenario.units) > CHECK_AT_ONCE_UNITS
    assert not big.checks_at_once and big.check_delay_ms == CHECK_DELAY_MS
    steps = big.check_steps()
    rules = [next(steps) for _ in range(3)]
    assert len(set(rules)) == 3  # a rule at a time: the caller may stop between them


@pytest.mark.parametrize("scenario_changed", [None, "other", "mine"])
def test_concerns_says_which_changes_may_alter_a_scenario(scenario_changed: str | None) -> None:
    names = frozenset({Aspect.NAMES})
    assert concerns(Change(scenario_changed, names), "mine") is (scenario_changed != "other")
    assert concerns(Change("other", names, scenarios=True), "mine")


def test_touched_says_what_a_view_of_a_scenario_may_show_anew() -> None:
    names, posts = frozenset({Aspect.NAMES}), frozenset({Aspect.POSTS})
    assert touched(Change("mine", names), "mine", "base") == names
    assert touched(Change(None, posts), "mine", "base") == posts  # the design's settings
    assert touched(Change("base", posts), "mine", "base") == {Aspect.BASELINE}
    assert touched(Change("base", posts), "base", "base") == posts
    assert touched(Change("other", names), "mine", "base") == frozenset()
    assert touched(Change("other", frozenset(), scenarios=True), "mine", "base") == set(Aspect)


def test_switching_back_to_a_scenario_checks_only_what_edits_touched_since() -> None:
    """Each scenario keeps its findings: a switch back runs no rule, unless an edit of it,
    of the baseline or of the settings touched what the rule reads."""
    document = OpenDocument(loads(UN_SAMPLE.read_bytes()))
    proposal, other = document.scenario_id, "res-72-262c"
    document.check_now()
    document.switch_scenario(other)
    assert document.set_unit_field("oma", "name", "Office of Military Affairs (renamed)")
    document.check_now()
    document.switch_scenario(proposal)
    steps = document.check_steps()
    ran = []
    try:
        while True:
            ran.append(next(steps))
    except StopIteration as done:
        report = done.value
    assert ran == []  # an edit of another proposal touches none of its rules
    assert _findings(report) == _findings(validate(document.design, document.scenario))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_what_the_document_keeps_matches_a_fresh_computation(data: st.DataObject) -> None:
    """Kept costs and kept findings, across random edits, undos, redos and switches."""
    document = OpenDocument(loads(ORIGINAL))
    document.check_now()
    for _ in range(data.draw(st.integers(1, 10))):
        action = data.draw(st.sampled_from(["edit", "edit", "undo", "redo", "switch"]))
        if action == "edit":
            try:
                document.history.push(_command(document.design, data))
            except CommandError:
                continue
        elif action == "undo" and document.history.can_undo:
            document.history.undo()
        elif action == "redo" and document.history.can_redo:
            document.history.redo()
        elif action == "switch":
            document.switch_scenario(data.draw(st.sampled_from(document.design.scenarios)).id)
        for scenario in document.design.scenarios:
            assert document.costs_of(scenario) == cost_breakdown(document.design, scenario)
        report = document.check_now()
        fresh = validate(document.design, document.scenario)
        assert _findings(report) == _findings(fresh) and report.skipped == fresh.skipped
