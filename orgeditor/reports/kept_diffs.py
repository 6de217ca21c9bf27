"""What compare mode shows, kept per pair of scenarios until an edit touches either.

A diff of two 10,000-unit scenarios takes tens of milliseconds; compare mode
needs it when it is turned on, after every edit and on every switch. Turning it
off and on again, or switching back to a scenario compared before, needs no new one.
"""

from __future__ import annotations

from orgeditor.model import Scenario
from orgeditor.reports.diff import ScenarioDiff, UnitMark, diff_scenarios, unit_marks

KEEP_PAIRS = 4  # pairs compared most recently; older ones are forgotten

Compared = tuple[ScenarioDiff, dict[str, UnitMark]]


class KeptDiffs:
    """The diff and the cards' marks of each (earlier, later) pair of scenarios compared.

    Keeps: per pair of scenario ids, both scenario objects, the revision each had
    (``OpenDocument.revision``: a count of the changes that touched it, which a
    change of the scenario list or of the design's settings bumps for every
    scenario), the diff and its marks. Invalidates: another revision of either
    scenario, or another object under either id. ``tests/core/test_kept_diffs.py``
    compares a kept diff with a fresh one after random edits, undo and redo.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], tuple[Scenario, Scenario, tuple[int, int], Compared]] = {}

    def compared(self, old: Scenario, new: Scenario, revisions: tuple[int, int]) -> Compared:
        """What changed from ``old`` to ``new``, and how each card of ``new`` shows it
        (:func:`diff_scenarios`, :func:`unit_marks`); made again only if stale."""
        key = (old.id, new.id)
        known = self._kept.pop(key, None)  # popped and put back: the latest come last
        if known is None or known[0] is not old or known[1] is not new or known[2] != revisions:
            diff = diff_scenarios(old, new)
            known = (old, new, revisions, (diff, unit_marks(diff)))
        self._kept[key] = known
        while len(self._kept) > KEEP_PAIRS:
            del self._kept[next(iter(self._kept))]
        return known[3]
