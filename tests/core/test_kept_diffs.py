"""Compare mode's kept diffs equal a fresh diff of the two scenarios after random edits.

The oracle is ``diff_scenarios`` and ``unit_marks`` on the scenarios as they are
now; the edits are random commands of every class through the editing core's one
history, with undo and redo among them, and the kept diffs are asked for every
pair of scenarios after each step (as compare mode asks after each change).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError
from orgeditor.editing import OpenDocument
from orgeditor.reports.diff import diff_scenarios, unit_marks
from orgeditor.reports.kept_diffs import KeptDiffs
from tests.core.edits import DESIGNS, any_command, design_named


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(DESIGNS), data=st.data())
def test_a_kept_diff_equals_a_fresh_one_after_random_edits(name: str, data: st.DataObject) -> None:
    design = design_named(name)
    document = OpenDocument(design)
    kept = KeptDiffs()
    for _ in range(data.draw(st.integers(1, 8))):
        action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo", "look"]))
        history = document.history
        if action == "undo" and history.can_undo:
            history.undo()
        elif action == "redo" and history.can_redo:
            history.redo()
        elif action == "edit":
            try:
                history.push(any_command(design, data))
            except CommandError:
                continue
        for old in design.scenarios:
            for new in design.scenarios:
                revisions = (document.revision(old.id), document.revision(new.id))
                diff, marks = kept.compared(old, new, revisions)
                fresh = diff_scenarios(old, new)
                assert diff == fresh
                assert marks == unit_marks(fresh)


def test_a_diff_is_kept_until_an_edit_touches_either_scenario() -> None:
    """Asked again with nothing changed, the very same diff comes back; an edit of one of
    the two makes it again, an edit of a third scenario does not."""
    from orgeditor.commands import SetUnitFieldCommand

    design = design_named("un")
    document = OpenDocument(design)
    kept = KeptDiffs()
    old, new, third = design.scenarios[0], design.scenarios[1], design.scenarios[2]

    def ask() -> object:
        return kept.compared(old, new, (document.revision(old.id), document.revision(new.id)))

    first = ask()
    assert ask() is first
    unit = next(iter(third.units))
    document.history.push(SetUnitFieldCommand(design, third.id, unit, "name", "Elsewhere"))
    assert ask() is first
    unit = next(iter(new.units))
    document.history.push(SetUnitFieldCommand(design, new.id, unit, "name", "Renamed"))
    second = ask()
    assert second is not first and second[0] == diff_scenarios(old, new)
