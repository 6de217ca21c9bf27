"""Fuzz: hostile CSV and XLSX tables import as the sheet shows them, or are refused by row.

Generated Units tables hold known and new ids, control characters, bad kinds,
deep chains and cycles; workbooks add merged cells, formulas with and without a
saved result, error cells, hidden sheets and huge declared sizes (the sheet XML
is written here, as a spreadsheet program writes it). An import either gives a
design that saves, opens again and validates, with every row's unit as the
sheet shows it, or raises the import's own error naming the table and row. The
normal run tries the profile's few dozen examples; for a long run::

    pytest tests/core/test_import_fuzz.py --hypothesis-profile=fuzz
"""

from __future__ import annotations

import csv
import io
import re
import tracemalloc
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.rules import validate
from tests.builders import tiny_design

HEADER = ["id", "name", "kind", "parent"]
IDS = ["hq", "a", "b", "c", "d", "e"]  # hq, a and b are the tiny design's units
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8)


@dataclass
class Cell:
    """A cell as a spreadsheet program stores it: a value, or a formula and its saved result."""

    kind: str  # "s" text, "n" number, "e" error, "f" formula
    value: str = ""
    saved: str | None = None  # a formula's saved result


@dataclass
class Table:
    rows: list[list[Cell]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # col, row, col, row
    dimension: str = ""
    state: str = "visible"


def _value(draw: st.DrawFn, options: list[str]) -> Cell:
    """Mostly one of ``options``; one cell in sixteen is text, an error, a formula or a number."""
    choice = draw(st.integers(0, 63))
    if choice == 0:
        return Cell("s", draw(texts))
    if choice == 1:
        return Cell("e", draw(st.sampled_from(["#REF!", "#N/A", "#VALUE!"])))
    if choice == 2:
        return Cell("f", "A2", draw(st.none() | st.sampled_from(options)))
    if choice == 3:
        return Cell("n", str(draw(st.integers(0, 99))))
    return Cell("s", draw(st.sampled_from(options)))


@st.composite
def tables(draw: st.DrawFn) -> Table:
    """A Units table: a few rows of every kind of cell, maybe a deep chain (or cycle) below."""
    rows = [[Cell("s", h) for h in HEADER]]
    for _ in range(draw(st.integers(0, 6))):
        rows.append(
            [
                _value(draw, IDS),
                _value(draw, ["Unit", "Division\tTwo", " Padded ", "=cmd", "A\x0bB", ""]),
                _value(draw, ["division", "section", "office", "body", "team", "dept"]),
                _value(draw, ["hq", "a", "b", "hq", "a", "c", "d", "", "", "nowhere"]),
            ]
        )
    if draw(st.integers(0, 2)) == 0:
        depth = draw(st.integers(1, 200))
        top = draw(st.sampled_from(["a", "hq", f"k{depth - 1}"]))  # the last: a cycle
        for i in range(depth):
            parent = f"k{i - 1}" if i else top
            rows.append([Cell("s", v) for v in (f"k{i}", f"Unit {i}", "unit", parent)])
    height = len(rows)
    merges = [
        (c, r, c + draw(st.sampled_from([0] * 7 + [1])), r + draw(st.integers(0, 3)))
        for c, r in draw(
            st.lists(st.tuples(st.integers(1, 5), st.integers(2, max(height, 2))), max_size=2)
        )
    ]
    dimension = draw(st.sampled_from(["", f"A1:D{height}", "A1:XFD1048576"]))
    state = draw(st.sampled_from(["visible"] * 14 + ["hidden", "veryHidden"]))
    return Table(rows, merges, dimension, state)


def _shown(table: Table, suffix: str) -> list[tuple[int, list[str]]]:
    """What a spreadsheet shows in the table's rows (the oracle): a formula's saved result,
    the first cell's value over a merge down a column in every row that holds something;
    blank rows left out. A CSV file has no merges; a workbook holds no control characters."""
    text = _xml_legal if suffix == ".xlsx" else str
    grid = {
        (r, c): text((cell.saved or "") if cell.kind == "f" else cell.value)
        for r, row in enumerate(table.rows, start=1)
        for c, cell in enumerate(row, start=1)
    }
    for first_col, first_row, _, last_row in table.merges if suffix == ".xlsx" else []:
        for r in range(first_row + 1, last_row + 1):
            if any(grid.get((r, c), "") for c in range(1, 6)):
                grid[(r, first_col)] = grid.get((first_row, first_col), "")
    shown = [
        (r, [grid.get((r, c), "").strip() for c in range(1, 5)])
        for r in range(2, 1 + len(table.rows))
    ]
    return [(r, cells) for r, cells in shown if any(cells)]


def _csv_file(table: Table, path: Path) -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in table.rows:  # a CSV holds what the cells show; no merges, formulas or sheets
        writer.writerow([(c.saved or "") if c.kind == "f" else c.value for c in row])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _xml_legal(text: str) -> str:
    """The text without what XML 1.0 cannot hold (a spreadsheet program never writes it)."""
    legal = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
    return legal.replace("\ufffe", "").replace("\uffff", "")


def _one_line(text: str) -> str:
    """A name as the format keeps it (FORMAT.md): each line break or tab one space."""
    return re.sub("\r\n|[\r\n\t\x85\u2028\u2029]", " ", text)


def _xml_text(text: str) -> str:
    return escape(_xml_legal(text))


def _cell_xml(ref: str, cell: Cell) -> str:
    if cell.kind == "n":
        return f'<c r="{ref}"><v>{cell.value}</v></c>'
    if cell.kind == "e":
        return f'<c r="{ref}" t="e"><v>{cell.value}</v></c>'
    if cell.kind == "f":
        saved = "<v />" if cell.saved is None else f"<v>{_xml_text(cell.saved)}</v>"
        return f'<c r="{ref}" t="str"><f>{cell.value}</f>{saved}</c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_text(cell.value)}</t></is></c>'


def _xlsx_file(table: Table, path: Path) -> Path:
    book = openpyxl.Workbook()
    units = book.active
    assert units is not None
    units.title = "Units"
    units.sheet_state = table.state
    book.create_sheet("Notes")  # a workbook keeps one sheet visible
    book.save(path)
    rows = "".join(
        f'<row r="{r}">'
        + "".join(_cell_xml(f"{get_column_letter(c)}{r}", cell) for c, cell in enumerate(row, 1))
        + "</row>"
        for r, row in enumerate(table.rows, start=1)
    )
    merges = "".join(
        f'<mergeCell ref="{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"/>'
        for c1, r1, c2, r2 in table.merges
    )
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + (f'<dimension ref="{table.dimension}"/>' if table.dimension else "")
        + f"<sheetData>{rows}</sheetData>"
        + (f'<mergeCells count="{len(table.merges)}">{merges}</mergeCells>' if merges else "")
        + "</worksheet>"
    )
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(tables(), st.sampled_from([".csv", ".xlsx"]))
def test_an_import_gives_the_sheet_as_shown_or_names_the_row(
    tmp_path_factory: pytest.TempPathFactory, table: Table, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    name = f"units{suffix}"
    path = (_csv_file if suffix == ".csv" else _xlsx_file)(table, folder / name)
    design = tiny_design()
    before = {unit.id: unit.parent for unit in design.baseline.units.values()}
    tracemalloc.start()
    try:
        merged = merge_tables(design, design.baseline, read_tables([path]), name)
    except DesignFileError as error:
        assert error.file in (str(path), name)
        assert error.problems
        for problem in error.problems:
            assert problem.location.startswith(("Units", "Posts")), problem
        event(f"{suffix} refused: {error.problems[0].message[:30]}")
        return
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 64_000_000
    event(f"{suffix} imported")
    assert suffix == ".csv" or table.state == "visible"
    design.scenarios = [merged if s.id == merged.id else s for s in design.scenarios]
    reopened = loads(dumps(design))
    assert reopened == design
    validate(reopened, reopened.baseline)
    units = reopened.baseline.units
    for _, (unit_id, unit_name, kind, parent) in _shown(table, suffix):
        unit = units[unit_id]
        assert (unit.name, unit.kind.value) == (_one_line(unit_name), kind)
        assert unit.parent == (parent or before.get(unit_id))
    for unit_id, parent in before.items():  # a known unit never becomes a root unseen
        assert parent is None or units[unit_id].parent is not None
