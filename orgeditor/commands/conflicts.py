"""Deciding a conflict a merge kept (issue 18): take ours, take theirs or a value of one's own.

The decision is worked out by :func:`orgeditor.merge.resolve.resolved` (the value put
in its place in the file form, the result read back with the loader's checks);
this command swaps the decided part in and out, so that do and undo restore the
document exactly. A conflict inside a scenario swaps that scenario's content
and the conflict list; any other swaps every part of the design.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from orgeditor.commands.base import Change, Command, CommandError
from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.merge.resolve import ResolveError, place_text, resolved, side_value
from orgeditor.model import Design, MergeConflict, MergeSide
from orgeditor.model.aspects import EVERYTHING, UNIT_FIELD_ASPECTS, Aspect

# what a collection of a scenario holds, as the aspect an edit of one of its items touches
_COLLECTION_ASPECTS = {
    "posts": Aspect.POSTS,
    "lines": Aspect.LINES,
    "bodies": Aspect.BODIES,
    "roles": Aspect.ROLES,
}


def conflict_aspects(conflict: MergeConflict) -> frozenset[Aspect]:
    """The aspects deciding ``conflict`` may touch besides the conflict list itself."""
    path = conflict.path
    if conflict.scenario is None or len(path) < 3:
        return EVERYTHING
    collection = path[2]
    if collection == "units" and len(path) >= 5 and path[4] in UNIT_FIELD_ASPECTS:
        return frozenset({UNIT_FIELD_ASPECTS[path[4]], Aspect.COMMENTS})
    if collection in _COLLECTION_ASPECTS:
        return frozenset({_COLLECTION_ASPECTS[collection], Aspect.COMMENTS})
    return EVERYTHING


class ResolveConflictCommand(Command):
    """Put ``value`` in the place of the design's conflict ``index`` and drop the conflict.

    ``how`` names the decision in the history ("Take theirs", "Edit", "Keep"), in the
    user's language; None: "Decide".
    """

    def __init__(self, design: Design, index: int, value: Any, how: str | None = None) -> None:
        try:
            after = resolved(design, index, value)
        except ResolveError as error:
            raise CommandError(str(error)) from None
        conflict = design.conflicts[index]
        self.scenario_id = conflict.scenario
        self.aspects = conflict_aspects(conflict)
        if self.scenario_id is not None and (
            self.aspects == EVERYTHING
            or self.scenario_id not in {s.id for s in after.scenarios}
            or len(conflict.path) < 4
        ):
            self.scenario_id = None  # the scenario's own fields, or the scenario itself
        self.after = self._part(after)
        self.before: dict[str, Any] | None = None
        self.text = translate("Command", "{decision}: {place}").format(
            decision=translate("Command", "Decide") if how is None else how,
            place=place_text(design, conflict),
        )

    def _part(self, design: Design) -> dict[str, Any]:
        """The fields this decision swaps: a scenario's and the conflict list, or all."""
        if self.scenario_id is None:
            return {f.name: getattr(design, f.name) for f in dataclasses.fields(design)}
        scenario = next(s for s in design.scenarios if s.id == self.scenario_id)
        fields = dataclasses.fields(scenario)
        part = {f"scenario.{f.name}": getattr(scenario, f.name) for f in fields}
        part["conflicts"] = design.conflicts
        return part

    def _swap(self, design: Design, part: dict[str, Any]) -> Change:
        fresh = copy.deepcopy(part)
        if self.scenario_id is None:
            for name, value in fresh.items():
                setattr(design, name, value)
            return Change(None, EVERYTHING, scenarios=True)
        scenario = next(s for s in design.scenarios if s.id == self.scenario_id)
        units = set(scenario.units)
        for name, value in fresh.items():
            if name.startswith("scenario."):
                setattr(scenario, name.removeprefix("scenario."), value)
        design.conflicts = fresh["conflicts"]
        return Change(self.scenario_id, self.aspects, frozenset(units | set(scenario.units)))

    def do(self, design: Design) -> Change:
        self.before = copy.deepcopy(self._part(design))
        return self._swap(design, self.after)

    def undo(self, design: Design) -> Change:
        assert self.before is not None
        return self._swap(design, self.before)


# the decision to take one side, by side
TAKE = {
    MergeSide.BASE: QT_TRANSLATE_NOOP("Command", "Take base"),
    MergeSide.OURS: QT_TRANSLATE_NOOP("Command", "Take ours"),
    MergeSide.THEIRS: QT_TRANSLATE_NOOP("Command", "Take theirs"),
}


def take_side(design: Design, index: int, side: MergeSide) -> ResolveConflictCommand:
    """Decide conflict ``index`` as one side of the merge had it (Take Ours, Take Theirs)."""
    if not 0 <= index < len(design.conflicts):
        raise CommandError(
            translate("Refusal", "there is no conflict {number}").format(number=index + 1)
        )
    value = side_value(design.conflicts[index], side)
    return ResolveConflictCommand(design, index, value, translate("Command", TAKE[side]))
