"""Conversion between the file schema and the live model, both ways.

The file schema is frozen and strict; the model is mutable and typed with
enums. Conversion is field by field so that a change to either side is a
deliberate change to the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from orgeditor import __version__
from orgeditor.io import schema as f
from orgeditor.io.citation_fields import citation_plain, citation_to_model
from orgeditor.model import (
    Body,
    Comment,
    CommentTarget,
    CostRate,
    CostTable,
    DepartmentRole,
    Design,
    FundingPart,
    FundingSource,
    Grade,
    LineKind,
    LocalName,
    Location,
    MergeConflict,
    MergeSide,
    Metadata,
    NeutralityLevel,
    Note,
    OrgFunction,
    Post,
    PresenceType,
    Region,
    ReportingLine,
    RequiredBody,
    RuleOverride,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Segment,
    SegmentKind,
    Succession,
    Unit,
    UnitKind,
)


def to_model(doc: f.DesignFile) -> Design:
    """The live design of a parsed (and checked) file."""
    rules = doc.rules
    return Design(
        metadata=Metadata(
            title=doc.metadata.title,
            author=doc.metadata.author,
            description=doc.metadata.description,
            provenance=list(doc.metadata.provenance),
            language=doc.metadata.language,  # names in several languages (issue 19)
        ),
        grades=[Grade(g.id, g.name, g.category) for g in doc.grades],
        funding_sources=[
            FundingSource(
                s.id,
                s.name,
                s.description,
                [FundingPart(p.id, p.name, p.description) for p in s.parts],
                NeutralityLevel(s.neutrality),
            )
            for s in doc.funding_sources
        ],
        cost_table=CostTable(
            currency=doc.cost_table.currency,
            rates=[
                CostRate(r.grade, r.annual_cost, r.funding, r.location)
                for r in doc.cost_table.rates
            ],
            year=doc.cost_table.year,  # design settings (issue 15 part 1)
            note=doc.cost_table.note,
        ),
        regions=[Region(r.id, r.name, r.description) for r in doc.regions],
        functions=[
            OrgFunction(x.id, x.name, x.description, citation_to_model(x.citation))
            for x in doc.functions
        ],
        rules=RuleSettings(
            cost_tolerance=rules.cost_tolerance,
            senior_grade=rules.senior_grade,
            regional_entry_points=rules.regional_entry_points,
            entry_point_grade=rules.entry_point_grade,
            max_span=rules.max_span,
            max_layers=rules.max_layers,
            department_roles=[DepartmentRole(r.id, r.name) for r in rules.department_roles],
            function_homes=dict(rules.function_homes),
            functions_together=[list(group) for group in rules.functions_together],
            presence_leads={PresenceType(k): v for k, v in rules.presence_leads.items()},
            mission_default_lead=rules.mission_default_lead,
            gender_function=rules.gender_function,
            pbf_function=rules.pbf_function,
            # configurable rules (issue 15 part 2)
            rule_overrides={
                k: RuleOverride(v.enabled, v.severity) for k, v in rules.rule_overrides.items()
            },
            required_bodies=[
                RequiredBody(
                    b.id,
                    b.name,
                    b.called,
                    b.body,
                    b.chair,
                    list(b.members),
                    _names_to_model(b.names),
                )
                for b in rules.required_bodies
            ],
            dual_reporting={k: list(v) for k, v in rules.dual_reporting.items()},
            # promises (issue 21)
            keep_together={k: list(v) for k, v in rules.keep_together.items()},
            required_head_grades=dict(rules.required_head_grades),
            head_grade_from_posts=rules.head_grade_from_posts,
            lead_follows_chart=rules.lead_follows_chart,
            dual_conditions={PresenceType(k): v for k, v in rules.dual_conditions.items()},
            min_entry_point_holders=rules.min_entry_point_holders,
        ),
        scenarios=[_scenario_to_model(s) for s in doc.scenarios],
        segment_kinds=[
            SegmentKind(
                k.id,
                k.name,
                [Segment(x.id, x.name, x.description) for x in k.items],
                k.entry_points,
                k.entry_point_grade,
            )
            for k in doc.segment_kinds
        ],
        locations=[Location(x.id, x.name, x.description) for x in doc.locations],
        comments=[
            Comment(
                c.id,
                c.scenario,
                CommentTarget(c.target),
                c.target_id,
                c.text,
                c.author,
                c.date or "",
                c.resolved,
            )
            for c in doc.comments
        ],
        conflicts=[
            MergeConflict(list(c.path), c.base, c.ours, c.theirs, MergeSide(c.kept), c.reason)
            for c in doc.merge_conflicts
        ],
    )


def _scenario_to_model(doc: f.ScenarioFile) -> Scenario:
    roles = doc.roles
    return Scenario(
        id=doc.id,
        name=doc.name,
        kind=ScenarioKind(doc.kind),
        description=doc.description,
        roles=ScenarioRoles(
            top=roles.top,
            departments=dict(roles.departments),
            shared_structure=roles.shared_structure,
            executive_office=roles.executive_office,
            principals_group=roles.principals_group,
        ),
        units={u.id: unit_to_model(u) for u in doc.units},
        posts={p.id: post_to_model(p) for p in doc.posts},
        lines={
            x.id: ReportingLine(
                x.id,
                x.source,
                x.target,
                LineKind(x.kind),
                x.caption,
                x.condition,
                citation_to_model(x.citation),
            )
            for x in doc.lines
        },
        bodies={
            b.unit: Body(b.unit, b.chair, list(b.members), citation_to_model(b.citation))
            for b in doc.bodies
        },
        names=_names_to_model(doc.names),
    )


def _names_to_model(names: dict[str, f.LocalNameFile]) -> dict[str, LocalName]:
    return {tag: LocalName(x.name, x.short_name) for tag, x in names.items()}


def _names_plain(names: dict[str, LocalName]) -> dict[str, Any]:
    return {
        tag: {"name": x.name, "short_name": x.short_name} if x.short_name else {"name": x.name}
        for tag, x in names.items()
    }


def post_to_model(doc: f.PostFile) -> Post:
    """The live post of a parsed post."""
    return Post(doc.id, doc.grade, doc.funding, doc.unit, doc.title, dict(doc.titles))


def unit_to_model(doc: f.UnitFile) -> Unit:
    """The live unit of a parsed unit."""
    return Unit(
        id=doc.id,
        name=doc.name,
        kind=UnitKind(doc.kind),
        short_name=doc.short_name,
        head_grade=doc.head_grade,
        parent=doc.parent,
        region=doc.region,
        presence_type=PresenceType(doc.presence_type) if doc.presence_type else None,
        lead_department=doc.lead_department,
        backstopped_by=doc.backstopped_by,
        entry_point_for=list(doc.entry_point_for),
        functions=list(doc.functions),
        note=Note(doc.note.text, doc.note.justification, doc.note.reference),
        segments=dict(doc.segments),
        segment_entry_points={k: list(v) for k, v in doc.segment_entry_points.items()},
        # successors (issue 15 part 3)
        succession=Succession(
            list(doc.succession.units), doc.succession.source, list(doc.succession.rejected)
        ),
        location=doc.location,  # per-location costs (issue 15 part 1)
        names=_names_to_model(doc.names),  # names in several languages (issue 19)
        citation=citation_to_model(doc.citation),  # structured sources (issue 21)
    )


def _defaults(model: type[BaseModel]) -> dict[str, object]:
    """A file model's optional fields and their defaults, in plain (JSON) form."""
    found: dict[str, object] = {}
    for name, info in model.model_fields.items():
        if not info.is_required():
            value = info.get_default(call_default_factory=True)
            found[name] = (
                value.model_dump(exclude_defaults=True) if isinstance(value, BaseModel) else value
            )
    return found


