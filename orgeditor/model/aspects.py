"""The parts of a design an edit can touch and a rule can read.

A command's :class:`~orgeditor.commands.Change` lists the aspects it touched; each
rule declares the aspects it reads (:attr:`orgeditor.rules.Rule.reads`). The
rules engine keeps a rule's earlier findings only when an edit touched none of
the aspects the rule reads. ``tests/core/test_change_covers.py`` checks every
command's aspects against the document's real difference.
"""

from __future__ import annotations

from enum import StrEnum


class Aspect(StrEnum):
    """One part of a scenario (or of the design) that edits touch and rules read."""

    STRUCTURE = "structure"  # which units exist, their order and primary parents
    NAMES = "names"  # units' names and short names (every message names units)
    KINDS = "kinds"  # units' kinds (a field presence is named by its short name)
    GRADES = "grades"  # units' head grades
    PLACES = "places"  # regions, segments, entry points, presence types, leads, backstops
    FUNCTIONS = "functions"  # the functions units carry
    NOTES = "notes"  # units' notes and successions
    POSTS = "posts"
    LINES = "lines"  # dual and dotted reporting lines
    BODIES = "bodies"  # governance bodies: chairs and members
    ROLES = "roles"  # the scenario's roles: top, departments, shared structure, ...
    BASELINE = "baseline"  # anything in the baseline, as a proposal's rules see it
    SETTINGS = "settings"  # the design's catalogues: grades, funding, costs, regions, functions
    RULE_SETTINGS = "rule settings"  # rule parameters and overrides (``design.rules``)
    COMMENTS = "comments"  # review comments and merge conflicts: no rule reads them


EVERYTHING = frozenset(Aspect)

# The unit fields and the aspect each belongs to: the one list of a unit's fields (in the
# order of a unit table's columns, :data:`orgeditor.io.importing.UNIT_COLUMNS`).
UNIT_FIELD_ASPECTS: dict[str, Aspect] = {
    "id": Aspect.STRUCTURE,
    "name": Aspect.NAMES,
    "kind": Aspect.KINDS,
    "parent": Aspect.STRUCTURE,
    "short_name": Aspect.NAMES,
    "head_grade": Aspect.GRADES,
    "region": Aspect.PLACES,
    "presence_type": Aspect.PLACES,
    "lead_department": Aspect.PLACES,
    "backstopped_by": Aspect.PLACES,
    "entry_point_for": Aspect.PLACES,
    "functions": Aspect.FUNCTIONS,
    "note": Aspect.NOTES,
    "segments": Aspect.PLACES,
    "segment_entry_points": Aspect.PLACES,
    "succession": Aspect.NOTES,
    "location": Aspect.POSTS,  # a duty station prices the unit's posts (cost rules read it)
    "names": Aspect.NAMES,  # names in other languages (issue 19)
    "citation": Aspect.NOTES,  # structured sources (issue 21): no rule reads them
}

# What a chart draws: a change of these lays the chart out again.
DRAWN = frozenset(
    {
        Aspect.STRUCTURE,
        Aspect.NAMES,
        Aspect.KINDS,
        Aspect.GRADES,
        Aspect.LINES,
        Aspect.BODIES,
        Aspect.SETTINGS,
    }
)
