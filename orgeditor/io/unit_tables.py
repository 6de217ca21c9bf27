"""Writing units and posts in the import format (two tables), and the empty template.

``write_import_tables`` is the inverse of importing: its output, imported into
an empty scenario, gives the same units and posts in the same order.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from orgeditor.io.citation_fields import citation_cells
from orgeditor.io.files import write_atomically
from orgeditor.io.importing import POST_COLUMNS, UNIT_COLUMNS, segment_columns
from orgeditor.io.name_columns import (
    name_cells,
    name_columns,
    title_cells,
    title_columns,
    title_languages,
    unit_languages,
)
from orgeditor.io.tables import csv_text
from orgeditor.model import Design, PresenceType, Scenario, ScenarioKind, UnitKind
from orgeditor.model.text import ID_RULE, xml_text


def unit_rows(design: Design, scenario: Scenario) -> list[list[str]]:
    """The Units table of ``scenario`` (header first), in document order, with the
    membership and entry points of each segment kind of ``design`` as columns, then a
    name and short name per language the design's units are named in."""
    kinds = [kind.id for kind in design.segment_kinds]
    languages = unit_languages(design)
    rows = [list(UNIT_COLUMNS + segment_columns(design) + name_columns(languages))]
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
                "; ".join(unit.succession.units),
                unit.succession.source,
                "; ".join(unit.succession.rejected),
                unit.location or "",
                *citation_cells(unit.citation),  # structured sources (issue 21)
            ]
            + [
                cell
                for kind in kinds
                for cell in (
                    unit.segments.get(kind, ""),
                    "; ".join(unit.segment_entry_points.get(kind, [])),
                )
            ]
            + name_cells(unit.names, languages)
        )
    return rows


def post_rows(design: Design, scenario: Scenario) -> list[list[str]]:
    """The Posts table of ``scenario`` (header first, a ``title@TAG`` column per language
    of ``design``'s names and titles), in document order."""
    languages = title_languages(design)
    rows = [list(POST_COLUMNS + title_columns(languages))]
    rows += [
        [p.id, p.unit, p.grade, p.funding, p.title, *title_cells(p.titles, languages)]
        for p in scenario.posts.values()
    ]
    return rows


def write_import_tables(
    design: Design, scenario: Scenario, path: str | os.PathLike[str]
) -> list[Path]:
    """Write ``scenario``'s units and posts in the import format (with a column pair per
    segment kind of ``design``); returns the files written.

    ``NAME.xlsx``: one workbook with sheets Units and Posts. ``NAME.csv``: two
    files, ``NAME-units.csv`` and ``NAME-posts.csv``.
    """
    target = Path(path)
    tables = {"Units": unit_rows(design, scenario), "Posts": post_rows(design, scenario)}
    if target.suffix.lower() == ".xlsx":
        write_atomically(target, _xlsx_bytes(tables))
        return [target]
    written = []
    for name, rows in tables.items():
        file = target.with_name(f"{target.stem}-{name.lower()}.csv")
        write_atomically(file, ("\ufeff" + csv_text(rows)).encode("utf-8"))
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
                cell = sheet.cell(row=r, column=c, value=xml_text(value))
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
                sheet.cell(row=r, column=c, value=xml_text(value)).data_type = "s"
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
        ["Units: id", f"A unique id: {ID_RULE}."],
        ["Units: name", "The unit's full name."],
        ["Units: kind", "One of: " + ", ".join(k.value for k in UnitKind) + "."],
        [
            "Units: parent",
            "The id of the unit it reports to. Empty: a new unit becomes a top unit; a unit "
            "already in the scenario keeps the parent it has.",
        ],
        ["Units: short_name", "An abbreviation shown on the chart (optional)."],
        ["Units: head_grade", f"The head's grade (optional): {grades}."],
        ["Units: region", "A region id of the design (field presences)."],
        ["Units: presence_type", "One of: " + ", ".join(p.value for p in PresenceType) + "."],
        ["Units: lead_department, backstopped_by", "Unit ids (optional)."],
        ["Units: entry_point_for, functions", "Region or function ids separated by ';'."],
        ["Units: note, justification, reference", "Free text (optional)."],
        [
            "Units: succeeds, succession_source",
            "In a proposal: the baseline unit ids this unit succeeds (renamed, merged or split "
            "from), separated by ';', and the source that says so (optional).",
        ],
        [
            "Units: not_succeeding",
            "In a proposal: baseline unit ids of the same name that this unit does not "
            "succeed, separated by ';' (the name is then not taken to mean succession).",
        ],
        [
            "Units: citation, citation_inferred, citation_reason",
            'Where the unit comes from: a document and paragraph ("A/72/525 para. 24"), '
            "yes when the unit is inferred rather than stated there, and why (needed then).",
        ],
        [
            "Units: location",
            "The unit's duty station (its posts cost at its rates): "
            + (", ".join(x.id for x in design.locations) or "none yet")
            + ".",
        ],
        [
            "Units: name@TAG, short_name@TAG",
            "The unit's name and short name in another language, TAG a language tag such as "
            "fr, es, ar, zh, ru or pt-BR (optional; add a pair of columns per language). "
            f"The design's own language ({design.metadata.language}) is the name column.",
        ],
        *[
            [
                f"Units: segments:{kind.id}, segment_entry_points:{kind.id}",
                f"The {kind.name} the unit belongs to, and the {kind.name} items it is the "
                f"entry point for, separated by ';': "
                + (", ".join(item.id for item in kind.items) or "none yet")
                + ".",
            ]
            for kind in design.segment_kinds
        ],
        ["Posts: id", "A unique id; keep it across scenarios so redeployments can be traced."],
        ["Posts: unit", "The id of the unit the post sits in."],
        ["Posts: grade", f"One of: {grades}."],
        ["Posts: funding", f"One of: {sources}."],
        ["Posts: title", "The functional title (optional)."],
        [
            "Posts: title@TAG",
            "The title in another language, TAG a language tag as for name@TAG (optional; "
            f"a column per language). The design's own language ({design.metadata.language}) "
            "is the title column.",
        ],
        ["", "A row whose id exists replaces that unit or post; a new id adds one."],
        [
            "",
            "Cells merged down a column count for every row they span; cells merged across "
            "columns, formulas without a saved result, error values such as #REF! and hidden "
            "Units or Posts sheets are refused with their row and column.",
        ],
    ]


def write_template(design: Design, path: str | os.PathLike[str]) -> list[Path]:
    """Write empty Units and Posts tables (XLSX: with a Read me sheet) to fill in."""
    target = Path(path)
    empty = Scenario("template", "template", ScenarioKind.BASELINE)
    tables = {"Units": unit_rows(design, empty), "Posts": post_rows(design, empty)}
    if target.suffix.lower() == ".xlsx":
        write_atomically(target, _xlsx_bytes(tables, template_notes(design)))
        return [target]
    return write_import_tables(design, empty, target)
