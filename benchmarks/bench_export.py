"""Benchmark of export (run on demand, offscreen): time and size for fit, tile, SVG and PNG.

python benchmarks/bench_export.py --sizes 1000 10000 --record
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import publish

from orgeditor.layout.pages import PageSetup
from orgeditor.synthetic import generate
from orgeditor.ui.printing.export import ExportOptions, export_chart

CASES = [
    ("PDF fit, A3, best orientation", "pdf", ExportOptions(setup=PageSetup("A3"), turn=True)),
    ("PDF booklet, A4", "pdf", ExportOptions(layout="booklet", setup=PageSetup("A4"))),
    ("PDF tiles, A4 at 75%", "pdf", ExportOptions(layout="tile", setup=PageSetup("A4"))),
    ("SVG", "svg", ExportOptions(format="svg")),
    ("PNG 72 dpi", "png", ExportOptions(format="png", dpi=72)),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    args = parser.parse_args()
    rows = ["| units | export | pages | time | file size |", "|---:|---|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            design = generate(size, seed=1)
            proposal = design.proposals[0]
            for label, suffix, options in CASES:
                out = Path(folder) / f"{size}.{suffix}"
                start = time.perf_counter()
                try:
                    pages = export_chart(design, proposal, out, options)
                except ValueError as refused:
                    rows.append(f"| {len(proposal.units):,} | {label} | - | refused: {refused} | |")
                    continue
                seconds = time.perf_counter() - start
                rows.append(
                    f"| {len(proposal.units):,} | {label} | {pages:,} | {seconds:.2f} s "
                    f"| {out.stat().st_size / 1e6:.1f} MB |"
                )
    publish(
        "Export",
        "one run each, including building the offscreen chart; Qt offscreen",
        rows,
        args.record,
    )


if __name__ == "__main__":
    main()
