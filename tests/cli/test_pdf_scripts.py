"""Printing every script (issue 19 part 3): PDFs embed their fonts and read back as typed.

The names expected come from the sample's JSON; the PDF is read by poppler's pdffonts and
pdftotext, and by pypdf, none of which is orgeditor's code.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from orgeditor import cli
from tests.conftest import UN_SAMPLE

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs poppler-utils",
)
SCENARIO = "a-72-525"
SCRIPT = {"zh": r"[\u4e00-\u9fff]", "ar": r"[\u0600-\u06ff]", "ru": r"[\u0400-\u04ff]"}
# what a reader must never see for typed text: radicals, Latin ligatures, Arabic forms
STAND_INS = re.compile(r"[\u2e80-\u2fdf\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufeff]")
BIDI_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e]")


def _names(language: str) -> list[str]:
    raw = json.loads(UN_SAMPLE.read_text(encoding="utf-8"))
    scenario = next(s for s in raw["scenarios"] if s["id"] == SCENARIO)
    return [
        u["names"][language]["name"] for u in scenario["units"] if language in u.get("names", {})
    ]


def _export(tmp_path: Path, language: str, *more: str) -> Path:
    out = tmp_path / f"chart-{language}.pdf"
    argv = ["export", str(UN_SAMPLE), "--scenario", SCENARIO, "--lang", language]
    assert cli.main([*argv, "--paper", "A3", "--out", str(out), *more]) == 0
    return out


def _fonts(pdf: Path) -> list[list[str]]:
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in rows.stdout.splitlines()[2:]]


def _text(pdf: Path) -> str:
    """pdftotext's reading, without bidi marks, wrapped lines joined by a space."""
    read = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(BIDI_MARKS.sub("", read.stdout.decode("utf-8")).split())


@pytest.mark.parametrize("language", ["zh", "ar"])
def test_the_names_read_back_code_point_by_code_point(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    if (
        language == "zh"
        and not subprocess.run(
            ["fc-list", ":lang=zh", "family"], capture_output=True, text=True
        ).stdout.strip()
    ):
        pytest.skip("no Chinese font installed (.ci/run installs fonts-noto-cjk)")
    pdf = _export(tmp_path, language)
    capsys.readouterr()
    fonts = _fonts(pdf)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # emb column
    text = _text(pdf)
    names = _names(language)
    assert names and all(re.search(SCRIPT[language], n) for n in names)
    joiner = "" if language == "zh" else " "
    for name in names:
        # a card wraps a long name: pdftotext then has a space at the break (none in Chinese)
        assert name in text or name in text.replace(" ", joiner), name
    assert not STAND_INS.search(text), STAND_INS.findall(text)
    # pypdf reads in drawing order (no bidi): reversed, each Arabic line is the name again
    lines = PdfReader(pdf).pages[0].extract_text().splitlines()
    seen = {" ".join(part[::-1] for part in line.split("\t")[::-1]) for line in lines}
    seen |= {line.replace("\t", " ") for line in lines}
    assert any(name in line for name in names for line in seen)


def test_chinese_prints_in_the_simplified_chinese_face(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Han names use Noto Sans CJK's SC face, not fontconfig's default JP one, while Latin
    text keeps DejaVu Sans (the face the card-fitting tests measure with)."""
    if (
        "Noto Sans CJK SC"
        not in subprocess.run(
            ["fc-list", ":lang=zh", "family"], capture_output=True, text=True
        ).stdout
    ):
        pytest.skip("no Noto Sans CJK SC installed (.ci/run installs fonts-noto-cjk)")
    fonts = [row[0].split("+")[-1] for row in _fonts(_export(tmp_path, "zh"))]
    capsys.readouterr()
    cjk = [name for name in fonts if "CJK" in name]
    assert cjk and all(name.startswith("NotoSansCJKsc-") for name in cjk), fonts
    assert any(name.startswith("DejaVuSans") for name in fonts), fonts


def test_latin_ligatures_read_as_letters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = _text(_export(tmp_path, "en"))
    capsys.readouterr()
    assert "office" in text  # the card's kind line, drawn with DejaVu's ffi ligature
    assert not STAND_INS.search(text)


def test_report_pdf_reads_back_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "posts.pdf"
    argv = ["report", str(UN_SAMPLE), "--table", "posts", "--lang", "ar", "--out", str(out)]
    assert cli.main(argv) == 0
    capsys.readouterr()
    text = _text(out)
    assert all(row[-5] == "yes" for row in _fonts(out))
    assert re.search(SCRIPT["ar"], text) and not STAND_INS.search(text)


def test_svg_text_falls_back_to_fonts_that_cover_every_script(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "chart.svg"
    argv = ["export", str(UN_SAMPLE), "--scenario", SCENARIO, "--lang", "zh", "--out", str(out)]
    assert cli.main(argv) == 0
    capsys.readouterr()
    texts = [e for e in ET.parse(out).getroot().iter() if e.tag.endswith("}text")]
    assert texts
    for element in texts:
        families = [f.strip(" '") for f in element.get("font-family", "").split(",")]
        assert families[-3:] == ["DejaVu Sans", "Noto Sans CJK SC", "sans-serif"], families
    shown = "".join("".join(e.itertext()) for e in texts)
    assert all(name.replace(" ", "") in shown.replace(" ", "") for name in _names("zh"))
