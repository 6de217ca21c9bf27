"""Units and posts from spreadsheets (CSV or XLSX), and back.

The import format is two tables. **Units**: id, name, kind and parent, then
optional fields; **Posts**: id, unit, grade, funding and title. An XLSX file
holds them as sheets named Units and Posts; a CSV file holds one of them, told
apart by its header. Lists (regions, functions) are separated by ``;``.
Each segment kind of the design (client groups, sectors ...) has two optional
Units columns: ``segment:KIND`` (the item the unit belongs to) and
``segment_entry_points:KIND`` (the items it is the entry point for). Names in
other languages have ``name@TAG`` and ``short_name@TAG`` columns, titles
``title@TAG`` columns (``io.name_columns``).

Importing merges by id into a scenario: a row with a known id replaces that
unit or post where it stands, a new id is added at the end. An empty parent
cell makes a new unit a top unit and leaves a known unit's parent as it is: an
import never turns a unit into a new root by a cell left blank. Every bad row
is reported with its table and row number; if any row is bad nothing is imported.
"""

from __future__ import annotations

import copy
import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from orgeditor.io.citation_fields import CITATION_COLUMNS, citation_from_cells
from orgeditor.io.errors import DesignFileError, Problem
from orgeditor.io.files import dumps, loads
from orgeditor.io.name_columns import (
    LANGUAGE_PREFIXES,
    MAX_LANGUAGES,
    name_column,
    names_from_cells,
    titles_from_cells,
)
from orgeditor.io.tables import unguard_formula
from orgeditor.io.xlsx_reading import cell_place, read_workbook
from orgeditor.model import (
    Design,
    Note,
    Post,
    PresenceType,
    Scenario,
    ScenarioKind,
    Succession,
    Unit,
    UnitKind,
    parent_cycles,
)
from orgeditor.model.aspects import UNIT_FIELD_ASPECTS
from orgeditor.model.costs import funding_owners
from orgeditor.model.successors import succession_problems
from orgeditor.model.text import (
    NAME,
    SHORT,
    TEXT,
    TextRule,
    id_problem,
    normalise_breaks,
    text_problem,
)

# A unit table's columns, one per unit field (:data:`UNIT_FIELD_ASPECTS`, in its order);
# a note and a succession take several columns, segments take one per kind
# (:func:`segment_columns`).
_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "note": ("note", "justification", "reference"),
    # successors (issue 15 part 3): baseline unit ids separated by ';', and those of the
    # same name it does not succeed
    "succession": ("succeeds", "succession_source", "not_succeeding"),
    "segments": (),
    "segment_entry_points": (),
    "names": (),  # names in other languages (issue 19): name@TAG columns (io/name_columns.py)
    "citation": CITATION_COLUMNS,  # structured sources (issue 21)
}
UNIT_COLUMNS = tuple(
    column for name in UNIT_FIELD_ASPECTS for column in _FIELD_COLUMNS.get(name, (name,))
)
POST_COLUMNS = ("id", "unit", "grade", "funding", "title")
REQUIRED = {"Units": ("id", "name", "kind"), "Posts": ("id", "unit", "grade", "funding")}
COLUMNS = {"Units": UNIT_COLUMNS, "Posts": POST_COLUMNS}
MAX_ROWS = 200_000
# segments (issue 15): per segment kind, membership and entry points (the file's field names)
SEGMENT_PREFIXES = ("segments", "segment_entry_points")


def segment_columns(design: Design | None) -> tuple[str, ...]:
    """The Units columns of the design's segment kinds, two per kind, in design order."""
    kinds = design.segment_kinds if design is not None else []
    return tuple(f"{prefix}:{kind.id}" for kind in kinds for prefix in SEGMENT_PREFIXES)


COLUMN_RULES: dict[str, TextRule] = {
    "name": NAME,
    "note": TEXT,
    "justification": TEXT,
    "citation_reason": TEXT,
}


@dataclass
class Sheet:
    """One table read from a file: ``rows`` are (spreadsheet row number, column -> text)."""

    name: str
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    columns: tuple[str, ...] = ()  # as given in the header, in the file's order


