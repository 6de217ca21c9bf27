"""Writing report tables: CSV, XLSX (openpyxl) and a self-contained HTML page.

Text from a design file is data, never markup or a formula: HTML escapes it,
XLSX stores it as a string cell, and CSV quotes every field holding a line
break and puts an apostrophe before each line of text that a spreadsheet would
otherwise run as a formula. HTML and XLSX replace characters XML cannot hold
(:func:`orgeditor.model.text.xml_text`).
"""

from __future__ import annotations

import html
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from orgeditor.io.files import write_atomically
from orgeditor.model.text import xml_text
from orgeditor.reports.table import Cell, ColumnKind, RowStyle, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# a line start (of the text or after CR or LF) before apostrophes and a formula start;
# guarding adds one apostrophe there, unguarding takes one away, so the two are inverses
_GUARD_AT = re.compile(r"(?:^|(?<=[\r\n]))(?='*[=+\-@\t\r])")
_UNGUARD_AT = re.compile(r"(?:^|(?<=[\r\n]))'(?='*[=+\-@\t\r])")
_QUOTE_IF = re.compile(r'[,"\r\n]')
_NUMBER_FORMATS = {
    ColumnKind.COUNT: "#,##0",
    ColumnKind.MONEY: "#,##0",
    ColumnKind.CHANGE: "+#,##0;-#,##0;0",
}


def guard_formula(text: str) -> str:
    """``=1+1`` -> ``'=1+1``: shown as typed in a spreadsheet, never evaluated.

    Every line of the text is guarded (a reader may take a CR or LF inside a
    field as the end of a row), and a line that already starts with apostrophes
    before a formula start gets one more, so :func:`unguard_formula` gives back
    exactly the text.
    """
    return _GUARD_AT.sub("'", text) if any(s in text for s in FORMULA_STARTS) else text


def unguard_formula(text: str) -> str:
    """Undo :func:`guard_formula` (for reading back files we wrote)."""
    return _UNGUARD_AT.sub("", text) if "'" in text else text


def csv_text(rows: Iterable[Sequence[Cell]]) -> str:
    """CSV (RFC 4180 quoting, LF between rows) with every text guarded by :func:`guard_formula`.

    A field holding a comma, a quote, a CR or an LF is quoted: Python's csv
    writer leaves a lone CR unquoted, which splits the row in most readers.
    """
    lines = []
    for row in rows:
        fields = []
        for value in row:
            text = (
                ""
                if value is None
                else guard_formula(value)
                if isinstance(value, str)
                else str(value)
            )
            fields.append('"' + text.replace('"', '""') + '"' if _QUOTE_IF.search(text) else text)
        lines.append(",".join(fields) + "\n")
    return "".join(lines)


def tables_csv(tables: Sequence[Table]) -> str:
    """One table: its header and rows. Several: each under its title, a blank line between."""
    rows: list[Sequence[Cell]] = []
    for index, table in enumerate(tables):
        if len(tables) > 1:
            if index:
                rows.append([])
            rows.append([table.title])
        rows.append([c.title for c in table.columns])
        rows.extend(row.cells for row in table.rows)
    return csv_text(rows)


TABLE_FORMATS = ("xlsx", "csv", "html")


def write_tables(
    tables: Sequence[Table], title: str, fmt: str, path: str | os.PathLike[str]
) -> None:
    """Write the tables as ``fmt`` (one of :data:`TABLE_FORMATS`; PDF is drawn by the UI package).

    Raises:
        OSError: the file cannot be written.
        ValueError: an unknown format.
    """
    if fmt == "csv":
        write_csv(tables, path)
    elif fmt == "xlsx":
        write_xlsx(tables, title, path)
    elif fmt == "html":
        write_html(tables, title, path)
    else:
        raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")


def write_csv(tables: Sequence[Table], path: str | os.PathLike[str]) -> None:
    """Write :func:`tables_csv` (UTF-8 with a BOM, which spreadsheet programs expect)."""
    write_atomically(Path(path), ("\ufeff" + tables_csv(tables)).encode("utf-8"))


