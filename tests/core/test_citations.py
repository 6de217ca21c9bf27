"""Structured sources (issue 21 §3): the citation of units, lines, bodies and functions.

Oracles: the file read back (save, reopen, compare; the JSON itself), the sources
table counted against the scenario's elements, and the UN sample's citations
checked against what A/72/525 has (paragraphs 1-64 only).
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.commands import (
    CommandError,
    SetBodyCommand,
    SetLineFieldCommand,
    SetUnitFieldCommand,
    UndoStack,
)
from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.unit_tables import unit_rows
from orgeditor.model import Body, Citation, LineKind, OrgFunction, ReportingLine, Unit, UnitKind
from orgeditor.reports.diff import diff_scenarios
from orgeditor.reports.sources import scenario_elements, sources_table
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE

LAST_PARAGRAPH_OF_A72525 = 64
# texts a file may hold on one line (no control characters, surrogates or non-characters)
_TEXT = st.characters(exclude_categories=("Cc", "Cs", "Cn"))
CITATIONS = st.one_of(
    st.builds(Citation, st.text(_TEXT, min_size=1, max_size=20)),
    st.builds(
        Citation,
        st.text(_TEXT, max_size=20),
        st.just(True),
        st.text(_TEXT, min_size=1, max_size=20).filter(str.strip),
    ),
)


def _cited_design() -> tuple[object, dict[str, Citation]]:
    design = tiny_design()
    option = design.scenarios[1]
    option.lines["l1"] = ReportingLine("l1", "a", "b", LineKind.DOTTED)
    option.units["board"] = Unit("board", "Board", UnitKind.BODY, parent="hq")
    option.bodies["board"] = Body("board", None, ["a", "b"])
    design.functions = [OrgFunction("f", "Function")]
    return design, {}


@settings(max_examples=40, deadline=None)
@given(unit=CITATIONS, line=CITATIONS, body=CITATIONS, function=CITATIONS)
def test_citations_survive_save_and_reopen(
    unit: Citation, line: Citation, body: Citation, function: Citation
) -> None:
    design, _ = _cited_design()
    option = design.scenarios[1]  # type: ignore[attr-defined]
    option.units["a"].citation = unit
    option.lines["l1"].citation = line
    option.bodies["board"].citation = body
    design.functions[0].citation = function  # type: ignore[attr-defined]
    data = dumps(design)  # type: ignore[arg-type]
    again = loads(data)
    assert again == design
    assert dumps(again) == data  # byte-stable
    raw = json.loads(data)
    scenario = raw["scenarios"][1]
    written = {
        "unit": next(u for u in scenario["units"] if u["id"] == "a")["citation"],
        "line": scenario["lines"][0]["citation"],
        "body": scenario["bodies"][0]["citation"],
        "function": raw["functions"][0]["citation"],
    }
    for key, citation in {"unit": unit, "line": line, "body": body, "function": function}.items():
        assert written[key].get("ref", "") == citation.ref
        assert written[key].get("inferred", False) == citation.inferred
        assert written[key].get("reason", "") == citation.reason


def test_a_file_without_citations_reads_as_naming_no_source() -> None:
    design = tiny_design()
    raw = json.loads(dumps(design))
    assert "citation" not in json.dumps(raw)  # nothing given: nothing written
    again = loads(json.dumps(raw).encode())
    assert all(not u.citation.given for s in again.scenarios for u in s.units.values())


def test_an_inference_without_a_reason_is_refused_with_its_place() -> None:
    raw = json.loads(dumps(tiny_design()))
    raw["scenarios"][1]["units"][1]["citation"] = {"ref": "A/72/525 para. 24", "inferred": True}
    with pytest.raises(DesignFileError) as caught:
        loads(json.dumps(raw).encode())
    message = str(caught.value)
    assert "scenarios" in message and "citation" in message and "reason" in message


def test_editing_a_unit_citation_is_one_undoable_step() -> None:
    design = tiny_design()
    before = copy.deepcopy(design)
    stack = UndoStack(design)
    cited = Citation("A/72/525 para. 33", True, "the pairing is inferred")
    stack.push(SetUnitFieldCommand(design, "option", "a", "citation", cited))
    reopened = loads(dumps(design))
    assert reopened.scenarios[1].units["a"].citation == cited
    stack.undo()
    assert design == before
    with pytest.raises(CommandError, match="reason"):
        SetUnitFieldCommand(design, "option", "a", "citation", Citation("", True, ""))
    with pytest.raises(CommandError, match="reason without a reference"):
        SetUnitFieldCommand(design, "option", "a", "citation", Citation("", False, "why"))


def test_line_and_body_citations_are_undoable() -> None:
    design, _ = _cited_design()
    before = copy.deepcopy(design)
    stack = UndoStack(design)  # type: ignore[arg-type]
    cited = Citation("A/72/525 para. 36")
    stack.push(SetLineFieldCommand(design, "option", "l1", "citation", cited))  # type: ignore[arg-type]
    stack.push(SetBodyCommand(design, "option", Body("board", None, ["a", "b"], cited)))  # type: ignore[arg-type]
    reopened = loads(dumps(design))  # type: ignore[arg-type]
    assert reopened.scenarios[1].lines["l1"].citation == cited
    assert reopened.scenarios[1].bodies["board"].citation == cited
    stack.undo()
    stack.undo()
    assert design == before


def test_the_diff_does_not_count_a_citation_as_a_change() -> None:
    design = tiny_design()
    base, option = design.scenarios
    option.units["a"].citation = Citation("A/72/525 para. 24")
    assert not [u for u in diff_scenarios(base, option).units if u.unit == "a"]


def test_the_units_table_carries_citations_to_import_and_back(tmp_path: Path) -> None:
    design = tiny_design()
    option = design.scenarios[1]
    option.units["a"].citation = Citation("A/72/525 para. 45", True, "not named there")
    rows = unit_rows(design, option)
    path = tmp_path / "Units.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in rows), "utf-8")
    fresh = copy.deepcopy(design)
    fresh.scenarios[1].units["a"].citation = Citation()
    merged = merge_tables(fresh, fresh.scenarios[1], read_tables([path], fresh), "Units.csv")
    assert merged.units["a"].citation == option.units["a"].citation
    rows[2][rows[0].index("citation_inferred")] = "perhaps"
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in rows), "utf-8")
    with pytest.raises(DesignFileError, match="citation_inferred"):
        merge_tables(fresh, fresh.scenarios[1], read_tables([path], fresh), "Units.csv")


# --- the UN sample ---------------------------------------------------------------------


def _raw_elements(scenario: dict[str, object]) -> int:
    """Units, lines, bodies and carried functions, counted from the file's JSON."""
    units = scenario.get("units", [])
    carried = {f for u in units for f in u.get("functions", [])}  # type: ignore[union-attr]
    lines, bodies = scenario.get("lines", []), scenario.get("bodies", [])
    return len(units) + len(lines) + len(bodies) + len(carried)  # type: ignore[arg-type]


