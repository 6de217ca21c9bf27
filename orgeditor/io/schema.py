"""The ``.orgdesign`` file format: a versioned pydantic schema, separate from the model.

The file is JSON. Every object forbids unknown keys, every type is strict, and
texts, ids and numbers have documented limits (see resources/schema/FORMAT.md);
the text limits and the control-character policy live in ``orgeditor.model.text``.
Keys are written in the order of the fields below and lists in document order,
so that two saves of one design are byte-identical.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

from orgeditor.model.citations import Citation, citation_problems
from orgeditor.model.limits import MAX_COST, MAX_COST_YEAR, MAX_LAYERS, MAX_SPAN, MIN_COST_YEAR
from orgeditor.model.names import LANGUAGE_TAG_PATTERN
from orgeditor.model.role_refs import UNIT_REF_PATTERN
from orgeditor.model.text import (
    ID_PATTERN,
    LINE_PATTERN,
    MAX_ID_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    TEXT_PATTERN,
)

FORMAT_TAG: Final = "orgeditor-design"
SCHEMA_VERSION: Final = 2


Id = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_ID_LENGTH,
        pattern=ID_PATTERN,
        description="Letters, digits and . _ : - ; starts with a letter or digit.",
    ),
]
Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME_LENGTH, pattern=LINE_PATTERN)]
ShortText = Annotated[str, Field(max_length=MAX_NAME_LENGTH, pattern=LINE_PATTERN)]
Text = Annotated[str, Field(max_length=MAX_TEXT_LENGTH, pattern=TEXT_PATTERN)]
# names in several languages (issue 19): a BCP 47 tag such as "zh", "fr" or "pt-BR"
LanguageTag = Annotated[
    str,
    Field(
        min_length=2,
        max_length=35,
        pattern=LANGUAGE_TAG_PATTERN,
        description="A BCP 47 language tag: ar, zh, en, fr, ru, es, pt-BR ...",
    ),
]

UnitKindName = Literal[
    "department",
    "office",
    "structure",
    "division",
    "service",
    "branch",
    "section",
    "unit",
    "team",
    "field-presence",
    "body",
]
PresenceTypeName = Literal[
    "peacekeeping-operation",
    "special-political-mission",
    "regional-office",
    "envoy",
    "political-process-office",
    "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class MetadataFile(_Strict):
    """Title, author, description and provenance notes."""

    title: Name
    author: ShortText = ""
    description: Text = ""
    provenance: list[Text] = []
    # "orgeditor 0.2.0": the version that last saved the file, for bug reports; the loader
    # reads it only to tell (never to refuse); it changes only when the version does
    saved_with: ShortText = ""
    # names in several languages (issue 19): the language of every own name and title
    language: LanguageTag = "en"


# --- names in several languages (issue 19) ---
class LocalNameFile(_Strict):
    """A name and short name in one language (no short name: the name serves as one)."""

    name: Name
    short_name: ShortText = ""


class GradeFile(_Strict):
    """One step of the grade ladder; the list runs from the most senior down."""

    id: Id
    name: Name
    category: ShortText = ""


# --- funding parts (issue 15) ---
class FundingPartFile(_Strict):
    """A part of a funding source (a budget section, a programme); posts may name it."""

    id: Id
    name: Name
    description: Text = ""


class FundingSourceFile(_Strict):
    """A funding source such as the regular budget.

    ``parts`` (funding parts, issue 15) split it; ``neutrality`` says whether the cost
    rule compares the whole source with the baseline ("source") or each part ("part").
    """

    id: Id
    name: Name
    description: Text = ""
    parts: list[FundingPartFile] = []
    neutrality: Literal["source", "part"] = "source"


class CostRateFile(_Strict):
    """Annual standard cost of a grade; without ``funding`` it applies to every source,
    without ``location`` to every duty station."""

    grade: Id
    annual_cost: Annotated[int, Field(ge=0, le=MAX_COST)]
    funding: Id | None = None
    location: Id | None = None  # per-location costs (issue 15 part 1)


class CostTableFile(_Strict):
    """Standard costs in one currency (ISO 4217 code)."""

    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "USD"
    rates: list[CostRateFile] = []
    # --- design settings (issue 15 part 1): the costs' year, and their source or a note ---
    year: Annotated[int, Field(ge=MIN_COST_YEAR, le=MAX_COST_YEAR)] | None = None
    note: Text = ""


class RegionFile(_Strict):
    """A region."""

    id: Id
    name: Name
    description: Text = ""


# --- segments (issue 15) ---
class SegmentFile(_Strict):
    """One item of a segment list (a client group, a sector ...)."""

    id: Id
    name: Name
    description: Text = ""


class SegmentKindFile(_Strict):
    """A segment list beside the regions; ``name`` is its singular noun ("client group").

    With ``entry_points`` each item needs exactly one entry point (REGION-ENTRY,
    REGION-COVERAGE), led at ``entry_point_grade`` when that is set.
    """

    id: Id
    name: Name
    items: list[SegmentFile] = []
    entry_points: bool = True
    entry_point_grade: Id | None = None


class LocationFile(_Strict):
    """A duty station (per-location costs, issue 15 part 1)."""

    id: Id
    name: Name
    description: Text = ""


# --- structured sources (issue 21) ---
class CitationFile(_Strict):
    """Where an element comes from: a reference, whether it is inferred, and why.

    ``ref`` names a document and paragraph ("A/72/525 para. 24") or a resolution;
    ``inferred`` marks an element the reference does not state (then ``reason``
    says why it is there). Absent: the element names no source.
    """

    ref: ShortText = ""
    inferred: bool = False
    reason: Text = ""

    @model_validator(mode="after")
    def _meaningful(self) -> CitationFile:
        problems = citation_problems(Citation(self.ref, self.inferred, self.reason))
        if problems:
            raise ValueError("; ".join(problems))
        return self


class FunctionFile(_Strict):
    """An entry of the function catalogue."""

    id: Id
    name: Name
    description: Text = ""
    citation: CitationFile = CitationFile()  # structured sources (issue 21)


class DepartmentRoleFile(_Strict):
    """A role a department plays in the rules."""

    id: Id
    name: Name


# --- configurable rules (issue 15 part 2) ---
UnitRef = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_ID_LENGTH + len("department:"),
        pattern=UNIT_REF_PATTERN,
        description="top, departments, department:<role>, executive-office, "
        "shared-structure, principals-group or unit:<id>.",
    ),
]


class RuleOverrideFile(_Strict):
    """A design's switch and severity for one rule (absent: on, at its own severity)."""

    enabled: bool = True
    severity: Literal["error", "warning", "info"] | None = None


