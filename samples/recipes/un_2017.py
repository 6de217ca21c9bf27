"""Recipe of samples/un-peace-security-2017.orgdesign.

The baseline is the 2017 peace and security pillar (DPA, DPKO, PBSO); the two
proposals are derived from it by moving posts, so that every post keeps its
id and funding source and both proposals stay cost neutral per source.
Staffing tables are illustrative [I] (FACTS.md could not source post counts);
structure, names and leads are sourced where FACTS.md marks them [S].
"""

from __future__ import annotations

from kit import Org
from un_reference import (
    COSTS,
    FUNCTIONS,
    FUNDING,
    GRADES,
    OPERATIONS_LED_SPMS_A72525,
    OPERATIONS_LED_SPMS_BASELINE,
    PRESENCES,
    REGIONS,
    RULES,
    PKO,
    SPM,
)

from orgeditor.model import (
    Body,
    Design,
    LineKind,
    Metadata,
    Note,
    ReportingLine,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    UnitKind,
)

K = UnitKind
NO_POSTS = Note(text="Context unit: its posts lie outside the pillar and are not modelled.")

PROVENANCE = [
    "Structure, names, leads and dates follow the domain facts file (FACTS.md): items marked "
    "[S] there are sourced (A/72/525, A/72/772, GA res. 72/262 C, press releases); this file "
    "repeats the tag in unit notes.",
    "All post counts by grade and funding source are ILLUSTRATIVE [I]: the staffing tables of "
    "A/72/772 could not be read. They follow the orders of magnitude in FACTS.md section 3.2 "
    "(DPA mostly regular budget with some extrabudgetary posts, DPKO mostly support account, "
    "PBSO mostly extrabudgetary) and are not official figures.",
    "Costs are ILLUSTRATIVE [I]: synthetic New York annual full costs per grade from FACTS.md "
    "section 3.2, not UN standard costs.",
    "The proposals are cost neutral per funding source by construction: every post of the "
    "baseline is redeployed, none is established, abolished or reclassified. The seven posts "
    "redeployed to PBSO follow GA/AB/4280 [S]; which posts they were is illustrative [I].",
    "Field presences carry no posts here: mission budgets are separate from the headquarters "
    "posts this design compares. Their regions and backstopping divisions are [I].",
    "Context units (Secretary-General, EOSG, DFS/DOS, DM/DMSPC, OCT, ODA) carry no posts.",
]


def build() -> Design:
    """The whole UN design: baseline, proposal A/72/525 and the approved structure."""
    baseline = _baseline()
    proposal = _proposal(baseline)
    approved = _approved(proposal)
    return Design(
        metadata=Metadata(
            title="UN peace and security pillar restructuring (2017-2019)",
            author="orgeditor sample",
            description=(
                "The Secretary-General's proposal A/72/525 (13 October 2017) to turn DPA, DPKO "
                "and PBSO into DPPA, DPO and a single regional political-operational structure "
                "shared by both departments, and the structure as approved by GA resolution "
                "72/262 C (5 July 2018), in force from 1 January 2019."
            ),
            provenance=PROVENANCE,
        ),
        grades=GRADES,
        funding_sources=FUNDING,
        cost_table=COSTS,
        regions=REGIONS,
        functions=FUNCTIONS,
        rules=RULES,
        scenarios=[baseline, proposal, approved],
    )


