"""Recipe of samples/city-development-services.orgdesign: an illustrative city, not UN.

A city's Planning Department and Building Department become a Development
Policy Department and a Development Operations Department, with a shared front
door that gives each client group (residents and homeowners, developers and
builders, businesses) one desk reporting to both departments. The city has no
name: every unit, post, cost and rule choice here is illustrative [I], and
``samples/recipes/city.md`` lists the same content as a planner's script.
"""

from __future__ import annotations

from kit import Org, lines

from orgeditor.model import (
    Body,
    CostRate,
    CostTable,
    DepartmentRole,
    Design,
    FundingPart,
    FundingSource,
    Grade,
    LineKind,
    Metadata,
    NeutralityLevel,
    Note,
    OrgFunction,
    RequiredBody,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    Segment,
    SegmentKind,
    UnitKind,
)

K = UnitKind
I_REFORM = "[I] illustrative reform"

GRADES = [
    Grade("DCM", "Deputy City Manager", "Executive"),
    Grade("DIR", "Director", "Executive"),
    Grade("DD", "Deputy Director", "Executive"),
    Grade("MGR", "Manager", "Management"),
    Grade("PRIN", "Principal", "Professional"),
    Grade("SNR", "Senior", "Professional"),
    Grade("OFF", "Officer", "Professional"),
    Grade("TECH", "Technician", "Technical and support"),
    Grade("ASST", "Assistant", "Technical and support"),
]
RATES = {"DCM": 210_000, "DIR": 175_000, "DD": 150_000, "MGR": 125_000, "PRIN": 110_000,
         "SNR": 95_000, "OFF": 80_000, "TECH": 68_000, "ASST": 55_000}

FUNDING = [
    FundingSource(
        "gf",
        "General Fund",
        "[I] Tax-funded; the council appropriates it to the development services as a whole, "
        "and its programmes are how the budget presents it. Neutrality is checked for the whole "
        "fund: moving posts between its programmes is within the manager's authority.",
        parts=[
            FundingPart("gf-plan", "Planning programme"),
            FundingPart("gf-bld", "Building safety programme"),
            FundingPart("gf-cs", "Customer service programme"),
        ],
        neutrality=NeutralityLevel.SOURCE,
    ),
    FundingSource(
        "fee",
        "Permit Fee Fund",
        "[I] Permit and plan-review fees, which may pay only for permit, plan-review and "
        "inspection work: no post moves between this fund and the General Fund.",
    ),
]

CLIENTS = SegmentKind(
    "client",
    "client group",
    [
        Segment("res", "Residents and homeowners"),
        Segment("dev", "Developers and builders"),
        Segment("bus", "Businesses"),
    ],
    entry_points=True,
    entry_point_grade="SNR",
)

FUNCTIONS = [
    OrgFunction("direction", "Direction of the development services"),
    OrgFunction("long-range", "Long-range and neighbourhood planning"),
    OrgFunction("zoning-policy", "Zoning and building code policy"),
    OrgFunction("plan-review", "Review of development and building plans"),
    OrgFunction("permits", "Permit issuance"),
    OrgFunction("inspections", "Building inspections and code enforcement"),
    OrgFunction("customer-service", "Customer service: the door clients come to"),
]

RULES = RuleSettings(
    cost_tolerance=0,
    senior_grade="DD",
    max_span=8,
    max_layers=4,
    department_roles=[
        DepartmentRole("policy", "Policy department"),
        DepartmentRole("operations", "Operations department"),
    ],
    function_homes={
        "long-range": "policy",
        "zoning-policy": "policy",
        "plan-review": "operations",
        "permits": "operations",
        "inspections": "operations",
    },
    functions_together=[["plan-review", "permits"]],
    required_bodies=[
        RequiredBody(
            "dcc",
            "Development Coordination Committee",
            called="development coordination committee",
            body="unit:dcc",
            chair="top",
            members=["departments"],
        )
    ],
    dual_reporting={desk: ["policy", "operations"] for desk in ["fd-res", "fd-dev", "fd-bus"]},
    # the reform's promises (issue 21): one front door, and heads graded as their posts
    keep_together={"the front door's desks": ["fd-res", "fd-dev", "fd-bus"]},
    head_grade_from_posts=True,
)

PROVENANCE = [
    "ILLUSTRATIVE [I]: an invented city, not any real one. Every unit, post, grade, cost, "
    "funding rule and rule setting in this design is illustrative; nothing in it is sourced.",
    "It illustrates a reform of a kind cities undertake [I]: planning and building merged into "
    "a policy department and an operations department, and one front-door desk per client "
    "group instead of a counter in each department.",
    "Costs are illustrative [I] annual full costs per grade in euros, for 2025.",
    "The reform is cost neutral by construction: every post of the baseline is kept, none is "
    "established, abolished or reclassified. Posts move between the General Fund's programmes "
    "(a transfer the fund's source-level neutrality allows); no post changes fund.",
]


