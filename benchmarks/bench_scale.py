"""The scale benchmark (run on demand, never in the test suite): issue 16's goals, the user's path.

    python benchmarks/bench_scale.py                     # un, 10k, f1k, f4k, 50k
    python benchmarks/bench_scale.py --sizes un,10k      # a quick run
    python benchmarks/bench_scale.py --record            # and append to RESULTS.md

Every design runs in a fresh process (peak memory is that design's alone) with a
real ``MainWindow``, offscreen, driven only through its public widgets, actions
and signals (``window_probe.py`` lists each hook). Designs: ``un`` the UN sample;
``10k``/``50k`` synthetic designs (seed 1, no findings); ``f1k``/``f4k`` the 10k
design with span and layer limits that give about 1,000 and 4,000 findings, so
the Findings dock's path is exercised. An edit is timed from the drop signal, the
Undo action or Return in the Inspector's Name field (a) to the repainted chart
and (b) to the Findings dock changed and painted, with the app's own validation
delay and slicing. A 1 ms timer records the longest event-loop slice during the
edits. Peak memory is taken when the save is done (the process holds only the
window's copy of the design). Floors are measured in the same process: after
the edits, one repaint of the chart with nothing changed and one turn of the event
loop with no edit; afterwards, read and parse the file, add one rectangle item per
unit to a scene, paint them all once, serialise and write.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import publish

ROOT = Path(__file__).resolve().parent.parent
DESIGNS = {  # key: (what, the column of the goals table it answers to)
    "un": ("UN sample", "un"),
    "10k": ("synthetic 10k", "10k"),
    "f1k": ("10k, ~1,000 findings", "10k"),
    "f4k": ("10k, ~4,000 findings", "10k"),
    "50k": ("synthetic 50k", "50k"),
}
CANVAS = {"un": 16, "10k": 30, "50k": 60}  # any edit or undo → repainted canvas
DOCK = {"un": 50, "10k": 100, "50k": 250}  # → Findings dock updated, any delay included
VIEW = {"un": 30, "10k": 150, "50k": 500}  # switch scenario, compare on/off, fit
FRAME = {"un": 16, "10k": 16, "50k": 16}  # one pan frame (issue 7)
GOALS = {  # key: (what, {column: target}, unit); a column without a target has no goal
    "move": ("move to another department → canvas", CANVAS, "ms"),
    "undo": ("undo that move → canvas", CANVAS, "ms"),
    "rename": ("rename in the Inspector → canvas", CANVAS, "ms"),
    "move_findings": ("move → Findings dock", DOCK, "ms"),
    "undo_findings": ("undo → Findings dock", DOCK, "ms"),
    "rename_findings": ("rename → Findings dock", DOCK, "ms"),
    "switch": ("switch scenario → canvas", VIEW, "ms"),
    "compare_on": ("compare on → canvas", VIEW, "ms"),
    "compare_off": ("compare off → canvas", VIEW, "ms"),
    "fit": ("fit from 100% → canvas", VIEW, "ms"),
    "pan_1": ("pan frame at 100%", FRAME, "ms"),
    "pan_fit": ("pan frame at fit", FRAME, "ms"),
    "open": ("open → first paint", {"10k": 800, "50k": 3000}, "ms"),
    "save": ("save", {"10k": 60, "50k": 300}, "ms"),
    "slice": ("longest event-loop slice in edits", {"10k": 100, "50k": 100}, "ms"),
    "memory": ("peak memory", {"50k": 1024}, "MB"),
}
FLOORS = {
    "floor_frame": "the chart repainted as it was edited, nothing changed",
    "floor_events": "a turn of the event loop with no edit",
    "floor_read": "read and parse the file (json)",
    "floor_items": "add one rectangle item per unit",
    "floor_paint": "paint those items once, all in view",
    "floor_write": "serialise and write (json, fsync, rename)",
}
FACTS = {
    "units": "units in the scenario shown",
    "findings": "findings in the dock / fresh validation of the saved file",
    "open_slice": "longest slice while opening",
    "load": "load average (1 min) before / after",
    "cpu": "CPU time of this process / its wall time (idle waits included)",
}


def make_design(key: str, folder: Path) -> Path:
    """Write the design ``key`` into ``folder``; the file's path."""
    from orgeditor.io import save_design
    from orgeditor.synthetic import generate

    path = folder / f"{key}.orgdesign"
    if key == "un":
        shutil.copy(ROOT / "samples" / "un-peace-security-2017.orgdesign", path)
        return path
    design = generate(50_000 if key == "50k" else 10_000, seed=1)
    if key == "f1k":
        design.rules.max_span = 4  # ~1,100 units have more than 4 direct reports
    elif key == "f4k":
        design.rules.max_span, design.rules.max_layers = 9, 5  # ~200 + ~3,800 findings
    save_design(design, path)
    return path