def tables_html(tables: Sequence[Table], title: str) -> str:
    """A printable HTML page of the tables; every text is escaped."""
    esc = _html_text
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    for table in tables:
        parts.append(f"<h2>{esc(table.title)}</h2>")
        parts.append(table_html(table))
        parts.extend(f'<p class="note">{esc(note)}</p>' for note in table.notes)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def table_html(table: Table) -> str:
    """One ``<table>``, numbers right-aligned, totals and sections marked by class."""
    esc = _html_text
    head = "".join(
        f'<th class="{"num" if c.numeric else "text"}">{esc(c.title)}</th>' for c in table.columns
    )
    lines = [f"<table><thead><tr>{head}</tr></thead><tbody>"]
    for row in table.rows:
        if row.style is RowStyle.SECTION:
            span = len(table.columns)
            lines.append(
                f'<tr class="section"><td colspan="{span}">{esc(str(row.cells[0]))}</td></tr>'
            )
            continue
        cells = "".join(
            f'<td class="{"num" if table.columns[i].numeric else "text"}">'
            f"{esc(table.cell_text(i, value))}</td>"
            for i, value in enumerate(row.cells)
        )
        lines.append(f'<tr class="{row.style.value}">{cells}</tr>')
    lines.append("</tbody></table>")
    return "\n".join(lines)


def _html_text(text: str) -> str:
    return html.escape(xml_text(text))


_CSS = (
    "body{font-family:sans-serif;font-size:9pt;color:#000;background:#fff}"
    "h1{font-size:14pt}h2{font-size:11pt;margin-top:18pt}"
    "table{border-collapse:collapse}"
    "th{background:#dde4ee;border-bottom:1px solid #000;padding:2pt 4pt;vertical-align:bottom}"
    "td{padding:1pt 4pt;border-bottom:1px solid #e4e4e4}"
    ".num{text-align:right}.text{text-align:left}"
    "tr.total td{font-weight:bold;border-top:1px solid #000}"
    "tr.section td{font-weight:bold;font-style:italic;padding-top:6pt}"
    ".note{color:#444;font-size:8pt}"
    "thead{display:table-header-group}"
)


def write_html(tables: Sequence[Table], title: str, path: str | os.PathLike[str]) -> None:
    """Write :func:`tables_html`."""
    write_atomically(Path(path), tables_html(tables, title).encode("utf-8"))


def write_xlsx(tables: Sequence[Table], title: str, path: str | os.PathLike[str]) -> None:
    """One worksheet per table: a title, a bold frozen header, numbers as numbers, totals."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    book.properties.title = xml_text(title)
    bold, italic = Font(bold=True), Font(bold=True, italic=True)
    rule = Border(top=Side(style="thin"))
    fill = PatternFill("solid", fgColor="DDE4EE")
    names: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.name or table.title, names))
        sheet["A1"] = xml_text(table.title)
        sheet["A1"].data_type = "s"
        sheet["A1"].font = Font(bold=True, size=13)
        widths = [len(c.title) for c in table.columns]
        for col, column in enumerate(table.columns, start=1):
            cell = sheet.cell(row=2, column=col, value=xml_text(column.title))
            cell.data_type = "s"
            cell.font, cell.fill = bold, fill
            cell.border = Border(bottom=Side(style="thin"))
            horizontal = "right" if column.numeric else "left"
            cell.alignment = Alignment(horizontal=horizontal, wrap_text=True, vertical="bottom")
        for r, row in enumerate(table.rows, start=3):
            for col, value in enumerate(row.cells, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=col, value=xml_text(value))
                if isinstance(value, str):
                    cell.data_type = "s"
                else:
                    cell.number_format = _NUMBER_FORMATS[table.columns[col - 1].kind]
                widths[col - 1] = max(widths[col - 1], len(table.cell_text(col - 1, value)))
                if row.style is RowStyle.TOTAL:
                    cell.font, cell.border = bold, rule
                elif row.style is RowStyle.SECTION:
                    cell.font = italic
        notes_row = len(table.rows) + 4
        for offset, note in enumerate(table.notes):
            cell = sheet.cell(row=notes_row + offset, column=1, value=xml_text(note))
            cell.data_type = "s"
            cell.font = Font(italic=True, color="444444")
        for col, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = min(max(width, 6) + 2, 48)
        sheet.freeze_panes = "A3"
        sheet.print_title_rows = "2:2"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(path), buffer.getvalue())


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique worksheet name (at most 31 characters, none of ``[]:*?/\\``)."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in xml_text(wanted))[:28] or "Table"
    name, number = base, 2
    while name.lower() in taken:
        name, number = f"{base[:26]} {number}", number + 1
    taken.add(name.lower())
    return name
