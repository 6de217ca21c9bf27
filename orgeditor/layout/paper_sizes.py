"""Paper sizes by name, and custom sizes written as ``900x600mm`` or ``36x24in``.

Every size is (short side, long side) in millimetres; the page setup turns it.
Sources:
- A and B series: ISO 216.
- Letter (8.5 x 11 in), Legal (8.5 x 14 in), Tabloid (11 x 17 in; Ledger is
  the same sheet, named for its landscape use): ANSI/ASME Y14.1 and the US
  customary sizes (ANSI A is Letter, ANSI B is Tabloid).
- ANSI C (17 x 22 in), D (22 x 34 in), E (34 x 44 in): ANSI/ASME Y14.1.
- Arch A (9 x 12 in), B (12 x 18 in), C (18 x 24 in), D (24 x 36 in),
  E (36 x 48 in): the architectural sizes of ANSI/ASME Y14.1.
Inches are converted at exactly 25.4 mm.
"""

from __future__ import annotations

import re

INCH_MM = 25.4


def _inches(short: float, long: float) -> tuple[float, float]:
    return short * INCH_MM, long * INCH_MM


PAPERS_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "B0": (1000.0, 1414.0),
    "B1": (707.0, 1000.0),
    "B2": (500.0, 707.0),
    "B3": (353.0, 500.0),
    "B4": (250.0, 353.0),
    "B5": (176.0, 250.0),
    "Letter": _inches(8.5, 11),
    "Legal": _inches(8.5, 14),
    "Tabloid": _inches(11, 17),
    "Ledger": _inches(11, 17),
    "ANSI C": _inches(17, 22),
    "ANSI D": _inches(22, 34),
    "ANSI E": _inches(34, 44),
    "Arch A": _inches(9, 12),
    "Arch B": _inches(12, 18),
    "Arch C": _inches(18, 24),
    "Arch D": _inches(24, 36),
    "Arch E": _inches(36, 48),
}
CUSTOM_SIDE_MM = (50.0, 5000.0)  # a PDF page can be at most 200 in (5080 mm) a side
ACCEPTED = (
    f"a paper name ({', '.join(PAPERS_MM)}) or a custom size such as 900x600mm or 36x24in "
    f"(each side from {CUSTOM_SIDE_MM[0]:g} to {CUSTOM_SIDE_MM[1]:g} mm)"
)
_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*(mm|cm|in)\s*$", re.I)
_UNIT_MM = {"mm": 1.0, "cm": 10.0, "in": INCH_MM}


def _key(name: str) -> str:
    return re.sub(r"[\s_-]", "", name).lower()


_BY_KEY = {_key(name): name for name in PAPERS_MM}


def paper_name(text: str) -> str:
    """The paper as the program writes it: ``"a1"`` is ``"A1"``, ``"900 X 600 MM"`` ``"900x600mm"``.

    Names ignore case, spaces, hyphens and underscores (``arch-d``, ``ANSI_C``).

    Raises:
        ValueError: neither a known name nor a custom size in range; the message lists both forms.
    """
    named = _BY_KEY.get(_key(text))
    if named is not None:
        return named
    match = _CUSTOM.match(text)
    if match is None:
        raise ValueError(f"unknown paper {text!r}; give {ACCEPTED}")
    first, second, unit = float(match[1]), float(match[2]), match[3].lower()
    low, high = CUSTOM_SIDE_MM
    for side in (first, second):
        if not low <= side * _UNIT_MM[unit] <= high:
            raise ValueError(f"the paper {text.strip()!r} is out of range; give {ACCEPTED}")
    return f"{first:g}x{second:g}{unit}"


def paper_size_mm(text: str) -> tuple[float, float]:
    """(short side, long side) of a paper name or custom size, in millimetres.

    Raises:
        ValueError: as ``paper_name``.
    """
    name = paper_name(text)
    if name in PAPERS_MM:
        return PAPERS_MM[name]
    match = _CUSTOM.match(name)
    assert match is not None  # paper_name wrote it in this form
    factor = _UNIT_MM[match[3]]
    first, second = float(match[1]) * factor, float(match[2]) * factor
    return min(first, second), max(first, second)
