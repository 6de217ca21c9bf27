"""Segment membership and entry points in the Units table (CSV and XLSX), out and back in."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import openpyxl
import pytest

from orgeditor.io.errors import DesignFileError
from orgeditor.io.files import dumps, loads
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.unit_tables import write_import_tables, write_template
from orgeditor.model import Design, Segment, SegmentKind
from tests.segment_builders import city_design


def _two_kinds() -> Design:
    """The city with a second list whose id has capitals (a header must keep them)."""
    design = city_design()
    design.segment_kinds.append(
        SegmentKind("Sector", "sector", [Segment("hous", "Housing"), Segment("trans", "Transit")])
    )
    units = design.baseline.units
    units["pol"].segments = {"Sector": "hous"}
    units["permits"].segments = {"clients": "dev", "Sector": "trans"}
    units["ops"].segment_entry_points = {"Sector": ["hous", "trans"]}
    return loads(dumps(design), "city.orgdesign")  # as a saved file has it


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_segments_go_out_as_columns_and_come_back(tmp_path: Path, suffix: str) -> None:
    design = _two_kinds()
    scenario = design.baseline
    files = write_import_tables(design, scenario, tmp_path / f"city{suffix}")
    # the oracle for the export: the table as a spreadsheet shows it, read by a third party
    if suffix == ".csv":
        text = files[0].read_text(encoding="utf-8-sig")
        rows = list(csv.reader(text.splitlines()))
    else:
        sheet = openpyxl.load_workbook(files[0])["Units"]
        rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    header = rows[0]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert header[-4:] == [
        "segments:clients",
        "segment_entry_points:clients",
        "segments:Sector",
        "segment_entry_points:Sector",
    ]
    assert by_id["permits"]["segments:clients"] == "dev"
    assert by_id["permits"]["segments:Sector"] == "trans"
    assert by_id["ops"]["segment_entry_points:Sector"] == "hous; trans"
    assert by_id["fd-res"]["segment_entry_points:clients"] == "res"
    assert by_id["city"]["segments:clients"] == ""
    # and back in: into an emptied scenario, the same units in the same order
    empty = copy.deepcopy(scenario)
    empty.units.clear()
    empty.posts.clear()
    merged = merge_tables(design, empty, read_tables(files, design), "city")
    assert list(merged.units.items()) == list(scenario.units.items())


def _units_csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "units.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_import_moves_clears_and_designates_segments(tmp_path: Path) -> None:
    design = _two_kinds()
    path = _units_csv(
        tmp_path,
        "id,name,kind,Segments:clients,segment entry points:Sector\n"
        "permits,Permits Team,team,res,\n"
        "biz,Business Desk,service,,trans\n",
    )
    merged = merge_tables(design, design.baseline, read_tables([path], design), "units.csv")
    assert merged.units["permits"].segments == {"clients": "res", "Sector": "trans"}
    assert merged.units["permits"].segment_entry_points == {}
    assert merged.units["biz"].segments == {}
    assert merged.units["biz"].segment_entry_points == {"Sector": ["trans"]}
    assert merged.units["ops"] == design.baseline.units["ops"]  # not in the table: kept
    # the merged scenario saves and reopens with the same segments
    design.scenarios[0] = merged
    assert loads(dumps(design), "again").baseline.units == merged.units


def test_a_bad_segment_cell_names_its_row_and_the_choices(tmp_path: Path) -> None:
    design = _two_kinds()
    path = _units_csv(
        tmp_path,
        "id,name,kind,segments:clients,segment_entry_points:Sector\n"
        "permits,Permits Team,team,nobody,\n"
        "biz,Business Desk,service,,hous; hous\n",
    )
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, design.baseline, read_tables([path], design), "units.csv")
    said = [str(p) for p in caught.value.problems]
    assert any("row 2" in s and "'nobody'" in s and "biz, dev, res" in s for s in said), said
    assert any("row 3" in s and "listed twice" in s for s in said), said


def test_a_column_for_a_kind_the_design_lacks_is_refused(tmp_path: Path) -> None:
    design = _two_kinds()
    path = _units_csv(tmp_path, "id,name,kind,segments:wards\npermits,Permits Team,team,w1\n")
    with pytest.raises(DesignFileError) as caught:
        read_tables([path], design)
    text = str(caught.value) + " ".join(map(str, caught.value.problems))
    assert "segments:wards" in text and "segments:clients" in text


def test_the_template_has_the_segment_columns_and_says_what_goes_in_them(
    tmp_path: Path,
) -> None:
    design = _two_kinds()
    [path] = write_template(design, tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    header = [c.value for c in next(book["Units"].iter_rows(max_row=1))]
    assert "segments:Sector" in header and "segment_entry_points:clients" in header
    notes = " ".join(str(c.value) for row in book["Read me"].iter_rows() for c in row)
    assert "hous, trans" in notes
