"""Units and posts from spreadsheets (CSV or XLSX), and back.

The import format is two tables. **Units**: id, name, kind and parent, then
optional fields; **Posts**: id, unit, grade, funding and title. An XLSX file
holds them as sheets named Units and Posts; a CSV file holds one of them, told
apart by its header. Lists (regions, functions) are separated by ``;``.

Importing merges by id into a scenario: a row with a known id replaces that
unit or post where it stands, a new id is added at the end. Every bad row is
reported with its table and row number; if any row is bad nothing is imported.
"""

from __future__ import annotations

import copy
import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from orgeditor.io.errors import DesignFileError, Problem
from orgeditor.io.files import write_atomically
from orgeditor.io.schema import MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from orgeditor.io.tables import guard_formula, unguard_formula
from orgeditor.model import (
    Design,
    Note,
    Post,
    PresenceType,
    Scenario,
    ScenarioKind,
    Unit,
    UnitKind,
)

UNIT_COLUMNS = (
    "id",
    "name",
    "kind",
    "parent",
    "short_name",
    "head_grade",
    "region",
    "presence_type",
    "lead_department",
    "backstopped_by",
    "entry_point_for",
    "functions",
    "note",
    "justification",
    "reference",
)
POST_COLUMNS = ("id", "unit", "grade", "funding", "title")
REQUIRED = {"Units": ("id", "name", "kind"), "Posts": ("id", "unit", "grade", "funding")}
COLUMNS = {"Units": UNIT_COLUMNS, "Posts": POST_COLUMNS}
MAX_ROWS = 200_000
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


@dataclass
class Sheet:
    """One table read from a file: ``rows`` are (spreadsheet row number, column -> text)."""

    name: str
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def read_tables(paths: Sequence[str | os.PathLike[str]]) -> list[Sheet]:
    """Read Units and Posts tables from CSV and XLSX files.

    Raises:
        DesignFileError: a file is unreadable, a header is wrong, or a table repeats.
        OSError: a file cannot be opened.
    """
    sheets: dict[str, Sheet] = {}
    for path in paths:
        name = str(path)
        if name.lower().endswith(".xlsx"):
            found = _read_xlsx(Path(path))
        elif name.lower().endswith(".csv"):
            found = [_read_csv(Path(path))]
        else:
            raise DesignFileError(name, [Problem("", "give a .csv or .xlsx file")])
        for sheet in found:
            if sheet.name in sheets:
                raise DesignFileError(name, [Problem(sheet.name, "this table was given twice")])
            sheets[sheet.name] = sheet
    return list(sheets.values())


def _read_csv(path: Path) -> Sheet:
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    records = list(csv.reader(io.StringIO(text)))
    return _sheet_from(str(path), None, records)


def _read_xlsx(path: Path) -> list[Sheet]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError) as error:
        raise DesignFileError(str(path), [Problem("", f"not an XLSX workbook ({error})")]) from None
    sheets = []
    try:
        for worksheet in book.worksheets:
            if worksheet.title.strip().lower() not in ("units", "posts"):
                continue
            records = [
                ["" if v is None else _text(v) for v in row]
                for row in worksheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2)
            ]
            sheets.append(_sheet_from(str(path), worksheet.title.strip().title(), records))
    finally:
        book.close()
    if not sheets:
        problem = Problem("", "the workbook has no sheet named Units or Posts")
        raise DesignFileError(str(path), [problem])
    return sheets


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet_from(file: str, name: str | None, records: list[list[str]]) -> Sheet:
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    if not records:
        raise DesignFileError(file, [Problem(name or "", "the table is empty: no header row")])
    header = [cell.strip().lower().replace(" ", "_") for cell in records[0]]
    while header and not header[-1]:
        header.pop()
    if name is None:
        name = "Posts" if "grade" in header else "Units"
    where = name
    unknown = [h for h in header if h not in COLUMNS[name]]
    if unknown:
        allowed = ", ".join(COLUMNS[name])
        message = f"unknown column {unknown[0]!r}; the {name} columns are: {allowed}"
        raise DesignFileError(file, [Problem(where, message)])
    missing = [c for c in REQUIRED[name] if c not in header]
    if missing:
        message = f"the column {missing[0]!r} is missing (needed: {', '.join(REQUIRED[name])})"
        raise DesignFileError(file, [Problem(where, message)])
    if len(records) - 1 > MAX_ROWS:
        raise DesignFileError(file, [Problem(where, f"more than {MAX_ROWS:,} rows")])
    sheet = Sheet(name)
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        values = {
            column: unguard_formula(record[i].strip()) if i < len(record) else ""
            for i, column in enumerate(header)
        }
        sheet.rows.append((number, values))
    return sheet


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []
        self._order: list[tuple[bool, int]] = []

    def add(self, table: str, row: int, message: str) -> None:
        self.items.append(Problem(f"{table} row {row}", message))
        self._order.append((table != "Units", row))

    def sorted(self) -> list[Problem]:
        """Units before Posts, by row; a row's problems in the order found."""
        keyed = sorted(zip(self._order, range(len(self.items)), self.items, strict=True))
        return [problem for _, _, problem in keyed]


