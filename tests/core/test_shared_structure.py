"""A unit in the shared regional structure reports to both departments, however it gets there.

Drag and Move To (``move_units_command``, which the controller calls), the fixes and the
import share ``orgeditor.commands.shared``. The oracle is the validator: REGION-DUAL
finds nothing after the edit, and undo gives back the exact file.
"""

from __future__ import annotations

from pathlib import Path

from orgeditor.commands import (
    AddUnitCommand,
    ImportTablesCommand,
    MoveUnitsCommand,
    UndoStack,
    move_units_command,
)
from orgeditor.io import dumps, load_design
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.model import Design, LineKind, Unit, UnitKind
from orgeditor.rules import validate
from tests.conftest import UN_SAMPLE

P = "a-72-525"


def _dual_findings(design: Design) -> list[str]:
    report = validate(design, design.find_scenario(P))
    return [f.message for f in report.findings if f.rule == "REGION-DUAL"]


def _lines_of(design: Design, unit_id: str) -> dict[str, tuple[LineKind, str, str]]:
    lines = design.find_scenario(P).lines.values()
    return {x.target: (x.kind, x.caption, x.condition) for x in lines if x.source == unit_id}


def _new_asg_office(design: Design, stack: UndoStack) -> None:
    """An ASG office for a new region built in DPPA, designated for Africa."""
    stack.push(
        AddUnitCommand(
            design, P, Unit("asg-new", "New ASG office", UnitKind.OFFICE, "ASG-N", "ASG", "dppa")
        )
    )


def test_moving_a_unit_into_the_shared_structure_adds_both_dual_lines_with_their_terms() -> None:
    design = load_design(UN_SAMPLE)
    stack = UndoStack(design)
    before = dumps(design)
    _new_asg_office(design, stack)
    stack.push(move_units_command(design, P, ["asg-new"], "srs"))
    lines = _lines_of(design, "asg-new")
    assert lines == _lines_of(design, "asg-africa")  # the terms the other ASGs have
    assert set(lines) == {"dppa", "dpo"} and all(k is LineKind.DUAL for k, _, _ in lines.values())
    assert stack.texts()[-1].startswith("Move ASG-N to ")
    stack.undo()
    stack.undo()
    assert dumps(design) == before


def test_a_move_inside_the_shared_structure_or_elsewhere_adds_no_line() -> None:
    design = load_design(UN_SAMPLE)
    command = move_units_command(design, P, ["africa-1"], "asg-meap")
    assert isinstance(command, MoveUnitsCommand)
    command = move_units_command(design, P, ["ead"], "dpo")
    assert isinstance(command, MoveUnitsCommand)


def test_a_dotted_line_to_a_department_becomes_the_dual_line() -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario(P)
    stack = UndoStack(design)
    stack.push(MoveUnitsCommand(design, P, ["asg-africa"], "dppa"))
    scenario.lines["asg-africa-dpo"].kind = LineKind.DOTTED
    del scenario.lines["asg-africa-dppa"]
    stack.push(move_units_command(design, P, ["asg-africa"], "srs"))
    lines = [x for x in scenario.lines.values() if x.source == "asg-africa"]
    assert sorted((x.target, x.kind) for x in lines) == [
        ("dpo", LineKind.DUAL),
        ("dppa", LineKind.DUAL),
    ]
    assert _dual_findings(design) == []
    stack.undo()
    assert scenario.lines["asg-africa-dpo"].kind is LineKind.DOTTED


def test_an_imported_unit_in_the_shared_structure_reports_to_both_departments(
    tmp_path: Path,
) -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario(P)
    units = tmp_path / "units.csv"
    units.write_text(
        "id,name,kind,parent,head_grade,entry_point_for\n"
        "asg-new,New ASG office,office,srs,ASG,\n"
        "asg-africa,Office of the Assistant Secretary-General for Africa,office,srs,ASG,africa\n",
        encoding="utf-8",
    )
    before = dumps(design)
    merged = merge_tables(design, scenario, read_tables([units]), "units.csv")
    stack = UndoStack(design)
    stack.push(ImportTablesCommand(design, P, merged, "units.csv"))
    assert set(_lines_of(design, "asg-new")) == {"dppa", "dpo"}
    assert _lines_of(design, "asg-africa") == _lines_of(load_design(UN_SAMPLE), "asg-africa")
    assert _dual_findings(design) == []
    stack.undo()
    assert dumps(design) == before
