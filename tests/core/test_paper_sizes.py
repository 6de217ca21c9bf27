"""Paper sizes: the table against the standards' own numbers, custom sizes, bad sizes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.layout.pages import MM, PageSetup
from orgeditor.layout.paper_sizes import PAPERS_MM, paper_name, paper_size_mm

# Written out from the standards (ISO 216 in mm; US, ANSI and Arch sizes in inches).
INCHES = {
    "Letter": (8.5, 11),
    "Legal": (8.5, 14),
    "Tabloid": (11, 17),
    "Ledger": (11, 17),
    "ANSI C": (17, 22),
    "ANSI D": (22, 34),
    "ANSI E": (34, 44),
    "Arch A": (9, 12),
    "Arch B": (12, 18),
    "Arch C": (18, 24),
    "Arch D": (24, 36),
    "Arch E": (36, 48),
}


def test_the_iso_series_halve_from_a_square_metre() -> None:
    for series, area in (("A", 1.0), ("B", 2**0.5)):
        for n in range(6):
            short, long = PAPERS_MM[f"{series}{n}"]
            assert short * long / 1e6 == pytest.approx(area / 2**n, rel=0.01)
            assert long / short == pytest.approx(2**0.5, rel=0.01)
            if n:  # each sheet is the one before, folded in half (rounded down to a mm)
                assert long == pytest.approx(PAPERS_MM[f"{series}{n - 1}"][0], abs=1)


def test_the_inch_sizes_are_exact() -> None:
    for name, (short, long) in INCHES.items():
        assert PAPERS_MM[name] == pytest.approx((short * 25.4, long * 25.4))
    assert set(PAPERS_MM) == {f"{s}{n}" for s in "AB" for n in range(6)} | set(INCHES)


@pytest.mark.parametrize(
    ("text", "name", "size"),
    [
        ("a1", "A1", (594.0, 841.0)),
        ("arch-d", "Arch D", (609.6, 914.4)),
        ("ANSI_E", "ANSI E", (863.6, 1117.6)),
        ("900x600mm", "900x600mm", (600.0, 900.0)),
        ("900 X 600 MM", "900x600mm", (600.0, 900.0)),
        ("36x24in", "36x24in", (609.6, 914.4)),
        ("90x60cm", "90x60cm", (600.0, 900.0)),
    ],
)
def test_names_and_custom_sizes(text: str, name: str, size: tuple[float, float]) -> None:
    assert paper_name(text) == name
    assert paper_size_mm(text) == pytest.approx(size)
    setup = PageSetup(text, "landscape")
    assert setup.paper == name
    assert setup.size == pytest.approx((size[1] * MM, size[0] * MM))


@pytest.mark.parametrize("text", ["A7", "900x600", "10x10mm", "9000x600mm", "x", ""])
def test_a_bad_size_names_the_accepted_forms(text: str) -> None:
    with pytest.raises(ValueError, match="A0, A1") as caught:
        PageSetup(text)
    assert "900x600mm or 36x24in" in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=50, max_value=5000),
    st.integers(min_value=50, max_value=5000),
    st.sampled_from(["portrait", "landscape"]),
)
def test_a_custom_sheet_is_its_size_in_points(width: int, height: int, turn: str) -> None:
    setup = PageSetup(f"{width}x{height}mm", turn)  # type: ignore[arg-type]
    short, long = sorted((width * 72 / 25.4, height * 72 / 25.4))
    assert setup.size == pytest.approx((long, short) if turn == "landscape" else (short, long))