def _baseline() -> Scenario:
    s = Scenario(
        "as-is-2017",
        "As-is 2017",
        ScenarioKind.BASELINE,
        "The peace and security pillar before the reform: DPA, DPKO and PBSO [S: A/72/525].",
        roles=ScenarioRoles(
            top="sg",
            departments={"political": "dpa", "operations": "dpko"},
            executive_office="eosg",
        ),
    )
    o = Org(s)
    o.unit("sg", "Secretary-General", K.OFFICE, None, short="SG", head="SG", note=NO_POSTS)
    o.unit("eosg", "Executive Office of the Secretary-General", K.OFFICE, "sg", short="EOSG",
           head="USG", functions=["executive-direction"], note=NO_POSTS)
    _dpa(o)
    _dpko(o)
    _pbso(o, "sg")
    o.unit("dfs", "Department of Field Support", K.DEPARTMENT, "sg", short="DFS", head="USG",
           note=NO_POSTS)
    o.unit("dm", "Department of Management", K.DEPARTMENT, "sg", short="DM", head="USG",
           note=NO_POSTS)
    _context_offices(o)
    for pid, short, name, ptype, region, backstop, _, _ in PRESENCES:
        if ptype is SPM:
            lead = "dpko" if pid in OPERATIONS_LED_SPMS_BASELINE else "dpa"
        else:
            lead = "dpko" if backstop.startswith("oo-") else "dpa"
        o.unit(pid, name, K.FIELD_PRESENCE, lead, short=short, region=region,
               presence_type=ptype, lead_department=lead, backstopped_by=backstop,
               functions=["field-presence"])
    s.units["unama"].note = Note(reference="[S] numberof.net (2014): UNAMA was DPKO-led")
    s.lines = _lines([
        ("fpb-eosg", "fpb", "eosg", LineKind.DOTTED, "Peacebuilding Fund: functional link", ""),
        ("dpet-dfs", "dpet", "dfs", LineKind.DOTTED, "Shared with DFS", ""),
        ("ocos-dfs", "dpko-ocos", "dfs", LineKind.DOTTED, "Shared with DFS", ""),
    ])
    return s