def build() -> Design:
    """Baseline: two departments, each with its own counter; proposal: policy, operations and
    a front door with one desk per client group."""
    baseline = _baseline()
    return Design(
        metadata=Metadata(
            title="Development services reform of an illustrative city",
            author="orgeditor sample",
            description=(
                "An illustrative city merges its Planning and Building departments into a "
                "Development Policy Department and a Development Operations Department, splits "
                "its Development Review Division between them, and replaces the two "
                "departments' counters with a shared front door: one desk per client group "
                "(residents and homeowners, developers and builders, businesses), each "
                "reporting to both departments. It shows client groups as segments, a budget "
                "fund with programme parts, a successor split, and a required committee."
            ),
            provenance=PROVENANCE,
        ),
        grades=GRADES,
        funding_sources=FUNDING,
        cost_table=CostTable(
            "EUR",
            [CostRate(g, c) for g, c in RATES.items()],
            year=2025,
            note="[I] Illustrative annual full costs (pay, pension and benefits) per grade.",
        ),
        functions=FUNCTIONS,
        rules=RULES,
        scenarios=[baseline, _reform(baseline)],
        segment_kinds=[CLIENTS],
    )


def _baseline() -> Scenario:
    s = Scenario(
        "today",
        "Planning and Building today",
        ScenarioKind.BASELINE,
        "[I] Two departments, each with its own counter: a developer and a homeowner may need "
        "both, and businesses have no door of their own.",
        roles=ScenarioRoles(top="dcm", departments={"policy": "plan", "operations": "bld"}),
    )
    o = Org(s)
    o.unit("dcm", "Deputy City Manager for Development", K.OFFICE, None, short="Development",
           head="DCM", functions=["direction"])
    o.staff("dcm", "gf: 1 DCM, 1 PRIN, 1 ASST", titles={"DCM": "Deputy City Manager"})
    o.unit("plan", "Planning Department", K.DEPARTMENT, "dcm", short="Planning", head="DIR",
           functions=["direction"])
    o.staff("plan", "gf-plan: 1 DIR, 1 ASST", titles={"DIR": "Director of Planning"})
    o.unit("plan-lrp", "Long Range Planning Division", K.DIVISION, "plan",
           short="Long Range Planning", head="DD", functions=["long-range"])
    o.staff("plan-lrp", "gf-plan: 1 DD, 2 PRIN, 3 SNR, 2 OFF, 1 ASST")
    o.unit("plan-devrev", "Development Review Division", K.DIVISION, "plan",
           short="Development Review", head="DD", functions=["zoning-policy", "plan-review"],
           note=Note(text="Writes the zoning code and reviews applications against it."))
    o.staff("plan-devrev", "gf-plan: 1 DD, 1 MGR, 2 PRIN, 3 SNR, 4 OFF, 1 TECH; "
                           "fee: 2 SNR, 2 OFF")
    o.unit("plan-counter", "Planning Counter", K.UNIT, "plan", head="MGR",
           functions=["customer-service"], segment_entry_points={"client": ["res", "dev"]})
    o.staff("plan-counter", "gf-plan: 1 MGR, 2 SNR, 2 OFF, 2 ASST")
    o.unit("bld", "Building Department", K.DEPARTMENT, "dcm", short="Building", head="DIR",
           functions=["direction"])
    o.staff("bld", "fee: 1 DIR; gf-bld: 1 ASST", titles={"DIR": "Director of Building"})
    o.unit("bld-permits", "Permits Division", K.DIVISION, "bld", short="Permits", head="DD",
           functions=["permits"])
    o.staff("bld-permits", "fee: 1 DD, 1 PRIN, 2 SNR, 3 OFF")
    o.unit("bld-insp", "Inspections Division", K.DIVISION, "bld", short="Inspections",
           head="DD", functions=["inspections"],
           note=Note(text="Two technicians on the General Fund answer complaints."))
    o.staff("bld-insp", "fee: 1 DD, 2 PRIN, 4 SNR, 6 TECH, 1 ASST; gf-bld: 2 TECH")
    o.unit("bld-counter", "Permit Counter", K.UNIT, "bld", head="MGR",
           functions=["customer-service"], segment_entry_points={"client": ["res", "dev"]})
    o.staff("bld-counter", "fee: 1 MGR, 1 SNR, 2 OFF, 1 ASST; gf-bld: 1 OFF, 1 ASST")
    return s


