"""Benchmark of the table import (run on demand, never in the test suite).

    python benchmarks/bench_import.py                   # print the table
    python benchmarks/bench_import.py --record          # and append it to benchmarks/RESULTS.md
    python benchmarks/bench_import.py --depths 5000 20000

For each depth it writes a Units table whose units form one chain (each unit
reports to the one before it), as CSV and as XLSX, and times reading the file
and merging it into an empty scenario (the import's checks included). It also
times a 4.9 KB workbook that declares a sheet of 16,384 columns and 200,002
rows (``<dimension ref="A1:XFD200002"/>``) with one cell on its last row.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
import zipfile
from pathlib import Path

from common import publish

from orgeditor.io import DesignFileError
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.templates import design_from_template
from orgeditor.io.unit_tables import write_import_tables
from orgeditor.model import Scenario, ScenarioKind, Unit, UnitKind


def chain(depth: int) -> Scenario:
    """A scenario of ``depth`` units, each reporting to the one before it."""
    scenario = Scenario("chain", "chain", ScenarioKind.BASELINE)
    parent = None
    for index in range(depth):
        unit = Unit(f"u{index}", f"Unit {index}", UnitKind.UNIT, parent=parent)
        scenario.units[unit.id] = unit
        parent = unit.id
    return scenario


def import_seconds(files: list[Path]) -> float:
    """Wall time of reading ``files`` and merging them into an empty baseline."""
    design = design_from_template("un-secretariat")
    design.baseline.units.clear()
    design.baseline.roles.top = None
    start = time.perf_counter()
    try:
        merge_tables(design, design.baseline, read_tables(files), "bench")
    except DesignFileError as error:  # the huge sheet is refused: time it all the same
        print(f"  ({error.details().splitlines()[0][:100]})")
    return time.perf_counter() - start


def huge_dimension(path: Path) -> Path:
    """The 4.9 KB workbook of issue 14: a declared A1:XFD200002 with one cell at the end."""
    write_import_tables(chain(1), path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(r'<dimension ref="[^"]*" ?/>', '<dimension ref="A1:XFD200002"/>', sheet)
    last = '<row r="200002"><c r="A200002" t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = sheet.replace("</sheetData>", last + "</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--record", action="store_true", help="append to RESULTS.md")
    args = parser.parse_args()
    rows = ["| table | CSV | XLSX |", "|---|---:|---:|"]
    with tempfile.TemporaryDirectory() as folder:
        for depth in args.depths:
            times = []
            for suffix in (".csv", ".xlsx"):
                files = write_import_tables(chain(depth), Path(folder) / f"chain{suffix}")
                times.append(import_seconds([f for f in files if "posts" not in f.name]))
            rows.append(f"| chain of {depth:,} units | {times[0]:.2f} s | {times[1]:.2f} s |")
        huge = huge_dimension(Path(folder) / "huge.xlsx")
        kb = huge.stat().st_size / 1000
        rows.append(f"| A1:XFD200002, {kb:.1f} KB | | {import_seconds([huge]):.2f} s |")
    publish(
        "Import of deep chains and a huge declared sheet", "wall time, one run", rows, args.record
    )


if __name__ == "__main__":
    main()