def _dpa(o: Org) -> None:
    ref = "[S] FACTS.md 1.1 (ST/SGB/2009/13)"
    o.unit("dpa", "Department of Political Affairs", K.DEPARTMENT, "sg", short="DPA", head="USG",
           functions=["executive-direction", "political-analysis"],
           note=Note(text="Posts of the Office of the Under-Secretary-General sit here.",
                     reference=ref))
    o.staff("dpa", "RB: 1 USG, 2 ASG, 1 D-2, 2 P-5, 3 P-4, 2 P-3, 1 GS-PL, 6 GS-OL; "
                   "XB: 1 P-4, 1 P-3",
            titles={"USG": "Under-Secretary-General for Political Affairs",
                    "ASG": "Assistant Secretary-General for Political Affairs"})
    big = "RB: 1 D-2, 1 D-1, 3 P-5, 5 P-4, 4 P-3, 1 P-2, 6 GS-OL; XB: 1 P-4, 2 P-3; SA: 1 P-4, 1 P-3"
    small = "RB: 1 D-2, 2 P-5, 3 P-4, 3 P-3, 1 P-2, 4 GS-OL; XB: 1 P-3"
    for uid, name, region, staffing in [
        ("dpa-africa1", "Africa I Division", "africa", big),
        ("dpa-africa2", "Africa II Division", "africa", big),
        ("dpa-americas", "Americas Division", "americas", small),
        ("dpa-asia-pacific", "Asia and the Pacific Division", "asia-pacific", small),
        ("dpa-europe", "Europe Division", "europe-central-asia", small),
        ("dpa-mewad", "Middle East and West Asia Division", "middle-east", big),
    ]:
        o.unit(uid, name, K.DIVISION, "dpa", short=f"DPA {name.removesuffix(' Division')}",
               head="D-2", region=region, entry_point_for=[region],
               functions=["political-analysis", "regional-operations"],
               note=Note(text="A headquarters entry point for its region beside DPKO's "
                              "Office of Operations: the duplication A/72/525 set out to end.",
                         reference="[S/I] FACTS.md 1.1; A/72/525 para. 33"))
        o.staff(uid, staffing)
    o.unit("pmd", "Policy and Mediation Division", K.DIVISION, "dpa", short="PMD", head="D-2",
           functions=["political-analysis"], note=Note(reference="[S] FACTS.md 1.1"))
    o.staff("pmd", "RB: 1 D-2, 1 D-1, 2 P-5, 3 P-4, 2 P-3, 3 GS-OL; XB: 1 P-4")
    o.unit("msu", "Mediation Support Unit", K.UNIT, "pmd", short="MSU", head="P-5",
           functions=["mediation-support"], note=Note(reference="[S] FACTS.md 1.1"))
    o.staff("msu", "RB: 1 P-5, 2 P-4, 1 P-3, 1 GS-OL; XB: 2 P-4, 3 P-3")
    o.unit("glu", "Guidance and Learning Unit", K.UNIT, "pmd", short="GLU", head="P-5",
           note=Note(reference="[S] FACTS.md 1.1"))
    o.staff("glu", "RB: 1 P-5, 1 P-4, 1 P-3, 1 GS-OL")
    o.unit("dpa-gender", "Gender, Peace and Security Team", K.TEAM, "pmd", short="GPS Team",
           head="P-4", functions=["gender"],
           note=Note(text="Placement of DPA's gender capacity is inferred.", reference="[I]"))
    o.staff("dpa-gender", "RB: 1 P-4; XB: 1 P-3")
    o.unit("ead", "Electoral Assistance Division", K.DIVISION, "dpa", short="EAD", head="D-2",
           functions=["electoral-assistance"],
           note=Note(text="The USG for Political Affairs is the UN focal point for electoral "
                          "assistance.", reference="[S] ST/SGB/2009/13; A/72/525 para. 23"))
    o.staff("ead", "RB: 1 D-2, 1 D-1, 3 P-5, 5 P-4, 4 P-3, 1 P-2, 5 GS-OL; SA: 1 P-4, 1 P-3; "
                   "XB: 2 P-4, 3 P-3")
    o.unit("scad", "Security Council Affairs Division", K.DIVISION, "dpa", short="SCAD",
           head="D-2", functions=["security-council-support", "sanctions-support"],
           note=Note(reference="[S] FACTS.md 1.1; A/72/525 para. 27"))
    o.staff("scad", "RB: 1 D-2, 1 D-1, 4 P-5, 8 P-4, 6 P-3, 2 P-2, 2 GS-PL, 10 GS-OL")
    o.unit("dpr", "Division for Palestinian Rights", K.DIVISION, "dpa", short="DPR", head="D-2",
           functions=["palestinian-rights"], note=Note(reference="[S] FACTS.md 1.1"))
    o.staff("dpr", "RB: 1 D-2, 2 P-5, 3 P-4, 3 P-3, 1 P-2, 6 GS-OL")
    o.unit("decol", "Decolonization Unit", K.UNIT, "dpa", short="Decolonization", head="P-5",
           functions=["decolonization"], note=Note(reference="[S] FACTS.md 1.1"))
    o.staff("decol", "RB: 1 P-5, 1 P-4, 1 P-3, 2 GS-OL")
    o.unit("dpa-eo", "Executive Office, DPA", K.SECTION, "dpa", short="DPA EO", head="D-1",
           functions=["administration"], note=Note(reference="[I]"))
    o.staff("dpa-eo", "RB: 1 D-1, 1 P-4, 2 P-3, 1 GS-PL, 6 GS-OL; XB: 1 P-3, 2 GS-OL")


