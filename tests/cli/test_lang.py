"""``--lang`` (issue 19): charts and reports in one language, read back from the files.

The expected names and the "missing" count come from the sample's JSON directly,
not from orgeditor's code; the exports are read back as SVG elements, PDF text
(pdftotext) and CSV cells.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from orgeditor import cli
from tests.conftest import UN_SAMPLE

SVG = "{http://www.w3.org/2000/svg}"
SCENARIO = "a-72-525"


def _units(scenario_id: str = SCENARIO) -> list[dict[str, Any]]:
    raw = json.loads(UN_SAMPLE.read_text(encoding="utf-8"))
    scenario = next(s for s in raw["scenarios"] if s["id"] == scenario_id)
    units: list[dict[str, Any]] = scenario["units"]
    return units


def _expected(
    language: str, scenario_id: str = SCENARIO, label: bool = False
) -> tuple[dict[str, str], int]:
    """Unit id -> the name (or with ``label`` the short name, else the name) a chart in
    ``language`` shows, and how many units fall back to English."""
    names, missing = {}, 0
    for unit in _units(scenario_id):
        local = unit.get("names", {}).get(language)
        shown = local or unit
        short = shown.get("short_name", "") if label else ""
        names[unit["id"]] = short or shown["name"]
        missing += local is None
    return names, missing


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _missing_said(out: str) -> int:
    match = re.search(r"(\d+) of (\d+) units? ha(?:s|ve) no name in (\S+): shown in en", out)
    assert match, out
    return int(match.group(1))


@pytest.mark.parametrize("language", ["zh", "ar", "fr"])
def test_svg_cards_carry_the_names_of_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    out = tmp_path / "chart.svg"
    code, text, err = _run(
        capsys, "export", str(UN_SAMPLE), "--scenario", SCENARIO, "--lang", language,
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    names, missing = _expected(language)
    assert 0 < missing < len(names)
    assert _missing_said(text) == missing
    shown = {
        group.get("data-unit"): group.findtext(f"{SVG}title")
        for group in ET.parse(out).getroot().iter(f"{SVG}g")
        if group.get("data-unit")
    }
    assert shown == names


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_text_has_the_chinese_names(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    if not fonts.stdout.strip():
        pytest.skip("no Chinese font installed (.ci/run installs fonts-noto-cjk)")
    out = tmp_path / "chart.pdf"
    code, text, err = _run(
        capsys, "export", str(UN_SAMPLE), "--scenario", SCENARIO, "--lang", "zh",
        "--paper", "A3", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    names, missing = _expected("zh")
    assert _missing_said(text) == missing
    read = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    # exactly as typed: no radical stands for an ideograph (orgeditor/ui/printing/pdf_text.py)
    found = read.decode("utf-8").replace("\n", "")
    chinese = [n for n in names.values() if re.search(r"[\u4e00-\u9fff]", n)]
    assert len(chinese) == len(names) - missing
    for name in chinese:
        assert name in found, name


def test_report_csv_names_units_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "posts.csv"
    code, text, err = _run(
        capsys, "report", str(UN_SAMPLE), "--table", "posts", "--from", "As-is 2017",
        "--to", "A/72/525", "--lang", "zh", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    cells = {cell for row in csv.reader(out.open(encoding="utf-8")) for cell in row}
    joined = " ".join(cells)
    for scenario_id in ("as-is-2017", SCENARIO):
        names, _ = _expected("zh", scenario_id, label=True)
        posts = json.loads(UN_SAMPLE.read_text(encoding="utf-8"))
        staffed = {
            p["unit"]
            for s in posts["scenarios"]
            if s["id"] == scenario_id
            for p in s.get("posts", [])
        }
        for unit_id in staffed:
            assert names[unit_id] in joined, unit_id
    both = _expected("zh", "as-is-2017")[1] + _expected("zh")[1]
    assert _missing_said(text) == both


def test_default_language_says_nothing_is_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, text, _ = _run(
        capsys, "export", str(UN_SAMPLE), "--lang", "en", "--out", str(tmp_path / "c.svg")
    )
    assert code == 0 and "no name in" not in text


def test_a_bad_language_tag_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(
        capsys, "export", str(UN_SAMPLE), "--lang", "Chinese", "--out", str(tmp_path / "c.svg")
    )
    assert code == 2
    assert "--lang: 'Chinese': not a language tag: use a BCP 47 tag" in err
