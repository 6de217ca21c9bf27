"""Workbooks that used to change the structure silently or take all memory (issue 14, 2 and 4).

Each workbook is written by openpyxl and, where openpyxl cannot write what a
spreadsheet program does (a declared size, a formula's saved result), patched
in its XML. The oracle is the design after the import, saved and opened again,
or the refusal's sheet, row and column.
"""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from orgeditor.io import DesignFileError, dumps, importing, loads, xlsx_reading
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.name_columns import MAX_LANGUAGES
from orgeditor.io.unit_tables import write_template
from orgeditor.model import Design, Scenario
from tests.builders import tiny_design

HEADER = ["id", "name", "kind", "parent"]


def _workbook(
    path: Path, rows: list[list[object]], edit: Callable[..., None] | None = None
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Units"
    for row in [HEADER, *rows]:
        sheet.append(row)
    if edit is not None:
        edit(sheet)
    book.save(path)
    return path


def _patch_sheet(path: Path, change: Callable[[str], str]) -> Path:
    """Rewrite the first sheet's XML (what openpyxl cannot write, a spreadsheet program can)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = change(parts[name].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)
    return path


def _imported(design: Design, path: Path) -> Scenario:
    """Merge into the baseline, then save and open the design again: what the user gets."""
    merged = merge_tables(design, design.baseline, read_tables([path]), path.name)
    design.scenarios = [merged if s.id == merged.id else s for s in design.scenarios]
    return loads(dumps(design)).baseline


def _refusal(path: Path) -> list[str]:
    design = tiny_design()
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, design.baseline, read_tables([path]), path.name)
    assert caught.value.file in (str(path), path.name)
    return [f"{p.location}: {p.message}" for p in caught.value.problems]


def test_a_huge_declared_sheet_is_read_in_little_memory(tmp_path: Path) -> None:
    """`<dimension ref="A1:XFD200002"/>` with a unit on the last row: openpyxl's read-only rows
    were padded to 16,384 cells each (1.6 GB, or MemoryError). Only the table's columns count."""
    path = _workbook(tmp_path / "huge.xlsx", [["c", "Division C", "division", "hq"]])
    last = "".join(
        f'<c r="{col}200002" t="inlineStr"><is><t>{text}</t></is></c>'
        for col, text in zip("ABCD", ["d", "Division D", "division", "c"], strict=True)
    )
    _patch_sheet(
        path,
        lambda xml: re.sub(
            r'<dimension ref="[^"]*" ?/>', '<dimension ref="A1:XFD200002"/>', xml
        ).replace("</sheetData>", f'<row r="200002">{last}</row></sheetData>'),
    )
    assert path.stat().st_size < 10_000
    tracemalloc.start()
    try:
        sheets = read_tables([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000
    assert [number for number, _ in sheets[0].rows] == [2, 200002]
    units = _imported(tiny_design(), path).units
    assert (units["c"].parent, units["d"].parent) == ("hq", "c")


def test_rows_cells_and_parts_beyond_the_limits_are_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"u{i}", f"Unit {i}", "unit", "hq"] for i in range(6)]
    path = _workbook(tmp_path / "many.xlsx", rows)
    monkeypatch.setattr(importing, "MAX_ROWS", 5)
    assert any("Units: more than 5 rows" in p for p in _refusal(path))
    monkeypatch.setattr(importing, "MAX_ROWS", 200_000)
    monkeypatch.setattr(xlsx_reading, "MAX_CELLS", 20)
    assert any("Units: more than 20 cells" in p for p in _refusal(path))
    monkeypatch.setattr(xlsx_reading, "MAX_CELLS", 4_000_000)
    monkeypatch.setitem(xlsx_reading.MAX_PART_BYTES, "xl/worksheets/", 100)
    [problem] = _refusal(path)
    assert "xl/worksheets/sheet1.xml unpacks to" in problem and "(0 MB)" in problem


def test_a_value_right_of_the_known_columns_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "wide.xlsx", [["c", "Division C", "division", "hq"]])
    _patch_sheet(
        path,
        lambda xml: xml.replace(
            "</row></sheetData>",
            '<c r="Z2" t="inlineStr"><is><t>stray</t></is></c></row></sheetData>',
        ),
    )
    [problem] = _refusal(path)  # column Z is within the sheet's name@TAG allowance
    assert problem.startswith("Units row 2: 5 cells under 4 columns (starting 'stray')")
    far = len(importing.UNIT_COLUMNS) + 2 * MAX_LANGUAGES + 1  # past it
    letter = openpyxl.utils.get_column_letter(far)
    _patch_sheet(path, lambda xml: xml.replace('r="Z2"', f'r="{letter}2"'))
    [problem] = _refusal(path)
    assert problem.startswith(f"Units row 2, column {letter}: 'stray' is right of the last column")