def _dpko(o: Org) -> None:
    o.unit("dpko", "Department of Peacekeeping Operations", K.DEPARTMENT, "sg", short="DPKO",
           head="USG", functions=["executive-direction"],
           note=Note(text="Posts of the Office of the Under-Secretary-General sit here.",
                     reference="[S] FACTS.md 1.2"))
    o.staff("dpko", "RB: 1 USG; SA: 1 D-2, 2 P-5, 2 P-4, 2 P-3, 1 GS-PL, 5 GS-OL",
            titles={"USG": "Under-Secretary-General for Peacekeeping Operations"})
    o.unit("dpko-ocos", "Office of the Chief of Staff", K.OFFICE, "dpko", short="OCOS",
           head="D-2", functions=["executive-direction"],
           note=Note(text="Shared by DPKO and DFS.", reference="[S] e-Guide to DPKO and DFS 2015"))
    o.staff("dpko-ocos", "SA: 1 D-2, 1 D-1, 3 P-5, 5 P-4, 5 P-3, 2 P-2, 8 GS-OL")
    o.unit("oo", "Office of Operations", K.OFFICE, "dpko", short="OO", head="ASG",
           functions=["regional-operations"], note=Note(reference="[S] FACTS.md 1.2"))
    o.staff("oo", "RB: 1 ASG, 1 GS-OL; SA: 1 D-1, 1 P-5, 1 P-4, 2 GS-OL",
            titles={"ASG": "Assistant Secretary-General for Operations"})
    africa = "SA: 1 D-2, 2 D-1, 4 P-5, 8 P-4, 6 P-3, 1 P-2, 7 GS-OL"
    for uid, name, regions, staffing in [
        ("oo-africa1", "Africa I Division", ["africa"], africa),
        ("oo-africa2", "Africa II Division", ["africa"], africa),
        ("oo-asia-me", "Asia and Middle East Division", ["asia-pacific", "middle-east"],
         "SA: 1 D-2, 1 D-1, 3 P-5, 5 P-4, 4 P-3, 1 P-2, 5 GS-OL; RB: 1 P-4"),
        ("oo-europe-la", "Europe and Latin America Division", ["europe-central-asia", "americas"],
         "SA: 1 D-2, 1 D-1, 2 P-5, 4 P-4, 3 P-3, 1 P-2, 4 GS-OL"),
    ]:
        o.unit(uid, name, K.DIVISION, "oo", short=f"OO {name.removesuffix(' Division')}",
               head="D-2", region=regions[0], entry_point_for=regions,
               functions=["regional-operations"],
               note=Note(text="A headquarters entry point for its region beside DPA's regional "
                              "divisions.", reference="[S] it.wiki7 (OO divisions); [I] regions"))
        o.staff(uid, staffing)
    o.unit("oma", "Office of Military Affairs", K.OFFICE, "dpko", short="OMA", head="ASG",
           functions=["military-affairs"], note=Note(reference="[S] FACTS.md 1.2; ASG level [I]"))
    o.staff("oma", "SA: 1 ASG, 2 D-1, 8 P-5, 20 P-4, 6 P-3, 1 GS-PL, 12 GS-OL",
            titles={"ASG": "Military Adviser"})
    o.unit("orolsi", "Office of Rule of Law and Security Institutions", K.OFFICE, "dpko",
           short="OROLSI", head="ASG", note=Note(reference="[S] A/RES/61/279"))
    o.staff("orolsi", "SA: 1 ASG, 1 P-5, 2 P-4, 1 P-3, 3 GS-OL; RB: 1 P-4",
            titles={"ASG": "Assistant Secretary-General for Rule of Law and Security "
                           "Institutions"})
    for uid, name, short, kind, head, function, staffing in [
        ("police", "Police Division", "PD", K.DIVISION, "D-2", "police",
         "SA: 1 D-2, 2 D-1, 6 P-5, 16 P-4, 6 P-3, 1 GS-PL, 8 GS-OL"),
        ("cljas", "Criminal Law and Judicial Advisory Service", "CLJAS", K.SERVICE, "D-1",
         "justice-corrections", "SA: 1 D-1, 2 P-5, 6 P-4, 3 P-3, 3 GS-OL"),
        ("ddr", "Disarmament, Demobilization and Reintegration Section", "DDR", K.SECTION, "P-5",
         "ddr", "SA: 1 P-5, 2 P-4, 1 P-3, 1 GS-OL"),
        ("ssr", "Security Sector Reform Unit", "SSR", K.UNIT, "P-5", "ssr",
         "SA: 1 P-5, 2 P-4, 1 P-3, 1 GS-OL; XB: 1 P-4"),
        ("unmas", "Mine Action Service", "UNMAS", K.SERVICE, "D-1", "mine-action",
         "SA: 1 D-1, 2 P-5, 4 P-4, 2 P-3, 3 GS-OL; XB: 2 P-4, 2 P-3"),
    ]:
        o.unit(uid, name, kind, "orolsi", short=short, head=head, functions=[function],
               note=Note(reference="[S] un.org/ruleoflaw (areas); unit names [S/I]"))
        o.staff(uid, staffing)
    o.unit("dpet", "Policy, Evaluation and Training Division", K.DIVISION, "dpko", short="DPET",
           head="D-2", functions=["policy-evaluation-training"],
           note=Note(text="Shared by DPKO and DFS.", reference="[S] e-Guide to DPKO and DFS 2015"))
    o.staff("dpet", "SA: 1 D-2, 1 D-1, 4 P-5, 10 P-4, 8 P-3, 2 P-2, 1 GS-PL, 8 GS-OL; RB: 1 P-4")
    o.unit("dpko-gender", "Gender Unit", K.UNIT, "dpet", short="Gender", head="P-5",
           functions=["gender"], note=Note(text="Placement is inferred.", reference="[I]"))
    o.staff("dpko-gender", "SA: 1 P-5, 2 P-4, 1 P-3, 1 GS-OL")
    o.unit("opsp", "Office for Peacekeeping Strategic Partnership", K.OFFICE, "dpko",
           short="OPSP", head="D-2", functions=["partnerships"], note=Note(reference="[I]"))
    o.staff("opsp", "SA: 1 D-2, 2 P-5, 2 P-4, 1 P-3, 2 GS-OL")
    o.unit("dpko-eo", "Executive Office, DPKO/DFS", K.SECTION, "dpko", short="DPKO EO",
           head="D-1", functions=["administration"], note=Note(reference="[I]"))
    o.staff("dpko-eo", "SA: 1 D-1, 2 P-4, 3 P-3, 1 GS-PL, 10 GS-OL; RB: 1 P-4, 2 GS-OL")