def merge_tables(
    design: Design, scenario: Scenario, sheets: Iterable[Sheet], file: str
) -> Scenario:
    """A copy of ``scenario`` with the tables' units and posts merged in by id.

    Raises:
        DesignFileError: one problem per bad row (with its row number); nothing is merged.
    """
    result = copy.deepcopy(scenario)
    problems = _Problems()
    rows_of: dict[str, int] = {}
    by_name = {sheet.name: sheet for sheet in sheets}
    if "Units" in by_name:
        _merge_units(design, result, by_name["Units"], problems, rows_of)
    if "Posts" in by_name:
        _merge_posts(design, result, by_name["Posts"], problems)
    _check_references(design, result, problems, rows_of)
    if problems.items:
        raise DesignFileError(file, problems.sorted())
    if result.roles.top is None or result.roles.top not in result.units:
        roots = [u.id for u in result.units.values() if u.parent is None]
        result.roles.top = roots[0] if len(roots) == 1 else result.roles.top
    return result


def _merge_units(
    design: Design, result: Scenario, sheet: Sheet, problems: _Problems, rows_of: dict[str, int]
) -> None:
    grades = {g.id for g in design.grades}
    for number, row in sheet.rows:
        bad = len(problems.items)
        for column in REQUIRED["Units"]:
            if not row.get(column):
                problems.add("Units", number, f"{column} is empty")
        unit_id, name = row.get("id", ""), row.get("name", "")
        if unit_id and not _valid_id(unit_id):
            problems.add("Units", number, f"the id {unit_id!r} is not valid: {_ID_RULE}")
        if unit_id in rows_of:
            problems.add("Units", number, f"the id {unit_id!r} is also on row {rows_of[unit_id]}")
        _check_lengths("Units", number, row, problems)
        kind = _enum(UnitKind, row.get("kind", ""), "Units", number, "kind", problems)
        presence = None
        if row.get("presence_type"):
            presence = _enum(
                PresenceType, row["presence_type"], "Units", number, "presence_type", problems
            )
        head = row.get("head_grade") or None
        if head is not None and head not in grades:
            problems.add("Units", number, f"unknown head grade {head!r}; grades: {_listed(grades)}")
        if len(problems.items) > bad or kind is None:
            continue
        rows_of[unit_id] = number
        unit = Unit(
            unit_id,
            name,
            kind,
            short_name=row.get("short_name", ""),
            head_grade=head,
            parent=row.get("parent") or None,
            region=row.get("region") or None,
            presence_type=presence,
            lead_department=row.get("lead_department") or None,
            backstopped_by=row.get("backstopped_by") or None,
            entry_point_for=_list(row.get("entry_point_for", "")),
            functions=_list(row.get("functions", "")),
            note=Note(row.get("note", ""), row.get("justification", ""), row.get("reference", "")),
        )
        result.units[unit_id] = unit


