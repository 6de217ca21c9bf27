"""Benchmark of the editor (run on demand, offscreen; never in the test suite).

    python benchmarks/bench_editor.py                  # 1,000 and 10,000 units
    python benchmarks/bench_editor.py --sizes 1000 10000 50000 --record

For a synthetic design it times, as medians: opening the file until the chart
has painted once; a move (from the command to the repainted chart, findings
included); a pan frame at 100% and at fit-to-window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import publish
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from orgeditor.io import save_design
from orgeditor.model import UnitKind
from orgeditor.synthetic import generate
from orgeditor.ui.app import create_application
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.settings import AppSettings


def timed(action: object) -> float:
    """Milliseconds that ``action()`` takes."""
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def measure(app: QApplication, size: int, folder: Path) -> str:
    """One table row for a synthetic design of ``size`` units."""
    path = folder / f"synthetic-{size}.orgdesign"
    save_design(generate(size, seed=1), path)
    window = MainWindow(AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    viewport = window.view.viewport()

    def open_and_paint() -> None:
        window.open_file(path)
        app.processEvents()
        viewport.repaint()

    opening = timed(open_and_paint)
    c = window.controller
    assert c is not None
    units = c.scenario.units
    sections = [u for u in units.values() if u.kind is UnitKind.SECTION][:5]
    services = [u.id for u in units.values() if u.kind is UnitKind.SERVICE]
    moves = []
    for section in sections:
        target = next(s for s in services if s != section.parent)

        def move(unit_id: str = section.id, parent: str = target) -> None:
            c.move_units([unit_id], parent)
            c.validate_now()
            app.processEvents()
            viewport.repaint()

        moves.append(timed(move))
    pans = {}
    for label, zoom in (("100%", 1.0), ("fit", None)):
        if zoom is None:
            window.view.fit_all()
        else:
            window.view.set_zoom(zoom)
        bar = window.view.horizontalScrollBar()
        frames = []
        for step in range(15):
            bar.setValue(bar.value() + (60 if step % 2 == 0 else -40))
            frames.append(timed(viewport.repaint))
        pans[label] = statistics.median(frames)
    c.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    move_ms = statistics.median(moves) if moves else float("nan")  # tiny designs: no sections
    return (
        f"| {len(units):,} | {opening:,.0f} ms | {move_ms:,.0f} ms "
        f"| {pans['100%']:.1f} ms | {pans['fit']:.1f} ms |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    rows = [
        "| units | open to first paint | move to repainted chart and findings "
        "| pan frame at 100% | pan frame at fit |",
        "|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        rows += [measure(app, size, Path(folder)) for size in args.sizes]
    publish(
        "Editor",
        "medians of 5 moves and 15 pan frames; synthetic designs, seed 1; Qt offscreen",
        rows,
        args.record,
    )


if __name__ == "__main__":
    main()
