"""Export read back with independent readers: pypdf for PDF, an XML parser for SVG."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from orgeditor.io import load_design
from orgeditor.layout.pages import PageSetup, plan_tiles
from orgeditor.ui.printing.export import ExportOptions, export_chart
from orgeditor.ui.printing.render import paper_chart
from tests.conftest import UN_SAMPLE

DESIGN = load_design(UN_SAMPLE)
PROPOSAL = DESIGN.find_scenario("A/72/525")


def _text(reader: PdfReader, page: int) -> str:
    raw = reader.pages[page].extract_text()
    return " ".join(unicodedata.normalize("NFKC", raw).split())  # ligatures and line breaks


def test_fit_puts_every_unit_on_one_page_as_text(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "fit.pdf"
    pages = export_chart(DESIGN, PROPOSAL, out, ExportOptions(setup=PageSetup("A3")))
    reader = PdfReader(out)
    assert pages == len(reader.pages) == 1
    text = _text(reader, 0)
    assert [u.name for u in PROPOSAL.units.values() if u.name not in text] == []
    assert f"{DESIGN.metadata.title} — A/72/525" in text
    assert "Page 1 of 1" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (1191, 842)  # A3 landscape, in points


def test_tiles_have_one_page_per_sheet_with_labels(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    setup = PageSetup("A4", "portrait")
    pages = export_chart(
        DESIGN, PROPOSAL, out, ExportOptions(layout="tile", setup=setup, scale=0.75, draft=True)
    )
    chart = paper_chart(DESIGN, PROPOSAL)
    expected = plan_tiles(chart.bounds, setup, 0.75, occupied=chart.areas)
    assert len(expected) < len(plan_tiles(chart.bounds, setup, 0.75))  # blank sheets dropped
    reader = PdfReader(out)
    assert pages == len(reader.pages) == len(expected) + 1 > 2  # the assembly map first
    first = _text(reader, 0)
    assert "tiles assemble" in first and f"Page 1 of {pages}" in first and "DRAFT" in first
    assert (
        f"1 · {expected[0].label}" in first and f"{len(expected)} · {expected[-1].label}" in first
    )
    second = _text(reader, 1)
    assert f"Tile 1 of {len(expected)}, sheet {expected[0].label}" in second
    last = _text(reader, pages - 1)
    assert f"sheet {expected[-1].label}" in last and f"Page {pages} of {pages}" in last
    everything = " ".join(_text(reader, i) for i in range(pages))
    assert "Electoral Assistance Division" in everything


def test_svg_is_xml_with_the_unit_names(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    export_chart(DESIGN, PROPOSAL, out, ExportOptions(format="svg"))
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
    for name in ("Secretary-General", "Mine Action Service", "Africa II Division"):
        assert name in texts


@pytest.mark.parametrize("dpi", [72, 150])
def test_png_size_follows_the_dpi(qapp: object, tmp_path: Path, dpi: int) -> None:
    out = tmp_path / f"chart-{dpi}.png"
    export_chart(DESIGN, PROPOSAL, out, ExportOptions(format="png", dpi=dpi))
    image = QImage(str(out))
    bounds = paper_chart(DESIGN, PROPOSAL).bounds.grown(20)
    assert (image.width(), image.height()) == (
        round(bounds.w * dpi / 72),
        round(bounds.h * dpi / 72),
    )
    assert round(image.dotsPerMeterX() * 0.0254) == dpi


def test_cli_exports_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "orgeditor.cli",
            "export",
            str(UN_SAMPLE),
            "--scenario",
            "res-72-262c",
            "--layout",
            "tile",
            "--paper",
            "A3",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out} (")
    assert len(PdfReader(out).pages) > 1


def test_cli_export_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    from orgeditor.cli import main

    code = main(["export", str(UN_SAMPLE), "--out", str(tmp_path / "no" / "x.pdf")])
    assert code == 2


def test_a_png_too_large_to_draw_is_refused_with_the_dpi_that_works(
    qapp: object, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"use at most \d+ dpi for this chart"):
        export_chart(DESIGN, PROPOSAL, tmp_path / "huge.png", ExportOptions(format="png", dpi=600))
    assert not (tmp_path / "huge.png").exists()


def test_printing_paints_the_same_pages_on_a_printer(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from orgeditor.ui.printing.dialogs import print_chart

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    pages = print_chart(printer, DESIGN, PROPOSAL, ExportOptions(layout="fit"))
    reader = PdfReader(tmp_path / "printed.pdf")
    assert pages == len(reader.pages) == 1
    assert "Mine Action Service" in _text(reader, 0) and "Page 1 of 1" in _text(reader, 0)


def test_the_options_dialog_gives_export_options(qapp: object) -> None:
    from orgeditor.ui.printing.dialogs import ChartOptionsDialog

    dialog = ChartOptionsDialog(for_print=False)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.layout_mode.setCurrentIndex(dialog.layout_mode.findData("tile"))
    dialog.paper.setCurrentText("A3")
    dialog.scale.setValue(60)
    dialog.draft.setChecked(True)
    options = dialog.options()
    assert (options.format, options.layout, options.setup.paper, options.scale, options.draft) == (
        "pdf",
        "tile",
        "A3",
        0.6,
        True,
    )
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert dialog.dpi.isEnabled() and not dialog.layout_mode.isEnabled()
    dialog.deleteLater()


def test_the_print_preview_opens_and_paints(qtbot: object) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from orgeditor.ui.printing.dialogs import open_print_preview

    owner = QWidget()
    dialog = open_print_preview(
        owner, DESIGN, PROPOSAL, ExportOptions(layout="tile", setup=PageSetup("A4", "portrait"))
    )
    painted: list[object] = []
    dialog.paintRequested.connect(painted.append)
    dialog.show()  # keeps its printer alive: Qt only borrows it (a crash otherwise)
    QApplication.processEvents()
    assert painted
    dialog.close()
    owner.deleteLater()


def test_booklet_references_point_at_the_right_pages(qapp: object, tmp_path: Path) -> None:
    import re

    from orgeditor.layout import LayoutOptions
    from orgeditor.layout.booklet import BOOKLET_CARD_HEIGHT, plan_booklet

    out = tmp_path / "booklet.pdf"
    pages = export_chart(DESIGN, PROPOSAL, out, ExportOptions(layout="booklet"))
    reader = PdfReader(out)
    texts = [_text(reader, i) for i in range(len(reader.pages))]
    plan = plan_booklet(
        PROPOSAL,
        PageSetup(),
        LayoutOptions(card_height=BOOKLET_CARD_HEIGHT),
        0.6,
        DESIGN.grade_rank(),
    )
    assert pages == len(texts) == len(plan.pages) > 3
    for text, page in zip(texts, plan.pages, strict=True):
        root = PROPOSAL.units[page.root].name
        assert f"— A/72/525 — {root}" in text  # the header names the page's unit
        found = sorted(int(n) for n in re.findall(r"continued on p\. (\d+)", text))
        assert found == sorted(plan.page_of[u] for u in page.collapsed)
        for target in found:  # each reference opens on the page of that unit
            assert "— A/72/525 — " in texts[target - 1] and target > page.number
    everything = " ".join(texts)
    assert [u.name for u in PROPOSAL.units.values() if u.name not in everything] == []


def test_a_booklet_prints_on_a_printer_too(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from orgeditor.ui.printing.dialogs import print_chart

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "booklet.pdf"))
    pages = print_chart(printer, DESIGN, PROPOSAL, ExportOptions(layout="booklet"))
    assert pages == len(PdfReader(tmp_path / "booklet.pdf").pages) > 3


def test_a_zone_or_a_subtree_prints_alone(qapp: object, tmp_path: Path) -> None:
    from orgeditor.cli import main

    out = tmp_path / "dpo.pdf"
    assert main(["export", str(UN_SAMPLE), "--zone", "dpo", "--out", str(out)]) == 0
    text = _text(PdfReader(out), 0)
    assert "— A/72/525 — Department of Peace Operations" in text
    assert "Police Division" in text and "Electoral Assistance Division" not in text
    assert main(["export", str(UN_SAMPLE), "--zone", "pmd", "--out", str(out)]) == 2
    assert main(["export", str(UN_SAMPLE), "--subtree", "nowhere", "--out", str(out)]) == 2


@pytest.mark.parametrize(
    ("legend", "pages_with_legend"), [("first", {0}), ("none", set()), ("every", "all")]
)
def test_the_legend_is_on_the_pages_asked_for(
    qapp: object, tmp_path: Path, legend: str, pages_with_legend: object
) -> None:
    out = tmp_path / f"legend-{legend}.pdf"
    options = ExportOptions(layout="tile", setup=PageSetup("A4"), scale=0.5, legend=legend)  # type: ignore[arg-type]
    pages = export_chart(DESIGN, PROPOSAL, out, options)
    reader = PdfReader(out)
    having = {i for i in range(pages) if "primary reporting line" in _text(reader, i)}
    assert having == (set(range(pages)) if pages_with_legend == "all" else pages_with_legend)
    if having:
        assert "Grades: SG Secretary-General · USG Under-Secretary-General" in _text(reader, 0)


def test_a_cancelled_export_leaves_no_file(qapp: object, tmp_path: Path) -> None:
    from orgeditor.ui.printing.base import Cancelled

    out = tmp_path / "cancelled.pdf"
    seen: list[tuple[int, int]] = []

    def stop_at_third_page(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        export_chart(DESIGN, PROPOSAL, out, ExportOptions(layout="booklet"), stop_at_third_page)
    assert not out.exists()
    assert [d for d, _ in seen] == [0, 1, 2] and seen[0][1] > 3


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ("cost", "27 posts · USD 4.62M"),
        ("grades", "1 D-2, 1 D-1, 3 P-5, 8 P-4, 8 P-3, 1 P-2, 5 GS-OL"),
        ("funding", "20 RB, 2 SA, 5 XB"),
        ("none", ""),
    ],
)
def test_cards_can_show_posts_by_grade_or_funding(figures: str, expected: str) -> None:
    from orgeditor.ui.canvas.cards import card_texts

    card = card_texts(DESIGN, PROPOSAL, None, {}, figures=figures)["ead"]
    assert card.figures.startswith(expected)


def test_a3_fit_turns_the_page_to_print_larger_and_stays_legible(
    qapp: object, tmp_path: Path
) -> None:
    import re

    out = tmp_path / "a3.pdf"
    options = ExportOptions(setup=PageSetup("A3"), turn=True)
    export_chart(DESIGN, PROPOSAL, out, options)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (842, 1191)  # portrait prints larger here
    text = _text(reader, 0)
    scale = int(re.search(r"Scale (\d+)%", text).group(1))
    assert scale >= 50  # 12-unit names print at 6 pt or more
    assert [u.name for u in PROPOSAL.units.values() if u.name not in text] == []


def test_the_dialog_offers_the_selected_unit_and_margins(qapp: object) -> None:
    from orgeditor.ui.printing.dialogs import ChartOptionsDialog

    dialog = ChartOptionsDialog(for_print=True, selected=("orolsi", "OROLSI"))
    assert dialog.part.count() == 2
    dialog.part.setCurrentIndex(1)
    dialog.margin.setValue(20)
    options = dialog.options()
    assert options.root == "orolsi" and options.setup.margin_mm == 20
    assert options.setup.content.x == pytest.approx(20 * 72 / 25.4)
    dialog.deleteLater()