def floors(path: Path, units: int, folder: Path) -> dict[str, float]:
    """What any open, paint and save must cost at least, measured here and now."""
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    out: dict[str, float] = {}
    start = time.perf_counter()
    data = json.loads(path.read_bytes())
    out["floor_read"] = (time.perf_counter() - start) * 1000
    scene = QGraphicsScene()
    brush = QBrush(QColor("#dde7f3"))
    start = time.perf_counter()
    for index in range(units):
        scene.addRect(index % 400 * 200, index // 400 * 90, 180, 70, brush=brush)
    out["floor_items"] = (time.perf_counter() - start) * 1000
    view = QGraphicsView(scene)
    view.resize(1100, 650)
    view.show()
    view.fitInView(scene.itemsBoundingRect())
    start = time.perf_counter()
    view.viewport().repaint()
    out["floor_paint"] = (time.perf_counter() - start) * 1000
    view.close()
    target = folder / "floor.json"
    start = time.perf_counter()
    with open(target.with_suffix(".tmp"), "w", encoding="utf-8") as stream:
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(target.with_suffix(".tmp"), target)
    out["floor_write"] = (time.perf_counter() - start) * 1000
    return out


# On the UN sample, moves a planner makes between DPPA's and DPO's sides, each of which changes
# the findings (so "→ Findings dock" is measured) and the dual lines that span both zones:
UN_MOVES = [
    ("asg-africa", "dpo"),  # the Africa ASG, entry point of its region, under DPO: REGION-ENTRY
    ("pbso", "dpo"),  # the Peacebuilding Support Office from DPPA to DPO: FUNC-HOME
    ("unowas", "dpo"),  # a regional office (UNOWAS) from DPPA to DPO: LEAD-CHART
    ("oma", "dppa"),  # the Office of Military Affairs from DPO to DPPA: FUNC-HOME
    ("orolsi", "dppa"),  # the rule-of-law office from DPO to DPPA: FUNC-HOME
]


def pick_edits(scenario: object, count: int) -> tuple[list[tuple[str, str]], list[str]]:
    """``count`` (unit, new parent in another department) pairs and units to rename."""
    from orgeditor.model import UnitKind

    units = scenario.units  # type: ignore[attr-defined]
    if all(u in units and t in units for u, t in UN_MOVES):
        return UN_MOVES[:count], [u for u, _ in UN_MOVES[:count]]

    def department(unit_id: str) -> str | None:
        for ancestor in [unit_id, *scenario.ancestors(unit_id)]:  # type: ignore[attr-defined]
            if units[ancestor].kind is UnitKind.DEPARTMENT:
                return str(ancestor)
        return None

    inner = {UnitKind.SECTION, UnitKind.UNIT, UnitKind.TEAM, UnitKind.BRANCH}
    movable = [u.id for u in units.values() if u.kind in inner and department(u.id)]
    hosts = [u.id for u in units.values() if u.kind in (UnitKind.DIVISION, UnitKind.SERVICE)]
    step = max(1, len(movable) // count)
    moves = []
    for unit_id in movable[::step][:count]:
        home = department(unit_id)
        target = next(h for h in hosts if department(h) not in (None, home))
        moves.append((unit_id, target))
    renames = [u for u, _ in moves]
    return moves, renames


def measure(key: str, folder: Path, shots: str | None = None) -> dict[str, object]:
    """Everything for design ``key``; runs in a process of its own."""
    from PySide6.QtCore import QSettings
    from window_probe import WindowProbe

    from orgeditor.io import load_design
    from orgeditor.rules import validate
    from orgeditor.ui.app import create_application
    from orgeditor.ui.main_window import MainWindow
    from orgeditor.ui.settings import AppSettings

    load_before, wall, cpu = os.getloadavg()[0], time.perf_counter(), time.process_time()
    path = make_design(key, folder)
    app = create_application(sys.argv[:1])
    out: dict[str, object] = {}
    settings = AppSettings(QSettings(str(folder / f"{key}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    probe = WindowProbe(window, app)
    timeout = {"un": 3.0, "50k": 30.0}.get(key, 8.0)  # for a change to show; then it never will
    out["timeout"] = timeout
    probe.heartbeat.start()
    out["open"] = probe.open(path)
    out["open_slice"] = probe.heartbeat.stop()
    probe.quiet(timeout, change_first=True)  # the first check after opening
    design = probe.design()  # the window's own: the process holds one copy, as a user's does
    scenario = design.scenarios[probe.scenario_list().currentRow()]
    out["units"] = len(scenario.units)
    moves, renames = pick_edits(scenario, 3 if key == "50k" else 5)
    times: dict[str, list[float]] = {}

    def edit(name: str, act: Callable[[], object]) -> None:
        before = probe.history_texts()
        note(name, probe.timed(act, True, timeout))
        if probe.history_texts() == before:
            raise RuntimeError(f"{name}: the edit did not reach the undo history")

    def note(name: str, found: tuple[float, float | None]) -> None:
        times.setdefault(name, []).append(found[0])
        if found[1] is not None:
            times.setdefault(f"{name}_findings", []).append(found[1])
        elif name in ("move", "undo", "rename"):  # timed to the Findings dock too
            times.setdefault(f"{name}_unseen", []).append(1)
        probe.quiet(timeout)  # a pause before the next edit, as a user makes

    probe.heartbeat.start()
    for unit_id, target in moves:
        edit("move", lambda u=unit_id, t=target: probe.drop([u], t))
        edit("undo", probe.action("Undo").trigger)
    for unit_id in renames:
        probe.find(scenario.units[unit_id].name)
        edit("rename", lambda n=f"{scenario.units[unit_id].name} (renamed)": probe.rename(n))
    out["slice"] = probe.heartbeat.stop()
    # floors at the zoom the edits ran at: a frame with nothing changed; the event loop's turn
    out["floor_frame"] = statistics.median(probe.frame() for _ in range(5))
    out["floor_events"] = statistics.median(probe.idle_turn() for _ in range(5))
    row = probe.scenario_list().currentRow()
    other = 0 if row else 1
    for go in (other, row):
        note("switch", probe.timed(lambda r=go: probe.switch_to(r), False, timeout))
    compare = probe.action("Compare with Baseline")
    note("compare_on", probe.timed(compare.trigger, False, timeout))
    note("compare_off", probe.timed(compare.trigger, False, timeout))
    for _ in range(3):
        probe.action("Actual Size").trigger()
        probe.paint()
        note("fit", probe.timed(probe.action("Fit to Window").trigger, False, timeout))
    for name, action in (("pan_fit", "Fit to Window"), ("pan_1", "Actual Size")):
        probe.action(action).trigger()
        probe.paint()
        times[name] = probe.pan_frames(15)
    out["save"] = probe.save(timeout)
    # the user's path ends here: the oracle and the floors below allocate on their own
    out["memory"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, values in times.items():
        out[name] = len(values) if name.endswith("_unseen") else statistics.median(values)
    saved = load_design(path)  # the oracle: the dock lists what a fresh check of the file finds
    fresh = validate(saved, saved.scenarios[probe.scenario_list().currentRow()])
    out["findings"] = f"{probe.finding_rows():,} / {len(fresh.findings):,}"
    if shots:
        window.grab().save(str(Path(shots) / f"bench-{key}.png"))  # what the user would see now
    out.update(floors(path, len(design.scenarios[0].units), folder))
    out["load"] = f"{load_before:.2f} / {os.getloadavg()[0]:.2f}"
    share = (time.process_time() - cpu) / (time.perf_counter() - wall)
    out["cpu"] = f"{share:.0%}"  # well under 100%: the other processes took the rest
    return out


def _cell(value: object, unit: str = "ms") -> str:
    if value is None:
        return "-"
    if not isinstance(value, (int, float)):
        return str(value)
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value / 1000:,.2f} s" if value >= 1000 else f"{value:,.1f} ms"


def verdict(key: str, goal: dict[str, float], result: dict[str, object], column: str) -> str:
    """The measured value with ✓ or ✗ against the goal of ``column`` (none: the value alone)."""
    value, unit, target = result.get(key), GOALS[key][2], goal.get(column)
    unseen = result.get(f"{key.removesuffix('_findings')}_unseen") if "_" in key else None
    # no change in time: the findings stayed the same (the dock need not change), or the check
    # took longer than the wait
    note = f"; no change within {result.get('timeout')} s {unseen} times" if unseen else ""
    if value is None:
        return ("✗ not seen" if target is not None and not unseen else "-") + note
    if target is None:
        return _cell(value, unit) + note
    mark = "✓ " if float(value) < target else "✗ "  # type: ignore[arg-type]
    return mark + _cell(value, unit) + note


def report(keys: list[str], results: list[dict[str, object]]) -> list[str]:
    """The goals table with ✓/✗, then the floors and facts of the same runs."""
    columns = [DESIGNS[k][1] for k in keys]
    head = "| | goal (UN / 10k / 50k) | " + " | ".join(DESIGNS[k][0] for k in keys) + " |"
    rows = [head, "|---|---|" + "---:|" * len(keys)]
    for key, (label, goal, unit) in GOALS.items():
        targets = " / ".join(
            f"< {goal[c]:,} {unit}" if c in goal else "·" for c in ("un", "10k", "50k")
        )
        cells = [verdict(key, goal, r, c) for r, c in zip(results, columns, strict=True)]
        rows.append(f"| {label} | {targets} | " + " | ".join(cells) + " |")
    for key, label in {**FLOORS, **FACTS}.items():
        unit = "ms"
        cells = [_cell(r.get(key), unit) if key != "units" else f"{r.get(key):,}" for r in results]
        rows.append(f"| {label} | | " + " | ".join(cells) + " |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="un,10k,f1k,f4k,50k",
        help=f"comma-separated, of {', '.join(DESIGNS)} (default: all)",
    )
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    parser.add_argument("--shots", metavar="FOLDER", help="save each window as bench-KEY.png")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, Path(args.folder), args.shots)))
        return
    keys = [k.strip() for k in args.sizes.split(",") if k.strip()]
    unknown = [k for k in keys if k not in DESIGNS]
    if unknown:
        parser.error(f"unknown size {', '.join(unknown)}; choose from {', '.join(DESIGNS)}")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for key in keys:
            print(f"measuring {key} ...", file=sys.stderr, flush=True)
            child = subprocess.run(
                [sys.executable, __file__, "--one", key, "--folder", folder]
                + (["--shots", str(Path(args.shots).resolve())] if args.shots else []),
                check=True,
                capture_output=True,
                text=True,
            )
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    publish(
        "Scale (the user's path)",
        f"commit {commit}, load average {os.getloadavg()[0]:.2f} at the end; a real MainWindow "
        "offscreen, each design in its own process; medians of 5 edits (3 at 50k)",
        report(keys, results),
        args.record,
    )


if __name__ == "__main__":
    main()