def _merge_posts(design: Design, result: Scenario, sheet: Sheet, problems: _Problems) -> None:
    grades = {g.id for g in design.grades}
    sources = {s.id for s in design.funding_sources}
    seen: dict[str, int] = {}
    for number, row in sheet.rows:
        bad = len(problems.items)
        for column in REQUIRED["Posts"]:
            if not row.get(column):
                problems.add("Posts", number, f"{column} is empty")
        post_id = row.get("id", "")
        if post_id and not _valid_id(post_id):
            problems.add("Posts", number, f"the id {post_id!r} is not valid: {_ID_RULE}")
        if post_id in seen:
            problems.add("Posts", number, f"the id {post_id!r} is also on row {seen[post_id]}")
        _check_lengths("Posts", number, row, problems)
        grade, funding, unit = row.get("grade", ""), row.get("funding", ""), row.get("unit", "")
        if grade and grade not in grades:
            problems.add("Posts", number, f"unknown grade {grade!r}; grades: {_listed(grades)}")
        if funding and funding not in sources:
            message = f"unknown funding source {funding!r}; sources: {_listed(sources)}"
            problems.add("Posts", number, message)
        if unit and unit not in result.units:
            problems.add(
                "Posts",
                number,
                f"unit {unit!r} is neither in the Units table nor in {result.name!r}",
            )
        if len(problems.items) > bad:
            continue
        seen[post_id] = number
        result.posts[post_id] = Post(post_id, grade, funding, unit, row.get("title", ""))


def _check_references(
    design: Design, result: Scenario, problems: _Problems, rows_of: dict[str, int]
) -> None:
    regions = {r.id for r in design.regions}
    functions = {f.id for f in design.functions}
    for unit_id, number in rows_of.items():
        unit = result.units[unit_id]
        for label, target in (
            ("parent", unit.parent),
            ("lead_department", unit.lead_department),
            ("backstopped_by", unit.backstopped_by),
        ):
            if target is not None and target not in result.units:
                message = f"{label} {target!r} is neither in the Units table nor in {result.name!r}"
                problems.add("Units", number, message)
        if unit.region is not None and unit.region not in regions:
            problems.add(
                "Units", number, f"unknown region {unit.region!r}; regions: {_listed(regions)}"
            )
        for region in unit.entry_point_for:
            if region not in regions:
                problems.add("Units", number, f"unknown region {region!r} in entry_point_for")
        for function in unit.functions:
            if function not in functions:
                problems.add(
                    "Units", number, f"unknown function {function!r}; see the design's catalogue"
                )
        if _in_cycle(result, unit_id):
            problems.add("Units", number, "its parents lead back to itself (a cycle)")


def _in_cycle(scenario: Scenario, unit_id: str) -> bool:
    seen, current = set(), scenario.units[unit_id].parent
    while current is not None and current in scenario.units:
        if current == unit_id:
            return True
        if current in seen:
            return False
        seen.add(current)
        current = scenario.units[current].parent
    return False


_ID_RULE = "use letters, digits and . _ : - and start with a letter or digit"


def _valid_id(value: str) -> bool:
    return len(value) <= MAX_ID_LENGTH and _ID.match(value) is not None


def _check_lengths(table: str, number: int, row: dict[str, str], problems: _Problems) -> None:
    for column, value in row.items():
        limit = MAX_TEXT_LENGTH if column in ("note", "justification") else MAX_NAME_LENGTH
        if len(value) > limit:
            problems.add(table, number, f"{column} is longer than {limit:,} characters")


E = TypeVar("E", bound=StrEnum)


def _enum(
    kind: type[E], value: str, table: str, number: int, column: str, problems: _Problems
) -> E | None:
    try:
        return kind(value)
    except ValueError:
        if value:
            allowed = ", ".join(member.value for member in kind)
            problems.add(table, number, f"unknown {column} {value!r}; use one of: {allowed}")
        return None


def _list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _listed(values: set[str]) -> str:
    return ", ".join(sorted(values))


def unit_rows(scenario: Scenario) -> list[list[str]]:
    """The Units table of ``scenario`` (header first), in document order."""
    rows = [list(UNIT_COLUMNS)]
    for unit in scenario.units.values():
        rows.append(
            [
                unit.id,
                unit.name,
                unit.kind.value,
                unit.parent or "",
                unit.short_name,
                unit.head_grade or "",
                unit.region or "",
                unit.presence_type.value if unit.presence_type else "",
                unit.lead_department or "",
                unit.backstopped_by or "",
                "; ".join(unit.entry_point_for),
                "; ".join(unit.functions),
                unit.note.text,
                unit.note.justification,
                unit.note.reference,
            ]
        )
    return rows