def read_tables(
    paths: Sequence[str | os.PathLike[str]], design: Design | None = None
) -> list[Sheet]:
    """Read Units and Posts tables from CSV and XLSX files; the Units table may also have
    the segment columns of ``design`` (:func:`segment_columns`), none without one.

    Raises:
        DesignFileError: a file is unreadable, a header is wrong, or a table repeats.
        OSError: a file cannot be opened.
    """
    sheets: dict[str, Sheet] = {}
    columns = dict(COLUMNS, Units=UNIT_COLUMNS + segment_columns(design))
    for path in paths:
        name = str(path)
        if name.lower().endswith(".xlsx"):
            found = _read_xlsx(Path(path), columns)
        elif name.lower().endswith(".csv"):
            found = [_read_csv(Path(path), columns)]
        else:
            raise DesignFileError(name, [Problem("", "give a .csv or .xlsx file")])
        for sheet in found:
            if sheet.name in sheets:
                raise DesignFileError(name, [Problem(sheet.name, "this table was given twice")])
            sheets[sheet.name] = sheet
    return list(sheets.values())


def _read_csv(path: Path, columns: dict[str, tuple[str, ...]]) -> Sheet:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = (
            f"line {line}: the file is not UTF-8 (byte 0x{data[error.start]:02x}); save it as "
            '"CSV UTF-8" or as an Excel workbook and import that'
        )
        raise DesignFileError(str(path), [Problem("", message)]) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        records = list(enumerate(reader, start=1))
    except csv.Error as error:
        message = f"line {reader.line_num}: {error} (is a quote left open?)"
        raise DesignFileError(str(path), [Problem("", message)]) from None
    return _sheet_from(str(path), None, records, columns)


def _read_xlsx(path: Path, columns: dict[str, tuple[str, ...]]) -> list[Sheet]:
    widths = {name: len(names) for name, names in columns.items()}
    for sheet, prefixes in LANGUAGE_PREFIXES.items():  # name@TAG, title@TAG columns may follow
        widths[sheet] += len(prefixes) * MAX_LANGUAGES
    try:
        tables, problems = read_workbook(path, widths, MAX_ROWS)
        sheets = []
        for table in tables:
            try:
                sheets.append(_sheet_from(str(path), table.title, table.rows, columns))
            except DesignFileError as error:
                problems += error.problems
        if problems:
            raise DesignFileError(str(path), problems)
    except DesignFileError as error:
        raise DesignFileError(str(path), error.problems) from None
    except Exception as error:  # a third-party parser on any file: zip, XML, styles ...
        problem = Problem("", f"not a readable XLSX workbook ({type(error).__name__}: {error})")
        raise DesignFileError(str(path), [problem]) from None
    if not sheets:
        problem = Problem("", "the workbook has no sheet named Units or Posts")
        raise DesignFileError(str(path), [problem])
    return sheets


# what a spreadsheet shows in a cell whose formula or reference broke
SPREADSHEET_ERRORS = frozenset(
    [
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
    ]
)


def _sheet_from(
    file: str,
    name: str | None,
    records: list[tuple[int, list[str]]],
    columns: dict[str, tuple[str, ...]],
) -> Sheet:
    """A table from its rows ((row number, cells), blank rows allowed); the header is the
    first row that holds something, its names among ``columns`` (table -> names)."""
    first = next((i for i, (_, r) in enumerate(records) if any(c.strip() for c in r)), None)
    if first is None:
        raise DesignFileError(file, [Problem(name or "", "the table is empty: no header row")])
    header = [_column_name(cell) for cell in records[first][1]]
    while header and not header[-1]:
        header.pop()
    if name is None:
        name = "Posts" if "grade" in header else "Units"
    header = _with_name_columns(file, name, header)
    unknown = [h for h in header if h not in columns[name] and not _names_a_language(name, h)]
    if unknown:
        tagged = ", ".join(f"{prefix}@TAG" for prefix in LANGUAGE_PREFIXES.get(name, ()))
        allowed = ", ".join([*columns[name], *([tagged] if tagged else [])])
        message = f"unknown column {unknown[0]!r}; the {name} columns are: {allowed}"
        raise DesignFileError(file, [Problem(name, message)])
    twice = next((h for i, h in enumerate(header) if h in header[:i]), None)
    if twice is not None:
        raise DesignFileError(file, [Problem(name, f"the column {twice!r} appears twice")])
    missing = [c for c in REQUIRED[name] if c not in header]
    if missing:
        message = f"the column {missing[0]!r} is missing (needed: {', '.join(REQUIRED[name])})"
        raise DesignFileError(file, [Problem(name, message)])
    body = [(n, r) for n, r in records[first + 1 :] if any(cell.strip() for cell in r)]
    if len(body) > MAX_ROWS:
        raise DesignFileError(file, [Problem(name, f"more than {MAX_ROWS:,} rows")])
    sheet = Sheet(name, columns=tuple(header))
    problems = []
    for number, record in body:
        extra = [cell for cell in record[len(header) :] if cell.strip()]
        if extra:
            message = (
                f"{len(header) + len(extra)} cells under {len(header)} columns "
                f"(starting {extra[0][:40]!r}); a comma inside a text needs quotes"
            )
            problems.append(Problem(f"{name} row {number}", message))
            continue
        values = {
            column: _cell_value(record[i], column) if i < len(record) else ""
            for i, column in enumerate(header)
        }
        for index, value in enumerate(values.values()):
            if value in SPREADSHEET_ERRORS:
                message = (
                    f"the cell shows the spreadsheet error {value} (a formula or reference "
                    "broke); correct it and import again"
                )
                problems.append(Problem(cell_place(name, number, index + 1), message))
        sheet.rows.append((number, values))
    if problems:
        raise DesignFileError(file, problems)
    return sheet