def _reform(baseline: Scenario) -> Scenario:
    s = baseline.copy("reform", "Policy, operations and a front door", ScenarioKind.PROPOSAL)
    s.description = (
        "[I] Planning and Building become a policy and an operations department; Development "
        "Review splits between them; a front door gives each client group one desk that "
        "reports to both departments."
    )
    s.roles = ScenarioRoles(top="dcm", departments={"policy": "pol", "operations": "ops"},
                            shared_structure="fd")
    o = Org(s)
    o.unit("pol", "Development Policy Department", K.DEPARTMENT, "dcm", short="Policy",
           head="DIR", functions=["direction"])
    o.move_posts("plan", "pol")
    s.posts["plan.01"].title = "Director of Development Policy"
    o.unit("ops", "Development Operations Department", K.DEPARTMENT, "dcm", short="Operations",
           head="DIR", functions=["direction"])
    o.move_posts("bld", "ops")
    s.posts["bld.01"].title = "Director of Development Operations"
    o.reparent("plan-lrp", "pol")  # continues under a new name
    s.units["plan-lrp"].name = "Citywide Planning Division"
    s.units["plan-lrp"].short_name = "Citywide Planning"
    # the split: zoning and code policy stays with policy, plan review goes to operations
    o.unit("pol-code", "Zoning and Code Policy Division", K.DIVISION, "pol",
           short="Zoning & Code Policy", head="DD", functions=["zoning-policy"])
    for grade, count in [("DD", 1), ("PRIN", 2), ("SNR", 1), ("OFF", 1)]:
        o.move_posts("plan-devrev", "pol-code", grade=grade, funding="gf-plan", count=count)
    for uid in ["bld-permits", "bld-insp"]:
        o.reparent(uid, "ops")
    o.unit("ops-review", "Plan Review Service", K.SERVICE, "ops", short="Plan Review",
           head="MGR", functions=["plan-review"],
           note=Note(justification="Plan review next to permit issuance: one path to a permit."))
    o.move_posts("plan-devrev", "ops-review", funding="gf-plan", to_funding="gf-bld")
    o.move_posts("plan-devrev", "ops-review", funding="fee")
    # the front door: one desk per client group, from the two counters' posts
    o.unit("fd", "Development Services Front Door", K.STRUCTURE, "dcm", short="Front Door",
           head="MGR", functions=["customer-service"],
           note=Note(justification="One door per client group, shared by both departments."))
    o.move_posts("plan-counter", "fd", grade="MGR", to_funding="gf-cs")
    o.move_posts("plan-counter", "fd", grade="ASST", count=1, to_funding="gf-cs")
    desks = [("res", "Residents and Homeowners Desk", "Residents' Desk"),
             ("dev", "Developers and Builders Desk", "Developers' Desk"),
             ("bus", "Business Desk", "")]
    for item, name, short in desks:
        o.unit(f"fd-{item}", name, K.UNIT, "fd", short=short, head="SNR",
               functions=["customer-service"], segments={"client": item},
               segment_entry_points={"client": [item]})
    for grade in ["SNR", "OFF", "ASST"]:
        o.move_posts("plan-counter", "fd-res", grade=grade, count=1, to_funding="gf-cs")
    o.move_posts("bld-counter", "fd-dev", grade="SNR")
    o.move_posts("bld-counter", "fd-dev", grade="OFF", funding="fee")
    o.move_posts("bld-counter", "fd-dev", grade="ASST", funding="fee")
    o.move_posts("plan-counter", "fd-bus", to_funding="gf-cs")
    o.move_posts("bld-counter", "fd-bus", funding="gf-bld", to_funding="gf-cs")
    intake = o.move_posts("bld-counter", "bld-permits", grade="MGR")
    s.posts[intake[0]].title = "Permit intake manager"
    o.unit("dcc", "Development Coordination Committee", K.BODY, "dcm", short="Committee",
           note=Note(text="Meets weekly on cases that need both departments."))
    s.bodies = {"dcc": Body("dcc", chair="dcm", members=["pol", "ops", "fd"])}
    for uid in ["plan-devrev", "plan-counter", "bld-counter", "plan", "bld"]:
        o.remove(uid)
    o.succeeds("pol", ["plan"], I_REFORM)
    o.succeeds("ops", ["bld"], I_REFORM)
    o.succeeds("pol-code", ["plan-devrev"], I_REFORM)
    o.succeeds("ops-review", ["plan-devrev"], I_REFORM)
    for uid in ["fd", "fd-res", "fd-dev", "fd-bus"]:
        o.succeeds(uid, ["plan-counter", "bld-counter"], I_REFORM)
    # no captions: the two lines of each desk differ by their department and condition
    s.lines = lines([
        row
        for item, _, _ in desks
        for row in [
            (f"fd-{item}-pol", f"fd-{item}", "pol", LineKind.DUAL, "",
             "plans, zoning and code questions"),
            (f"fd-{item}-ops", f"fd-{item}", "ops", LineKind.DUAL, "",
             "permits, plan review and inspections"),
        ]
    ])
    return s
