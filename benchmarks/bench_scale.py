"""The scale benchmark (run on demand, never in the test suite): every figure issue 7 asks for.

    python benchmarks/bench_scale.py                       # 1,000, 10,000 and 50,000 units
    python benchmarks/bench_scale.py --sizes 1000 --dot-timeout 60
    python benchmarks/bench_scale.py --record              # and append to RESULTS.md

Each size runs in its own process (so peak memory is that size's alone) on a
synthetic design (seed 1), offscreen. Graphviz ``dot -Tplain`` lays out the
same primary tree in the same run, for the ratio; past ``--dot-timeout`` it is
stopped and the ratio is a lower bound. Times are medians unless said.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import median_ms, publish

ROWS = [  # key, what, target
    ("open", "open the file: parse, model and rule graphs", ""),
    ("layout", "layout of the whole chart", ""),
    ("dot", "Graphviz `dot -Tplain`, the same tree", ""),
    ("ratio", "our layout is faster than dot by", "≥ 100 times at 10k"),
    ("validate", "full validation", ""),
    ("validate_move", "validation after one move (kept graphs)", ""),
    ("first_paint", "open to first paint (file, layout, scene)", "< 1 s at 10k, < 4 s at 50k"),
    ("move_canvas", "move a unit: mouse release to repainted canvas", ""),
    ("move", "move a unit: to repainted canvas and findings", "< 50 ms at 10k, < 100 ms at 50k"),
    ("add_post", "add a post: to repainted canvas and findings", "< 50 ms at 10k, < 100 ms at 50k"),
    ("pan_1", "pan frame at 100%", "< 16 ms"),
    ("pan_fit", "pan frame at fit-to-window", "< 16 ms"),
    ("zoom", "zoom step (one frame)", "< 16 ms"),
    ("save", "save (atomic)", "< 0.3 s at 50k"),
    ("pdf", "PDF of the whole chart (one A3 page, one run)", ""),
    ("memory", "peak memory (whole process)", "< 1.5 GB at 50k"),
]


def _core(size: int, folder: Path) -> dict[str, float]:
    """Open, layout, validation, save and PDF, without a window."""
    from orgeditor.commands import MoveUnitsCommand
    from orgeditor.io import loads, save_design
    from orgeditor.layout import LayoutOptions, layout_chart
    from orgeditor.layout.pages import PageSetup
    from orgeditor.model import UnitKind
    from orgeditor.rules import validate
    from orgeditor.rules.graph import GraphKeeper, ScenarioGraphs
    from orgeditor.synthetic import generate

    design = generate(size, seed=1)
    gc.freeze()  # as the app does with an open document (orgeditor.perf.settle)
    proposal = design.proposals[0]
    path = folder / f"synthetic-{size}.orgdesign"
    save_design(design, path)
    _write_dot(proposal, folder / f"tree-{size}.dot")
    raw = path.read_bytes()
    out: dict[str, float] = {"units": len(proposal.units), "posts": len(proposal.posts)}
    out["open"] = median_ms(lambda: ScenarioGraphs.of(loads(raw).proposals[0]), 3)
    rank = design.grade_rank()
    out["layout"] = median_ms(lambda: layout_chart(proposal, LayoutOptions(), rank), 3)
    out["validate"] = median_ms(lambda: validate(design, proposal), 3)
    keeper = GraphKeeper()
    keeper.graphs(proposal)
    sections = [u.id for u in proposal.units.values() if u.kind is UnitKind.SECTION][:6]
    services = [u.id for u in proposal.units.values() if u.kind is UnitKind.SERVICE]
    times = []
    for section in sections:
        target = next(s for s in services if s != proposal.units[section].parent)
        command = MoveUnitsCommand(design, proposal.id, [section], target)
        command.do(design)
        start = time.perf_counter()
        validate(design, proposal, graphs=keeper.graphs(proposal))
        times.append((time.perf_counter() - start) * 1000)
        command.undo(design)
    out["validate_move"] = statistics.median(times)
    out["save"] = median_ms(lambda: save_design(design, folder / "saved.orgdesign"), 3)
    from orgeditor.ui.printing.export import ExportOptions, export_chart

    start = time.perf_counter()
    export_chart(design, proposal, folder / "chart.pdf", ExportOptions(setup=PageSetup("A3")))
    out["pdf"] = (time.perf_counter() - start) * 1000
    return out


def measure(size: int, folder: Path) -> dict[str, float]:
    """Everything for one size; runs in a process of its own."""
    out = _core(size, folder)
    gc.unfreeze()  # the window opens the file as a user would, with nothing else in memory
    gc.collect()
    out.update(_editor(folder / f"synthetic-{size}.orgdesign", folder))
    out["memory"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _editor(path: Path, folder: Path) -> dict[str, float]:
    """The window: open to first paint, edits to repaint, pan and zoom frames."""
    from PySide6.QtCore import QSettings

    from orgeditor.model import UnitKind
    from orgeditor.ui.app import create_application
    from orgeditor.ui.main_window import MainWindow
    from orgeditor.ui.settings import AppSettings

    app = create_application(sys.argv[:1])
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    viewport = window.view.viewport()
    out: dict[str, float] = {}

    def paint() -> None:
        app.processEvents()
        viewport.repaint()

    start = time.perf_counter()
    window.open_file(path)
    viewport.repaint()  # the first frame; the findings follow from the event loop
    out["first_paint"] = (time.perf_counter() - start) * 1000
    paint()
    c = window.controller
    assert c is not None
    units = c.scenario.units
    window.view.set_zoom(1.0)
    sections = [u.id for u in units.values() if u.kind is UnitKind.SECTION][:6]
    services = [u.id for u in units.values() if u.kind is UnitKind.SERVICE]
    canvas, full, posts = [], [], []
    for section in sections:
        target = next(s for s in services if s != units[section].parent)
        window.presenter.reveal([section])
        paint()
        start = time.perf_counter()
        c.move_units([section], target)
        paint()
        canvas.append(time.perf_counter() - start)
        c.validate_now()
        paint()
        full.append(time.perf_counter() - start)
        start = time.perf_counter()
        c.add_post(section, "P-3", "RB")
        c.validate_now()
        paint()
        posts.append(time.perf_counter() - start)
    out["move_canvas"] = statistics.median(canvas) * 1000
    out["move"] = statistics.median(full) * 1000
    out["add_post"] = statistics.median(posts) * 1000
    for key, zoom in (("pan_1", 1.0), ("pan_fit", None)):
        if zoom is None:
            window.view.fit_all()
        else:
            window.view.set_zoom(zoom)
        paint()
        bar = window.view.horizontalScrollBar()
        frames = []
        for step in range(15):
            bar.setValue(bar.value() + (60 if step % 2 == 0 else -40))
            start = time.perf_counter()
            viewport.repaint()
            frames.append(time.perf_counter() - start)
        out[key] = statistics.median(frames) * 1000
    frames = []
    window.view.set_zoom(0.5)
    for step in range(10):
        start = time.perf_counter()
        (window.view.zoom_in if step % 2 == 0 else window.view.zoom_out)()
        viewport.repaint()
        frames.append(time.perf_counter() - start)
    out["zoom"] = statistics.median(frames) * 1000
    c.undo_stack.set_clean()
    window.close()
    return out


def _write_dot(scenario: object, path: Path) -> None:
    units = scenario.units  # type: ignore[attr-defined]
    lines = ["digraph org {", "  node [shape=box];"]
    lines += [f'  "{u.parent}" -> "{u.id}";' for u in units.values() if u.parent in units]
    lines.append("}")
    path.write_text("\n".join(lines) + "\n")


def run_dot(path: Path, timeout: float) -> float | None:
    """Milliseconds ``dot -Tplain`` takes on ``path``; None past ``timeout`` seconds."""
    start = time.perf_counter()
    try:
        subprocess.run(
            ["dot", "-Tplain", str(path)], stdout=subprocess.DEVNULL, check=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None
    return (time.perf_counter() - start) * 1000


def _cell(key: str, value: float | None, timeout: float) -> str:
    if value is None:
        return f"> {timeout:.0f} s (stopped)" if key == "dot" else "-"
    if key == "memory":
        return f"{value:,.0f} MB"
    if key == "ratio":
        return f"{value:,.0f} times"
    return f"{value / 1000:,.2f} s" if value >= 1000 else f"{value:,.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--dot-timeout", type=float, default=300.0, metavar="SECONDS")
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, Path(args.folder))))
        return
    if shutil.which("dot") is None:
        sys.exit("Graphviz is not installed: apt-get install graphviz")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            print(f"measuring {size:,} units ...", file=sys.stderr, flush=True)
            child = subprocess.run(
                [sys.executable, __file__, "--one", str(size), "--folder", folder],
                check=True,
                capture_output=True,
                text=True,
            )
            found = json.loads(child.stdout.strip().splitlines()[-1])
            found["dot"] = run_dot(Path(folder) / f"tree-{size}.dot", args.dot_timeout)
            dot = found["dot"] if found["dot"] is not None else args.dot_timeout * 1000
            found["ratio"] = dot / found["layout"]
            results.append(found)
    head = "| measure | target | " + " | ".join(f"{int(r['units']):,} units" for r in results)
    rows = [head + " |", "|---|---|" + "---:|" * len(results)]
    for key, label, target in ROWS:
        cells = [_cell(key, r.get(key), args.dot_timeout) for r in results]
        if key == "ratio":
            cells = [
                ("≥ " if r["dot"] is None else "") + _cell(key, r[key], args.dot_timeout)
                for r in results
            ]
        rows.append(f"| {label} | {target} | " + " | ".join(cells) + " |")
    posts = ", ".join(f"{int(r['posts']):,}" for r in results)
    publish(
        "Scale",
        f"synthetic designs, seed 1, with {posts} posts; medians; Qt offscreen; "
        "each size in its own process",
        rows,
        args.record,
    )


if __name__ == "__main__":
    main()
