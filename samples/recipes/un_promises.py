"""The promises of A/72/525 that the rules check, as parameters of the UN sample's design.

Each names its paragraph; another reform states its own in its design file.
"""

from __future__ import annotations

from orgeditor.model import Design, PresenceType

# ¶24: PBSO's components (policy, intergovernmental affairs, financing) stay together.
KEEP_TOGETHER = {"PBSO's components": ["pbc-branch", "ppab", "fpb"]}
# ¶24: PBSO under an ASG; ¶31: the Office of Military Affairs under an ASG; ¶32: the Office
# of Rule of Law and Security Institutions under an ASG; ¶33: ASGs lead the regional offices.
REQUIRED_HEAD_GRADES = {
    "pbso": "ASG",
    "oma": "ASG",
    "orolsi": "ASG",
    "asg-africa": "ASG",
    "asg-meap": "ASG",
    "asg-ecaa": "ASG",
}
# ¶36: the regional ASGs report to the USG of DPPA for regional offices, offices supporting
# political processes and envoys, and to the USG of DPO for peacekeeping operations (field
# special political missions go to either, by remit, so no condition names them).
DUAL_CONDITIONS = {
    PresenceType.REGIONAL_OFFICE: "political",
    PresenceType.POLITICAL_PROCESS_OFFICE: "political",
    PresenceType.ENVOY: "political",
    PresenceType.PEACEKEEPING_OPERATION: "operations",
}
# ¶20(c), ¶33: several ASGs with regional responsibilities, so more than one holder.
LEAST_ENTRY_POINT_HOLDERS = 2


def add_promises(design: Design) -> None:
    """Set the rule parameters that state A/72/525's promises on ``design``."""
    rules = design.rules
    rules.keep_together = {name: list(units) for name, units in KEEP_TOGETHER.items()}
    rules.required_head_grades = dict(REQUIRED_HEAD_GRADES)
    rules.head_grade_from_posts = True
    rules.lead_follows_chart = True  # ¶21, ¶28-29: presences are drawn under their lead
    rules.dual_conditions = dict(DUAL_CONDITIONS)
    rules.min_entry_point_holders = LEAST_ENTRY_POINT_HOLDERS
