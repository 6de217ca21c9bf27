"""Design settings commands on large designs: renaming a grade's code rewrites every post.

Run: ``python benchmarks/bench_settings.py --sizes 1000 10000 50000`` (medians of 3; a
synthetic design, seed 1). Prints one table row per size; nothing is recorded.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import machine, median_ms
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import edit_entry, set_costs
from orgeditor.commands.settings_checks import entry_values
from orgeditor.synthetic import generate


def row(size: int) -> str:
    """Build, do and undo a grade rename, and set the cost table, on one design."""
    design = generate(size)
    grade = design.grades[len(design.grades) // 2]
    values = entry_values(Kind.GRADE, grade) | {"id": grade.id + "-new"}
    build = median_ms(lambda: edit_entry(design, Kind.GRADE, grade.id, values), 3)
    command = edit_entry(design, Kind.GRADE, grade.id, values)
    do = median_ms(lambda: (command.do(design), command.undo(design)), 3)
    command.do(design)
    undo = median_ms(lambda: (command.undo(design), command.do(design)), 3)
    command.undo(design)
    rates, years = design.cost_table.rates, itertools.count(2000)
    costs = median_ms(lambda: set_costs(design, "EUR", next(years), "", rates).do(design), 3)
    units, posts = len(design.baseline.units), len(design.baseline.posts)
    return (
        f"| {units:,} | {posts:,} | {build:.0f} ms | {do:.0f} ms | {undo:.0f} ms | {costs:.0f} ms |"
    )


def main() -> None:
    """Print a table row per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print(machine())
    print("| units | posts | rename grade: build | do + undo | undo + redo | set costs |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        print(row(size))


if __name__ == "__main__":
    main()
