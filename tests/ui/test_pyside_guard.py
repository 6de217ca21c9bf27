"""Guard against PySide6 6.12.0's none_dealloc crash on Python 3.11.

PySide6 6.12.0 drops a reference to None on every void Qt call; after a few
thousand calls CPython 3.11 aborts with "Fatal Python error: none_dealloc".
pyproject.toml pins PySide6 below 6.12; this test makes 300,000 void calls in
a subprocess, on plain items, a label and the chart's own scene, and checks that the
process survives and None's count holds.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import PySide6

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import (
        QApplication, QGraphicsRectItem, QGraphicsSimpleTextItem, QLabel
    )
    from orgeditor.ui.canvas.scene import OrgChartScene
    app = QApplication([])
    scene = OrgChartScene()
    rect, text, label = QGraphicsRectItem(0, 0, 10, 10), QGraphicsSimpleTextItem(), QLabel()
    scene.addItem(rect)
    before = sys.getrefcount(None)
    for i in range(75_000):
        rect.setPos(i % 500, i % 300)  # void, and the scene's index moves the item
        text.setText(str(i % 10))      # void
        label.setText(str(i % 7))      # void
        rect.update()                  # void
    after = sys.getrefcount(None)
    print("delta", after - before)
    """
)


def test_installed_pyside_is_below_6_12() -> None:
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), PySide6.__version__


def test_three_hundred_thousand_void_calls_do_not_crash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    delta = int(result.stdout.split()[-1])
    assert abs(delta) < 1000, f"None's refcount moved by {delta} over 300,000 void calls"
