"""The sources table (issue 21 §3): every element of a scenario and where it comes from.

An element is a unit, a reporting line, a body, or a catalogue function some unit
of the scenario carries. Each row names the element, its kind, the scenario, its
citation's reference, the tag ([S] sourced, [I] inferred, none) and the reason
for an inference. The table's closing notes count the elements per scenario and
list the inferred ones with their reasons, so a reader sees at once what the
design states on its own authority.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.i18n import translate
from orgeditor.model import Citation, Design, Scenario
from orgeditor.reports.table import Column, Table

NO_SOURCE = "none"


@dataclass(frozen=True)
class SourcedElement:
    """One element of a scenario with its citation."""

    scenario: str  # the scenario's name
    kind: str  # "unit", "line", "body" or "function"
    id: str
    label: str
    citation: Citation


def scenario_elements(design: Design, scenario: Scenario) -> list[SourcedElement]:
    """Units, lines, bodies and carried functions of ``scenario``, in document order."""
    units = scenario.units
    name = scenario.name
    found = [SourcedElement(name, "unit", u.id, u.name, u.citation) for u in units.values()]
    for line in scenario.lines.values():
        ends = [units[end].label if end in units else end for end in (line.source, line.target)]
        label = f"{ends[0]} \u2192 {ends[1]} ({line.kind.value})"
        found.append(SourcedElement(name, "line", line.id, label, line.citation))
    for body in scenario.bodies.values():
        label = units[body.unit].name if body.unit in units else body.unit
        found.append(SourcedElement(name, "body", body.unit, label, body.citation))
    carried = {f for unit in units.values() for f in unit.functions}
    found += [
        SourcedElement(name, "function", f.id, f.name, f.citation)
        for f in design.functions
        if f.id in carried
    ]
    return found


def sources_table(design: Design, scenarios: list[Scenario]) -> Table:
    """Every element of ``scenarios`` with its source; the notes list the inferred ones."""
    table = Table(
        translate("Report", "Sources of every element"),
        [
            Column(translate("Report", "Scenario")),
            Column(translate("Report", "Kind")),
            Column(translate("Report", "Id")),
            Column(translate("Report", "Element")),
            Column(translate("Report", "Source")),
            Column(translate("Report", "Tag")),
            Column(translate("Report", "Reason")),
        ],
        name="Sources",
    )
    for scenario in scenarios:
        elements = scenario_elements(design, scenario)
        for e in elements:
            c = e.citation
            table.add(e.scenario, e.kind, e.id, e.label, c.ref, c.tag or NO_SOURCE, c.reason)
        sourced = sum(e.citation.tag == "[S]" for e in elements)
        inferred = [e for e in elements if e.citation.inferred]
        missing = len(elements) - sourced - len(inferred)
        counts = translate(
            "Report",
            "{scenario}: {elements} elements, {sourced} sourced [S], "
            "{inferred} inferred [I], {missing} without a source.",
        )
        table.notes.append(
            counts.format(
                scenario=scenario.name,
                elements=len(elements),
                sourced=sourced,
                inferred=len(inferred),
                missing=missing,
            )
        )
        see = translate("Report", " (see {ref})")
        table.notes += [
            f"  [I] {e.kind} {e.label}: {e.citation.reason}"
            + (see.format(ref=e.citation.ref) if e.citation.ref else "")
            for e in inferred
        ]
    return table