def _pbso(o: Org, parent: str) -> None:
    o.unit("pbso", "Peacebuilding Support Office", K.OFFICE, parent, short="PBSO", head="ASG",
           functions=["executive-direction"],
           note=Note(text="Established in 2006 from within existing resources.",
                     reference="[S] ACABQ on A/60/694; FACTS.md 1.3"))
    o.staff("pbso", "RB: 1 ASG, 1 GS-OL; XB: 1 D-1, 1 P-5, 1 P-4, 1 GS-OL",
            titles={"ASG": "Assistant Secretary-General for Peacebuilding Support"})
    for uid, name, short, function, staffing in [
        ("pbc-branch", "Peacebuilding Commission Support Branch", "PBC Support", "pbc-support",
         "RB: 1 P-5, 1 P-4, 1 P-3, 1 GS-OL; XB: 1 P-4, 1 P-3"),
        ("ppab", "Policy, Planning and Application Branch", "PPAB", "peacebuilding-policy",
         "XB: 1 P-5, 2 P-4, 2 P-3, 1 GS-OL; RB: 1 P-4"),
        ("fpb", "Financing for Peacebuilding Branch", "FPB", "pbf-management",
         "XB: 1 D-1, 2 P-5, 3 P-4, 3 P-3, 1 P-2, 2 GS-OL"),
    ]:
        head = "D-1" if uid == "fpb" else "P-5"
        o.unit(uid, name, K.BRANCH, "pbso", short=short, head=head, functions=[function],
               note=Note(reference="[S] casquebleu 'Peace and security architecture'"))
        o.staff(uid, staffing)


def _context_offices(o: Org) -> None:
    o.unit("oct", "Office of Counter-Terrorism", K.OFFICE, "sg", short="OCT", head="USG",
           note=NO_POSTS)
    o.unit("oda", "Office for Disarmament Affairs", K.OFFICE, "sg", short="ODA", head="USG",
           note=NO_POSTS)


def _lines(rows: list[tuple[str, str, str, LineKind, str, str]]) -> dict[str, ReportingLine]:
    return {row[0]: ReportingLine(*row) for row in rows}


# --- Proposal A/72/525 -------------------------------------------------------