_NOTE = _defaults(f.NoteFile)
_LINE, _BODY, _ROLES = _defaults(f.LineFile), _defaults(f.BodyFile), _defaults(f.RolesFile)
_SCENARIO, _DESIGN = _defaults(f.ScenarioFile), _defaults(f.DesignFile)
_METADATA, _GRADE = _defaults(f.MetadataFile), _defaults(f.GradeFile)
_SOURCE, _RATE = _defaults(f.FundingSourceFile), _defaults(f.CostRateFile)
_SEGMENT_KIND = _defaults(f.SegmentKindFile)
_TABLE, _NAMED = _defaults(f.CostTableFile), _defaults(f.RegionFile)
_RULES = _defaults(f.RuleSettingsFile)
_OVERRIDE, _REQUIRED_BODY = _defaults(f.RuleOverrideFile), _defaults(f.RequiredBodyFile)
_SUCCESSION = _defaults(f.SuccessionFile)  # successors (issue 15 part 3)
_FUNCTION = _defaults(f.FunctionFile)  # structured sources (issue 21)
_COMMENT, _CONFLICT = _defaults(f.CommentFile), _defaults(f.ConflictFile)  # review (issue 18)


def _compact(values: dict[str, Any], defaults: dict[str, object]) -> dict[str, Any]:
    """``values`` without the fields that hold their default (the file leaves those out)."""
    return {k: v for k, v in values.items() if k not in defaults or v != defaults[k]}


