"""Exports of a design full of control characters: every XML parses, CSV keeps its rows.

The design is built in code (the file format and the commands refuse such
text, so this is the writers' own guard). Each output is read back by an
independent reader: an XML parser for GraphML and every part of the XLSX
workbooks, Python's html parser for HTML, the csv module for CSV.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.cli import main
from orgeditor.io import dumps, save_design
from orgeditor.io.graphml import graphml_bytes
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.tables import csv_text, guard_formula, unguard_formula, write_tables
from orgeditor.io.unit_tables import write_import_tables
from orgeditor.model import Design, LineKind, Note, ReportingLine, ScenarioKind
from orgeditor.reports.tables import REPORT_TITLES, report_tables
from tests.builders import tiny_design

NASTY = "\x01\x08\x1b[2J\x1b]0;pwned\x07\x0c\x7f\x9b\ufffe\r=cmd|' /C calc'!A0\n@SUM(1)"
ILLEGAL_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
NUMBER = re.compile(r"^-?\d+$")
FORMULA_START = re.compile(r"(?:^|[\r\n])[=+\-@\t]")


def hostile_design() -> Design:
    """tiny_design with control characters in every text a writer shows."""
    design = tiny_design()
    design.metadata.title = "Plan " + NASTY
    for scenario in design.scenarios:
        scenario.name += NASTY
        for unit in scenario.units.values():
            unit.name += NASTY
            unit.short_name = "S" + NASTY
            unit.note = Note(NASTY, NASTY, NASTY)
        for post in scenario.posts.values():
            post.title = "Officer" + NASTY
        scenario.lines["l1"] = ReportingLine("l1", "a", "b", LineKind.DOTTED, NASTY, NASTY)
    return design


def test_graphml_of_a_hostile_design_parses() -> None:
    design = hostile_design()
    data = graphml_bytes(design, design.scenarios[-1])
    root = ET.fromstring(data)
    assert any("Division A" in (e.text or "") for e in root.iter())


@pytest.mark.parametrize("fmt", ["xlsx", "html", "csv"])
def test_every_report_of_a_hostile_design_reads_back(fmt: str, tmp_path: Path) -> None:
    design = hostile_design()
    scenario = design.scenarios[-1]
    pair = [design.baseline, scenario]
    tables = [t for name in REPORT_TITLES for t in report_tables(design, name, pair)]
    out = tmp_path / f"report.{fmt}"
    write_tables(tables, design.metadata.title, fmt, out)
    if fmt == "xlsx":
        with zipfile.ZipFile(out) as book:
            parts = [n for n in book.namelist() if n.endswith((".xml", ".rels"))]
            for name in parts:
                ET.fromstring(book.read(name))  # every part is well-formed XML
            strings = (
                book.read("xl/sharedStrings.xml").decode()
                if "xl/sharedStrings.xml" in book.namelist()
                else ""
            )
            sheets = "".join(book.read(n).decode() for n in parts if n.startswith("xl/worksheets/"))
        assert "\ufffd" in strings + sheets  # the hostile texts are there, replaced
    elif fmt == "html":
        text = out.read_text(encoding="utf-8")
        assert not ILLEGAL_IN_XML.search(text)
        found: list[str] = []
        parser = HTMLParser()
        parser.handle_data = found.append  # type: ignore[method-assign]
        parser.feed(text)
        assert any("Plan \ufffd" in piece for piece in found)
        assert "<script" not in text.lower()
    else:
        _check_csv(out.read_bytes().decode("utf-8-sig"))


def _check_csv(text: str) -> list[list[str]]:
    """Rows as a strict reader sees them; no line of any field starts a formula."""
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    for row in rows:
        for field in row:
            assert NUMBER.match(field) or not FORMULA_START.search(field), field
    for line in re.split(r"\r\n|\r|\n", text):  # a reader that ends rows at every CR or LF
        assert NUMBER.match(line.split(",")[0]) or not line.startswith(("=", "+", "-", "@")), line
    return rows


def test_a_cr_inside_a_name_stays_inside_its_csv_row(tmp_path: Path) -> None:
    """Issue 14.1: the CSV of units keeps one row per unit and reads back into the same texts."""
    design = tiny_design()
    scenario = design.baseline
    scenario.units["a"].name = "Finance\r=cmd|' /C calc'!A0"
    scenario.units["b"].note = Note("first\n=1+1\r\n-2", "'=already", "@x")
    written = write_import_tables(design, scenario, tmp_path / "units.csv")
    rows = _check_csv(written[0].read_bytes().decode("utf-8-sig"))
    assert len(rows) == 1 + len(scenario.units)
    assert {len(row) for row in rows} == {len(rows[0])}
    assert unguard_formula(rows[2][1]) == "Finance\r=cmd|' /C calc'!A0"
    # the project's own importer reads the file back: the CR becomes a space in a one-line name
    merged = merge_tables(design, scenario, read_tables(written), "units.csv")
    assert merged.units["a"].name == "Finance =cmd|' /C calc'!A0"
    assert merged.units["b"].note == Note("first\n=1+1\n-2", "'=already", "@x")


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("=+-@\t\r\n'a, \"")))
def test_formula_guard_and_csv_round_trip(text: str) -> None:
    assert unguard_formula(guard_formula(text)) == text
    assert not FORMULA_START.search(guard_formula(text))
    rows = list(csv.reader(io.StringIO(csv_text([[text, 1, None]]), newline="")))
    assert rows == [[guard_formula(text), "1", ""]]


@pytest.mark.parametrize(
    "command",
    [["summary"], ["validate"], ["diff"], ["summary", "--format", "json"]],
    ids=lambda c: " ".join(c),
)
def test_cli_output_never_holds_a_terminal_escape(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14.11: a file with ESC and OSC in its names cannot reach the terminal raw."""
    design = hostile_design()
    design.scenarios[-1].kind = ScenarioKind.PROPOSAL
    path = tmp_path / "hostile.orgdesign"
    path.write_bytes(dumps(design))  # written as the old editor could
    code = main([command[0], str(path), *command[1:]])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out + err)
    assert "\\x1b" in out + err  # shown escaped, as git and ls do
    save_design(design, tmp_path / "again.orgdesign")  # the writer itself never fails on it


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_file_name_with_escapes_is_printed_escaped(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names that reach the output from outside the file (its path) are escaped as well."""
    path = tmp_path / "plan\x1b]0;pwned\x07\x9b2J.orgdesign"
    save_design(tiny_design(), path)
    assert main(["summary", str(path), "--format", fmt]) == 0
    out, _ = capsys.readouterr()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)
    if fmt == "text":
        assert "plan\\x1b]0;pwned\\x07\\x9b2J.orgdesign" in out
    else:
        assert json.loads(out)["file"] == str(path)  # still JSON, the same path
