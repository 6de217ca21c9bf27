"""A scenario: one whole organisation (the baseline or a proposal).

Units, posts, extra reporting lines and bodies are kept in insertion-ordered
dictionaries keyed by id. The order is part of the document (it is the order of
siblings on a chart), so equality compares it too: undo must restore it exactly.

Units, posts, lines, bodies and the parts of a unit are ``slots`` dataclasses: a
50,000-unit design holds hundreds of thousands of them, and a slotted instance
has no attribute dictionary (no attributes beyond its fields either).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from orgeditor.model.citations import Citation


def parent_cycles(parent: Mapping[str, str | None]) -> list[list[str]]:
    """Every cycle of primary parents in ``parent`` (unit id -> parent id), each once.

    A cycle lists its units from the first one a walk in ``parent``'s order meets,
    each followed by its parent; a unit that is its own parent is a cycle of one.
    One walk with colours (on the current walk, done) visits each unit once, so
    the time is linear in the number of units however deep the hierarchy is.
    """
    state: dict[str, bool] = {}  # False: on the current walk, True: done
    cycles = []
    for start in parent:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node in parent and node not in state:
            state[node] = False
            walk.append(node)
            node = parent[node]
        if node is not None and state.get(node) is False:
            cycles.append(walk[walk.index(node) :])
        for visited in walk:
            state[visited] = True
    return cycles


class ScenarioKind(StrEnum):
    """Whether a scenario is the as-is organisation or a to-be option."""

    BASELINE = "baseline"
    PROPOSAL = "proposal"


class UnitKind(StrEnum):
    """What kind of organisational box a unit is."""

    DEPARTMENT = "department"
    OFFICE = "office"
    STRUCTURE = "structure"
    DIVISION = "division"
    SERVICE = "service"
    BRANCH = "branch"
    SECTION = "section"
    UNIT = "unit"
    TEAM = "team"
    FIELD_PRESENCE = "field-presence"
    BODY = "body"


class PresenceType(StrEnum):
    """The type of a field presence; the lead-department rule depends on it."""

    PEACEKEEPING_OPERATION = "peacekeeping-operation"
    SPECIAL_POLITICAL_MISSION = "special-political-mission"
    REGIONAL_OFFICE = "regional-office"
    ENVOY = "envoy"
    POLITICAL_PROCESS_OFFICE = "political-process-office"
    OTHER = "other"


class LineKind(StrEnum):
    """An extra reporting line beside the primary one."""

    DUAL = "dual"
    DOTTED = "dotted"


@dataclass(slots=True)
class Note:
    """Why a unit is as it is: free text, a justification and a source reference."""

    text: str = ""
    justification: str = ""
    reference: str = ""


# --- names in several languages (issue 19 part 2; see orgeditor.model.names) ---
@dataclass
class LocalName:
    """A name and short name in one language; with no short name there, the name serves."""

    name: str
    short_name: str = ""


# --- successors (issue 15 part 3) ---
@dataclass(slots=True)
class Succession:
    """The baseline units a proposal's unit succeeds: a rename, a merger or part of a split.

    ``units`` are unit ids of the design's baseline; posts that move from one of
    them into this unit continue (they are not redeployed). ``source`` cites the
    paragraph that says so, or "[I]". Empty means: inferred, if at all, from the
    unit's id and name (see ``orgeditor.model.successors``). ``rejected`` lists
    baseline units the planner says this unit does not succeed although it has
    their name, so inference leaves them out.
    """

    units: list[str] = field(default_factory=list)
    source: str = ""
    rejected: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Unit:
    """An organisational box: department, office, division, field presence, body ...

    ``parent`` is the primary reporting line (solid on a chart). ``lead_department``
    and ``backstopped_by`` are unit ids; ``entry_point_for`` lists the regions for
    which this unit is the headquarters entry point; ``segments`` and
    ``segment_entry_points`` do the same for the design's other segment kinds.
    """

    id: str
    name: str
    kind: UnitKind
    short_name: str = ""
    head_grade: str | None = None
    parent: str | None = None
    region: str | None = None
    presence_type: PresenceType | None = None
    lead_department: str | None = None
    backstopped_by: str | None = None
    entry_point_for: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    note: Note = field(default_factory=Note)
    # segments (issue 15): segment kind id -> the item the unit belongs to / is entry point for
    segments: dict[str, str] = field(default_factory=dict)
    segment_entry_points: dict[str, list[str]] = field(default_factory=dict)
    # successors (issue 15 part 3)
    succession: Succession = field(default_factory=Succession)
    # per-location costs (issue 15 part 1): the duty station; its posts cost at its rates
    location: str | None = None
    # names in several languages (issue 19): language tag -> name and short name there
    names: dict[str, LocalName] = field(default_factory=dict)
    # structured sources (issue 21): the paragraph that states the unit, or why it is inferred
    citation: Citation = field(default_factory=Citation)

    @property
    def label(self) -> str:
        """The short name where there is one, else the name."""
        return self.short_name or self.name


@dataclass(slots=True)
class Post:
    """One established position: a grade, a funding source and the unit it sits in.

    A post keeps its id in every scenario, so a proposal shows where each
    baseline post went.
    """

    id: str
    grade: str
    funding: str
    unit: str
    title: str = ""
    # names in several languages (issue 19): language tag -> the title there
    titles: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ReportingLine:
    """A dual or dotted line from ``source`` to the unit it also reports to."""

    id: str
    source: str
    target: str
    kind: LineKind = LineKind.DUAL
    caption: str = ""
    condition: str = ""
    citation: Citation = field(default_factory=Citation)  # structured sources (issue 21)


@dataclass(slots=True)
class Body:
    """Membership of a body unit (such as a Standing Principals' Group)."""

    unit: str
    chair: str | None = None
    members: list[str] = field(default_factory=list)
    citation: Citation = field(default_factory=Citation)  # structured sources (issue 21)


@dataclass
class ScenarioRoles:
    """Which units play the roles that rules ask about, in this scenario.

    ``departments`` maps a department role id (from the design's rule settings)
    to a unit id.
    """

    top: str | None = None
    departments: dict[str, str] = field(default_factory=dict)
    shared_structure: str | None = None
    executive_office: str | None = None
    principals_group: str | None = None


@dataclass(eq=False)
class Scenario:
    """One whole organisation: the baseline or a proposal."""

    id: str
    name: str
    kind: ScenarioKind
    description: str = ""
    roles: ScenarioRoles = field(default_factory=ScenarioRoles)
    units: dict[str, Unit] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    lines: dict[str, ReportingLine] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    # names in several languages (issue 19): language tag -> the scenario's name there
    names: dict[str, LocalName] = field(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Scenario):
            return NotImplemented
        return self._ordered_state() == other._ordered_state()

    def _ordered_state(self) -> tuple[object, ...]:
        return (
            self.id,
            self.name,
            self.kind,
            self.description,
            self.roles,
            list(self.units.items()),
            list(self.posts.items()),
            list(self.lines.items()),
            list(self.bodies.items()),
            list(self.names.items()),
        )

    __hash__ = None  # type: ignore[assignment]

    def children(self, unit_id: str | None) -> list[Unit]:
        """The units whose primary parent is ``unit_id`` (None: the roots), in order."""
        return [u for u in self.units.values() if u.parent == unit_id]

    def ancestors(self, unit_id: str) -> Iterator[str]:
        """Walk up the primary parents of ``unit_id``; stops at a root or a cycle."""
        seen = {unit_id}
        parent = self.units[unit_id].parent
        while parent is not None and parent in self.units and parent not in seen:
            yield parent
            seen.add(parent)
            parent = self.units[parent].parent

    def departments(self) -> dict[str, str]:
        """Every unit below the top mapped to its department: the unit just below the top
        that it sits under (a department maps to itself). The top, units outside its
        tree and units in a cycle of parents have none. Without a top, the roots count
        as departments.
        """
        top, units = self.roles.top, self.units
        memo: dict[str, str | None] = {} if top is None else {top: None}
        for unit_id in units:
            path: list[str] = []
            node: str | None = unit_id
            while node is not None and node in units and node not in memo and node not in path:
                parent = units[node].parent
                if parent == top or (top is None and parent is None):
                    memo[node] = node
                    break
                path.append(node)
                node = parent
            department = memo.get(node) if node is not None else None
            for member in path:
                memo[member] = department
        return {unit: department for unit, department in memo.items() if department is not None}

    def posts_of(self, unit_id: str) -> list[Post]:
        """The posts that sit in ``unit_id``, in document order."""
        return [p for p in self.posts.values() if p.unit == unit_id]

    def copy(self, new_id: str, new_name: str, kind: ScenarioKind) -> Scenario:
        """A deep copy under a new id and name; units and posts keep their ids."""
        twin = copy.deepcopy(self)
        twin.id, twin.name, twin.kind = new_id, new_name, kind
        return twin