def to_plain(
    design: Design, scenario_form: Callable[[Scenario], Any] | None = None
) -> dict[str, Any]:
    """The file form of a live design as plain JSON data: keys in schema order, no defaults.

    This is what ``DesignFile(...).model_dump(exclude_defaults=True)`` would give,
    built directly because validating our own model on every save costs a
    second per 10,000 units; the loader validates every file it reads, and a
    test checks that this form is the schema's canonical one. ``scenario_form``
    gives each scenario's entry instead of :func:`scenario_plain` (a saver that
    keeps each scenario's text passes a stand-in and splices the text in).
    """
    scenario_form = scenario_form or scenario_plain
    rules = design.rules
    meta = design.metadata
    return _compact(
        {
            "format": f.FORMAT_TAG,
            "schema_version": f.SCHEMA_VERSION,
            "metadata": _compact(
                {
                    "title": meta.title,
                    "author": meta.author,
                    "description": meta.description,
                    "provenance": list(meta.provenance),
                    "saved_with": f"orgeditor {__version__}",
                    "language": meta.language,  # names in several languages (issue 19)
                },
                _METADATA,
            ),
            "grades": [
                _compact({"id": g.id, "name": g.name, "category": g.category}, _GRADE)
                for g in design.grades
            ],
            "funding_sources": [
                _compact(
                    {
                        "id": s.id,
                        "name": s.name,
                        "description": s.description,
                        "parts": [_named(p.id, p.name, p.description) for p in s.parts],
                        "neutrality": s.neutrality.value,
                    },
                    _SOURCE,
                )
                for s in design.funding_sources
            ],
            "cost_table": _compact(
                {
                    "currency": design.cost_table.currency,
                    "rates": [
                        _compact(
                            {
                                "grade": r.grade,
                                "annual_cost": r.annual_cost,
                                "funding": r.funding,
                                "location": r.location,
                            },
                            _RATE,
                        )
                        for r in design.cost_table.rates
                    ],
                    "year": design.cost_table.year,  # design settings (issue 15 part 1)
                    "note": design.cost_table.note,
                },
                _TABLE,
            ),
            "regions": [_named(r.id, r.name, r.description) for r in design.regions],
            "functions": [
                _compact(
                    {
                        "id": x.id,
                        "name": x.name,
                        "description": x.description,
                        "citation": citation_plain(x.citation),
                    },
                    _FUNCTION,
                )
                for x in design.functions
            ],
            "rules": _compact(
                {
                    "cost_tolerance": rules.cost_tolerance,
                    "senior_grade": rules.senior_grade,
                    "regional_entry_points": rules.regional_entry_points,
                    "entry_point_grade": rules.entry_point_grade,
                    "max_span": rules.max_span,
                    "max_layers": rules.max_layers,
                    "department_roles": [
                        {"id": r.id, "name": r.name} for r in rules.department_roles
                    ],
                    "function_homes": dict(rules.function_homes),
                    "functions_together": [list(group) for group in rules.functions_together],
                    "presence_leads": {k.value: v for k, v in rules.presence_leads.items()},
                    "mission_default_lead": rules.mission_default_lead,
                    "gender_function": rules.gender_function,
                    "pbf_function": rules.pbf_function,
                    # configurable rules (issue 15 part 2)
                    "rule_overrides": {
                        k: _compact({"enabled": v.enabled, "severity": v.severity}, _OVERRIDE)
                        for k, v in rules.rule_overrides.items()
                    },
                    "required_bodies": [
                        _compact(
                            {
                                "id": b.id,
                                "name": b.name,
                                "called": b.called,
                                "body": b.body,
                                "chair": b.chair,
                                "members": list(b.members),
                                "names": _names_plain(b.names),
                            },
                            _REQUIRED_BODY,
                        )
                        for b in rules.required_bodies
                    ],
                    "dual_reporting": {k: list(v) for k, v in rules.dual_reporting.items()},
                    # promises (issue 21)
                    "keep_together": {k: list(v) for k, v in rules.keep_together.items()},
                    "required_head_grades": dict(rules.required_head_grades),
                    "head_grade_from_posts": rules.head_grade_from_posts,
                    "lead_follows_chart": rules.lead_follows_chart,
                    "dual_conditions": {k.value: v for k, v in rules.dual_conditions.items()},
                    "min_entry_point_holders": rules.min_entry_point_holders,
                },
                _RULES,
            ),
            "scenarios": [scenario_form(s) for s in design.scenarios],
            "segment_kinds": [
                _compact(
                    {
                        "id": k.id,
                        "name": k.name,
                        "items": [_named(x.id, x.name, x.description) for x in k.items],
                        "entry_points": k.entry_points,
                        "entry_point_grade": k.entry_point_grade,
                    },
                    _SEGMENT_KIND,
                )
                for k in design.segment_kinds
            ],
            "locations": [_named(x.id, x.name, x.description) for x in design.locations],
            "comments": [_comment_plain(c) for c in design.comments],
            "merge_conflicts": [
                _compact(
                    {
                        "path": list(c.path),
                        "base": c.base,
                        "ours": c.ours,
                        "theirs": c.theirs,
                        "kept": c.kept.value,
                        "reason": c.reason,
                    },
                    _CONFLICT,
                )
                for c in design.conflicts
            ],
        },
        _DESIGN,
    )