def test_every_element_of_the_un_proposals_names_its_source() -> None:
    design = loads(UN_SAMPLE.read_bytes())
    raw = json.loads(UN_SAMPLE.read_bytes())
    table = sources_table(design, design.proposals)
    print("\n".join(table.notes))  # the closing note: every [I] element and its reason
    for scenario in design.proposals:
        rows = [r.cells for r in table.rows if r.cells[0] == scenario.name]
        [in_file] = [s for s in raw["scenarios"] if s["id"] == scenario.id]
        assert len(rows) == _raw_elements(in_file) > 100
        assert {row[5] for row in rows} <= {"[S]", "[I]"}, "an element names no source"
        for row in rows:
            assert row[4] or row[5] == "[I]"  # a sourced element has a reference
            assert row[6] or row[5] == "[S]"  # an inferred one says why
        assert f"{scenario.name}: {len(rows)} elements" in "\n".join(table.notes)


def test_the_un_citations_name_paragraphs_the_report_has() -> None:
    design = loads(UN_SAMPLE.read_bytes())
    refs = [e.citation.ref for s in design.proposals for e in scenario_elements(design, s)]
    cited = [r for r in refs if r.startswith("A/72/525")]
    assert cited
    for ref in cited:
        numbers = [int(n) for n in re.findall(r"(?<![/\d])(\d{1,2})(?=\D|$)", ref.split(" ", 1)[1])]
        assert numbers and all(1 <= n <= LAST_PARAGRAPH_OF_A72525 for n in numbers), ref


def test_the_un_proposals_notes_are_not_stale() -> None:
    design = loads(UN_SAMPLE.read_bytes())
    for scenario in design.proposals:
        notes = {u.id: u.note for u in scenario.units.values()}
        ead = notes["ead"]
        assert "DPPA" in ead.text and "para" in ead.reference and "23" in ead.reference
        for unit_id, note in notes.items():
            assert "DPKO and DFS" not in note.text, unit_id  # DFS is gone in the proposals
            assert "deputy" not in note.text or "casquebleu" in note.reference, unit_id
        assert "[I]" not in notes["oma"].reference and "31" in notes["oma"].reference
    pbso = design.proposals[0].units["pbso"].note
    assert "deputy" not in pbso.text  # A/72/525 para. 24 does not say it


def test_a_merge_never_mixes_two_sides_halves_of_a_citation() -> None:
    from orgeditor.merge.three_way import merge_plain

    base = {"citation": {"ref": "r", "reason": "why the paragraph applies"}}
    ours = {"citation": {"ref": "r", "inferred": True, "reason": "why the paragraph applies"}}
    theirs = {"citation": {"ref": "r"}}  # the reason dropped
    merged, conflicts = merge_plain(base, ours, theirs)
    assert merged == ours  # kept whole, never {"ref": "r", "inferred": true} without a reason
    assert [c.path for c in conflicts] == [("citation",)]
