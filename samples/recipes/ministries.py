"""Recipe of samples/ministries-merger.orgdesign: a fictional, non-UN example.

Two ministries of a fictional government merge into one. Everything here is
invented to show that the editor is not tied to the UN: its own grade ladder,
funding sources, currency and rule settings.
"""

from __future__ import annotations

from kit import Org

from orgeditor.model import (
    CostRate,
    CostTable,
    Design,
    FundingSource,
    Grade,
    LineKind,
    Metadata,
    Note,
    OrgFunction,
    PresenceType,
    Region,
    ReportingLine,
    RuleSettings,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    UnitKind,
)

K = UnitKind
RO = PresenceType.REGIONAL_OFFICE

GRADES = [
    Grade("SEC", "Secretary-General of a ministry", "senior"),
    Grade("DG", "Director-General", "senior"),
    Grade("DIR", "Director", "management"),
    Grade("HU", "Head of unit", "management"),
    Grade("SO", "Senior officer", "officer"),
    Grade("OF", "Officer", "officer"),
    Grade("AS", "Assistant", "support"),
]
RATES = {"SEC": 160_000, "DG": 140_000, "DIR": 115_000, "HU": 95_000, "SO": 80_000,
         "OF": 62_000, "AS": 45_000}


def build() -> Design:
    """Baseline: two ministries; proposal: one merged ministry, cost neutral per source."""
    baseline = _baseline()
    return Design(
        metadata=Metadata(
            title="Merging the ministries of environment and of water (fictional)",
            author="orgeditor sample",
            description="A small, invented example: two ministries of a fictional government "
                        "merge into a Ministry of Environment and Water.",
            provenance=["Every name, post and cost in this design is invented for illustration."],
        ),
        grades=GRADES,
        funding_sources=[
            FundingSource("STATE", "State budget"),
            FundingSource("EU", "EU cohesion fund", "Project posts, funded until 2027."),
            FundingSource("FEES", "Water abstraction fees", "Earmarked for permitting work."),
        ],
        cost_table=CostTable("EUR", [CostRate(g, c) for g, c in RATES.items()]),
        regions=[Region("north", "Northern region"), Region("south", "Southern region")],
        functions=[
            OrgFunction("leadership", "Leadership of the ministry"),
            OrgFunction("climate", "Climate policy"),
            OrgFunction("nature", "Nature protection"),
            OrgFunction("water-supply", "Water supply and sanitation"),
            OrgFunction("floods", "Flood protection"),
            OrgFunction("permits", "Permits"),
            OrgFunction("inspection", "Inspection and enforcement"),
            OrgFunction("corporate", "Finance, staff and IT"),
            OrgFunction("regional", "Regional presence"),
        ],
        # head_grade_from_posts: each directorate is led at the grade of its most senior post
        rules=RuleSettings(
            cost_tolerance=0,
            senior_grade="DIR",
            max_span=10,
            max_layers=5,
            head_grade_from_posts=True,
        ),
        scenarios=[baseline, _merged(baseline)],
    )