def _with_name_columns(file: str, table: str, header: list[str]) -> list[str]:
    """``header`` with its ``name@TAG`` (Units) or ``title@TAG`` (Posts) columns' tags
    as the design keeps them."""
    if table not in LANGUAGE_PREFIXES:
        return header
    result = []
    for column in header:
        try:
            result.append(name_column(column, table) or column)
        except ValueError as error:
            raise DesignFileError(file, [Problem(table, f"column {column!r}: {error}")]) from None
    return result


def _names_a_language(table: str, column: str) -> bool:
    prefix, at, _ = column.partition("@")
    return bool(at) and prefix in LANGUAGE_PREFIXES.get(table, ())


def _column_name(cell: str) -> str:
    """A header cell as a column name: lower case, ``_`` for spaces; the kind after a
    segment column's ``:`` is an id and keeps its case, as does a language tag after ``@``."""
    prefix, colon, kind = cell.strip().partition(":")
    prefix, at, tag = prefix.partition("@")  # a name column's language tag keeps its case
    prefix = prefix.strip().lower().replace(" ", "_")
    if at:
        return f"{prefix}@{tag.strip()}"
    return f"{prefix}:{kind.strip()}" if colon else prefix


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

    A column the table leaves out keeps the unit's or post's current value.
    The result is checked as the design file would be on load, so an import
    can never lead to a file that does not open again.

    Raises:
        DesignFileError: one problem per bad row (with its row number); nothing is merged.
    """
    result = copy.deepcopy(scenario)
    problems = _Problems()
    rows_of: dict[str, int] = {}
    rejected: set[str] = set()
    by_name = {sheet.name: sheet for sheet in sheets}
    kinds = segment_columns(design)
    for column in by_name["Units"].columns if "Units" in by_name else ():
        if ":" in column and column not in kinds:
            allowed = ", ".join(kinds) or "none: the design has no segment kinds"
            message = f"the design has no segment kind for column {column!r}; use {allowed}"
            raise DesignFileError(file, [Problem("Units", message)])
    if "Units" in by_name:
        _merge_units(design, result, by_name["Units"], problems, rows_of, rejected)
    if "Posts" in by_name:
        _merge_posts(design, result, by_name["Posts"], problems, rejected)
    _check_references(design, result, problems, rows_of, rejected)
    if problems.items:
        raise DesignFileError(file, problems.sorted())
    if result.roles.top is None or result.roles.top not in result.units:
        roots = [u.id for u in result.units.values() if u.parent is None]
        result.roles.top = roots[0] if len(roots) == 1 else result.roles.top
    _check_as_file(design, result, file)
    return result


def _check_as_file(design: Design, result: Scenario, file: str) -> None:
    """Refuse a merge whose design would not load (a body that is no longer a body ...)."""
    trial = copy.copy(design)
    trial.scenarios = [result if s.id == result.id else s for s in design.scenarios]
    try:
        loads(dumps(trial), file)
    except DesignFileError as error:
        problems = [
            Problem(p.location, f"after the import the design would not load: {p.message}")
            for p in error.problems
        ]
        raise DesignFileError(file, problems) from None


def _check_row(
    table: str, number: int, row: dict[str, str], problems: _Problems, seen: dict[str, int]
) -> str:
    """What every row needs: its required cells, a valid id not used on an earlier row,
    texts within the limits. Returns the row's id."""
    for column in REQUIRED[table]:
        if not row.get(column):
            problems.add(table, number, f"{column} is empty")
    row_id = row.get("id", "")
    problem = id_problem(row_id) if row_id else None
    if problem:
        problems.add(table, number, problem)
    if row_id in seen:
        problems.add(table, number, f"the id {row_id!r} is also on row {seen[row_id]}")
    _check_texts(table, number, row, problems)
    return row_id


