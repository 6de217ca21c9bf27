"""The structured source of every element of the UN sample's two proposals (issue 21 §3).

Each unit, line, body and carried function names the paragraph of A/72/525 (the
Secretary-General's proposal), the resolution or the page that states it [S], or
is marked inferred [I] with the reason. Nothing here invents a paragraph: what the
report does not say is [I], with the paragraph that comes closest when there is one.
The baseline is described from FACTS.md and keeps its free-text notes only.
"""

from __future__ import annotations

from un_reference import OPERATIONS_LED_SPMS_A72525, PKO, PRESENCES

from orgeditor.model import Citation, Design, Scenario

R = "A/72/525 para. "
RR = "A/72/525 paras. "
E_GUIDE = "e-Guide for staff supporting the UN peace and security pillar (2021), contents"
RES = "A/RES/72/262 C, section III"


def S(ref: str) -> Citation:
    """Stated in ``ref``."""
    return Citation(ref)


def I(reason: str, ref: str = "") -> Citation:  # noqa: E743 (the [I] tag)
    """Inferred, for ``reason``; ``ref`` is the text that comes closest, if any."""
    return Citation(ref, True, reason)


NOT_NAMED = "A/72/525 does not name this unit; it carries on from the department it was in"

# Units of proposal A/72/525 that are not field presences.
PROPOSAL_UNITS: dict[str, Citation] = {
    "sg": S(R + "20(d)"),
    "eosg": S(R + "24"),
    "dppa": S(RR + "20(a), 21-27"),
    "pmd": I(NOT_NAMED + " (DPA); para. 27 places mediation support in DPPA", R + "27"),
    "msu": S(R + "27"),
    "glu": S(R + "45"),
    "dpa-gender": S(R + "44"),
    "ead": S(RR + "23, 27"),
    "scad": S(R + "27"),
    "dpr": S(R + "27"),
    "decol": S(R + "27"),
    "pbso": S(R + "24"),
    "pbc-branch": S(R + "24"),
    "ppab": S(R + "24"),
    "fpb": S(R + "24"),
    "dpo": S(RR + "20(b), 28-32"),
    "dpko-ocos": I(NOT_NAMED + " (DPKO)"),
    "oma": S(R + "31"),
    "orolsi": S(R + "32"),
    "police": S(R + "32"),
    "cljas": S(R + "32"),
    "ddr": S(R + "32"),
    "ssr": S(R + "32"),
    "unmas": S(R + "32"),
    "dpet": I("para. 45 realigns policy, evaluation and training across the pillar without "
              "naming a unit; DPKO's division carries on in DPO", R + "45"),
    "dpko-gender": S(R + "44"),
    "opsp": I(NOT_NAMED + " (DPKO); paras. 29-30 give DPO partnerships", RR + "29-30"),
    "spg": S(RR + "20(d), 42"),
    "srs": S(RR + "20(c), 33-36"),
    "asg-africa": I("the report speaks of several regional ASGs (paras. 20(c), 33) without "
                    "naming their regions; the portfolios are those of 2019", R + "33"),
    "ocss": I("A/72/525 names no shared-services office; the one of 2019 takes on the two "
              "executive offices", E_GUIDE),
    "africa-1": I("para. 33 merges DPA's regional divisions with DPKO's Office of Operations; "
                  "which divisions pair up is inferred", R + "33"),
    "dos": S(R + "43"),
    "dmspc": S(R + "43"),
    "oct": S(R + "7"),
    "oda": S("Secretary-General's letter of 14 November 2018 (Standing Principals' Group)"),
    "mcb": S(R + "43"),
    "asg-coordination": S(R + "41"),
}
for _same, _as in [("asg-meap", "asg-africa"), ("asg-ecaa", "asg-africa"),
                   ("africa-2", "africa-1"), ("mewa", "africa-1"),
                   ("asia-pacific", "africa-1"), ("europe-ca", "africa-1"),
                   ("americas", "africa-1")]:
    PROPOSAL_UNITS[_same] = PROPOSAL_UNITS[_as]

# What the approved structure (res. 72/262 C) states otherwise.
APPROVED_UNITS: dict[str, Citation] = {
    "pmd": S(E_GUIDE + "; peacemaker.un.org (MSU within DPPA)"),
    "dpet": S(E_GUIDE),
    "opsp": I("the e-Guide lists an Office of Strategic Partnerships; that it continues "
              "DPKO's Office for Peacekeeping Strategic Partnership is inferred", E_GUIDE),
    "ocss": S(E_GUIDE),
    "asg-africa": S("de.zxc.wiki DPPA (May 2019): ASG for Africa"),
    "asg-meap": S("de.zxc.wiki DPPA (May 2019): ASG for the Middle East, Asia and the Pacific"),
    "asg-ecaa": S("de.zxc.wiki DPPA (May 2019): ASG for Europe, Central Asia and the Americas"),
    "mewa": S(RES + " (the name Middle East Division)"),
    "asia-pacific": S(E_GUIDE),
    "europe-ca": S(E_GUIDE),
    "americas": S(E_GUIDE),
    "spg": S("Secretary-General's letter of 14 November 2018; " + RES),
    "dppa": S(RES),
    "dpo": S(RES),
    **{
        f"africa-div-{n}": I("four stand-alone Africa divisions are sourced; their names and "
                             "coverage are placeholders", RES)
        for n in range(1, 5)
    },
}

