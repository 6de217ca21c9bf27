"""Review notes and kept merge conflicts: what a team leaves in a design (issue 18).

A :class:`Comment` is a note on a unit or a post of one scenario. It names its
target by id and outlives it: a comment on a unit someone later abolished stays
in the design (a review tool shows it as on a deleted unit) rather than being
lost with the unit.

A :class:`MergeConflict` is what ``orgeditor-cli merge`` could not decide: the
place (a path of collection names and ids, such as ``["scenarios", "proposal",
"units", "dppa", "parent"]``), the base value and each side's value as plain JSON
data (``None`` where the object did not exist, or the field held its default),
the side whose value the merged design holds for now, and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class CommentTarget(StrEnum):
    """What a comment is on."""

    UNIT = "unit"
    POST = "post"


@dataclass
class Comment:
    """A review note on a unit or a post of one scenario.

    ``date`` is an ISO 8601 date or date and time (UTC), as text, so that it
    diffs and merges as written.
    """

    id: str
    scenario: str
    target: CommentTarget
    target_id: str
    text: str
    author: str = ""
    date: str = ""
    resolved: bool = False


class MergeSide(StrEnum):
    """The version of a merge whose value the merged design holds."""

    BASE = "base"
    OURS = "ours"
    THEIRS = "theirs"


@dataclass
class MergeConflict:
    """A conflict a merge kept for the planner to decide (see the module docstring)."""

    path: list[str]
    base: Any
    ours: Any
    theirs: Any
    kept: MergeSide
    reason: str

    @property
    def scenario(self) -> str | None:
        """The id of the scenario the conflict is in, if it is in one."""
        return self.path[1] if len(self.path) > 1 and self.path[0] == "scenarios" else None

    @property
    def target(self) -> tuple[str, str] | None:
        """(collection, id) of the unit, post, line ... concerned, inside a scenario."""
        if self.scenario is not None and len(self.path) >= 4:
            return self.path[2], self.path[3]
        return None