def _comment_plain(comment: Comment) -> dict[str, Any]:
    return _compact(
        {
            "id": comment.id,
            "scenario": comment.scenario,
            "target": comment.target.value,
            "target_id": comment.target_id,
            "text": comment.text,
            "author": comment.author,
            "date": comment.date or None,
            "resolved": comment.resolved,
        },
        _COMMENT,
    )


def _named(key: str, name: str, description: str) -> dict[str, Any]:
    return _compact({"id": key, "name": name, "description": description}, _NAMED)


def scenario_plain(scenario: Scenario) -> dict[str, Any]:
    """The file form of one scenario as plain JSON data (its entry in ``scenarios``)."""
    roles = scenario.roles
    return _compact(
        {
            "id": scenario.id,
            "name": scenario.name,
            "kind": scenario.kind.value,
            "description": scenario.description,
            "roles": _compact(
                {
                    "top": roles.top,
                    "departments": dict(roles.departments),
                    "shared_structure": roles.shared_structure,
                    "executive_office": roles.executive_office,
                    "principals_group": roles.principals_group,
                },
                _ROLES,
            ),
            "units": [_unit_plain(u) for u in scenario.units.values()],
            "posts": [_post_plain(p) for p in scenario.posts.values()],
            "lines": [
                _compact(
                    {
                        "id": x.id,
                        "source": x.source,
                        "target": x.target,
                        "kind": x.kind.value,
                        "caption": x.caption,
                        "condition": x.condition,
                        "citation": citation_plain(x.citation),
                    },
                    _LINE,
                )
                for x in scenario.lines.values()
            ],
            "bodies": [
                _compact(
                    {
                        "unit": b.unit,
                        "chair": b.chair,
                        "members": list(b.members),
                        "citation": citation_plain(b.citation),
                    },
                    _BODY,
                )
                for b in scenario.bodies.values()
            ],
            "names": _names_plain(scenario.names),
        },
        _SCENARIO,
    )


# A save's hot path (a 50,000-unit scenario has 230,000 posts): units and posts are
# written out field by field, leaving out each default, instead of through _compact.
# tests/core/test_save.py checks the result against the schema's own canonical form.


def _post_plain(post: Post) -> dict[str, Any]:
    plain = {"id": post.id, "grade": post.grade, "funding": post.funding, "unit": post.unit}
    if post.title:
        plain["title"] = post.title
    if post.titles:
        return {**plain, "titles": dict(post.titles)}
    return plain


def _unit_plain(unit: Unit) -> dict[str, Any]:
    plain: dict[str, Any] = {"id": unit.id, "name": unit.name, "kind": unit.kind.value}
    if unit.short_name:
        plain["short_name"] = unit.short_name
    for key, value in (
        ("head_grade", unit.head_grade),
        ("parent", unit.parent),
        ("region", unit.region),
        ("presence_type", unit.presence_type.value if unit.presence_type else None),
        ("lead_department", unit.lead_department),
        ("backstopped_by", unit.backstopped_by),
    ):
        if value is not None:
            plain[key] = value
    if unit.entry_point_for:
        plain["entry_point_for"] = list(unit.entry_point_for)
    if unit.functions:
        plain["functions"] = list(unit.functions)
    note = unit.note
    if note.text or note.justification or note.reference:
        plain["note"] = _compact(
            {"text": note.text, "justification": note.justification, "reference": note.reference},
            _NOTE,
        )
    if unit.segments:
        plain["segments"] = dict(unit.segments)
    if unit.segment_entry_points:
        plain["segment_entry_points"] = {k: list(v) for k, v in unit.segment_entry_points.items()}
    succession = unit.succession
    if succession.units or succession.source or succession.rejected:  # issue 15 part 3
        plain["succession"] = _compact(
            {
                "units": list(succession.units),
                "source": succession.source,
                "rejected": list(succession.rejected),
            },
            _SUCCESSION,
        )
    if unit.location is not None:  # per-location costs (issue 15 part 1)
        plain["location"] = unit.location
    if unit.names:  # names in several languages (issue 19)
        plain["names"] = _names_plain(unit.names)
    citation = citation_plain(unit.citation)
    if citation:  # structured sources (issue 21)
        plain["citation"] = citation
    return plain
