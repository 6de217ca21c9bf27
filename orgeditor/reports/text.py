"""Plain-text tables for the command line: right-aligned numbers, no colour."""

from __future__ import annotations

from collections.abc import Sequence


def format_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    indent: int = 2,
    left: Sequence[bool] | None = None,
) -> str:
    """Lay out ``rows`` under ``header``; ``left`` marks left-aligned columns (default: first)."""
    table = [list(header), *[list(row) for row in rows]]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    if left is None:
        left = [i == 0 for i in range(len(header))]
    lines = []
    for row in table:
        cells = [
            cell.ljust(widths[i]) if left[i] else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append(" " * indent + "  ".join(cells).rstrip())
    return "\n".join(lines)


def money(amount: int) -> str:
    """``1234567`` -> ``1,234,567``."""
    return f"{amount:,}"


def signed(amount: int) -> str:
    """A change with its sign; zero is written ``0``."""
    return f"{amount:+,}" if amount else "0"
