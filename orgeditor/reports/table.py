"""A report table: typed columns and styled rows, written out by ``orgeditor.io.tables``.

Cells hold plain values (text, whole numbers or None for blank); the column
kind says how a number is shown: a count, an amount of money or a signed change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from orgeditor.i18n import format_number, translate

Cell = str | int | None


class ColumnKind(StrEnum):
    """How a column's cells are shown."""

    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    CHANGE = "change"


class RowStyle(StrEnum):
    """Body rows, section headings and totals (drawn bold, totals with a rule above)."""

    BODY = "body"
    SECTION = "section"
    TOTAL = "total"


@dataclass(frozen=True)
class Column:
    """A column title and kind."""

    title: str
    kind: ColumnKind = ColumnKind.TEXT

    @property
    def numeric(self) -> bool:
        """True for counts, money and changes (right-aligned, numbers in spreadsheets)."""
        return self.kind is not ColumnKind.TEXT


@dataclass(frozen=True)
class Row:
    """One row; a section row carries its heading in the first cell only."""

    cells: tuple[Cell, ...]
    style: RowStyle = RowStyle.BODY


@dataclass
class Table:
    """A titled table; ``notes`` are printed under it (sources, what the totals prove)."""

    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    name: str = ""

    def add(self, *cells: Cell, style: RowStyle = RowStyle.BODY) -> None:
        """Append a row; short rows are padded with blanks, long ones refused."""
        if len(cells) > len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns")
        padded = cells + (None,) * (len(self.columns) - len(cells))
        self.rows.append(Row(padded, style))

    def section(self, heading: str) -> None:
        """Append a section heading row."""
        self.add(heading, style=RowStyle.SECTION)

    def text(self, indent: int = 2) -> str:
        """The table as plain text for a terminal: title, aligned columns, notes."""
        from orgeditor.reports.text import format_table

        rows = [[self.cell_text(i, v) for i, v in enumerate(row.cells)] for row in self.rows]
        left = [not c.numeric for c in self.columns]
        body = format_table([c.title for c in self.columns], rows, indent, left)
        return "\n".join([self.title, body, *self.notes])

    def cell_text(self, index: int, value: Cell) -> str:
        """A cell as shown on paper and in text: thousands separated as the core's language
        writes them, changes signed."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        kind = self.columns[index].kind
        if kind is ColumnKind.CHANGE:
            return ("+" if value > 0 else "") + format_number(value) if value else "0"
        if kind is ColumnKind.COUNT and value == 0:
            return "\u2013"  # an en dash, as budget tables write a nil figure
        return format_number(value)


def annual_cost(currency: str) -> str:
    """The heading of an annual cost column, in the core's language."""
    return translate("Report", "Annual cost ({currency})").format(currency=currency)


def from_to(before: str, after: str) -> str:
    """A changed value in one cell ("D-1 to D-2"), in the core's language."""
    return translate("Report", "{before} to {after}").format(before=before, after=after)
