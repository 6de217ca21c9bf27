"""Helpers for the sample recipes: staff units from budget-style strings, move posts.

The samples are written by these recipes rather than by hand, so that a
proposal is visibly derived from its baseline: posts are moved, never
re-created, and keep their ids (and funding sources) across scenarios.
"""

from __future__ import annotations

import re

from orgeditor.model import (
    LineKind,
    Note,
    Post,
    ReportingLine,
    Scenario,
    Succession,
    Unit,
    UnitKind,
)

NO_POSTS = Note(text="Context unit: its posts lie outside the pillar and are not modelled.")
_ENTRY = re.compile(r"^(\d+)\s+(\S+)$")


class Org:
    """Builds and edits one scenario; every step checks its ids."""

    def __init__(self, scenario: Scenario) -> None:
        self.s = scenario
        self._next: dict[str, int] = {}

    def unit(
        self,
        unit_id: str,
        name: str,
        kind: UnitKind,
        parent: str | None,
        *,
        short: str = "",
        head: str | None = None,
        **fields: object,
    ) -> Unit:
        """Add a unit at the end of its parent's children."""
        assert unit_id not in self.s.units, unit_id
        assert parent is None or parent in self.s.units, parent
        unit = Unit(unit_id, name, kind, short_name=short, head_grade=head, parent=parent)
        for key, value in fields.items():
            assert hasattr(unit, key), key
            setattr(unit, key, value)
        self.s.units[unit_id] = unit
        return unit

    def staff(self, unit_id: str, spec: str, *, titles: dict[str, str] | None = None) -> None:
        """Add posts written as in budget texts: ``"RB: 1 D-2, 3 P-4; XB: 1 P-3"``.

        Post ids are ``<unit>.<nn>``; ``titles`` names the first post of a grade.
        """
        assert unit_id in self.s.units, unit_id
        titles = dict(titles or {})
        for part in spec.split(";"):
            funding, _, entries = part.partition(":")
            for entry in entries.split(","):
                match = _ENTRY.match(entry.strip())
                assert match, entry
                count, grade = int(match.group(1)), match.group(2)
                for _ in range(count):
                    number = self._next.get(unit_id, 0) + 1
                    self._next[unit_id] = number
                    post_id = f"{unit_id}.{number:02d}"
                    title = titles.pop(grade, "")
                    self.s.posts[post_id] = Post(post_id, grade, funding.strip(), unit_id, title)

    def move_posts(
        self,
        source: str,
        target: str,
        *,
        grade: str | None = None,
        funding: str | None = None,
        count: int | None = None,
        to_funding: str | None = None,
    ) -> list[str]:
        """Redeploy posts of ``source`` (optionally of one grade/source, the first ``count``).

        ``to_funding`` also funds the moved posts from another source or part: a transfer.
        """
        assert target in self.s.units, target
        chosen = [
            p
            for p in self.s.posts_of(source)
            if (grade is None or p.grade == grade) and (funding is None or p.funding == funding)
        ]
        if count is not None:
            assert len(chosen) >= count, (source, grade, funding, count, len(chosen))
            chosen = chosen[:count]
        for post in chosen:
            post.unit = target
            post.funding = to_funding or post.funding
        return [p.id for p in chosen]

    def split_posts(self, source: str, targets: list[str]) -> None:
        """Share the posts of ``source`` out among ``targets`` in turn, grade by grade."""
        for index, post in enumerate(sorted(self.s.posts_of(source), key=_grade_order)):
            post.unit = targets[index % len(targets)]

    def succeeds(self, unit_id: str, earlier: list[str], source: str) -> None:
        """Declare the baseline units ``unit_id`` succeeds, citing ``source`` (or "[I]")."""
        assert unit_id in self.s.units, unit_id
        assert source, unit_id
        self.s.units[unit_id].succession = Succession(list(earlier), source)

    def reparent(self, unit_id: str, parent: str) -> None:
        """Give a unit a new primary parent, moving it to the end of its new siblings."""
        unit = self.s.units.pop(unit_id)
        unit.parent = parent
        self.s.units[unit_id] = unit

    def remove(self, unit_id: str) -> None:
        """Abolish an empty unit: it must hold no posts and no sub-units any more."""
        assert not self.s.posts_of(unit_id), (unit_id, self.s.posts_of(unit_id))
        assert not self.s.children(unit_id), unit_id
        del self.s.units[unit_id]


def lines(rows: list[tuple[str, str, str, LineKind, str, str]]) -> dict[str, ReportingLine]:
    """Reporting lines from rows of (id, source, target, kind, caption, condition)."""
    return {row[0]: ReportingLine(*row) for row in rows}


_ORDER = ["USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "GS-PL", "GS-OL"]


def _grade_order(post: Post) -> tuple[int, str]:
    rank = _ORDER.index(post.grade) if post.grade in _ORDER else len(_ORDER)
    return rank, post.id