# The shared regional divisions: (new id, name, ASG office, the DPA division it
# continues). Each DPKO division's posts are shared out among the new divisions of
# its regions, and its D-2 goes to an ASG office or the shared-services office.
# [I] for the pairing.
MERGES = [
    ("africa-1", "Africa I Division", "asg-africa", "dpa-africa1"),
    ("africa-2", "Africa II Division", "asg-africa", "dpa-africa2"),
    ("mewa", "Middle East and West Asia Division", "asg-meap", "dpa-mewad"),
    ("asia-pacific", "Asia and the Pacific Division", "asg-meap", "dpa-asia-pacific"),
    ("europe-ca", "Europe and Central Asia Division", "asg-ecaa", "dpa-europe"),
    ("americas", "Americas Division", "asg-ecaa", "dpa-americas"),
]
DPKO_SPLITS = [
    ("oo-africa1", ["africa-1"], "ocss"),
    ("oo-africa2", ["africa-2"], "asg-africa"),
    ("oo-asia-me", ["mewa", "asia-pacific"], "asg-meap"),
    ("oo-europe-la", ["europe-ca", "americas"], "asg-ecaa"),
]

ASG_OFFICES = [
    ("asg-africa", "Office of the Assistant Secretary-General for Africa", "ASG Africa",
     ["africa"]),
    ("asg-meap", "Office of the Assistant Secretary-General for the Middle East, Asia and the "
     "Pacific", "ASG MEAP", ["middle-east", "asia-pacific"]),
    ("asg-ecaa", "Office of the Assistant Secretary-General for Europe, Central Asia and the "
     "Americas", "ASG ECAA", ["europe-central-asia", "americas"]),
]

TO_DPPA = "Non-mission settings, regional offices, political-process offices and envoys"
TO_DPO = "Peacekeeping operations and field special political missions outside DPPA's remit"


def _proposal(baseline: Scenario) -> Scenario:
    s = baseline.copy("a-72-525", "A/72/525", ScenarioKind.PROPOSAL)
    s.description = (
        "The Secretary-General's proposal of 13 October 2017: DPPA, DPO and a single regional "
        "political-operational structure under three regional ASGs who report to both USGs "
        "[S: A/72/525 paras. 20-42]. Division pairing and post moves are illustrative [I]."
    )
    s.roles = ScenarioRoles(
        top="sg",
        departments={"political": "dppa", "operations": "dpo"},
        shared_structure="srs",
        executive_office="eosg",
        principals_group="spg",
    )
    o = Org(s)
    o.unit("spg", "Standing Principals' Group", K.BODY, "sg", short="SPG",
           note=Note(text="Chaired by the Secretary-General with the two USGs.",
                     reference="[S] A/72/525 para. 42"))
    s.bodies = {"spg": Body("spg", chair="sg", members=["dppa", "dpo"])}
    _dppa(o)
    _dpo(o)
    _shared_structure(o)
    _place_presences(o, column=6, operations_led=OPERATIONS_LED_SPMS_A72525)
    for uid in ["dpa-africa1", "dpa-africa2", "dpa-americas", "dpa-asia-pacific", "dpa-europe",
                "dpa-mewad", "oo-africa1", "oo-africa2", "oo-asia-me", "oo-europe-la",
                "dpa-eo", "dpko-eo", "oo", "dpa", "dpko", "dfs", "dm"]:
        o.remove(uid)
    _redeploy_to_pbso(o)
    o.unit("dos", "Department of Operational Support", K.DEPARTMENT, "sg", short="DOS",
           head="USG", note=NO_POSTS)
    o.unit("dmspc", "Department of Management Strategy, Policy and Compliance", K.DEPARTMENT,
           "sg", short="DMSPC", head="USG", note=NO_POSTS)
    for uid in ["oct", "oda"]:
        o.reparent(uid, "sg")
    s.lines = _lines([
        ("fpb-eosg", "fpb", "eosg", LineKind.DOTTED, "Peacebuilding Fund: functional link", ""),
        ("dpet-dos", "dpet", "dos", LineKind.DOTTED, "Serves DPO, DPPA and DOS [I]", ""),
        *[
            row
            for uid, _, short, _ in ASG_OFFICES
            for row in [
                (f"{uid}-dppa", uid, "dppa", LineKind.DUAL, "Reports to USG DPPA", TO_DPPA),
                (f"{uid}-dpo", uid, "dpo", LineKind.DUAL, "Reports to USG DPO", TO_DPO),
            ]
        ],
    ])
    return s


