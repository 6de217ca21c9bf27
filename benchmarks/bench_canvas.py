"""Canvas and file timings of issue 16 (run on demand, never in the test suite).

    python benchmarks/bench_canvas.py                 # the UN sample, 10,000 and 50,000 units
    python benchmarks/bench_canvas.py --sizes 10000

Each size runs in its own process, offscreen, through the window's own objects:
an edit (cross-department move, its undo, a rename) to a repainted canvas,
switching scenario, compare on and off, fit to window, open to first paint,
save. Findings are not waited for (that is the editing core's part). Medians.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "un-peace-security-2017.orgdesign"
GOALS = {  # key: (what, goal in ms at UN, 10k, 50k)
    "move": ("cross-department move → repainted canvas", (16, 30, 60)),
    "undo": ("undo that move → repainted canvas", (16, 30, 60)),
    "rename": ("rename a unit → repainted canvas", (16, 30, 60)),
    "switch": ("switch scenario", (30, 150, 500)),
    "compare": ("compare on and off (each)", (30, 150, 500)),
    "fit": ("fit to window + paint", (30, 150, 500)),
    "open": ("open → first paint", (None, 800, 3000)),
    "save": ("save (atomic)", (None, 60, 300)),
    "memory": ("peak memory (MB)", (None, None, 1000)),
}


def measure(source: str, folder: Path) -> dict[str, float]:
    """Every figure for one design; runs in a process of its own."""
    from PySide6.QtCore import QSettings

    from orgeditor.io import save_design
    from orgeditor.model import UnitKind
    from orgeditor.synthetic import generate
    from orgeditor.ui.app import create_application
    from orgeditor.ui.main_window import MainWindow
    from orgeditor.ui.settings import AppSettings

    if source == "un":
        path = SAMPLE
    else:
        path = folder / f"synthetic-{source}.orgdesign"
        save_design(generate(int(source), seed=1), path)
    app = create_application(sys.argv[:1])
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    viewport = window.view.viewport()
    out: dict[str, float] = {}

    def timed(action: object) -> float:
        start = time.perf_counter()
        action()  # type: ignore[operator]
        viewport.repaint()
        return (time.perf_counter() - start) * 1000

    out["open"] = timed(lambda: window.open_file(path))
    app.processEvents()
    c = window.controller
    assert c is not None
    proposal = c.design.proposals[0].id if c.design.proposals else c.scenario_id
    c.switch_scenario(proposal)
    window.view.set_zoom(1.0)
    app.processEvents()
    units = c.scenario.units
    departments = list(c.scenario.roles.departments.values())

    def department_of(unit_id: str) -> str | None:
        return next((a for a in [unit_id, *c.scenario.ancestors(unit_id)] if a in departments), None)

    kinds = (UnitKind.SECTION, UnitKind.UNIT, UnitKind.DIVISION, UnitKind.SERVICE)
    movable = [u.id for u in units.values() if u.kind in kinds and department_of(u.id)]
    moves, undos, renames = [], [], []
    for unit_id in movable[:: max(1, len(movable) // 5)][:5]:
        here = department_of(unit_id)
        target = next(d for d in departments if d != here)
        window.presenter.reveal([unit_id])
        app.processEvents()
        moves.append(timed(lambda: c.move_units([unit_id], target)))
        app.processEvents()
        undos.append(timed(c.undo_stack.undo))
        app.processEvents()
        name = c.scenario.units[unit_id].name
        renames.append(timed(lambda: c.set_unit_field(unit_id, "name", name + " (renamed)")))
        app.processEvents()
    out["move"], out["undo"] = statistics.median(moves), statistics.median(undos)
    out["rename"] = statistics.median(renames)
    switches = []
    for _ in range(3):
        switches.append(timed(lambda: c.switch_scenario(c.design.baseline.id)))
        switches.append(timed(lambda: c.switch_scenario(proposal)))
    out["switch"] = statistics.median(switches)
    compares = []
    for _ in range(3):
        compares.append(timed(lambda: window.presenter.set_compare(c.design.baseline.id)))
        compares.append(timed(lambda: window.presenter.set_compare(None)))
    out["compare"] = statistics.median(compares)
    fits = []
    for _ in range(3):
        window.view.set_zoom(1.0)
        app.processEvents()
        fits.append(timed(window.view.fit_all))
    out["fit"] = statistics.median(fits)
    saves = []
    for _ in range(5):
        start = time.perf_counter()
        save_design(c.design, folder / "saved.orgdesign")
        saves.append((time.perf_counter() - start) * 1000)
    out["save"] = statistics.median(saves)
    out["memory"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c.undo_stack.setClean()
    window.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["un", "10000", "50000"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, Path(args.folder))))
        return
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            child = subprocess.run(
                [sys.executable, __file__, "--one", size, "--folder", folder],
                check=True,
                capture_output=True,
                text=True,
            )
            results[size] = json.loads(child.stdout.strip().splitlines()[-1])
    columns = {"un": 0, "10000": 1, "50000": 2}
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| measure | " + " | ".join(args.sizes) + " |")
    for key, (what, goals) in GOALS.items():
        cells = []
        for size in args.sizes:
            value = results[size][key]
            goal = goals[columns[size]] if size in columns else None
            mark = "" if goal is None else (" ✓" if value < goal else f" ✗ (< {goal})")
            cells.append(f"{value:,.1f}{mark}")
        print(f"| {what} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