def _baseline() -> Scenario:
    s = Scenario("today", "Two ministries today", ScenarioKind.BASELINE,
                 roles=ScenarioRoles(top="gov"))
    o = Org(s)
    o.unit("gov", "Government", K.OFFICE, None, note=Note(text="Context: posts not modelled."))
    for prefix, name, short, directorates in [
        ("moe", "Ministry of the Environment", "MoE", [
            ("climate", "Climate Directorate", "climate", "STATE: 1 DIR, 2 HU, 4 SO, 5 OF, 2 AS; "
                                                          "EU: 2 OF"),
            ("nature", "Nature Directorate", "nature", "STATE: 1 DIR, 1 HU, 3 SO, 4 OF, 2 AS"),
            ("inspect", "Environmental Inspectorate", "inspection",
             "STATE: 1 DIR, 2 HU, 3 SO, 8 OF, 2 AS"),
            ("corp", "Corporate Services", "corporate", "STATE: 1 HU, 2 SO, 3 OF, 4 AS"),
        ]),
        ("mow", "Ministry of Water Resources", "MoW", [
            ("supply", "Water Supply Directorate", "water-supply",
             "STATE: 1 DIR, 2 HU, 3 SO, 4 OF, 2 AS; EU: 1 SO, 2 OF"),
            ("floods", "Flood Protection Directorate", "floods",
             "STATE: 1 DIR, 1 HU, 3 SO, 5 OF, 1 AS"),
            ("permits", "Permits Unit", "permits", "FEES: 1 HU, 2 SO, 4 OF, 2 AS"),
            ("corp", "Corporate Services", "corporate", "STATE: 1 HU, 1 SO, 3 OF, 3 AS"),
        ]),
    ]:
        o.unit(prefix, name, K.DEPARTMENT, "gov", short=short, head="SEC",
               functions=["leadership"])
        o.staff(prefix, "STATE: 1 SEC, 1 SO, 2 AS")
        for suffix, dname, function, staffing in directorates:
            uid = f"{prefix}-{suffix}"
            kind = K.UNIT if dname.endswith(("Unit", "Services")) else K.DIVISION
            head = "HU" if kind is K.UNIT else "DIR"
            o.unit(uid, dname, kind, prefix, short=f"{short} {dname.split()[0]}", head=head,
                   functions=[function])
            o.staff(uid, staffing)
        for region in ["north", "south"]:
            uid = f"{prefix}-{region}"
            o.unit(uid, f"{short} {region.title()}ern Office", K.FIELD_PRESENCE, prefix,
                   head="HU", region=region, presence_type=RO, lead_department=prefix,
                   functions=["regional"])
            o.staff(uid, "STATE: 1 HU, 2 OF, 1 AS")
    s.lines = {
        "permits-inspect": ReportingLine("permits-inspect", "mow-permits", "moe-inspect",
                                         LineKind.DOTTED, "Joint site visits"),
    }
    return s


def _merged(baseline: Scenario) -> Scenario:
    s = baseline.copy("merged", "One ministry", ScenarioKind.PROPOSAL)
    s.description = "Both ministries become one; corporate services, permitting and " \
                    "inspection, and the regional offices are merged."
    o = Org(s)
    o.unit("mew", "Ministry of Environment and Water", K.DEPARTMENT, "gov", short="MEW",
           head="SEC", functions=["leadership"])
    o.move_posts("moe", "mew")
    deputy = o.move_posts("mow", "mew", grade="SEC")
    s.posts[deputy[0]].title = "Deputy Secretary-General (water)"
    o.move_posts("mow", "mew")
    for uid in ["moe-climate", "moe-nature", "mow-supply", "mow-floods"]:
        o.reparent(uid, "mew")
    o.unit("mew-permits", "Permits and Inspection Directorate", K.DIVISION, "mew",
           short="Permits & Inspection", head="DIR", functions=["permits", "inspection"],
           note=Note(justification="One door for operators: the permit and its inspection."))
    o.move_posts("moe-inspect", "mew-permits")
    o.move_posts("mow-permits", "mew-permits")
    o.unit("mew-corp", "Corporate Services", K.UNIT, "mew", short="MEW Corporate", head="HU",
           functions=["corporate"])
    o.move_posts("moe-corp", "mew-corp")
    o.move_posts("mow-corp", "mew-corp")
    for region in ["north", "south"]:
        uid = f"mew-{region}"
        o.unit(uid, f"MEW {region.title()}ern Office", K.FIELD_PRESENCE, "mew", head="HU",
               region=region, presence_type=RO, lead_department="mew", functions=["regional"])
        o.move_posts(f"moe-{region}", uid)
        o.move_posts(f"mow-{region}", uid)
    for uid in ["moe-inspect", "mow-permits", "moe-corp", "mow-corp", "moe-north", "moe-south",
                "mow-north", "mow-south", "moe", "mow"]:
        o.remove(uid)
    # the merged units carry on the two ministries' units: their posts continue [I]
    merger = "[I] fictional merger"
    o.succeeds("mew", ["moe", "mow"], merger)
    o.succeeds("mew-permits", ["moe-inspect", "mow-permits"], merger)
    o.succeeds("mew-corp", ["moe-corp", "mow-corp"], merger)
    for region in ["north", "south"]:
        o.succeeds(f"mew-{region}", [f"moe-{region}", f"mow-{region}"], merger)
    s.lines = {}
    return s