def _merge_units(
    design: Design,
    result: Scenario,
    sheet: Sheet,
    problems: _Problems,
    rows_of: dict[str, int],
    rejected: set[str],
) -> None:
    grades = {g.id for g in design.grades}
    for number, row in sheet.rows:
        bad = len(problems.items)
        unit_id = _check_row("Units", number, row, problems, rows_of)
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
            rejected.add(unit_id)
            continue
        rows_of[unit_id] = number
        existing = result.units.get(unit_id)
        unit = copy.deepcopy(existing) if existing else Unit(unit_id, row["name"], kind)
        unit.name, unit.kind = row["name"], kind
        if "head_grade" in row:
            unit.head_grade = head
        if "presence_type" in row:
            unit.presence_type = presence
        if "short_name" in row:
            unit.short_name = row["short_name"]
        if row.get("parent") or ("parent" in row and existing is None):
            unit.parent = row["parent"] or None  # empty: a new unit is a top unit (see below)
        for column in ("region", "lead_department", "backstopped_by", "location"):
            if column in row:
                setattr(unit, column, row[column] or None)
        for column in ("entry_point_for", "functions"):
            if column in row:
                setattr(unit, column, _list(row[column]))
        note = unit.note
        unit.note = Note(
            row.get("note", note.text),
            row.get("justification", note.justification),
            row.get("reference", note.reference),
        )
        succession = unit.succession
        unit.succession = Succession(
            _list(row["succeeds"]) if "succeeds" in row else list(succession.units),
            row.get("succession_source", succession.source),
            _list(row["not_succeeding"]) if "not_succeeding" in row else succession.rejected,
        )
        unit.citation, wrong = citation_from_cells(row, unit.citation)  # issue 21
        unit.names, bad_names = names_from_cells(row, unit.names, design.metadata.language)
        for problem in [*wrong, *bad_names]:
            problems.add("Units", number, problem)
        _merge_segments(design, unit, row)
        result.units[unit_id] = unit


def _merge_segments(design: Design, unit: Unit, row: dict[str, str]) -> None:
    """Set the unit's segments from the row's segment columns; an empty cell clears one
    kind, a column left out keeps it. Both maps stay in the design's kind order."""
    for column, value in row.items():
        prefix, _, kind = column.partition(":")
        if prefix == "segments":
            unit.segments[kind] = value
        elif prefix == "segment_entry_points":
            unit.segment_entry_points[kind] = _list(value)
    order = [kind.id for kind in design.segment_kinds]
    unit.segments = {k: unit.segments[k] for k in order if unit.segments.get(k)}
    points = unit.segment_entry_points
    unit.segment_entry_points = {k: points[k] for k in order if points.get(k)}


def _merge_posts(
    design: Design, result: Scenario, sheet: Sheet, problems: _Problems, rejected: set[str]
) -> None:
    grades = {g.id for g in design.grades}
    sources = set(funding_owners(design))  # the sources and their parts
    seen: dict[str, int] = {}
    for number, row in sheet.rows:
        bad = len(problems.items)
        post_id = _check_row("Posts", number, row, problems, seen)
        grade, funding, unit = row.get("grade", ""), row.get("funding", ""), row.get("unit", "")
        if grade and grade not in grades:
            problems.add("Posts", number, f"unknown grade {grade!r}; grades: {_listed(grades)}")
        if funding and funding not in sources:
            message = f"unknown funding source {funding!r}; sources: {_listed(sources)}"
            problems.add("Posts", number, message)
        if unit and unit not in result.units and unit not in rejected:
            message = f"unit {unit!r} is neither in the Units table nor in {result.name!r}"
            problems.add("Posts", number, message)
        if len(problems.items) > bad or unit in rejected:
            continue
        seen[post_id] = number
        existing = result.posts.get(post_id)
        title = row.get("title", existing.title if existing else "")
        titles, bad_titles = titles_from_cells(
            row, existing.titles if existing else {}, design.metadata.language
        )
        for problem in bad_titles:
            problems.add("Posts", number, problem)
        result.posts[post_id] = Post(post_id, grade, funding, unit, title, titles)


