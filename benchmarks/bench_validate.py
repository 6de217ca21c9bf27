"""Benchmark of the validator (run on demand, never in the test suite).

    python benchmarks/bench_validate.py                 # print the table
    python benchmarks/bench_validate.py --record        # and append it to benchmarks/RESULTS.md
    python benchmarks/bench_validate.py --sizes 100 1000 10000 50000

Runs on one core. For each size it generates a synthetic design
(``orgeditor.synthetic``) and times, as medians: building the scenario's
graphs, a full validation of the proposal (graphs included), and a
validation with graphs kept from before (what an editor does after an edit).
It also times the UN sample's two proposals.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from common import median_ms, publish

from orgeditor.io import load_design
from orgeditor.model import Design, Scenario
from orgeditor.rules import validate
from orgeditor.rules.graph import ScenarioGraphs
from orgeditor.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent
UN_SAMPLE = ROOT / "samples" / "un-peace-security-2017.orgdesign"


def row(label: str, design: Design, scenario: Scenario, repeats: int) -> str:
    """One table row: graph build, full validation and validation with kept graphs."""
    graphs = ScenarioGraphs.of(scenario)
    build = median_ms(lambda: ScenarioGraphs.of(scenario), repeats)
    full = median_ms(lambda: validate(design, scenario), repeats)
    kept = median_ms(lambda: validate(design, scenario, graphs=graphs), repeats)
    return (
        f"| {label} | {len(scenario.units):,} | {len(scenario.posts):,} | {build:.1f} ms "
        f"| {full:.1f} ms | {kept:.1f} ms |"
    )


def run(sizes: list[int]) -> list[str]:
    """The results table as Markdown."""
    rows = [
        "| design | units | posts | build graphs | full validation | with kept graphs |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    design = load_design(UN_SAMPLE)
    rows += [row(f"UN sample, {p.name}", design, p, 50) for p in design.proposals]
    for size in sizes:
        synthetic = generate(size, seed=1)
        proposal = synthetic.proposals[0]
        assert not validate(synthetic, proposal).findings, "the synthetic proposal is clean"
        repeats = 21 if size <= 1000 else 7 if size <= 10_000 else 3
        rows.append(row("synthetic, seed 1", synthetic, proposal, repeats))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    publish(
        "Validation",
        "medians; full validation includes building the graphs",
        run(args.sizes),
        args.record,
    )


if __name__ == "__main__":
    main()
