"""Memory over repeated reopening of one design (run on demand; issue 14, part 13).

    python benchmarks/bench_reopen.py                  # 2,000 units, 8 openings
    python benchmarks/bench_reopen.py --units 5000 --times 13

Prints, after each opening (and the event loop's deferred deletes), the
objects the cyclic collector tracks, those frozen out of its way by
``orgeditor.perf.settle`` and the process's resident memory. Flat columns
from the third opening on mean nothing of the closed documents is kept.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from orgeditor.io import save_design
from orgeditor.synthetic import generate
from orgeditor.ui import files as files_module
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.settings import AppSettings


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc."""
    with open("/proc/self/statm") as stream:
        pages = int(stream.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--times", type=int, default=8)
    args = parser.parse_args()
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = folder / "reopen.orgdesign"
    save_design(generate(args.units, 1), path)
    files_module.ask_to_save = lambda *a: QMessageBox.StandardButton.Discard
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppSettings(store, folder / "data"))
    window.show()
    print(f"{args.units:,} units; opening  tracked  frozen  RSS MB")
    for number in range(1, args.times + 1):
        window.open_file(path)
        for _ in range(3):
            app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        print(
            f"{number:17}  {len(gc.get_objects()):7,}  {gc.get_freeze_count():7,}  {rss_mb():6.0f}"
        )
    window.close()


if __name__ == "__main__":
    main()
