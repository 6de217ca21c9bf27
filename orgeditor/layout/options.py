"""The choices of the chart layout, shared by the screen, paper and every layout module."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutOptions:
    """Sizes (in points) and choices of the chart layout."""

    card_width: float = 190.0
    card_height: float = 74.0
    h_gap: float = 22.0
    v_gap: float = 46.0
    stack_gap: float = 12.0
    stack_indent: float = 22.0
    zone_gap: float = 70.0
    zone_padding: float = 22.0
    zone_header: float = 40.0
    compact: bool = True
    compact_threshold: int = 3
    max_stack_rows: int = 8
    grade_rows: bool = False
    zones: bool = True
    leaf_height: float | None = None  # stacked leaves as one-line rows of this height (paper)
    leaf_width: float | None = None  # and this width (default: the card width)
    wrap_width: float | None = None  # zones wrap into rows no wider than this (paper)
    collapsed: frozenset[str] = frozenset()
    lines: bool = True  # route dual and dotted lines (off: the boxes alone, to choose a wrap)


LIST_GAP = 3.0  # between one-line leaf rows
