"""Printing large and legible, read back from the PDF: text sizes, proposals, tiles, preview."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from orgeditor import cli
from orgeditor.io import load_design
from orgeditor.layout.paper_sizes import PAPERS_MM
from orgeditor.layout.text_sizes import LEGIBLE_PT
from orgeditor.ui.printing.dialogs import ChartOptionsDialog, open_print_preview
from orgeditor.ui.printing.export import ExportOptions, export_chart
from orgeditor.ui.settings import AppSettings
from tests.conftest import UN_SAMPLE
from tests.pdf_reading import ink, page_images, text_sizes, word_heights

DESIGN = load_design(UN_SAMPLE)
PROPOSAL = DESIGN.find_scenario("A/72/525")


def _dialog(qtbot: QtBot) -> ChartOptionsDialog:
    dialog = ChartOptionsDialog(for_print=True, design=DESIGN, scenario=PROPOSAL)
    qtbot.addWidget(dialog)
    return dialog


def _figure(dialog: ChartOptionsDialog) -> float:
    found = re.search(r"Smallest text: ([\d.]+) pt", dialog.smallest.label.text())
    assert found is not None, dialog.smallest.label.text()
    return float(found.group(1))


def _smallest_in(path: Path) -> float:
    return min(size for page in text_sizes(path) for _, size in page)


def test_a1_with_the_default_choices_reads_at_6_pt_or_more(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A1"))
    options = dialog.options()
    assert (options.layout, options.setup.paper) == ("fit", "A1")
    out = tmp_path / "a1.pdf"
    assert export_chart(DESIGN, PROPOSAL, out, options) == 1
    assert min(size for _, size in text_sizes(out)[0]) >= LEGIBLE_PT
    words = word_heights(out)
    assert len(words) > 300 and min(height for _, height in words) >= LEGIBLE_PT
    cli_out = tmp_path / "cli-a1.pdf"
    assert cli.main(["export", str(UN_SAMPLE), "--paper", "A1", "--out", str(cli_out)]) == 0
    assert min(height for _, height in word_heights(cli_out)) >= LEGIBLE_PT


def test_on_a4_the_dialog_proposes_tiles_or_a_larger_sheet(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    options = dialog.options()
    assert (options.setup.paper, options.layout, options.scale) == ("A4", "tile", 0.75)
    assert _figure(dialog) >= LEGIBLE_PT and not dialog.smallest.buttons
    dialog.layout_mode.setCurrentIndex(dialog.layout_mode.findData("fit"))
    assert _figure(dialog) < 4.5 and "under 6 pt" in dialog.smallest.label.text()
    offers = [b.text() for b in dialog.smallest.buttons]
    assert any("tiles on A4" in text for text in offers)
    [bigger] = [b for b in dialog.smallest.buttons if "one sheet on" in b.text()]
    bigger.click()
    options = dialog.options()
    assert options.layout == "fit" and options.setup.paper in ("A3", "A2", "A1", "A0")
    assert _figure(dialog) >= LEGIBLE_PT and not dialog.smallest.buttons


@pytest.mark.parametrize(
    ("paper", "mode", "exact"),
    [
        ("A4", "fit", True),
        ("A3", "fit", True),
        ("Letter", "fit", True),
        ("A1", "fit", True),
        ("A4", "tile", False),
        ("A4", "booklet", False),
    ],
)
def test_the_figure_is_the_smallest_text_in_the_pdf(
    qtbot: QtBot, tmp_path: Path, paper: str, mode: str, exact: bool
) -> None:
    dialog = _dialog(qtbot)
    dialog.paper.setCurrentIndex(dialog.paper.findData(paper))
    dialog.layout_mode.setCurrentIndex(dialog.layout_mode.findData(mode))
    figure = _figure(dialog)
    out = tmp_path / "chart.pdf"
    export_chart(DESIGN, PROPOSAL, out, dialog.options())
    smallest = _smallest_in(out)
    if exact:  # one sheet: long names take the smallest size, so the floor is reached
        assert smallest == pytest.approx(figure, abs=0.1)
    else:  # the figure is a floor: the print is never smaller than it says
        assert smallest >= figure - 0.1


def test_every_tile_has_ink_from_a_card_and_the_first_page_maps_them(tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    assert cli.main(["export", str(UN_SAMPLE), "--layout", "tile", "--out", str(out)]) == 0
    images = page_images(out, tmp_path)
    sizes = text_sizes(out)
    labels = re.findall(r"\d+\s·\s[A-Z]+\d+", " ".join(t for t, _ in sizes[0]))
    assert len(labels) == len(images) - 1 > 1  # the map names every tile
    assert min(size for _, size in sizes[0]) >= LEGIBLE_PT  # outlines, no tiny text
    for number, image in enumerate(images[1:], 1):  # inside the margins, header and footer
        assert ink(image, 0.05, 0.09, 0.95, 0.8) > 200, f"tile {number} is nearly blank"


def test_the_paper_list_offers_every_size_and_a_custom_one(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    names = [dialog.paper.itemData(i) for i in range(dialog.paper.count())]
    assert names == [*PAPERS_MM, "custom"]
    assert not dialog.custom[0].isVisibleTo(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
    assert dialog.custom[0].isVisibleTo(dialog)
    dialog.custom[0].setValue(900)
    dialog.custom[1].setValue(600)
    options = dialog.options()
    assert options.setup.paper == "900x600mm"
    out = tmp_path / "custom.pdf"
    export_chart(DESIGN, PROPOSAL, out, options)
    box = PdfReader(out).pages[0].mediabox
    assert sorted((round(box.width), round(box.height))) == [1701, 2551]  # 600 and 900 mm


def test_the_preview_opens_large_and_remembers_its_size(
    qtbot: QtBot, settings: AppSettings
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    free = owner.screen().availableGeometry()
    options = ExportOptions(layout="tile")
    dialog = open_print_preview(owner, DESIGN, PROPOSAL, options, settings)
    assert dialog.width() >= 0.8 * free.width() and dialog.height() >= 0.8 * free.height()
    dialog.resize(640, 480)
    dialog.done(0)
    again = open_print_preview(owner, DESIGN, PROPOSAL, options, settings)
    assert (again.width(), again.height()) == (640, 480)
    again.done(0)