class RequiredBodyFile(_Strict):
    """A body GOV-SPG requires, its chair and members given as unit references."""

    id: Id
    name: Name
    called: ShortText = ""
    body: UnitRef = "principals-group"
    chair: UnitRef = "top"
    members: list[UnitRef] = Field(default_factory=lambda: ["departments"])
    # names in several languages (issue 19): language tag -> the body's name there
    names: dict[LanguageTag, LocalNameFile] = Field(
        default_factory=dict, json_schema_extra={"default": {}}
    )


# --- end configurable rules ---


class RuleSettingsFile(_Strict):
    """The validator's parameters."""

    cost_tolerance: Annotated[int, Field(ge=0, le=MAX_COST)] = 0
    senior_grade: Id | None = None
    regional_entry_points: bool = False
    entry_point_grade: Id | None = None
    max_span: Annotated[int, Field(ge=1, le=MAX_SPAN)] | None = None
    max_layers: Annotated[int, Field(ge=1, le=MAX_LAYERS)] | None = None
    department_roles: list[DepartmentRoleFile] = []
    function_homes: dict[Id, Id] = {}
    functions_together: list[list[Id]] = []
    presence_leads: dict[PresenceTypeName, Id] = {}
    mission_default_lead: Id | None = None
    gender_function: Id | None = None
    pbf_function: Id | None = None
    # --- configurable rules (issue 15 part 2) ---
    rule_overrides: dict[Id, RuleOverrideFile] = {}
    required_bodies: list[RequiredBodyFile] = []
    dual_reporting: dict[Id, list[Id]] = {}
    # --- promises (issue 21) ---
    keep_together: dict[Name, list[Id]] = {}
    required_head_grades: dict[Id, Id] = {}
    head_grade_from_posts: bool = False
    lead_follows_chart: bool = False
    dual_conditions: dict[PresenceTypeName, Id] = {}
    min_entry_point_holders: Annotated[int, Field(ge=1, le=MAX_SPAN)] | None = None


class NoteFile(_Strict):
    """Free text, a justification and a document/paragraph reference."""

    text: Text = ""
    justification: Text = ""
    reference: ShortText = ""


# --- successors (issue 15 part 3) ---
class SuccessionFile(_Strict):
    """The baseline units a proposal's unit succeeds (rename, merger, part of a split).

    Posts that move from one of ``units`` into this unit count as continuing, not
    redeployed; ``source`` cites the paragraph that says so, or "[I]".
    """

    units: list[Id] = Field(default_factory=list, json_schema_extra={"default": []})
    source: ShortText = ""
    # baseline units of the same name this unit does NOT succeed: inference skips them
    rejected: list[Id] = Field(default_factory=list, json_schema_extra={"default": []})


# the defaults the schema shows for the two objects below (their fields' defaults)
_NO_NOTE: Final[dict[str, JsonValue]] = {"text": "", "justification": "", "reference": ""}
_NO_SUCCESSION: Final[dict[str, JsonValue]] = {"units": [], "source": "", "rejected": []}