def _dppa(o: Org) -> None:
    o.unit("dppa", "Department of Political and Peacebuilding Affairs", K.DEPARTMENT, "sg",
           short="DPPA", head="USG", functions=["executive-direction", "political-analysis"],
           note=Note(text="Joins DPA's strategic, political and operational work with PBSO's "
                          "peacebuilding work.", reference="[S] A/72/525 paras. 21-27"))
    for uid in ["pmd", "ead", "scad", "dpr", "decol"]:
        o.reparent(uid, "dppa")
    o.reparent("pbso", "dppa")
    o.s.units["pbso"].note = Note(
        text="Keeps its policy, intergovernmental and financing components together under an "
             "ASG who is also deputy to the USG DPPA.",
        reference="[S] A/72/525 para. 24; casquebleu")


def _dpo(o: Org) -> None:
    o.unit("dpo", "Department of Peace Operations", K.DEPARTMENT, "sg", short="DPO", head="USG",
           functions=["executive-direction"],
           note=Note(text="Integrated direction of peacekeeping operations and field special "
                          "political missions outside DPPA's remit; police and military in one "
                          "department.", reference="[S] A/72/525 paras. 28-32"))
    o.move_posts("dpko", "dpo")
    for uid in ["dpko-ocos", "oma", "orolsi", "dpet", "opsp"]:
        o.reparent(uid, "dpo")
    o.s.units["opsp"].name = "Office of Strategic Partnerships"
    o.s.units["opsp"].short_name = "OSP"


def _shared_structure(o: Org) -> None:
    o.unit("srs", "Shared regional political-operational structure", K.STRUCTURE, "sg",
           short="Regional structure",
           note=Note(text="Merges DPA's regional divisions with DPKO's Office of Operations; "
                          "shared by DPPA and DPO.", reference="[S] A/72/525 paras. 33-41"))
    for uid, name, short, regions in ASG_OFFICES:
        o.unit(uid, name, K.OFFICE, "srs", short=short, head="ASG", entry_point_for=regions,
               functions=["regional-operations", "political-analysis"],
               note=Note(text="The single headquarters entry point for every field presence "
                              "in its regions; reports to both USGs.",
                         reference="[S] A/72/525 paras. 34-36; regions as in 2019 [S]"))
    o.unit("ocss", "Office of the Director for Coordination and Shared Services", K.OFFICE, "srs",
           short="OCSS", head="D-2", functions=["administration"],
           note=Note(text="Serves both departments.", reference="[S] e-Guide 2021 contents"))
    # The two DPA ASGs and the DPKO ASG for Operations become the regional ASGs [I].
    asg_posts = iter(o.move_posts("dpa", "asg-africa", grade="ASG", count=1)
                     + o.move_posts("dpa", "asg-meap", grade="ASG", count=1)
                     + o.move_posts("oo", "asg-ecaa", grade="ASG"))
    for post_id in asg_posts:
        o.s.posts[post_id].title = "Assistant Secretary-General (regional)"
    o.move_posts("dpa", "dppa")
    o.split_posts("oo", ["asg-africa", "asg-meap", "asg-ecaa"])
    o.move_posts("dpa-eo", "ocss")
    o.move_posts("dpko-eo", "ocss")
    for new_id, name, asg, dpa_div in MERGES:
        o.unit(new_id, name, K.DIVISION, asg, short=name.removesuffix(" Division"), head="D-2",
               region=o.s.units[dpa_div].region,
               functions=["political-analysis", "regional-operations"],
               note=Note(reference="[I] pairing of DPA and DPKO divisions"))
        o.move_posts(dpa_div, new_id)
    for dpko_div, targets, d2_home in DPKO_SPLITS:
        o.move_posts(dpko_div, d2_home, grade="D-2")
        o.split_posts(dpko_div, targets)


