"""A blank design to start from: a grade ladder, funding sources, one baseline with a top unit."""

from __future__ import annotations

from orgeditor.model.design import Design, FundingSource, Grade, Metadata
from orgeditor.model.scenario import Scenario, ScenarioKind, ScenarioRoles, Unit, UnitKind

LADDER = [
    ("USG", "Under-Secretary-General"),
    ("ASG", "Assistant Secretary-General"),
    ("D-2", "Director (D-2)"),
    ("D-1", "Principal Officer (D-1)"),
    ("P-5", "Senior Officer (P-5)"),
    ("P-4", "First Officer (P-4)"),
    ("P-3", "Second Officer (P-3)"),
    ("P-2", "Associate Officer (P-2)"),
    ("P-1", "Assistant Officer (P-1)"),
    ("GS-PL", "General Service (Principal level)"),
    ("GS-OL", "General Service (Other level)"),
    ("FS", "Field Service"),
    ("NO", "National Professional Officer"),
    ("LL", "Local level"),
]


def blank_design() -> Design:
    """An untitled design with the UN grade ladder, three funding sources and one top unit."""
    baseline = Scenario(
        "baseline", "Baseline", ScenarioKind.BASELINE, roles=ScenarioRoles(top="top")
    )
    baseline.units["top"] = Unit("top", "Organisation", UnitKind.OFFICE, head_grade="USG")
    return Design(
        metadata=Metadata("Untitled design"),
        grades=[Grade(code, name) for code, name in LADDER],
        funding_sources=[
            FundingSource("RB", "Regular budget"),
            FundingSource("SA", "Peacekeeping support account"),
            FundingSource("XB", "Extrabudgetary"),
        ],
        scenarios=[baseline],
    )
