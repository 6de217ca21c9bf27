"""Conversion between the file schema and the live model, both ways.

The file schema is frozen and strict; the model is mutable and typed with
enums. Conversion is field by field so that a change to either side is a
deliberate change to the other.
"""

from __future__ import annotations

from typing import cast

from orgeditor.io import schema as f
from orgeditor.model import (
    Body,
    CostRate,
    CostTable,
    DepartmentRole,
    Design,
    FundingSource,
    Grade,
    LineKind,
    Metadata,
    Note,
    OrgFunction,
    Post,
    PresenceType,
    Region,
    ReportingLine,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
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
        ),
        grades=[Grade(g.id, g.name, g.category) for g in doc.grades],
        funding_sources=[FundingSource(s.id, s.name, s.description) for s in doc.funding_sources],
        cost_table=CostTable(
            currency=doc.cost_table.currency,
            rates=[CostRate(r.grade, r.annual_cost, r.funding) for r in doc.cost_table.rates],
        ),
        regions=[Region(r.id, r.name, r.description) for r in doc.regions],
        functions=[OrgFunction(x.id, x.name, x.description) for x in doc.functions],
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
        ),
        scenarios=[_scenario_to_model(s) for s in doc.scenarios],
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
        units={u.id: _unit_to_model(u) for u in doc.units},
        posts={p.id: Post(p.id, p.grade, p.funding, p.unit, p.title) for p in doc.posts},
        lines={
            x.id: ReportingLine(x.id, x.source, x.target, LineKind(x.kind), x.caption, x.condition)
            for x in doc.lines
        },
        bodies={b.unit: Body(b.unit, b.chair, list(b.members)) for b in doc.bodies},
    )


def _unit_to_model(doc: f.UnitFile) -> Unit:
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
    )


def to_file(design: Design) -> f.DesignFile:
    """The file form of a live design."""
    rules = design.rules
    return f.DesignFile(
        format=f.FORMAT_TAG,
        schema_version=f.SCHEMA_VERSION,
        metadata=f.MetadataFile(
            title=design.metadata.title,
            author=design.metadata.author,
            description=design.metadata.description,
            provenance=list(design.metadata.provenance),
        ),
        grades=[f.GradeFile(id=g.id, name=g.name, category=g.category) for g in design.grades],
        funding_sources=[
            f.FundingSourceFile(id=s.id, name=s.name, description=s.description)
            for s in design.funding_sources
        ],
        cost_table=f.CostTableFile(
            currency=design.cost_table.currency,
            rates=[
                f.CostRateFile(grade=r.grade, annual_cost=r.annual_cost, funding=r.funding)
                for r in design.cost_table.rates
            ],
        ),
        regions=[
            f.RegionFile(id=r.id, name=r.name, description=r.description) for r in design.regions
        ],
        functions=[
            f.FunctionFile(id=x.id, name=x.name, description=x.description)
            for x in design.functions
        ],
        rules=f.RuleSettingsFile(
            cost_tolerance=rules.cost_tolerance,
            senior_grade=rules.senior_grade,
            regional_entry_points=rules.regional_entry_points,
            entry_point_grade=rules.entry_point_grade,
            max_span=rules.max_span,
            max_layers=rules.max_layers,
            department_roles=[
                f.DepartmentRoleFile(id=r.id, name=r.name) for r in rules.department_roles
            ],
            function_homes=dict(rules.function_homes),
            functions_together=[list(group) for group in rules.functions_together],
            presence_leads=cast(
                "dict[f.PresenceTypeName, str]",
                {k.value: v for k, v in rules.presence_leads.items()},
            ),
            mission_default_lead=rules.mission_default_lead,
            gender_function=rules.gender_function,
            pbf_function=rules.pbf_function,
        ),
        scenarios=[_scenario_to_file(s) for s in design.scenarios],
    )


def _scenario_to_file(scenario: Scenario) -> f.ScenarioFile:
    roles = scenario.roles
    return f.ScenarioFile(
        id=scenario.id,
        name=scenario.name,
        kind=scenario.kind.value,
        description=scenario.description,
        roles=f.RolesFile(
            top=roles.top,
            departments=dict(roles.departments),
            shared_structure=roles.shared_structure,
            executive_office=roles.executive_office,
            principals_group=roles.principals_group,
        ),
        units=[_unit_to_file(u) for u in scenario.units.values()],
        posts=[
            f.PostFile(id=p.id, grade=p.grade, funding=p.funding, unit=p.unit, title=p.title)
            for p in scenario.posts.values()
        ],
        lines=[
            f.LineFile(
                id=x.id,
                source=x.source,
                target=x.target,
                kind=x.kind.value,
                caption=x.caption,
                condition=x.condition,
            )
            for x in scenario.lines.values()
        ],
        bodies=[
            f.BodyFile(unit=b.unit, chair=b.chair, members=list(b.members))
            for b in scenario.bodies.values()
        ],
    )


def _unit_to_file(unit: Unit) -> f.UnitFile:
    return f.UnitFile(
        id=unit.id,
        name=unit.name,
        kind=unit.kind.value,
        short_name=unit.short_name,
        head_grade=unit.head_grade,
        parent=unit.parent,
        region=unit.region,
        presence_type=unit.presence_type.value if unit.presence_type else None,
        lead_department=unit.lead_department,
        backstopped_by=unit.backstopped_by,
        entry_point_for=list(unit.entry_point_for),
        functions=list(unit.functions),
        note=f.NoteFile(
            text=unit.note.text,
            justification=unit.note.justification,
            reference=unit.note.reference,
        ),
    )
