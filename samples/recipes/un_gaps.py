"""What A/72/525 says and the UN sample left out (issue 21 §2), each with its paragraph.

Added to proposal A/72/525 (the approved structure inherits them) with the model's
own concepts: functions with homes, bodies and dotted lines.

- ¶45: policy, guidance, knowledge management, evaluation and training are realigned
  across the pillar: DPPA's Guidance and Learning Unit carries the function beside
  DPO's DPET, and a working line joins the two.
- ¶43: the pillar works with DMSPC and DOS through its seat on the Management Client
  Board: the board, with DPPA and DPO as members, and its lines to both departments.
- ¶42: interaction with operational support and management is promoted at the level
  of the Standing Principals' Group: its lines to DOS and DMSPC.
- ¶38: the regional ASGs keep capacity for conflict prevention from being drawn into
  crisis management: the ASG offices carry conflict prevention (which DPA's regional
  divisions carried in 2017, so FUNC-KEPT guards it).
- ¶41: a coordination mechanism makes sure the regional ASGs address cross-cutting
  and cross-regional issues: a body of the three ASG offices that carries it.
"""

from __future__ import annotations

from kit import Org, lines

from orgeditor.model import Body, LineKind, Note, UnitKind

ASG_OFFICES = ["asg-africa", "asg-meap", "asg-ecaa"]


def add_gaps(o: Org) -> None:
    """Model paragraphs 38, 41, 42, 43 and 45 in the proposal ``o`` builds."""
    s = o.s
    # ¶45: the realignment of policy, guidance and training
    s.units["glu"].functions = [*s.units["glu"].functions, "policy-evaluation-training"]
    s.units["glu"].note = Note(
        text="Guidance and learning for DPPA, realigned with DPO's policy, evaluation and "
             "training work to reflect the new structure.",
        reference="[S] A/72/525 para. 45")
    # ¶43: the Management Client Board
    o.unit("mcb", "Management Client Board", UnitKind.BODY, "sg", short="MCB",
           note=Note(text="The peace and security pillar's seat on the board is how DPPA and "
                          "DPO work with the two new management departments.",
                     reference="[S] A/72/525 para. 43"))
    s.bodies["mcb"] = Body("mcb", members=["dppa", "dpo"])
    for uid in ["oct", "oda"]:  # the board beside the two departments it faces
        o.reparent(uid, "sg")
    # ¶38 and ¶41: prevention capacity and cross-regional coordination, with homes
    for uid in ASG_OFFICES:
        s.units[uid].functions = [*s.units[uid].functions, "conflict-prevention"]
    o.unit("asg-coordination", "Coordination mechanism of the regional ASGs", UnitKind.BODY,
           "srs", short="ASG coordination", functions=["cross-regional-coordination"],
           note=Note(text="Makes sure the regional ASGs address cross-cutting and "
                          "cross-regional issues.", reference="[S] A/72/525 para. 41"))
    s.bodies["asg-coordination"] = Body("asg-coordination", members=list(ASG_OFFICES))
    s.lines.update(lines([
        ("glu-dpet", "glu", "dpet", LineKind.DOTTED, "Policy and training realigned", ""),
        ("mcb-dos", "mcb", "dos", LineKind.DOTTED, "Client board of DOS", ""),
        ("mcb-dmspc", "mcb", "dmspc", LineKind.DOTTED, "Client board of DMSPC", ""),
        ("spg-dos", "spg", "dos", LineKind.DOTTED, "Interaction with operational support", ""),
        ("spg-dmspc", "spg", "dmspc", LineKind.DOTTED, "Interaction with management", ""),
    ]))