LINES: dict[str, Citation] = {
    "fpb-eosg": S(R + "24"),
    "dpet-dos": I("that DPET also serves DOS is inferred from its place in 2019", E_GUIDE),
    **{f"{asg}-{dept}": S(RR + "20(c), 36") for asg in ("asg-africa", "asg-meap", "asg-ecaa")
       for dept in ("dppa", "dpo")},
    "glu-dpet": I("para. 45 realigns policy, guidance and training across the pillar; a "
                  "working line between the two units is how this sample shows it", R + "45"),
    "mcb-dos": S(R + "43"),
    "mcb-dmspc": S(R + "43"),
    "spg-dos": S(R + "42"),
    "spg-dmspc": S(R + "42"),
}

BODIES: dict[str, Citation] = {
    "spg": S(RR + "20(d), 42"),
    "mcb": I("para. 43 has the pillar represented on the board; that DPPA and DPO are its "
             "members (and no chair is given) is how this sample shows it", R + "43"),
    "asg-coordination": I("para. 41 promises the mechanism, not its members: the regional "
                          "ASGs it serves are taken as members", R + "41"),
}
APPROVED_BODIES = {"spg": S("Secretary-General's letter of 14 November 2018")}

FUNCTIONS: dict[str, Citation] = {
    "executive-direction": I("a heading for the offices of heads of departments and offices; "
                             "no paragraph names it"),
    "political-analysis": S(RR + "21-22"),
    "regional-operations": S(R + "33"),
    "mediation-support": S(R + "27"),
    "electoral-assistance": S(RR + "23, 27"),
    "security-council-support": S(R + "27"),
    "sanctions-support": S(R + "27"),
    "palestinian-rights": S(R + "27"),
    "decolonization": S(R + "27"),
    "pbc-support": S(R + "24"),
    "peacebuilding-policy": S(RR + "24-26"),
    "pbf-management": S(R + "24"),
    "military-affairs": S(R + "31"),
    "police": S(R + "32"),
    "justice-corrections": S(R + "32"),
    "ssr": S(R + "32"),
    "ddr": S(R + "32"),
    "mine-action": S(R + "32"),
    "policy-evaluation-training": S(R + "45"),
    "gender": S(R + "44"),
    "partnerships": S(RR + "26, 29"),
    "administration": I("executive offices and shared services are not in A/72/525; the 2019 "
                        "structure has an office for them", E_GUIDE),
    "field-presence": S(RR + "20(a)-(b)"),
    "conflict-prevention": S(R + "38"),
    "cross-regional-coordination": S(R + "41"),
}


def _presences(scenario: Scenario, approved: bool) -> dict[str, Citation]:
    """Each field presence sits under its lead department: paragraphs 20(a)-(b) and 28."""
    found = {}
    for row in PRESENCES:
        pid = row[0]
        if row[3] is PKO:
            found[pid] = S(RR + "20(b), 28")
        elif pid in OPERATIONS_LED_SPMS_A72525:
            found[pid] = (
                S(RES + " (DPPA leads UNAMA and UNAMI)")
                if approved
                else I("the GA gave DPPA the lead in res. 72/262 C, so the proposal is taken "
                       "to have left it with DPO (para. 28: field missions outside DPPA's "
                       "remit)", R + "28")
            )
        else:
            found[pid] = S(RR + "20(a), 21")
    return found


def add_sources(design: Design) -> None:
    """Give every element of the two proposals, and every function, its citation."""
    for function in design.functions:
        function.citation = FUNCTIONS[function.id]
    for scenario in design.proposals:
        approved = scenario.id == "res-72-262c"
        units = {**PROPOSAL_UNITS, **_presences(scenario, approved)}
        bodies = dict(BODIES)
        if approved:
            units.update(APPROVED_UNITS)
            bodies.update(APPROVED_BODIES)
        for unit in scenario.units.values():
            unit.citation = units[unit.id]
        for line in scenario.lines.values():
            line.citation = LINES[line.id]
        for body in scenario.bodies.values():
            body.citation = bodies[body.unit]
