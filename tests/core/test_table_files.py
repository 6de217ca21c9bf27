"""Report tables written as CSV, XLSX and HTML, read back."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from orgeditor.io import load_design
from orgeditor.io.tables import tables_csv, tables_html, write_csv, write_xlsx
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.reports.table import Column, ColumnKind, RowStyle, Table
from orgeditor.reports.tables import post_table
from tests.conftest import UN_SAMPLE

HOSTILE = '<img src=x onerror="alert(1)"> <b>x</b> & =HYPERLINK("http://evil")'


def _hostile_table() -> Table:
    table = Table(HOSTILE, [Column(HOSTILE), Column("Posts", ColumnKind.COUNT)], name="a/b:c")
    table.add(HOSTILE, 3)
    table.add("=1+1", -2)
    table.add("Total", 1, style=RowStyle.TOTAL)
    table.notes.append(HOSTILE)
    return table


def test_xlsx_keeps_numbers_as_numbers_with_totals_and_a_frozen_header(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    tables = redeployment_tables(design, design.baseline, design.proposals[0])
    tables.append(post_table(design, design.baseline, design.proposals[0]))
    out = tmp_path / "r.xlsx"
    write_xlsx(tables, "UN", out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Redeployment", "Neutrality", "Posts"]
    sheet = book["Posts"]
    assert sheet.freeze_panes == "A3"
    assert sheet["A2"].value == "Unit id" and sheet["A2"].font.bold
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    totals = [row for row in values if row[1] == "Total"]
    assert [t[3] for t in totals] == ["As-is 2017", "A/72/525", "Change"]
    assert totals[0][-1] == 109_470_000 and isinstance(totals[0][-1], int)
    assert sheet.cell(row=3, column=5).number_format == "#,##0"
    total_row = 3 + values.index(totals[0])
    assert sheet.cell(row=total_row, column=5).font.bold
    neutral = book["Neutrality"]
    change = [r for r in neutral.iter_rows(values_only=True) if r[0] == "Change (0: cost neutral)"]
    assert change == [("Change (0: cost neutral)", 0, 0, 0, 0)]


def test_text_from_the_file_is_never_a_formula_or_markup(tmp_path: Path) -> None:
    table = _hostile_table()
    out = tmp_path / "h.xlsx"
    write_xlsx([table], HOSTILE, out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.title == "a_b_c"
    assert sheet["A1"].value == HOSTILE and sheet["A1"].data_type == "s"
    assert sheet["A3"].value == HOSTILE and sheet["A4"].value == "=1+1"
    assert sheet["A4"].data_type == "s"
    page = tables_html([table], HOSTILE)
    assert "<img" not in page and "<b>x" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;b&gt;x&lt;/b&gt; &amp;" in page
    rows = list(csv.reader(tables_csv([table]).splitlines()))
    assert rows[2][0] == "'=1+1" and rows[2][1] == "-2"


def test_csv_has_a_bom_and_raw_numbers(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    out = tmp_path / "p.csv"
    write_csv([post_table(design, design.baseline, design.proposals[0])], out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Unit id", "Unit", "Department", "Scenario"]
    assert rows[-3][-1] == "109470000"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_xlsx(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    out = tmp_path / "posts.xlsx"
    write_xlsx([post_table(design, design.baseline, design.proposals[0])], "UN", out)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    rows = list(csv.reader((tmp_path / "posts.csv").read_text("utf-8").splitlines()))
    assert rows[1][:4] == ["Unit id", "Unit", "Department", "Scenario"]
    totals = [r for r in rows if r[1:2] == ["Total"]]
    assert totals[0][-1].replace(",", "") == "109470000"


def test_control_characters_do_not_break_workbooks_or_graphml(tmp_path: Path) -> None:
    import networkx as nx

    from orgeditor.io.graphml import graphml_bytes
    from orgeditor.io.unit_tables import write_import_tables

    design = load_design(UN_SAMPLE)
    proposal = design.proposals[0]
    proposal.units["dppa"].name = "Political\x0band\x00Peacebuilding\u2028Affairs"
    proposal.units["dppa"].short_name = "DP\x0bPA"
    out = tmp_path / "posts.xlsx"
    write_xlsx([post_table(design, design.baseline, proposal)], "UN\x0b", out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    names = [row[1] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert "DP\ufffdPA" in names
    write_import_tables(design, proposal, tmp_path / "units.xlsx")
    units = openpyxl.load_workbook(tmp_path / "units.xlsx")["Units"]
    assert any(
        row[1] == "Political\ufffdand\ufffdPeacebuilding\u2028Affairs"
        for row in units.iter_rows(values_only=True)
    )
    graph = nx.parse_graphml(graphml_bytes(design, proposal).decode())
    assert graph.nodes["dppa"]["name"] == "Political\ufffdand\ufffdPeacebuilding\u2028Affairs"
