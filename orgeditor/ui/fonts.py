"""The font the frozen bundle carries, for systems that have none.

``packaging/build-linux.sh`` copies DejaVu Sans (four faces, with its licence)
into the bundle's ``_internal/fonts``; a bare system (a container, a minimal
install) may have no font at all, and then every label and chart would be blank.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

BUNDLED_FAMILY = "DejaVu Sans"


def bundled_fonts_folder() -> Path | None:
    """``_internal/fonts`` of the frozen bundle, or None when not frozen."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "fonts" if getattr(sys, "frozen", False) and base else None


def add_bundled_fonts(app: QApplication, folder: Path | None) -> list[str]:
    """Register the fonts in ``folder``; returns the families added.

    When the system offered no family of its own, the first bundled family
    becomes the application font, so text is drawn with it everywhere.
    """
    if folder is None or not folder.is_dir():
        return []
    had_fonts = bool(QFontDatabase.families())
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if families and not had_fonts:
        app.setFont(QFont(families[0]))
    return families