def _check_references(
    design: Design,
    result: Scenario,
    problems: _Problems,
    rows_of: dict[str, int],
    rejected: set[str],
) -> None:
    regions = {r.id for r in design.regions}
    functions = {f.id for f in design.functions}
    items = {kind.id: {item.id for item in kind.items} for kind in design.segment_kinds}
    stations = {x.id for x in design.locations}
    parents = {unit.id: unit.parent for unit in result.units.values()}
    in_cycle = {unit for cycle in parent_cycles(parents) for unit in cycle}
    for unit_id, number in rows_of.items():
        unit = result.units[unit_id]
        for label, target in (
            ("parent", unit.parent),
            ("lead_department", unit.lead_department),
            ("backstopped_by", unit.backstopped_by),
        ):
            if target is not None and target not in result.units and target not in rejected:
                message = f"{label} {target!r} is neither in the Units table nor in {result.name!r}"
                problems.add("Units", number, message)
        if unit.location is not None and unit.location not in stations:
            message = f"unknown duty station {unit.location!r}; stations: {_listed(stations)}"
            problems.add("Units", number, message)
        if unit.region is not None and unit.region not in regions:
            message = f"unknown region {unit.region!r}; regions: {_listed(regions)}"
            problems.add("Units", number, message)
        for region in unit.entry_point_for:
            if region not in regions:
                problems.add("Units", number, f"unknown region {region!r} in entry_point_for")
        for function in unit.functions:
            if function not in functions:
                message = f"unknown function {function!r}; see the design's catalogue"
                problems.add("Units", number, message)
        for kind, item in unit.segments.items():
            if item not in items[kind]:
                problems.add("Units", number, f"segments:{kind}: {_no_item(design, kind, item)}")
        for kind, listed in unit.segment_entry_points.items():
            for item in listed:
                if item not in items[kind]:
                    message = _no_item(design, kind, item)
                    problems.add("Units", number, f"segment_entry_points:{kind}: {message}")
            if len(set(listed)) != len(listed):
                message = "an item is listed twice; list each once"
                problems.add("Units", number, f"segment_entry_points:{kind}: {message}")
        if unit_id in in_cycle:
            problems.add("Units", number, "its parents lead back to itself (a cycle)")
        _check_succession(design, result, unit, number, problems)


# --- successors (issue 15 part 3) ---
def _check_succession(
    design: Design, result: Scenario, unit: Unit, number: int, problems: _Problems
) -> None:
    """``succeeds`` names baseline units, each once, and only in a proposal."""
    baseline = result.kind is ScenarioKind.BASELINE
    for name, problem in succession_problems(unit.succession, design.baseline.units, baseline):
        column = "succeeds" if name == "units" else "not_succeeding"
        problems.add("Units", number, f"{column}: {problem}")


def _no_item(design: Design, kind: str, item: str) -> str:
    """The words for a segment ``item`` that segment kind ``kind`` lacks."""
    [found] = [k for k in design.segment_kinds if k.id == kind]
    known = _listed({x.id for x in found.items}) or "none yet"
    return f"unknown {found.name} {item!r}; the design's are: {known}"


def _cell_value(cell: str, column: str) -> str:
    """A cell's text as the design keeps it: trimmed, unguarded, line breaks normalised."""
    return normalise_breaks(unguard_formula(cell.strip()), _rule(column))


def _check_texts(table: str, number: int, row: dict[str, str], problems: _Problems) -> None:
    """Lengths and characters within the file format's rules (``orgeditor.model.text``)."""
    for column, value in row.items():
        problem = text_problem(value, _rule(column)) if value else None
        if problem:
            problems.add(table, number, f"{column}: {problem}")


def _rule(column: str) -> TextRule:
    """The text rule of ``column``; ``name@TAG`` follows ``name``."""
    return COLUMN_RULES.get(column.partition("@")[0], SHORT)


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
