"""Several rules set in one step (the Settings > Rules page's Apply): exact undo, as validated."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, rule_states_command
from orgeditor.io import load_design
from orgeditor.io.convert import to_plain
from orgeditor.model.design import SEVERITIES
from orgeditor.rules import RULES
from orgeditor.rules.engine import validate
from tests.conftest import UN_SAMPLE

STATES = st.dictionaries(
    st.sampled_from([rule.id for rule in RULES]),
    st.tuples(st.booleans(), st.sampled_from(SEVERITIES)),
    min_size=1,
    max_size=6,
)
DESIGN = load_design(UN_SAMPLE)


@settings(max_examples=30, deadline=None)
@given(STATES, STATES)
def test_a_run_of_rule_states_is_what_validate_reports_and_undoes_exactly(
    first: dict[str, tuple[bool, str]], second: dict[str, tuple[bool, str]]
) -> None:
    design = load_design(UN_SAMPLE)
    own = {rule.id: rule.severity.value for rule in RULES}
    done = []
    for states in (first, second):
        before = to_plain(design)
        try:
            command = rule_states_command(design, states)
        except CommandError:  # nothing changes: every rule is already set that way
            assert all(
                (design.rules.override(r).enabled, design.rules.override(r).severity or own[r]) == s
                for r, s in states.items()
            )
            continue
        command.do(design)
        done.append((command, before))
        report = validate(design, design.baseline)
        skipped = {s.rule for s in report.skipped}
        for rule_id, (enabled, severity) in states.items():
            choice = design.rules.override(rule_id)
            assert (choice.enabled, choice.severity or own[rule_id]) == (enabled, severity)
            assert choice.severity != own[rule_id]  # the rule's own severity is stored as None
            if not enabled:
                assert rule_id in skipped
                assert all(f.rule != rule_id for f in report.findings)
    for command, before in reversed(done):
        command.undo(design)
        assert to_plain(design) == before
    assert to_plain(design) == to_plain(DESIGN)


def test_setting_nothing_new_is_refused_and_an_unknown_rule_named() -> None:
    design = load_design(UN_SAMPLE)
    with pytest.raises(CommandError, match="already set"):
        rule_states_command(design, {"FUNC-HOME": (True, "error")})
    with pytest.raises(CommandError, match="NO-SUCH"):
        rule_states_command(design, {"NO-SUCH": (False, "error")})