def test_a_parent_merged_down_a_column_counts_for_every_row(tmp_path: Path) -> None:
    """The merged-over units used to get no parent: new roots, with no word."""
    rows = [
        ["c", "Division C", "division", "hq"],
        ["s1", "Section 1", "section", "c"],
        ["s2", "Section 2", "section", None],
        ["s3", "Section 3", "section", None],
        [None, None, None, None],  # a blank row under the merge stays blank
        ["s4", "Section 4", "section", "a"],
    ]
    path = _workbook(tmp_path / "merged.xlsx", rows, lambda s: s.merge_cells("D3:D6"))
    units = _imported(tiny_design(), path).units
    assert [units[u].parent for u in ("c", "s1", "s2", "s3", "s4")] == ["hq", "c", "c", "c", "a"]
    assert [u.id for u in units.values() if u.parent is None] == ["hq"]


def test_cells_merged_across_columns_are_refused(tmp_path: Path) -> None:
    rows = [["c", "Division C", "division", "hq"]]
    path = _workbook(tmp_path / "across.xlsx", rows, lambda s: s.merge_cells("B2:C2"))
    [problem] = _refusal(path)
    assert problem.startswith("Units row 2, column B: the cells B2:C2 are merged across columns")


def test_a_formula_counts_by_its_saved_result_and_without_one_is_refused(tmp_path: Path) -> None:
    rows = [["c", "Division C", "division", "hq"], ["s1", "Section 1", "section", "=A2"]]
    path = _workbook(tmp_path / "formula.xlsx", rows)
    [problem] = _refusal(path)  # openpyxl saves formulas without a result
    assert problem.startswith("Units row 3, column D: the formula =A2 has no saved result")
    saved = '<c r="D3" t="str"><f>A2</f><v>c</v></c>'  # as a spreadsheet program saves it
    _patch_sheet(path, lambda xml: xml.replace('<c r="D3"><f>A2</f><v /></c>', saved))
    assert saved in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert _imported(tiny_design(), path).units["s1"].parent == "c"


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_units_sheet_is_refused(tmp_path: Path, state: str) -> None:
    def hide(sheet: object) -> None:
        book = sheet.parent  # type: ignore[attr-defined]
        book.create_sheet("Notes")
        sheet.sheet_state = state  # type: ignore[attr-defined]

    path = _workbook(tmp_path / "hidden.xlsx", [["c", "Division C", "division", "hq"]], hide)
    [problem] = _refusal(path)
    assert problem.startswith(f"Units: the Units sheet is hidden ({state})")


def test_error_values_are_refused_with_their_cell(tmp_path: Path) -> None:
    rows = [
        ["c", "Division C", "division", "#REF!"],
        ["d", "#N/A", "division", "hq"],
        ["e", "Division E", "division", "=A2"],
    ]
    path = _workbook(tmp_path / "errors.xlsx", rows)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="D2" t="e">' in xml  # a real error cell, as a spreadsheet writes it
    problems = _refusal(path)  # all at once: the workbook's and the rows' problems
    assert sorted(problems) == [
        "Units row 2, column D: the cell shows the spreadsheet error #REF! (a formula or "
        "reference broke); correct it and import again",
        "Units row 3, column B: the cell shows the spreadsheet error #N/A (a formula or "
        "reference broke); correct it and import again",
        "Units row 4, column D: the formula =A2 has no saved result; open the file in a "
        "spreadsheet program and save it there, or paste the values",
    ]
    csv = tmp_path / "errors.csv"
    csv.write_text("id,name,kind,parent\nc,Division C,division,#REF!\n", encoding="utf-8")
    assert _refusal(csv)[0].startswith("Units row 2, column D: the cell shows the spreadsheet")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_empty_parent_cell_keeps_a_known_units_parent(tmp_path: Path, suffix: str) -> None:
    """It used to clear it: the unit became a new root. A new unit with no parent is a top."""
    rows = [["a", "Division Alpha", "division", ""], ["z", "Zed", "office", ""]]
    if suffix == ".csv":
        path = tmp_path / "units.csv"
        lines = [",".join(HEADER)] + [",".join(row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        path = _workbook(tmp_path / "units.xlsx", [list(row) for row in rows])
    units = _imported(tiny_design(), path).units
    assert units["a"].name == "Division Alpha" and units["a"].parent == "hq"
    assert units["z"].parent is None


def test_the_read_me_says_what_an_empty_parent_cell_does(tmp_path: Path) -> None:
    [path] = write_template(tiny_design(), tmp_path / "t.xlsx")
    notes = {row[0]: row[1] for row in openpyxl.load_workbook(path)["Read me"].values}
    assert "a unit already in the scenario keeps the parent it has" in str(notes["Units: parent"])
