"""The design document: reference data every scenario shares, and the scenarios.

A design holds one baseline and any number of proposals. Grades, funding
sources, the cost table, regions, the function catalogue and the validator's
parameters belong to the design, so the same rules serve any organisation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from orgeditor.model.citations import Citation
from orgeditor.model.review import Comment, MergeConflict
from orgeditor.model.scenario import LocalName, PresenceType, Scenario, ScenarioKind


@dataclass
class Metadata:
    """Title, author, description and provenance notes of a design."""

    title: str
    author: str = ""
    description: str = ""
    provenance: list[str] = field(default_factory=list)
    # names in several languages (issue 19): the BCP 47 tag of the language names are in
    language: str = "en"


@dataclass
class Grade:
    """One step of the grade ladder; the ladder lists the most senior first."""

    id: str
    name: str
    category: str = ""


# --- funding parts (issue 15): a source split into parts, neutrality per source or part ---
class NeutralityLevel(StrEnum):
    """Where COST-FUNDING compares costs: the whole source, or each of its parts."""

    SOURCE = "source"
    PART = "part"


@dataclass
class FundingPart:
    """A part of a funding source (a budget section, a programme); posts may name it."""

    id: str
    name: str
    description: str = ""


@dataclass
class FundingSource:
    """Where the money for a post comes from (regular budget, support account ...).

    ``parts`` split the source (regular budget -> sections); a post is funded by
    the source or by one of its parts. ``neutrality`` says whether the cost rule
    compares the whole source with the baseline, or each part on its own.
    """

    id: str
    name: str
    description: str = ""
    parts: list[FundingPart] = field(default_factory=list)
    neutrality: NeutralityLevel = NeutralityLevel.SOURCE


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


class _WithParts(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def parts(self) -> Sequence[_Identified]: ...


def repeated_part_ids(sources: Sequence[_WithParts]) -> list[tuple[int, int, str]]:
    """(source index, part index, id) of each part whose id a source or an earlier part has.

    Posts and cost rates name a source or a part by id alone, so all must differ.
    """
    seen = {source.id for source in sources}
    found = []
    for index, source in enumerate(sources):
        for inner, part in enumerate(source.parts):
            if part.id in seen:
                found.append((index, inner, part.id))
            seen.add(part.id)
    return found


@dataclass
class CostRate:
    """Annual standard cost of a post of ``grade``; ``funding`` None applies to all sources,
    ``location`` None to every duty station."""

    grade: str
    annual_cost: int
    funding: str | None = None
    location: str | None = None  # per-location costs (issue 15 part 1)


@dataclass
class CostTable:
    """Standard costs by grade (optionally per funding source) in one currency."""

    currency: str = "USD"
    rates: list[CostRate] = field(default_factory=list)
    # --- design settings (issue 15 part 1): the year the costs are of, and their source ---
    year: int | None = None
    note: str = ""

    def lookup(self) -> dict[tuple[str, str | None, str | None], int]:
        """A dictionary ``(grade, funding or None, location or None) -> annual cost``."""
        return {(r.grade, r.funding, r.location): r.annual_cost for r in self.rates}


@dataclass
class Region:
    """A region that field presences belong to and entry points are designated for."""

    id: str
    name: str
    description: str = ""


# --- per-location costs (issue 15 part 1) ---
@dataclass
class Location:
    """A duty station: where a unit's posts sit, and a key of the cost table."""

    id: str
    name: str
    description: str = ""


# --- segments (issue 15): lists beside regions whose items each need one entry point ---
@dataclass
class Segment:
    """One item of a segment list: a client group, a sector ..."""

    id: str
    name: str
    description: str = ""


@dataclass
class SegmentKind:
    """A list of segments the planner names (client groups, sectors ...).

    ``name`` is the singular noun messages use ("client group"). When
    ``entry_points`` is set, REGION-ENTRY and REGION-COVERAGE ask for exactly one
    entry point per item, led at ``entry_point_grade`` when that is set. The
    design's ``regions`` are the built-in kind "region" and are not listed here.
    """

    id: str
    name: str
    items: list[Segment] = field(default_factory=list)
    entry_points: bool = True
    entry_point_grade: str | None = None


@dataclass
class OrgFunction:
    """An entry of the function catalogue (electoral assistance, mediation support ...)."""

    id: str
    name: str
    description: str = ""
    citation: Citation = field(default_factory=Citation)  # structured sources (issue 21)


@dataclass
class DepartmentRole:
    """A role a department plays in the rules, such as "political" or "operations"."""

    id: str
    name: str


# --- configurable rules (issue 15 part 2) ---
class Severity(StrEnum):
    """How much a finding matters; ``rank`` orders them, errors first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information."""
        return list(Severity).index(self)


SEVERITIES = tuple(severity.value for severity in Severity)  # what a design may choose


@dataclass
class RuleOverride:
    """A design's choice for one rule: whether it runs, and the severity it reports at.

    ``severity`` None keeps the rule's own; otherwise every finding the rule
    reports at its own severity is reported at this one (lesser notes a rule
    grades differently keep theirs).
    """

    enabled: bool = True
    severity: str | None = None


