"""Filling widgets from the model without redoing what they already show."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget


def refill(combo: QComboBox, items: Sequence[tuple[str, object]], value: object) -> None:
    """Replace the choices of ``combo`` (unless they are the same) and select ``value``
    (else the first)."""
    shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    if shown != list(items):
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
    combo.setCurrentIndex(max(combo.findData(value), 0))


@contextmanager
def sizes_held(table: QTableWidget) -> Iterator[None]:
    """Hold the column widths while cells are set, then fit them once.

    A column that resizes to its contents measures every row again each time a
    cell is set: filling a table of a few dozen rows took hundreds of milliseconds.
    """
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
