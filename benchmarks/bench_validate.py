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
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from orgeditor.io import load_design
from orgeditor.model import Design, Scenario
from orgeditor.rules import validate
from orgeditor.rules.graph import ScenarioGraphs
from orgeditor.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent
UN_SAMPLE = ROOT / "samples" / "un-peace-security-2017.orgdesign"


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """The median wall time of ``action`` in milliseconds, after one warm-up run."""
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def machine() -> str:
    """CPU model, cores, Python and platform."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{model}, {os.cpu_count()} cores (pinned to one), Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


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


def run(sizes: list[int]) -> str:
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
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    table = run(args.sizes)
    command = "python benchmarks/bench_validate.py " + " ".join(sys.argv[1:])
    text = (
        f"## Validation, {date.today().isoformat()}\n\n{machine()}\n\n"
        f"Command: `{command.strip()}` (medians; full validation includes building the "
        f"graphs)\n\n{table}\n"
    )
    print(text)
    if args.record:
        results = Path(__file__).with_name("RESULTS.md")
        if not results.exists():
            results.write_text(
                "# Benchmark results\n\nNewest last. Each section names the "
                "machine, the date and the command that produced it.\n\n"
            )
        with results.open("a") as stream:
            stream.write(text + "\n")


if __name__ == "__main__":
    main()