class UnitFile(_Strict):
    """An organisational unit; ``parent`` is its primary reporting line."""

    id: Id
    name: Name
    kind: UnitKindName
    short_name: ShortText = ""
    head_grade: Id | None = None
    parent: Id | None = None
    region: Id | None = None
    presence_type: PresenceTypeName | None = None
    lead_department: Id | None = None
    backstopped_by: Id | None = None
    # factories, not [] defaults: pydantic deep-copies a [] default for every unit
    # that leaves the field out, which cost 0.9 s per 50,000 units on load
    entry_point_for: list[Id] = Field(default_factory=list, json_schema_extra={"default": []})
    functions: list[Id] = Field(default_factory=list, json_schema_extra={"default": []})
    # factories, for the same reason: a model default is deep-copied for every unit
    note: NoteFile = Field(default_factory=NoteFile, json_schema_extra={"default": _NO_NOTE})
    # segments (issue 15): segment kind id -> the item this unit belongs to / is entry point for
    segments: dict[Id, Id] = Field(default_factory=dict, json_schema_extra={"default": {}})
    segment_entry_points: dict[Id, list[Id]] = Field(
        default_factory=dict, json_schema_extra={"default": {}}
    )
    # successors (issue 15 part 3)
    succession: SuccessionFile = Field(
        default_factory=SuccessionFile, json_schema_extra={"default": _NO_SUCCESSION}
    )
    # per-location costs (issue 15 part 1): a duty station id of the design
    location: Id | None = None
    # names in several languages (issue 19): language tag -> name there; never the default's
    names: dict[LanguageTag, LocalNameFile] = Field(
        default_factory=dict, json_schema_extra={"default": {}}
    )
    citation: CitationFile = CitationFile()  # structured sources (issue 21)


class PostFile(_Strict):
    """One post: a grade, a funding source (or a part of one), the unit it sits in."""

    id: Id
    grade: Id
    funding: Id
    unit: Id
    title: ShortText = ""
    # names in several languages (issue 19): language tag -> the title there
    titles: dict[LanguageTag, Name] = Field(default_factory=dict, json_schema_extra={"default": {}})


class LineFile(_Strict):
    """A dual or dotted reporting line."""

    id: Id
    source: Id
    target: Id
    kind: Literal["dual", "dotted"] = "dual"
    caption: ShortText = ""
    condition: ShortText = ""
    citation: CitationFile = CitationFile()  # structured sources (issue 21)


class BodyFile(_Strict):
    """Membership of a body unit."""

    unit: Id
    chair: Id | None = None
    members: list[Id] = []
    citation: CitationFile = CitationFile()  # structured sources (issue 21)


class RolesFile(_Strict):
    """Which units play the roles the rules ask about."""

    top: Id | None = None
    departments: dict[Id, Id] = {}
    shared_structure: Id | None = None
    executive_office: Id | None = None
    principals_group: Id | None = None


class ScenarioFile(_Strict):
    """A whole organisation: the baseline or a proposal."""

    id: Id
    name: Name
    kind: Literal["baseline", "proposal"]
    description: Text = ""
    roles: RolesFile = RolesFile()
    units: list[UnitFile] = []
    posts: list[PostFile] = []
    lines: list[LineFile] = []
    bodies: list[BodyFile] = []
    # names in several languages (issue 19): language tag -> the scenario's name there
    names: dict[LanguageTag, LocalNameFile] = {}


# --- review (issue 18): comments on units and posts, and conflicts a merge kept ---
DATE_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?Z?)?$"


class CommentFile(_Strict):
    """A review note on a unit or a post of one scenario; it outlives its target."""

    id: Id
    scenario: Id
    target: Literal["unit", "post"]
    target_id: Id
    text: Text
    author: ShortText = ""
    date: Annotated[str, Field(pattern=DATE_PATTERN, description="ISO 8601, UTC")] | None = None
    resolved: bool = False


class ConflictFile(_Strict):
    """A conflict ``orgeditor-cli merge`` kept: where, each version's value, which one is in.

    ``path`` names the place by collection names and ids ("scenarios", "proposal",
    "units", "dppa", "parent"); ``base``, ``ours`` and ``theirs`` are that place's
    value in each version, null where the object did not exist (or the field held
    its default); ``kept`` says which value the design holds until someone decides.
    """

    path: Annotated[list[ShortText], Field(min_length=1)]
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None
    kept: Literal["base", "ours", "theirs"]
    reason: Text = ""


class DesignFile(_Strict):
    """An orgeditor design file."""

    model_config = ConfigDict(title="orgeditor design")

    format: Literal["orgeditor-design"]
    schema_version: Literal[2] = Field(
        description="The format's version. Files of version 1 are upgraded on load and saved "
        "as 2: every key version 2 adds is optional, so a version-1 file reads unchanged."
    )
    metadata: MetadataFile
    grades: list[GradeFile] = []
    funding_sources: list[FundingSourceFile] = []
    cost_table: CostTableFile = CostTableFile()
    regions: list[RegionFile] = []
    functions: list[FunctionFile] = []
    rules: RuleSettingsFile = RuleSettingsFile()
    scenarios: list[ScenarioFile] = []
    # segments (issue 15): segment lists other than regions
    segment_kinds: list[SegmentKindFile] = []
    # per-location costs (issue 15 part 1): duty stations units sit in and rates name
    locations: list[LocationFile] = []
    # review (issue 18)
    comments: list[CommentFile] = []
    merge_conflicts: list[ConflictFile] = []


class FileHeader(BaseModel):
    """The two keys read first, to tell a foreign or newer file from a broken one."""

    model_config = ConfigDict(extra="ignore")

    format: str | None = None
    schema_version: int | None = None
