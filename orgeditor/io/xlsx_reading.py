"""The Units and Posts sheets of a workbook as text, read cell by cell in bounded memory.

A workbook is read as the user sees it, or refused with the sheet, row and
column to correct; nothing in it changes the structure without a word:

- only the columns a table knows are kept (a sheet may declare 16,384 columns
  and a million rows in a few bytes); a value to the right of them is refused;
- the rows, the cells and the size of every part the reader unpacks are capped,
  with a message that names the limit;
- a cell merged down one column gives its value to every row it spans that
  holds something else; a merge across columns is refused;
- a formula counts by its saved result; one with no saved result is refused;
- a hidden Units or Posts sheet (``hidden`` or ``veryHidden``) is refused;
- dates and booleans are refused (format the cell as text); error values such
  as ``#REF!`` are passed on as their text, for the import's own check.

openpyxl reads the workbook (sheet list, shared strings, date styles) and
converts single cells; the loop over a sheet's XML is ours, because openpyxl's
read-only rows are padded to the sheet's declared width and carry no merges.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from openpyxl.utils.cell import get_column_letter, range_boundaries

from orgeditor.io.errors import DesignFileError, Problem

MAX_CELLS = 4_000_000  # cells a sheet may hold, counted as they are read
MAX_PROBLEMS = 100  # reading stops after this many problems
MAX_CELL_PARTS = 10_000  # XML elements inside one cell (rich text runs ...)
# The size of each part of the workbook once unpacked (a zip file can unpack
# to a thousand times its size): sheets are streamed, shared strings are held
# in memory, the other parts are parsed whole.
MAX_PART_BYTES = {"xl/worksheets/": 256_000_000, "xl/sharedStrings.xml": 128_000_000}
MAX_OTHER_PART_BYTES = 64_000_000

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _FORMULA, _MERGE = f"{_NS}row", f"{_NS}c", f"{_NS}f", f"{_NS}mergeCell"


@dataclass
class SheetCells:
    """One table read from a workbook.

    ``rows`` holds (spreadsheet row number, the table's first ``width`` cells as
    text) for every row that holds something, in row order; blank rows are left out.
    """

    title: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


def cell_place(table: str, row: int, column: int) -> str:
    """Where a cell is, as a spreadsheet shows it: ``Units row 5, column D``."""
    return f"{table} row {row}, column {get_column_letter(column)}"


def _table_name(title: str) -> str:
    """The table a sheet title names: ``" units "`` -> ``"Units"``."""
    return title.strip().title()


def read_workbook(
    path: Path, widths: Mapping[str, int], max_rows: int
) -> tuple[list[SheetCells], list[Problem]]:
    """The sheets of ``path`` whose titles name a table in ``widths`` (table -> columns),
    and what is wrong in them, each with its sheet, row and column (a refused cell reads
    as empty).

    Raises:
        DesignFileError: a part of the workbook unpacks to more than the limit.
        Exception: openpyxl's or zipfile's, when the file is no workbook at all.
    """
    from openpyxl import load_workbook

    _check_part_sizes(path)
    problems: list[Problem] = []
    found = []
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            table = _table_name(sheet.title)
            if table not in widths:
                continue
            if sheet.sheet_state != "visible":
                message = (
                    f"the {table} sheet is hidden ({sheet.sheet_state}), so it is not imported "
                    "unseen; show it in the spreadsheet program, or delete it"
                )
                problems.append(Problem(table, message))
                continue
            reader = _SheetReader(book, sheet, table, widths[table], max_rows, problems)
            found.append(reader.read())
            if len(problems) >= MAX_PROBLEMS:
                break
    finally:
        book.close()
    return found, problems


def _check_part_sizes(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue  # images and the like are never unpacked
            name = info.filename
            limit = next(
                (size for prefix, size in MAX_PART_BYTES.items() if name.startswith(prefix)),
                MAX_OTHER_PART_BYTES,
            )
            if info.file_size > limit:
                message = (
                    f"the part {name} unpacks to {info.file_size / 1e6:,.0f} MB, "
                    f"more than an import reads ({limit / 1e6:,.0f} MB)"
                )
                raise DesignFileError(str(path), [Problem("", message)])


class _SheetReader:
    """One pass over a sheet's XML; each element is dropped once it has been read."""

    def __init__(
        self,
        book: Any,
        sheet: Any,
        table: str,
        width: int,
        max_rows: int,
        problems: list[Problem],
    ) -> None:
        from openpyxl.worksheet._reader import WorkSheetParser

        self.sheet, self.table, self.width, self.max_rows = sheet, table, width, max_rows
        self.problems = problems
        self.rows: dict[int, list[str]] = {}
        self.merges: list[str] = []
        self.cells = 0
        self.beyond: set[int] = set()  # rows already told about a value right of the table
        # openpyxl's own cell parser: shared strings, inline and rich text, numbers, date styles
        self.parser = WorkSheetParser(
            io.BytesIO(),  # never parsed: the loop in read() hands it single cells
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )

    def read(self) -> SheetCells:
        """The table's rows with merged cells filled in; problems go to ``self.problems``."""
        from openpyxl.xml.functions import iterparse

        stack: list[Any] = []
        in_cell = 0  # elements read inside the current cell; 0 outside a cell
        row = 0
        with self.sheet._get_source() as source:
            for event, element in iterparse(source, events=("start", "end")):
                if event == "start":
                    stack.append(element)
                    if element.tag == _CELL:
                        in_cell = 1
                    elif in_cell:
                        in_cell += 1
                        if in_cell > MAX_CELL_PARTS:
                            self._stop(f"a cell of row {row} has over {MAX_CELL_PARTS:,} parts")
                            break
                    elif element.tag == _ROW:
                        row = int(element.get("r") or row + 1)
                        self.parser.row_counter, self.parser.col_counter = row, 0
                    continue
                stack.pop()
                if element.tag == _CELL:
                    in_cell = 0
                    self._cell(element)
                elif element.tag == _MERGE:
                    self.merges.append(element.get("ref") or "")
                if not in_cell and stack:
                    stack[-1].remove(element)  # what is read is not kept
                if len(self.problems) >= MAX_PROBLEMS or self._too_big():
                    break
        self._fill_merges()
        return SheetCells(self.table, [(number, self.rows[number]) for number in sorted(self.rows)])

    def _too_big(self) -> bool:
        if self.cells > MAX_CELLS:
            self._stop(f"more than {MAX_CELLS:,} cells; split the table into several files")
        elif len(self.rows) > self.max_rows + 1:  # the header and the rows below it
            self._stop(f"more than {self.max_rows:,} rows; split the table into several files")
        else:
            return False
        return True

    def _stop(self, message: str) -> None:
        self.problems.append(Problem(self.table, message))

    def _refuse(self, row: int, column: int, message: str) -> None:
        self.problems.append(Problem(cell_place(self.table, row, column), message))

    def _cell(self, element: Any) -> None:
        self.cells += 1
        cell = self.parser.parse_cell(element)
        row, column, value = cast(int, cell["row"]), cast(int, cell["column"]), cell["value"]
        if value is None or value == "":
            if element.find(_FORMULA) is not None:
                formula = (element.findtext(_FORMULA) or "")[:40]
                self._refuse(
                    row,
                    column,
                    f"the formula ={formula} has no saved result; open the file in a "
                    "spreadsheet program and save it there, or paste the values",
                )
            return
        cells = self.rows.setdefault(row, [""] * self.width)
        if column > self.width:
            if row not in self.beyond:
                self.beyond.add(row)
                last = get_column_letter(self.width)
                self._refuse(
                    row,
                    column,
                    f"{str(value)[:40]!r} is right of the last column of the {self.table} "
                    f"table ({last}); remove it or move it into a column the table has",
                )
            return
        if isinstance(value, bool | datetime.date | datetime.time | datetime.timedelta):
            self._refuse(row, column, f"{value!r} is not text; format the cell as text")
            return
        cells[column - 1] = (
            str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        )

    def _fill_merges(self) -> None:
        """A merge down one column: each row below its first that holds something takes the
        first cell's value, as the sheet shows it. A merge across columns is refused."""
        numbers = sorted(self.rows)
        work = 0
        for ref in self.merges:
            bounds = range_boundaries(ref)
            if None in bounds:  # whole rows or columns: no file written by a spreadsheet has them
                self._stop(f"the merged range {ref!r} is not a range of cells")
                continue
            first_column, first_row, last_column, last_row = cast(tuple[int, int, int, int], bounds)
            if first_column > self.width:
                continue
            if last_column > first_column:
                self._refuse(
                    first_row,
                    first_column,
                    f"the cells {ref} are merged across columns; unmerge them and "
                    "give each cell its own value",
                )
                continue
            value = self.rows.get(first_row, [""] * self.width)[first_column - 1]
            below = numbers[bisect_right(numbers, first_row) : bisect_right(numbers, last_row)]
            work += len(below) + 1
            if work > MAX_CELLS:
                self._stop(f"merged cells cover more than {MAX_CELLS:,} cells")
                return
            for number in below:
                self.rows[number][first_column - 1] = value
