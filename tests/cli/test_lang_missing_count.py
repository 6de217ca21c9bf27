"""``--lang ru`` (issue 19 §2): the chart PDF and the changes report read in Russian where
the design has Russian names and titles, and the line that counts what fell back to
English matches a count made over the file's JSON, without orgeditor's code.

The Russian texts here are test input (the sample carries no Russian names: no official
source was found), written into a copy of the UN sample.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from orgeditor import cli
from orgeditor.io import load_design, save_design
from orgeditor.model import LocalName
from tests.conftest import UN_SAMPLE

OLD, NEW = "as-is-2017", "a-72-525"
UNITS = {
    "dppa": "Департамент политики",
    "dpo": "Департамент операций",
    "pbso": "Управление поддержки",
}
TITLES = {"dpa.02": "Помощник Генерального секретаря (регион)", "oma.01": "Военный советник"}
MISSING = re.compile(
    r"^(\d+) of (\d+) (units have no name|post titles have none) in ru: shown in en$", re.M
)


@pytest.fixture
def design_file(tmp_path: Path) -> Path:
    design = load_design(UN_SAMPLE)
    for scenario in design.scenarios:
        for unit_id, name in UNITS.items():
            if unit_id in scenario.units:
                scenario.units[unit_id].names["ru"] = LocalName(name)
        for post_id, title in TITLES.items():
            if post_id in scenario.posts and scenario.id == NEW:
                scenario.posts[post_id].titles["ru"] = title
    path = tmp_path / "un-ru.orgdesign"
    save_design(design, path)
    return path


def _scenarios(path: Path) -> dict[str, dict[str, Any]]:
    """The file's scenarios by id, read as plain JSON."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {s["id"]: s for s in raw["scenarios"]}


def _lacking(scenario: dict[str, Any]) -> tuple[int, int, int, int]:
    """Units without a Russian name, of all units; titled posts without a Russian title,
    of all titled posts: counted over the JSON."""
    units = scenario.get("units", [])
    titled = [p for p in scenario.get("posts", []) if p.get("title")]
    no_name = sum(1 for u in units if "ru" not in u.get("names", {}))
    no_title = sum(1 for p in titled if "ru" not in p.get("titles", {}))
    return no_name, len(units), no_title, len(titled)


def _counts(out: str) -> tuple[int, int, int, int]:
    found = {kind: (int(count), int(total)) for count, total, kind in MISSING.findall(out)}
    units = found.get("units have no name", (0, 0))
    titles = found.get("post titles have none", (0, 0))
    return (*units, *titles)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_russian_chart_shows_the_russian_names_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], design_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "chart-ru.pdf"
    argv = ["--ui-lang", "en", "export", str(design_file), "--scenario", NEW, "--lang", "ru"]
    assert cli.main([*argv, "--paper", "A3", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    read = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    text = " ".join(read.stdout.decode("utf-8").split())
    for name in UNITS.values():
        assert name in text, name
    assert "Department of Political and Peacebuilding Affairs" not in text  # DPPA reads in ru
    assert _counts(said) == _lacking(_scenarios(design_file)[NEW])
    assert _counts(said)[0] > 0 and _counts(said)[2] > 0  # something did fall back


def test_the_russian_changes_report_titles_posts_in_russian_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], design_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "changes-ru.csv"
    argv = ["--ui-lang", "en", "report", str(design_file), "--table", "changes", "--lang", "ru"]
    assert cli.main([*argv, "--from", OLD, "--to", NEW, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    post = "должность"  # the Kind column speaks the report's language too (issue 19)
    posts = {row[1]: row[2] for row in rows if len(row) > 2 and row[0] == post}
    assert posts["dpa.02"] == TITLES["dpa.02"]  # retitled in the proposal: its Russian title
    scenarios = _scenarios(design_file)
    old, new = _lacking(scenarios[OLD]), _lacking(scenarios[NEW])
    both = tuple(a + b for a, b in zip(old, new, strict=True))
    assert _counts(said) == both