def _redeploy_to_pbso(o: Org) -> None:
    """Seven posts redeployed to PBSO from within existing resources [S: GA/AB/4280]."""
    moves = [
        ("africa-1", "pbc-branch", "P-4"),
        ("mewa", "ppab", "P-3"),
        ("dppa", "ppab", "P-4"),
        ("dppa", "pbso", "GS-OL"),
        ("scad", "pbc-branch", "P-3"),
        ("ocss", "fpb", "GS-OL"),
        ("dpr", "pbc-branch", "P-3"),
    ]
    for source, target, grade in moves:
        o.move_posts(source, target, grade=grade, funding="RB", count=1)


def _place_presences(o: Org, column: int, operations_led: set[str]) -> None:
    """Re-parent field presences to their lead department, backstopped by the new divisions."""
    for row in PRESENCES:
        pid, ptype, backstop = row[0], row[3], row[column]
        if ptype is PKO or pid in operations_led:
            lead = "dpo"
        else:
            lead = "dppa"
        o.reparent(pid, lead)
        unit = o.s.units[pid]
        unit.lead_department = lead
        unit.backstopped_by = backstop


# --- As approved, res. 72/262 C ----------------------------------------------

AFRICA_DIVISIONS = [
    ("africa-div-1", "Africa Division I", "West Africa and the Sahel"),
    ("africa-div-2", "Africa Division II", "Central Africa and the Great Lakes"),
    ("africa-div-3", "Africa Division III", "Horn of Africa"),
    ("africa-div-4", "Africa Division IV", "Sudan and South Sudan"),
]


def _approved(proposal: Scenario) -> Scenario:
    s = proposal.copy("res-72-262c", "As approved, res. 72/262 C", ScenarioKind.PROPOSAL)
    s.description = (
        "The structure endorsed by GA resolution 72/262 C section III (5 July 2018), in force "
        "from 1 January 2019: four stand-alone Africa divisions, the Middle East Division, "
        "DPPA leads UNAMA and UNAMI [S]. Division names for Africa are placeholders [I]."
    )
    o = Org(s)
    for uid, name, coverage in AFRICA_DIVISIONS:
        o.unit(uid, name, K.DIVISION, "asg-africa", short=name.removeprefix("Africa "),
               head="D-2", region="africa",
               functions=["political-analysis", "regional-operations"],
               note=Note(text=f"Placeholder name; coverage ({coverage}) is an unconfirmed "
                              "recollection.",
                         reference="[S] four stand-alone divisions: res. 72/262 C; [I] names"))
    # Africa I (Horn, Great Lakes, Sudans) and Africa II (West and Central) split in two
    # each; the split gives the old D-2 to the first of each pair, and the two more D-2
    # come from the Africa and the Europe ASG offices [I].
    o.split_posts("africa-1", ["africa-div-3", "africa-div-4"])
    o.split_posts("africa-2", ["africa-div-1", "africa-div-2"])
    o.move_posts("asg-africa", "africa-div-2", grade="D-2", count=1)
    o.move_posts("asg-ecaa", "africa-div-4", grade="D-2", count=1)
    for uid, _, _ in AFRICA_DIVISIONS:
        assert sum(p.grade == "D-2" for p in s.posts.values() if p.unit == uid) == 1, uid
    o.remove("africa-1")
    o.remove("africa-2")
    mewa = s.units["mewa"]
    mewa.name, mewa.short_name = "Middle East Division", "Middle East"
    mewa.note = Note(text="Name affirmed by the General Assembly.", reference="[S] res. 72/262 C")
    for pid in ["unama", "unami"]:
        o.reparent(pid, "dppa")
        s.units[pid].lead_department = "dppa"
        s.units[pid].note = Note(text="DPPA leads this mission.", reference="[S] res. 72/262 C")
    for row in PRESENCES:
        s.units[row[0]].backstopped_by = row[7]
    s.bodies["spg"].members = ["dppa", "dpo", "eosg", "oct", "oda"]
    s.units["spg"].note = Note(
        text="Chaired by the Secretary-General; members the Chef de Cabinet (EOSG), the USGs of "
             "DPPA and DPO, and the heads of counter-terrorism and disarmament.",
        reference="[S] SG letter of 14 Nov 2018 (sdg.iisd.org)")
    return s

