"""Time from an edit to the Findings dock showing its report, through the window's own objects.

The edit is a cross-department move on the UN sample, made as the chart makes
it (the scene's drop signal), then undone with the Undo action; each is timed
until the Findings dock has shown the report of the design as edited, the
check delay included. Run from the repository root:

    QT_QPA_PLATFORM=offscreen python benchmarks/edit_to_findings.py [rounds]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.settings import AppSettings

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "un-peace-security-2017.orgdesign"
MOVE = (["oma"], "dppa")  # the Office of Military Affairs from DPO to DPPA


class FindingsSpy:
    """Stands in for the Findings dock's ``show_report``: shows, and notes when."""

    def __init__(self, window: MainWindow) -> None:
        self.show = window.findings.show_report
        self.loop = QEventLoop()
        self.shown: list[float] = []
        window.findings.show_report = self  # type: ignore[method-assign]  # before opening

    def __call__(self, report: object) -> None:
        self.show(report)  # type: ignore[arg-type]
        if report is not None:
            self.shown.append(time.perf_counter())
            self.loop.quit()

    def time(self, act: Callable[[], object]) -> float:
        """Milliseconds from ``act()`` to the Findings dock showing the next report."""
        self.shown.clear()
        QTimer.singleShot(5000, self.loop.quit)
        start = time.perf_counter()
        act()
        if not self.shown:
            self.loop.exec()
        return (self.shown[0] - start) * 1000 if self.shown else float("nan")


def main(rounds: int = 20) -> None:
    """Print the median and the worst of ``rounds`` moves and undos."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.mkdtemp()
    store = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppSettings(store, Path(folder)))
    window.show()
    spy = FindingsSpy(window)
    spy.time(lambda: window.open_file(SAMPLE))  # the first check after opening
    moves, undos = [], []
    for _ in range(rounds):
        moves.append(spy.time(lambda: window.scene.units_drop_requested.emit(*MOVE)))
        undos.append(spy.time(window.undo_actions.undo.trigger))
    for name, times in (("move", moves), ("undo", undos)):
        print(
            f"{name}: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms "
            f"({rounds} rounds, load {os.getloadavg()[0]:.2f})"
        )
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
