"""Recipe of the two proposals of the UN sample, derived from the 2017 baseline.

Proposal A/72/525 (13 October 2017) and the structure as approved by GA
resolution 72/262 C. Every post of the baseline is redeployed, none is
created or abolished, so both stay cost neutral per funding source.
"""

from __future__ import annotations

from kit import NO_POSTS, Org, lines
from un_gaps import add_gaps
from un_reference import OPERATIONS_LED_SPMS_A72525, PKO, PRESENCES

from orgeditor.model import Body, LineKind, Note, Scenario, ScenarioKind, ScenarioRoles, UnitKind

K = UnitKind

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


def proposal_a72525(baseline: Scenario) -> Scenario:
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
    _declare_successors(o)
    o.unit("dos", "Department of Operational Support", K.DEPARTMENT, "sg", short="DOS",
           head="USG", note=NO_POSTS)
    o.unit("dmspc", "Department of Management Strategy, Policy and Compliance", K.DEPARTMENT,
           "sg", short="DMSPC", head="USG", note=NO_POSTS)
    for uid in ["oct", "oda"]:
        o.reparent(uid, "sg")
    s.lines = lines([
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
    add_gaps(o)  # what the report says and the sample left out (issue 21)
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
             "ASG; a cross-pillar bridge that manages the Peacebuilding Fund and supports the "
             "Peacebuilding Commission.",
        reference="[S] A/72/525 paras. 18, 24")
    o.s.units["ead"].note = Note(
        text="The USG of DPPA takes on the role of UN system-wide focal point for electoral "
             "assistance (GA res. 46/137), held until now by the USG for Political Affairs.",
        reference="[S] A/72/525 paras. 23, 27")


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
    o.s.units["oma"].note = Note(
        text="Established within DPO under an ASG: capability definition, force generation, "
             "deployment and oversight of the military components of missions.",
        reference="[S] A/72/525 para. 31")
    o.s.units["dpko-ocos"].note = Note(
        text="DPKO's Office of the Chief of Staff carries on in DPO; the DPKO-DFS sharing ends "
             "with DFS.",
        reference="[I] not named in A/72/525")
    o.s.units["dpet"].note = Note(
        text="Policy, guidance, knowledge management, evaluation and training responsibilities "
             "across the pillar are realigned to the new structure; DPET stays in DPO.",
        reference="[S] A/72/525 para. 45; [I] that DPET is where it happens")


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


def _declare_successors(o: Org) -> None:
    """The baseline units whose work the new units carry on; their posts continue.

    Units that keep their id (SCAD, OMA, PBSO ...) succeed themselves, so only
    new ids are declared. A DPKO regional division split over two new divisions
    is succeeded by both; each post's new unit says which part it went to.
    """
    o.succeeds("dppa", ["dpa"], "[S] A/72/525 paras. 20-21: DPPA takes on DPA's work")
    o.succeeds("dpo", ["dpko"], "[S] A/72/525 paras. 28-29: DPO takes on DPKO's work")
    merged = "[S] A/72/525 para. 33: DPA's regional divisions and DPKO's OO merged; [I] pairing"
    for new_id, _, _, dpa_div in MERGES:
        dpko = [div for div, targets, _ in DPKO_SPLITS if new_id in targets]
        o.succeeds(new_id, [dpa_div, *dpko], merged)
    for asg, _, _, _ in ASG_OFFICES:
        o.succeeds(asg, ["oo"], "[S] A/72/525 paras. 33-36: regional ASGs replace OO; [I] split")
    o.succeeds("ocss", ["dpa-eo", "dpko-eo"], "[I] shared services take on both executive "
               "offices ([S] e-Guide 2021 contents)")


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
        lead = "dpo" if ptype is PKO or pid in operations_led else "dppa"
        o.reparent(pid, lead)
        unit = o.s.units[pid]
        unit.region = row[4]  # the regions of 2019 (the baseline keeps those of 2017)
        unit.lead_department = lead
        unit.backstopped_by = backstop


# --- As approved, res. 72/262 C ----------------------------------------------

AFRICA_DIVISIONS = [
    ("africa-div-1", "Africa Division I", "West Africa and the Sahel"),
    ("africa-div-2", "Africa Division II", "Central Africa and the Great Lakes"),
    ("africa-div-3", "Africa Division III", "Horn of Africa"),
    ("africa-div-4", "Africa Division IV", "Sudan and South Sudan"),
]


def approved(proposal: Scenario) -> Scenario:
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
    split = "[S] res. 72/262 C: four stand-alone Africa divisions; [I] which came from which"
    for uid in ["africa-div-1", "africa-div-2"]:
        o.succeeds(uid, ["dpa-africa2", "oo-africa2"], split)
    for uid in ["africa-div-3", "africa-div-4"]:
        o.succeeds(uid, ["dpa-africa1", "oo-africa1"], split)
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
    s.units["pbso"].note = Note(
        text="Keeps its three branches together under an ASG who is also deputy to the USG "
             "DPPA; manages the Peacebuilding Fund and supports the Peacebuilding Commission.",
        reference="[S] A/72/525 para. 24 (together, under an ASG); casquebleu 'Peace and "
                  "security architecture' (deputy)")
    s.units["spg"].note = Note(
        text="Chaired by the Secretary-General; members the Chef de Cabinet (EOSG), the USGs of "
             "DPPA and DPO, and the heads of counter-terrorism and disarmament.",
        reference="[S] SG letter of 14 Nov 2018 (sdg.iisd.org)")
    return s

