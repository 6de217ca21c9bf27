"""Write packaging/windows/orgeditor.ico and packaging/macos/orgeditor.icns from the SVG icon.

Run from the checkout after changing resources/icons/orgeditor.svg, and commit the result:
    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from orgeditor.ui.desktop import icon_png
from orgeditor.ui.icon_files import icns, ico

HERE = Path(__file__).resolve().parent


def main(out: Path = HERE) -> None:
    """Render and write both files under ``out`` (``windows/`` and ``macos/``)."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (out / "windows").mkdir(parents=True, exist_ok=True)
    (out / "macos").mkdir(parents=True, exist_ok=True)
    (out / "windows" / "orgeditor.ico").write_bytes(ico(icon_png))
    (out / "macos" / "orgeditor.icns").write_bytes(icns(icon_png))
    print(f"wrote {out / 'windows' / 'orgeditor.ico'} and {out / 'macos' / 'orgeditor.icns'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
