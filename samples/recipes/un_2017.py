"""Recipe of samples/un-peace-security-2017.orgdesign.

The baseline is the 2017 peace and security pillar (DPA, DPKO, PBSO); the two
proposals are derived from it by moving posts, so that every post keeps its
id and funding source and both proposals stay cost neutral per source.
Staffing tables are illustrative [I] (FACTS.md could not source post counts);
structure, names and leads are sourced where FACTS.md marks them [S].
"""

from __future__ import annotations

from kit import NO_POSTS, Org, lines
from un_names import add_names
from un_promises import add_promises
from un_proposals import approved, proposal_a72525
from un_reference import (
    COSTS,
    FUNCTIONS,
    FUNDING,
    GRADES,
    OPERATIONS_LED_SPMS_BASELINE,
    PRESENCES,
    REGIONS,
    RULES,
    SPM,
)
from un_sources import add_sources

from orgeditor.model import (
    Design,
    LineKind,
    Metadata,
    Note,
    Scenario,
    ScenarioKind,
    ScenarioRoles,
    UnitKind,
)

K = UnitKind

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
    proposal = proposal_a72525(baseline)
    final = approved(proposal)
    design = Design(
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
        scenarios=[baseline, proposal, final],
    )
    add_names(design)  # names in other languages (issue 19)
    add_promises(design)  # the promises of A/72/525 the rules check (issue 21)
    add_sources(design)  # structured sources of the proposals (issue 21)
    return design


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
    # The regions of 2017 (issue 21): Central Asia belonged to DPA's Asia and the Pacific
    # Division, which backstopped UNRCCA; the 2019 region "Europe and Central Asia" did not
    # exist yet, so UNRCCA sits in Asia and the Pacific here (the proposals move it).
    s.units["unrcca"].region = "asia-pacific"
    s.units["unrcca"].note = Note(
        text="In 2017 Central Asia was covered by DPA's Asia and the Pacific Division; the "
        "Europe and Central Asia Division dates from 2019.",
        reference="[I] from the backstopping this sample records; FACTS.md 2.4 (2019)",
    )
    s.lines = lines([
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
    big = ("RB: 1 D-2, 1 D-1, 3 P-5, 5 P-4, 4 P-3, 1 P-2, 6 GS-OL; XB: 1 P-4, 2 P-3; "
           "SA: 1 P-4, 1 P-3")
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
               functions=["political-analysis", "regional-operations", "conflict-prevention"],
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
           note=Note(text="The USG for Political Affairs is the UN system-wide focal point for "
                          "electoral assistance (GA res. 46/137).",
                     reference="[S] ST/SGB/2009/13; A/72/525 para. 23 (as it stands in 2017)"))
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
           functions=["military-affairs"],
           note=Note(text="Headed by the Military Adviser at ASG level.",
                     reference="[S] FACTS.md 1.2; A/72/525 para. 31 (an ASG-led office)"))
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
