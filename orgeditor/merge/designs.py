"""Merge two designs made from one base: the result, its conflicts and its new findings.

:func:`merge_designs` merges the file forms (:mod:`orgeditor.merge.three_way`),
keeps what a side deleted but the other still names
(:mod:`orgeditor.merge.references`), records the conflicts in the merged design
(``Design.conflicts``, the file's ``merge_conflicts``) and checks the result like
a file being loaded. Conflicts that earlier merges left in either side stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic_core import to_json

from orgeditor.io.convert import to_plain
from orgeditor.io.errors import DesignFileError, Problem
from orgeditor.io.files import loads
from orgeditor.merge.references import break_cycles, keep_referenced
from orgeditor.merge.three_way import Conflict, merge_plain
from orgeditor.model import Design, MergeConflict, MergeSide
from orgeditor.rules import Finding, validate

_CONFLICTS = "merge_conflicts"


class MergeError(Exception):
    """The merge could not make a sound design; ``problems`` say where (a bug or an edge)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems[:5]))
        self.problems = problems


@dataclass
class MergeResult:
    """A merged design, the conflicts this merge recorded, and the findings it brought."""

    design: Design
    conflicts: list[MergeConflict]
    findings: list[tuple[str, Finding]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """Whether the merge decided everything by itself."""
        return not self.conflicts


def merge_designs(base: Design, ours: Design, theirs: Design) -> MergeResult:
    """Merge ``ours`` and ``theirs``, two designs made from ``base``.

    Raises:
        MergeError: the merged data is not a sound design although every side
            is (a case the merge does not yet know how to keep).
    """
    versions = (to_plain(base), to_plain(ours), to_plain(theirs))
    earlier = _still_open(*(v.pop(_CONFLICTS, []) for v in versions))
    merged, conflicts = merge_plain(*versions)
    conflicts += keep_referenced(merged, versions)
    conflicts += break_cycles(merged, versions)
    recorded = [_recorded(c) for c in conflicts]
    kept = _unique([*earlier, *recorded])
    if kept:
        merged[_CONFLICTS] = kept
    design = _checked(merged)
    before = _model_conflicts(earlier)
    return MergeResult(design, [c for c in design.conflicts if c not in before])


def merge_findings(result: MergeResult, ours: Design, theirs: Design) -> list[tuple[str, Finding]]:
    """Findings of the merged design that neither side had, as (scenario id, finding).

    A finding is the same when rule, message, units and posts are: "the merge broke
    cost neutrality" shows as a finding neither parent reported.
    """
    found = []
    for scenario in result.design.scenarios:
        known: set[tuple[object, ...]] = set()
        for side in (ours, theirs):
            match = next((s for s in side.scenarios if s.id == scenario.id), None)
            if match is not None:
                known |= {_key(f) for f in validate(side, match).findings}
        found += [
            (scenario.id, f)
            for f in validate(result.design, scenario).findings
            if _key(f) not in known
        ]
    return found


def _key(finding: Finding) -> tuple[object, ...]:
    return (finding.rule, finding.message, finding.units, finding.posts)


def _recorded(conflict: Conflict) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": list(conflict.path)}
    for side in ("base", "ours", "theirs"):
        value = getattr(conflict, side)
        if value is not None:
            entry[side] = value
    entry["kept"] = conflict.kept
    entry["reason"] = conflict.reason
    return entry


def _still_open(
    base: list[dict[str, Any]], ours: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Conflicts earlier merges left that neither side has resolved (removed) since."""
    return [
        entry
        for entry in _unique([*ours, *theirs])
        if entry not in base or (entry in ours and entry in theirs)
    ]


def _unique(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for entry in entries:
        if entry not in found:
            found.append(entry)
    return found


def _model_conflicts(entries: list[dict[str, Any]]) -> list[MergeConflict]:
    return [
        MergeConflict(
            list(e["path"]),
            e.get("base"),
            e.get("ours"),
            e.get("theirs"),
            MergeSide(e["kept"]),
            e.get("reason", ""),
        )
        for e in entries
    ]


def _checked(merged: dict[str, Any]) -> Design:
    """The merged data as a design, read exactly as the file it becomes will be opened."""
    try:
        return loads(to_json(merged), "the merged design")
    except DesignFileError as error:
        raise MergeError(error.problems) from None