@dataclass
class RequiredBody:
    """A body the design requires (GOV-SPG), with its chair and members as references.

    A reference is ``top``, ``departments`` (every department the scenario maps),
    ``department:<role>``, ``executive-office``, ``shared-structure``,
    ``principals-group`` or ``unit:<id>``. ``body`` says where each scenario
    keeps the body (else a body with the right chair counts); ``id`` prefixes the
    id of a body the fix creates; ``called`` is how messages name the kind of body
    ("principals' group"), the name when empty. ``names`` gives the name in
    other languages (issue 19), as a unit's ``names`` do; a body unit a fix
    creates takes them.
    """

    id: str
    name: str
    called: str = ""
    body: str = "principals-group"
    chair: str = "top"
    members: list[str] = field(default_factory=lambda: ["departments"])
    names: dict[str, LocalName] = field(default_factory=dict)


# --- end configurable rules ---


@dataclass
class RuleSettings:
    """The validator's parameters; a rule whose parameters are absent is skipped.

    ``function_homes`` maps a function id to the department role that must carry
    it; ``functions_together`` lists groups of functions that must sit in one
    department; ``presence_leads`` maps a field-presence type to the role that
    leads it, and ``mission_default_lead`` is the role for a special political
    mission that names no lead. ``regional_entry_points`` asks for exactly one
    headquarters entry point per region, led at ``entry_point_grade`` when set.
    """

    cost_tolerance: int = 0
    senior_grade: str | None = None
    regional_entry_points: bool = False
    entry_point_grade: str | None = None
    max_span: int | None = None
    max_layers: int | None = None
    department_roles: list[DepartmentRole] = field(default_factory=list)
    function_homes: dict[str, str] = field(default_factory=dict)
    functions_together: list[list[str]] = field(default_factory=list)
    presence_leads: dict[PresenceType, str] = field(default_factory=dict)
    mission_default_lead: str | None = None
    gender_function: str | None = None
    pbf_function: str | None = None
    # --- configurable rules (issue 15 part 2) ---
    # rule id -> the design's switch and severity; absent means "on, own severity"
    rule_overrides: dict[str, RuleOverride] = field(default_factory=dict)
    # bodies GOV-SPG checks; none declared switches the rule off
    required_bodies: list[RequiredBody] = field(default_factory=list)
    # unit id -> the department roles it reports to, checked by REGION-DUAL in every scenario
    dual_reporting: dict[str, list[str]] = field(default_factory=dict)
    # --- promises (issue 21): what a reform promises, checked by five rules ---
    # STRUCT-KEEP-TOGETHER: group name -> unit ids that stay under one primary parent
    keep_together: dict[str, list[str]] = field(default_factory=dict)
    # GRADE-HEAD: unit id -> the head grade it keeps; and whether heads match their posts
    required_head_grades: dict[str, str] = field(default_factory=dict)
    head_grade_from_posts: bool = False
    # LEAD-CHART: a field presence's lead is the department it sits under on the chart
    lead_follows_chart: bool = False
    # REGION-DUAL-CONDITION: presence type -> the role whose dual line's condition names it
    dual_conditions: dict[PresenceType, str] = field(default_factory=dict)
    # REGION-SPREAD: the fewest units that may hold the regions' entry points
    min_entry_point_holders: int | None = None

    def override(self, rule_id: str) -> RuleOverride:
        """The design's choice for ``rule_id`` (on, own severity when it says nothing)."""
        return self.rule_overrides.get(rule_id, RuleOverride())


@dataclass
class Design:
    """A whole design document: reference data plus its scenarios."""

    metadata: Metadata
    grades: list[Grade] = field(default_factory=list)
    funding_sources: list[FundingSource] = field(default_factory=list)
    cost_table: CostTable = field(default_factory=CostTable)
    regions: list[Region] = field(default_factory=list)
    functions: list[OrgFunction] = field(default_factory=list)
    rules: RuleSettings = field(default_factory=RuleSettings)
    scenarios: list[Scenario] = field(default_factory=list)
    # segments (issue 15): segment lists other than regions
    segment_kinds: list[SegmentKind] = field(default_factory=list)
    # per-location costs (issue 15 part 1): the duty stations units may sit in
    locations: list[Location] = field(default_factory=list)
    # review (issue 18): notes on units and posts; conflicts a merge left to decide
    comments: list[Comment] = field(default_factory=list)
    conflicts: list[MergeConflict] = field(default_factory=list)

    @property
    def baseline(self) -> Scenario:
        """The one baseline scenario."""
        for scenario in self.scenarios:
            if scenario.kind is ScenarioKind.BASELINE:
                return scenario
        raise LookupError("the design has no baseline scenario")

    @property
    def proposals(self) -> list[Scenario]:
        """The proposals, in document order."""
        return [s for s in self.scenarios if s.kind is ScenarioKind.PROPOSAL]

    def find_scenario(self, key: str) -> Scenario:
        """The scenario whose id, or else whose name, is ``key``.

        Raises:
            LookupError: no scenario has that id or name; the message lists them.
        """
        for scenario in self.scenarios:
            if scenario.id == key:
                return scenario
        for scenario in self.scenarios:
            if scenario.name == key:
                return scenario
        known = ", ".join(f"{s.id} ({s.name})" for s in self.scenarios)
        raise LookupError(f"no scenario {key!r}; the design has: {known}")

    def grade_rank(self) -> dict[str, int]:
        """Grade id -> position on the ladder (0 is the most senior)."""
        return {grade.id: rank for rank, grade in enumerate(self.grades)}
