"""``orgeditor-cli report --table sources`` (issue 21 §3), read back as the user gets it."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from orgeditor import cli
from tests.conftest import UN_SAMPLE


def _elements(scenario: dict[str, list[dict[str, object]]]) -> int:
    units = scenario.get("units", [])
    carried = {f for u in units for f in u.get("functions", [])}  # type: ignore[attr-defined]
    return (
        len(units) + len(scenario.get("lines", [])) + len(scenario.get("bodies", [])) + len(carried)
    )


def test_the_sources_csv_lists_every_element_of_every_scenario(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sources.csv"
    assert cli.main(["report", str(UN_SAMPLE), "--table", "sources", "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    raw = json.loads(UN_SAMPLE.read_bytes())
    for scenario in raw["scenarios"]:
        mine = [r for r in rows if r["Scenario"] == scenario["name"]]
        assert len(mine) == _elements(scenario)
        if scenario["kind"] == "proposal":
            assert {r["Tag"] for r in mine} == {"[S]", "[I]"}
            assert all(r["Reason"] for r in mine if r["Tag"] == "[I]")
    assert {r["Kind"] for r in rows} == {"unit", "line", "body", "function"}


def test_the_sources_table_of_two_scenarios_as_xlsx(tmp_path: Path) -> None:
    out = tmp_path / "sources.xlsx"
    argv = ["report", str(UN_SAMPLE), "--table", "sources", "--from", "a-72-525"]
    assert cli.main([*argv, "--to", "res-72-262c", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as book:
        text = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xml"))
    assert "Sources" in text and "A/72/525 para. 24" in text and "As-is 2017" not in text