def post_rows(scenario: Scenario) -> list[list[str]]:
    """The Posts table of ``scenario`` (header first), in document order."""
    rows = [list(POST_COLUMNS)]
    rows += [[p.id, p.unit, p.grade, p.funding, p.title] for p in scenario.posts.values()]
    return rows


def write_import_tables(scenario: Scenario, path: str | os.PathLike[str]) -> list[Path]:
    """Write ``scenario``'s units and posts in the import format; returns the files written.

    ``NAME.xlsx``: one workbook with sheets Units and Posts. ``NAME.csv``: two
    files, ``NAME-units.csv`` and ``NAME-posts.csv``.
    """
    target = Path(path)
    tables = {"Units": unit_rows(scenario), "Posts": post_rows(scenario)}
    if target.suffix.lower() == ".xlsx":
        write_atomically(target, _xlsx_bytes(tables))
        return [target]
    written = []
    for name, rows in tables.items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerows([[guard_formula(cell) for cell in row] for row in rows])
        file = target.with_name(f"{target.stem}-{name.lower()}.csv")
        write_atomically(file, ("\ufeff" + out.getvalue()).encode("utf-8"))
        written.append(file)
    return written


def _xlsx_bytes(tables: dict[str, list[list[str]]], notes: list[list[str]] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for name, rows in tables.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c, value=value)
                cell.data_type = "s"
                if r == 1:
                    cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for c, title in enumerate(rows[0], start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=c).column_letter].width = max(
                10, len(title) + 4
            )
    if notes:
        sheet = book.create_sheet("Read me")
        for r, row in enumerate(notes, start=1):
            for c, value in enumerate(row, start=1):
                sheet.cell(row=r, column=c, value=value).data_type = "s"
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def template_notes(design: Design) -> list[list[str]]:
    """What each column means and which values the design allows (the Read me sheet)."""
    grades = ", ".join(g.id for g in design.grades)
    sources = ", ".join(s.id for s in design.funding_sources)
    return [
        ["Column", "What to write"],
        ["Units: id", f"A unique id: {_ID_RULE}."],
        ["Units: name", "The unit's full name."],
        ["Units: kind", "One of: " + ", ".join(k.value for k in UnitKind) + "."],
        ["Units: parent", "The id of the unit it reports to; empty for the top unit."],
        ["Units: short_name", "An abbreviation shown on the chart (optional)."],
        ["Units: head_grade", f"The head's grade (optional): {grades}."],
        ["Units: region", "A region id of the design (field presences)."],
        ["Units: presence_type", "One of: " + ", ".join(p.value for p in PresenceType) + "."],
        ["Units: lead_department, backstopped_by", "Unit ids (optional)."],
        ["Units: entry_point_for, functions", "Region or function ids separated by ';'."],
        ["Units: note, justification, reference", "Free text (optional)."],
        ["Posts: id", "A unique id; keep it across scenarios so redeployments can be traced."],
        ["Posts: unit", "The id of the unit the post sits in."],
        ["Posts: grade", f"One of: {grades}."],
        ["Posts: funding", f"One of: {sources}."],
        ["Posts: title", "The functional title (optional)."],
        ["", "A row whose id exists replaces that unit or post; a new id adds one."],
    ]


def write_template(design: Design, path: str | os.PathLike[str]) -> list[Path]:
    """Write empty Units and Posts tables (XLSX: with a Read me sheet) to fill in."""
    target = Path(path)
    tables = {"Units": [list(UNIT_COLUMNS)], "Posts": [list(POST_COLUMNS)]}
    if target.suffix.lower() == ".xlsx":
        write_atomically(target, _xlsx_bytes(tables, template_notes(design)))
        return [target]
    return write_import_tables(Scenario("template", "template", ScenarioKind.BASELINE), target)
