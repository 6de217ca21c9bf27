"""orgeditor.ui.printing.pdf_text: the ToUnicode maps it writes read back as it meant.

The CMaps are read back by pypdf (its own CMap parser), not by pdf_text's.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter

from orgeditor.ui.printing import pdf_text

MAPPED = st.dictionaries(
    st.integers(min_value=1, max_value=0xFFFF),
    st.text(
        st.characters(min_codepoint=0x20, max_codepoint=0x2FFFF, exclude_categories=("Cs",)),
        min_size=1,
        max_size=3,
    ),
    max_size=250,
)


@settings(max_examples=60)
@given(MAPPED)
def test_a_written_cmap_reads_back(mappings: dict[int, str]) -> None:
    assert pdf_text.cmap_mappings(pdf_text.cmap_text(mappings)) == mappings


def test_ranges_of_both_shapes_are_read() -> None:
    cmap = (
        b"2 beginbfrange\n<0001> <0003> [<4E00> <2F00> <D83DDE00>]\n<0010> <0012> <0041>\n"
        b"endbfrange\n1 beginbfchar\n<0020> <00660066>\nendbfchar\n"
    )
    assert pdf_text.cmap_mappings(cmap) == {
        1: "一", 2: "\u2f00", 3: "\U0001f600", 16: "A", 17: "B", 18: "C", 32: "ff"
    }  # fmt: skip


def test_stand_ins_read_as_what_was_typed(qapp: object) -> None:
    assert pdf_text.searchable("\u2f00\u2f8f") == "一行"  # Kangxi radicals
    assert pdf_text.searchable("o\ufb03ce") == "office"
    # lam-alef, final: alef then lam in the visual order of the glyphs around it
    assert pdf_text.searchable("\ufefc") == "\u0627\u0644"
    assert pdf_text.searchable("\ufe8e\ufeb3") == "\u0627\u0633"  # alef final, seen initial
    assert pdf_text.searchable("Ab 长") == "Ab 长"
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no Chinese font installed")
    assert pdf_text.searchable("\u2ed3") == "长"  # Radicals Supplement, by the font's glyph
    for radical, ideograph in pdf_text.radical_ideographs().items():
        assert 0x2E80 <= ord(radical) < 0x2F00 and unicodedata.name(ideograph).startswith("CJK")


def _pdf(path: Path, text: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 12))
    painter.drawText(100, 300, text)
    painter.end()


def test_a_qt_pdf_is_fixed_in_place_and_stays_valid(qapp: object, tmp_path: Path) -> None:
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no Chinese font installed")
    typed = "秘书长 一 office"
    path = tmp_path / "a.pdf"
    _pdf(path, typed)

    def read(pdf: PdfReader) -> str:  # pypdf breaks the line at each font change
        return "".join(pdf.pages[0].extract_text().split())

    assert read(PdfReader(path)) != "".join(typed.split())  # Qt's map: radical, ligature
    assert pdf_text.make_searchable(path) > 0
    reader = PdfReader(path, strict=True)  # a wrong offset in the xref table fails here
    assert read(reader) == "".join(typed.split())
    assert pdf_text.make_searchable(path) == 0  # nothing left to change
