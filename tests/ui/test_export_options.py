"""Odd export options are refused with a plain message; an empty scenario prints a page
that says so; a big export tells what it is doing (issue 14, parts 12 and 14)."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from orgeditor import cli
from orgeditor.io import load_design, save_design
from orgeditor.io.templates import design_from_template
from orgeditor.layout.pages import DPI_RANGE, MARGIN_MM_RANGE, TILE_SCALE_RANGE, PageSetup
from orgeditor.layout.paper import best_fit
from orgeditor.ui.printing.dialogs import ChartOptionsDialog
from tests.conftest import UN_SAMPLE

EMPTY_NOTE = "Baseline has no units: there is no chart to print."


def _text(path: Path) -> list[str]:
    pages = PdfReader(path).pages
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pages]


@pytest.fixture
def empty_design(tmp_path: Path) -> Path:
    design = design_from_template("un-secretariat")
    design.baseline.units.clear()
    design.baseline.roles.top = None
    path = tmp_path / "empty.orgdesign"
    save_design(design, path)
    return path


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--dpi", "0", "the PNG resolution must be from 36 to 600 dpi, not 0"),
        ("--dpi", "100000", "the PNG resolution must be from 36 to 600 dpi, not 100000"),
        ("--scale", "inf", "the tile scale must be from 0.1 to 2, not inf"),
        ("--scale", "nan", "the tile scale must be from 0.1 to 2, not nan"),
        ("--scale", "0", "the tile scale must be from 0.1 to 2, not 0"),
        ("--scale", "-1", "the tile scale must be from 0.1 to 2, not -1"),
        ("--margin", "1e9", "the margin must be from 0 to 50 mm, not 1e+09"),
        ("--margin", "nan", "the margin must be from 0 to 50 mm, not nan"),
        ("--margin", "-3", "the margin must be from 0 to 50 mm, not -3"),
    ],
)
@pytest.mark.parametrize("suffix", ["pdf", "png"])
def test_an_option_out_of_range_is_refused_and_nothing_written(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    message: str,
    suffix: str,
) -> None:
    out = tmp_path / f"chart.{suffix}"
    argv = ["export", str(UN_SAMPLE), "--layout", "tile", "--out", str(out), option, value]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err == f"orgeditor-cli: error: cannot export to {out}: {message}\n"
    assert not out.exists()


def test_the_dialog_offers_exactly_the_accepted_ranges(qapp: object) -> None:
    dialog = ChartOptionsDialog(for_print=False)
    assert (dialog.dpi.minimum(), dialog.dpi.maximum()) == DPI_RANGE
    assert (dialog.margin.minimum(), dialog.margin.maximum()) == MARGIN_MM_RANGE
    scale = (dialog.scale.minimum() / 100, dialog.scale.maximum() / 100)
    assert scale == TILE_SCALE_RANGE
    for spin in (dialog.dpi, dialog.margin, dialog.scale):  # both ends give valid options
        for end in (spin.minimum(), spin.maximum()):
            spin.setValue(end)
            dialog.options()


@pytest.mark.parametrize(
    "extra",
    [[], ["--layout", "tile"], ["--layout", "booklet"], ["--tables", "posts", "costs"]],
)
def test_an_empty_scenario_prints_a_page_that_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_design: Path, extra: list[str]
) -> None:
    out = tmp_path / "empty.pdf"
    assert cli.main(["export", str(empty_design), "--out", str(out), *extra]) == 0
    capsys.readouterr()
    pages = _text(out)
    assert EMPTY_NOTE in pages[0]
    assert len(pages) >= 1


def test_an_empty_scenario_as_svg_and_png_says_so_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_design: Path
) -> None:
    svg, png = tmp_path / "empty.svg", tmp_path / "empty.png"
    assert cli.main(["export", str(empty_design), "--out", str(svg)]) == 0
    assert cli.main(["export", str(empty_design), "--out", str(png)]) == 0
    text = " ".join(t.strip() for t in ET.parse(svg).getroot().itertext() if t.strip())
    assert EMPTY_NOTE in text
    image = QImage(str(png))
    assert image.width() > 200 and image.height() > 20  # the line of text, not a dot


def test_best_fit_of_nothing_is_any_layout_at_full_size() -> None:
    design = design_from_template("un-secretariat")
    design.baseline.units.clear()
    design.baseline.roles.top = None
    _, scale = best_fit(design.baseline, PageSetup())
    assert scale == 1.0


def test_a_big_export_says_what_it_is_doing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "BIG_DESIGN_UNITS", 10)  # the sample counts as big
    out = tmp_path / "big.pdf"
    assert cli.main(["export", str(UN_SAMPLE), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    steps = [line.removeprefix("orgeditor-cli: ") for line in captured.err.splitlines()]
    steps = [line for line in steps if line.endswith("…")]
    tried = [line for line in steps if "arrangements" in line]
    # both orientations, 2 x 28 arrangements, then the 28 of the chosen one
    assert tried == [f"tried {n} of 56 arrangements…" for n in range(1, 57)] + [
        f"tried {n} of 28 arrangements…" for n in range(1, 29)
    ]
    units = f"{len(load_design(UN_SAMPLE).find_scenario('A/72/525').units)} units"
    assert [line for line in steps if "arrangements" not in line] == [
        "choosing the orientation…",
        "checking the rules…",
        f"fitting {units} on one sheet…",
        f"laying out and drawing {units}…",
    ]
    assert captured.out.startswith(f"wrote {out}")
