"""Benchmark of the validator (run on demand, never in the test suite).

    python benchmarks/bench_validate.py                 # print the table
    python benchmarks/bench_validate.py --record        # and append it to benchmarks/RESULTS.md
    python benchmarks/bench_validate.py --sizes 100 1000 10000 50000

Runs on one core. For each size it generates a synthetic design
(``orgeditor.synthetic``) and times, as medians: a full validation of the
proposal, and the check after a cross-department move and after a post is
reclassified with the findings kept from before (what an editor does after
an edit: :class:`orgeditor.rules.kept.KeptFindings`). It also times the UN
sample's two proposals.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from common import median_ms, publish

from orgeditor.commands import Command, MoveUnitsCommand, SetPostFieldCommand
from orgeditor.io import load_design
from orgeditor.model import Design, Scenario
from orgeditor.rules import validate
from orgeditor.rules.kept import KeptFindings
from orgeditor.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent
UN_SAMPLE = ROOT / "samples" / "un-peace-security-2017.orgdesign"


def after_edit(design: Design, scenario: Scenario, command: Command, repeats: int) -> float:
    """The median time of the check after ``command``, with the findings kept from before."""
    kept = KeptFindings()
    kept.validate(design, scenario)

    def check() -> None:
        kept.note(command.do(design), design.baseline.id)
        kept.validate(design, scenario)
        kept.note(command.undo(design), design.baseline.id)
        kept.validate(design, scenario)

    return median_ms(check, repeats) / 2


def _leaf_of(scenario: Scenario, parent: str) -> str:
    """A unit below ``parent`` (or ``parent`` itself) with no sub-units."""
    below = [u.id for u in scenario.units.values() if u.parent == parent]
    return _leaf_of(scenario, below[-1]) if below else parent


def row(label: str, design: Design, scenario: Scenario, repeats: int) -> str:
    """One table row: full validation, and the check after a move and a reclassification."""
    full = median_ms(lambda: validate(design, scenario), repeats)
    departments = sorted(set(scenario.roles.departments.values()))
    top = scenario.roles.top or next(iter(scenario.units))
    leaf = _leaf_of(scenario, departments[0] if departments else top)
    target = departments[-1] if len(departments) > 1 else top
    move = after_edit(
        design, scenario, MoveUnitsCommand(design, scenario.id, [leaf], target), repeats
    )
    post = next(iter(scenario.posts.values()))
    grade = next(g.id for g in design.grades if g.id != post.grade)
    reclassify = SetPostFieldCommand(design, scenario.id, post.id, "grade", grade)
    posts = after_edit(design, scenario, reclassify, repeats)
    return (
        f"| {label} | {len(scenario.units):,} | {len(scenario.posts):,} | {full:.1f} ms "
        f"| {move:.1f} ms | {posts:.1f} ms |"
    )


def run(sizes: list[int]) -> list[str]:
    """The results table as Markdown."""
    rows = [
        "| design | units | posts | full validation | after a move | after a reclassification |",
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
        "medians; after an edit the findings of rules that read nothing it touched are kept",
        run(args.sizes),
        args.record,
    )


if __name__ == "__main__":
    main()
